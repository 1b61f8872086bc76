"""Malformed input on the API routes gets SoundCloud's error shape, never a 500 or a crash.

The fake runs in process here, so an exception in a handler fails the test itself instead of
hiding behind a 500; one test repeats the worst cases over a real socket.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import strategies as st

from soundcloud_async.testing import FakeSoundCloud, serve
from soundcloud_async.testing._app import operations
from soundcloud_async.testing._context import Operation

from .conftest import API, ManualClock

DEEP_ARRAY = b"[" * 50_000 + b"]" * 50_000
DEEP_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000
# Bodies no write route can accept, whatever it expects.
RAW_BODIES = {
    "deep array": DEEP_ARRAY,
    "deep object": DEEP_OBJECT,
    "1e400": b"1e400",
    "NaN": b"NaN",
    "Infinity in an object": b'{"track": {"title": Infinity}}',
    "huge integer": b"1" + b"0" * 5000,
    "invalid UTF-8": b'{"x": "\xff\xfe"}',
    "truncated": b'{"track": {"title": "x"',
    "nul bytes": b"\x00\x00",
}
# Numbers that overflow or are not numbers, where the fake reads a number.
NASTY_NUMBERS: list[Any] = [1e400, -1e400, "1e400", "inf", "-inf", "nan", 10**400, "9" * 5000]
NASTY_VALUES: list[Any] = [*NASTY_NUMBERS, [1], {"a": 1}, None, True, "", "\x00", "x" * 100_000]
JSON = {"Content-Type": "application/json"}
CONTENT_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]


@pytest.fixture(scope="module")
def fake() -> FakeSoundCloud:
    return FakeSoundCloud(
        seed=11, users=8, tracks=40, playlists=6, popular_followers=20, clock=ManualClock()
    )


@pytest.fixture
async def client(fake: FakeSoundCloud) -> AsyncIterator[httpx.AsyncClient]:
    headers = {"Authorization": f"OAuth {fake.issue_token()['access_token']}"}
    async with httpx.AsyncClient(transport=fake.transport(), base_url=API, headers=headers) as http:
        yield http


def write_routes(fake: FakeSoundCloud) -> list[tuple[str, str]]:
    """Every route of the fake that reads a request body, on resources the caller owns."""
    me = fake.login_user
    track, playlist = fake.track_ids(me)[0], fake.playlist_ids(me)[0]
    return [
        ("POST", "/tracks"),
        ("PUT", f"/tracks/{track}"),
        ("PUT", f"/tracks/{track}/storefront"),
        ("POST", f"/tracks/{track}/comments"),
        ("POST", "/playlists"),
        ("PUT", f"/playlists/{playlist}"),
    ]


def encode(value: Any) -> bytes:
    """JSON as a hostile client writes it: infinities become the literal 1e400."""
    text = json.dumps(value, allow_nan=True)
    return text.replace("-Infinity", "-1e400").replace("Infinity", "1e400").encode()


def assert_refused_in_soundcloud_shape(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400:
        body = response.json()
        assert body["code"] == response.status_code
        assert isinstance(body["message"], str)
        assert body["status"].startswith(str(response.status_code))


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
@pytest.mark.parametrize("name", list(RAW_BODIES))
async def test_malformed_bodies_on_every_write_route(
    fake: FakeSoundCloud, client: httpx.AsyncClient, name: str, content_type: str
) -> None:
    for method, path in write_routes(fake):
        response = await client.request(
            method, path, content=RAW_BODIES[name], headers={"Content-Type": content_type}
        )
        assert_refused_in_soundcloud_shape(response)
        if content_type == "application/json":
            assert response.status_code in (400, 422), (method, path)


@pytest.mark.parametrize("value", NASTY_VALUES, ids=repr)
async def test_comment_timestamps_that_are_not_milliseconds(
    fake: FakeSoundCloud, client: httpx.AsyncClient, value: Any
) -> None:
    track = fake.track_ids(fake.login_user)[0]
    body = {"comment": {"body": "nice", "timestamp": value}}

    response = await client.post(f"/tracks/{track}/comments", content=encode(body), headers=JSON)

    assert_refused_in_soundcloud_shape(response)
    if value not in (None, ""):
        assert response.status_code == 422


@pytest.mark.parametrize("value", NASTY_VALUES, ids=repr)
@pytest.mark.parametrize("field", ["title", "sharing", "streamable", "tracks", "license"])
async def test_resource_fields_with_hostile_values(
    fake: FakeSoundCloud, client: httpx.AsyncClient, field: str, value: Any
) -> None:
    for method, path in write_routes(fake):
        resource = "playlist" if "playlist" in path else "track"
        body = encode({resource: {field: value}})
        response = await client.request(method, path, content=body, headers=JSON)
        assert_refused_in_soundcloud_shape(response)


def _forged_cursor(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": _forged_cursor(b"[" * 5000 + b"]" * 5000)},
        {"cursor": _forged_cursor(b'{"a": [1e400]}')},
        {"cursor": _forged_cursor(b'{"a": NaN}')},
        {"cursor": "%%%"},
        {"limit": "1e400", "offset": "9" * 5000},
        {"bpm[from]": "1e400", "duration[to]": "nan"},
        {"created_at[from]": "9999-99-99 99:99:99"},
        {"urns": "soundcloud:tracks:99999999999999999999999"},
    ],
    ids=repr,
)
async def test_hostile_list_queries(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    for path in ("/tracks", "/playlists", "/users", "/me/activities"):
        response = await client.get(path, params={"linked_partitioning": "true", **params})
        assert_refused_in_soundcloud_shape(response)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "title",
                    "body",
                    "timestamp",
                    "tracks",
                    "urn",
                    "sharing",
                    "track",
                    "playlist",
                    "comment",
                    "type",
                    "link",
                    "price",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def routes(fake: FakeSoundCloud) -> list[tuple[str, str]]:
    return write_routes(fake)


@hypothesis.settings(max_examples=60, deadline=None, database=None, derandomize=True)
@hypothesis.given(payload=JSON_VALUES, route=st.integers(min_value=0, max_value=5))
def test_fuzzed_json_bodies_never_crash_a_write_route(
    fake: FakeSoundCloud, routes: list[tuple[str, str]], payload: Any, route: int
) -> None:
    method, path = routes[route]
    resource = (
        "comment" if path.endswith("comments") else "playlist" if "playlist" in path else "track"
    )
    content = json.dumps({resource: payload}, allow_nan=True).encode()

    async def send() -> httpx.Response:
        headers = {
            "Authorization": f"OAuth {fake.issue_token()['access_token']}",
            "Content-Type": "application/json",
        }
        async with httpx.AsyncClient(transport=fake.transport(), base_url=API) as http:
            return await http.request(method, path, content=content, headers=headers)

    assert_refused_in_soundcloud_shape(asyncio.run(send()))


async def test_the_worst_cases_over_a_real_socket(fake: FakeSoundCloud) -> None:
    track = fake.track_ids(fake.login_user)[0]
    headers = {
        "Authorization": f"OAuth {fake.issue_token()['access_token']}",
        "Content-Type": "application/json",
    }
    async with serve(fake) as url, httpx.AsyncClient(base_url=url, headers=headers) as http:
        for content in (DEEP_ARRAY, b'{"comment": {"body": "x", "timestamp": 1e400}}'):
            response = await http.post(f"/tracks/{track}/comments", content=content)
            assert response.status_code == 422, response.text[:200]
            assert_refused_in_soundcloud_shape(response)


@pytest.mark.parametrize(
    "url", ["http://[::1", "https://soundcloud.com/\x00", "https://[", "//" + "a/" * 3000]
)
async def test_resolve_with_a_url_that_does_not_parse(client: httpx.AsyncClient, url: str) -> None:
    response = await client.get("/resolve", params={"url": url})

    assert_refused_in_soundcloud_shape(response)
    assert response.status_code == 404


HOSTILE_PATH_VALUES = [
    "soundcloud:tracks:99999999999999999999999",
    "-1",
    "1e400",
    "%00",
    "%F0%9F%92%A9",
    "x" * 5000,
]


@pytest.mark.parametrize(
    "operation",
    [op for op in operations() if "{" in op.path],
    ids=lambda op: f"{op.method} {op.path}",
)
async def test_hostile_ids_in_every_path(client: httpx.AsyncClient, operation: Operation) -> None:
    for value in HOSTILE_PATH_VALUES:
        path = re.sub(r"\{[^}]+\}", value, operation.path)
        response = await client.request(operation.method, path)
        assert_refused_in_soundcloud_shape(response)
        assert response.status_code in (400, 404, 422), (path[:80], response.status_code)
