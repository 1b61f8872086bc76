"""`request_url` builds the URL httpx's own join builds, or declines and lets httpx join.

httpx joins a relative path to `base_url` by parsing it, then parsing the joined URL again;
`request_url` parses once. The property: whenever it answers, the answer is the URL
`httpx.AsyncClient(base_url=...).build_request(...)` produces (same text, same target bytes).
"""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from soundcloud_async_generated.types import path_segment

from soundcloud_async import SoundCloud, Token, _request_url
from soundcloud_async._request_url import request_url

TRACK = (Path(__file__).parents[1] / "endpoints" / "fixtures" / "track.json").read_bytes()
BASES = st.sampled_from([
    "https://api.soundcloud.com",
    "https://api.soundcloud.com/",
    "http://127.0.0.1:8080",
    "https://proxy.example/soundcloud/v1",
    "https://proxy.example/sound%20cloud/v1/",
    "https://user:pa%40ss@proxy.example:8443/a/b/",
    "HTTPS://API.SoundCloud.com:443/x",
    "https://proxy.example/p?fixed=1",
])  # fmt: skip
# Everything a path or a query may carry: reserved, unreserved, "%" (valid escapes or not),
# spaces, dot segments and non-ASCII; URNs come from the facade's ids.
TOKENS = [*"az09-._~:/?#[]@!$&'()*+,;=% ", "%3A", "%2F", "%zz", "é", "🎵", "..", "\t"]
TEXT = st.lists(st.sampled_from(TOKENS), max_size=12).map("".join)
URNS = st.builds(
    lambda kind, number: f"soundcloud:{kind}:{number}",
    st.sampled_from(["tracks", "users", "playlists"]),
    st.integers(min_value=0, max_value=2**70),
)
SEGMENTS = st.one_of(URNS, TEXT.filter(lambda text: text not in ("", ".", "..")))
TEMPLATED = st.builds(
    lambda parts: "/" + "/".join(path_segment(part) for part in parts),
    st.lists(SEGMENTS, min_size=1, max_size=3),
)
RAW_PATHS = st.one_of(TEXT, st.builds(lambda text: "/" + text, TEXT), URNS)
PARAMS = st.one_of(
    st.none(),
    st.dictionaries(
        st.text(alphabet="abc_[]", min_size=1, max_size=6),
        st.one_of(TEXT, st.integers(), st.booleans(), st.lists(TEXT, max_size=2)),
        max_size=3,
    ),
)


@functools.cache
def httpx_client(base: str) -> httpx.AsyncClient:
    # One per base URL: building one loads a TLS context (tens of ms).
    return httpx.AsyncClient(base_url=base)


def httpx_join(base: str, path: str, params: dict[str, Any] | None) -> httpx.URL:
    return httpx_client(base).build_request("GET", path, params=params).url


def check(base: str, path: str, params: dict[str, Any] | None) -> bool:
    """True when `request_url` answered (and matched httpx); False when it declined."""
    try:
        expected: httpx.URL | Exception = httpx_join(base, path, params)
    except httpx.InvalidURL as exc:
        expected = exc
    ours = request_url(httpx_client(base).base_url, path, params)
    if ours is None:
        return False
    assert not isinstance(expected, Exception), f"httpx refused {path!r}: {expected}"
    assert str(ours) == str(expected)
    assert ours.raw_path == expected.raw_path
    assert ours.host == expected.host
    assert ours.port == expected.port
    return True


@settings(max_examples=800, deadline=None)
@given(BASES, TEMPLATED, PARAMS)
def test_generated_paths_join_like_httpx(
    base: str, path: str, params: dict[str, Any] | None
) -> None:
    # Every path the generated operations build takes the fast route unless the base has a query.
    answered = check(base, path, params)
    assert answered or "?" in base


@settings(max_examples=800, deadline=None)
@given(BASES, RAW_PATHS, PARAMS)
def test_any_path_joins_like_httpx_or_is_left_to_httpx(
    base: str, path: str, params: dict[str, Any] | None
) -> None:
    check(base, path, params)


@pytest.mark.parametrize(
    ("path", "params", "answered"),
    [
        ("/tracks/soundcloud%3Atracks%3A1", None, True),
        ("/tracks", {"q": "a b&c", "ids": ["1", "2"]}, True),
        ("/a/../b/./c", None, True),
        ("//evil.example/x", None, False),
        ("/tracks#frag", None, False),
        ("/tracks?x=1", {"y": "2"}, False),
        ("soundcloud:tracks:1", None, False),
        ("/" + "a" * 65_530, None, False),
    ],
)
def test_examples(path: str, params: dict[str, Any] | None, answered: bool) -> None:
    assert check("https://api.soundcloud.com/v1", path, params) is answered


async def test_facade_requests_go_to_the_joined_url_under_a_path_prefix() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if "/comments" in request.url.path:
            return httpx.Response(200, json={"collection": [], "next_href": None})
        return httpx.Response(200, content=TRACK)

    token = Token("ACCESS-url", "REFRESH-url", expires_at=time.time() + 10**6)
    sc = SoundCloud(
        "client-id-url",
        token=token,
        base_url="https://proxy.example/sound%20cloud/v1",
        transport=httpx.MockTransport(handler),
    )
    async with sc:
        await sc.tracks.get("soundcloud:tracks:13158665")
        async for _ in sc.tracks.comments("soundcloud:tracks:7", page_size=5):
            pass
    assert seen == [
        "https://proxy.example/sound%20cloud/v1/tracks/soundcloud%3Atracks%3A13158665",
        "https://proxy.example/sound%20cloud/v1/tracks/soundcloud%3Atracks%3A7/comments"
        "?limit=5&linked_partitioning=true",
    ]


def test_the_pinned_httpx_takes_the_assembling_route() -> None:
    # The route that builds no string and parses nothing is what makes a call cheaper than
    # raw httpx (bench/ section 1); if an httpx upgrade breaks it, the slower route still gives
    # the same URLs, and this test says why the bench got slower.
    assert _request_url._ASSEMBLES


@settings(max_examples=300, deadline=None)
@given(BASES, TEMPLATED, PARAMS)
def test_assembled_urls_behave_like_parsed_ones(
    base: str, path: str, params: dict[str, Any] | None
) -> None:
    ours = request_url(httpx_client(base).base_url, path, params)
    if ours is None:
        return
    parsed = httpx.URL(str(ours))
    assert ours == parsed
    assert hash(ours) == hash(parsed)
    assert repr(ours) == repr(parsed)
    assert ours.params == parsed.params
    assert ours.join("../other?x=1") == parsed.join("../other?x=1")
    assert ours.copy_with(query=b"y=2") == parsed.copy_with(query=b"y=2")
    assert (ours.path, ours.query, ours.fragment) == (parsed.path, parsed.query, parsed.fragment)
