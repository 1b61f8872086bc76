"""The speedups extra (orjson) decodes every body to exactly what `json.loads` gives.

orjson rejects some bodies `json` accepts (integers beyond 64 bits, NaN literals, lone
surrogates, UTF-16, a BOM); those must decode through `json` to the same value, and bodies
neither accepts must fail the same way: a `ResponseValidationError` through the facade.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soundcloud_async import ResponseValidationError, SoundCloud, Token, _json
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._clients import client_for

FIXTURES = Path(__file__).parents[1] / "endpoints" / "fixtures"
TRACK = json.loads((FIXTURES / "track.json").read_text(encoding="utf-8"))
URN = TRACK["urn"]
DECODERS = {"plain": _json.decode_plain, "orjson": _json.decode_with_orjson}

# Bodies at the edges where orjson and json differ (or might).
EDGE_BODIES = [
    b'{"n": 18446744073709551616, "m": -9223372036854775809, "k": 18446744073709551615}',
    b'{"big": 123456789012345678901234567890123456789}',
    b'{"x": NaN, "y": Infinity, "z": -Infinity}',
    b'{"s": "NaN", "t": "Infinity", "u": "-0", "v": "1e400"}',
    b'{"f": 1e400, "g": -0.0, "h": 0.1, "i": 1.7976931348623157e308, "j": 5e-324}',
    '{"title": "Ünïcødé 日本語 🎵", "d": "\\ud83c\\udfb5"}'.encode(),
    b'{"lone": "\\ud800"}',
    '{"utf16": "é"}'.encode("utf-16"),
    b'\xef\xbb\xbf{"bom": 1}',
    b'{"dup": 1, "dup": 2}',
    b'[1, 2.0, true, null, "x"]',
    b"  \n 42 \t",
]
BAD_BODIES = [b"", b"not json", b'{"a": 1', b"\xff\xfe\xfa", b'{"a": 1} trailing', b"[" * 100_000]


def outcome(decode: Callable[[bytes], Any], body: bytes) -> tuple[str, str]:
    # repr tells 1 from 1.0 and True, and NaN from NaN (which != itself).
    try:
        return "value", repr(decode(body))
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__, str(exc)


def fake_bodies() -> Iterator[bytes]:
    """Pages and resources the fake serves: what a real session decodes."""
    fake = FakeSoundCloud(seed=1)
    body = fake.issue_token(None)
    headers = {"Authorization": f"OAuth {body['access_token']}"}
    paths = [
        "/tracks?linked_partitioning=true&limit=200",
        "/users?linked_partitioning=true&limit=200",
        "/playlists?linked_partitioning=true&limit=50",
        "/me", "/me/tracks", "/me/activities", "/me/followings?linked_partitioning=true",
    ]  # fmt: skip
    import asyncio

    async def fetch() -> list[bytes]:
        transport = fake.transport()
        async with httpx.AsyncClient(
            transport=transport, base_url="https://api.soundcloud.com", headers=headers
        ) as http:
            return [(await http.get(path)).content for path in paths]

    yield from asyncio.run(fetch())
    yield from (path.read_bytes() for path in sorted(FIXTURES.glob("*.json")))


pytestmark = pytest.mark.skipif(not _json.orjson_available(), reason="orjson not installed")


@pytest.mark.parametrize("body", EDGE_BODIES + BAD_BODIES, ids=repr)
def test_orjson_path_matches_json_on_edge_bodies(body: bytes) -> None:
    assert outcome(_json.decode_with_orjson, body) == outcome(json.loads, body)


def test_orjson_path_matches_json_on_the_fakes_pages() -> None:
    bodies = list(fake_bodies())
    assert len(bodies) > 10
    assert all(bodies)
    for body in bodies:
        assert outcome(_json.decode_with_orjson, body) == outcome(json.loads, body)


@pytest.fixture(params=sorted(DECODERS))
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Clients built in the test decode with the speedup forced off or on."""
    monkeypatch.setattr(_json, "decode", DECODERS[request.param])
    return str(request.param)


def _client(body: bytes) -> SoundCloud:
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    token = Token("ACCESS-json", "REFRESH-json", expires_at=time.time() + 10**6)
    return SoundCloud("client-id-json", token=token, transport=answer)


def _variant(**changes: Any) -> bytes:
    return json.dumps({**TRACK, **changes}, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    "body",
    [
        _variant(title="NaN", description="Infinity 🎵 Ünïcødé"),
        _variant(playback_count=2**70),
        _variant(playback_count=-(2**63) - 1, comment_count=2**64 - 1),
        _variant(title="🎵").replace("🎵".encode(), b"\\ud83c\\udfb5"),
        _variant().replace(b'"title"', b'"title": "first", "title"', 1),
    ],
    ids=["nan-strings", "huge-int", "int64-edges", "escaped-pair", "duplicate-key"],
)
async def test_facade_parses_the_same_with_and_without_speedups(decoder: str, body: bytes) -> None:
    expected = _json.decode_plain(body)
    async with _client(body) as sc:
        track = await sc.tracks.get(URN)
    assert track.title == expected["title"]
    assert track.playback_count == expected.get("playback_count")
    assert track.comment_count == expected.get("comment_count")


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"urn": "soundcloud:tracks:1"', b"\xff\xfe\xfa", _variant(id=float("nan"))],
    ids=["text", "truncated", "bad-utf8", "nan-id"],
)
async def test_facade_rejects_the_same_with_and_without_speedups(decoder: str, body: bytes) -> None:
    async with _client(body) as sc:
        with pytest.raises(ResponseValidationError) as caught:
            await sc.tracks.get(URN)
    assert caught.value.response is not None


async def test_paginator_pages_are_the_same_with_and_without_speedups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, list[Any]] = {}
    for name, decode in sorted(DECODERS.items()):
        monkeypatch.setattr(_json, "decode", decode)
        async with client_for(FakeSoundCloud(seed=1)) as sc:
            pages = sc.search.tracks(page_size=50, max_items=300)
            seen[name] = [track async for track in pages]
    assert len(seen["plain"]) > 50
    assert seen["plain"] == seen["orjson"]


# The guard samples every 4th byte before scanning the whole body: a run of 19+ digits must be
# caught wherever it starts, in a number or in a string, and nothing shorter may trip it.
@pytest.mark.parametrize("offset", range(8))
@pytest.mark.parametrize("digits", [16, 17, 18, 19, 20, 21, 25])
def test_a_long_number_is_decoded_exactly_at_every_alignment(offset: int, digits: int) -> None:
    number = "9" * digits
    for body in (
        f'{{"pad": "{"x" * offset}", "n": {number}, "m": -{number}}}'.encode(),
        f'{{"pad": "{"x" * offset}", "s": "{number}"}}'.encode(),
        f"{' ' * offset}[{number}, 1.5, -{number}]".encode(),
    ):
        assert outcome(_json.decode_with_orjson, body) == outcome(json.loads, body)
        assert _json._has_long_digit_run(body) is (digits >= 19)


@settings(max_examples=400, deadline=None)
@given(st.binary(min_size=0, max_size=200).map(lambda raw: raw.translate(_DIGITISH)))
def test_the_sampled_guard_agrees_with_a_full_scan(body: bytes) -> None:
    assert _json._has_long_digit_run(body) is (b"0" * 19 in body.translate(_json._DIGITS))


# Random bodies mostly of digits, with a few separators: long and short runs at any offset.
_DIGITISH = bytes(48 + byte % 10 if byte % 16 else 32 for byte in range(256))
