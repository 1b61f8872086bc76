"""Id arguments through real facade calls: every accepted form becomes one canonical path segment,
and anything else is refused with ValueError before a request exists."""

from __future__ import annotations

import contextlib
import inspect
import re
from typing import Any

import pytest
import respx

from soundcloud_async import SoundCloud

from ..endpoints._responses import load
from .conftest import raw_path

# name -> (call, id kind, path template with {} for the encoded id, deprecated?)
METHODS: dict[str, tuple[Any, str, str, bool]] = {
    "tracks.get": (lambda sc, v: sc.tracks.get(v), "tracks", "/tracks/{}", False),
    "users.get": (lambda sc, v: sc.users.get(v), "users", "/users/{}", False),
    "playlists.get": (lambda sc, v: sc.playlists.get(v), "playlists", "/playlists/{}", False),
    "users.followers": (lambda sc, v: sc.users.followers(v), "users", "/users/{}/followers", False),
    "likes.add_track": (lambda sc, v: sc.likes.add_track(v), "tracks", "/likes/tracks/{}", False),
    # Legacy paths want the bare number, whatever form the caller passes.
    "me.track": (lambda sc, v: sc.me.track(v), "tracks", "/me/tracks/{}", True),
    "users.comments": (lambda sc, v: sc.users.comments(v), "users", "/users/{}/comments", True),
}
LEGACY = {"me.track", "users.comments"}
# Accepted forms of id 123 ({kind} is the method's id kind).
VALID = ["soundcloud:{kind}:123", 123, "123", "0123", "soundcloud:{kind}:000123"]
INVALID = [
    "1/../me",
    "",
    1.5,
    True,
    False,
    None,
    -1,
    "-1",
    "soundcloud:{kind}:abc",
    "soundcloud:{kind}:",
    "soundcloud:{kind}:-1",
    "soundcloud:{kind}:1/../../me",
    "soundcloud:{other}:1",
    "soundcloud:{kind}s:1",
    "SoundCloud:{kind}:1",
    " 123",
    "123\n",
    "12 3",
    "%31%32",
    "123?secret_token=x",
    "1e3",
    "\uff11\uff12\uff13",  # fullwidth digits: str.isdigit() would say yes
    "1" * 21,
    b"123",
    [123],
]


def fill(value: Any, kind: str) -> Any:
    if not isinstance(value, str):
        return value
    other = "playlists" if kind != "playlists" else "users"
    return value.format(kind=kind, other=other)


def deprecation(name: str) -> contextlib.AbstractContextManager[Any]:
    if METHODS[name][3]:
        return pytest.warns(DeprecationWarning, match=rf"sc\.{re.escape(name)}\(\)")
    return contextlib.nullcontext()


async def call(sc: SoundCloud, name: str, value: Any) -> None:
    with deprecation(name):
        result = METHODS[name][0](sc, value)
        if inspect.isawaitable(result):  # coroutines, and paginators (first page)
            await result


def body_for(name: str) -> Any:
    if name == "users.followers" or name == "users.comments":
        return {"collection": [], "next_href": None}
    if name == "likes.add_track":
        return {"status": "201 - Created"}
    kind = METHODS[name][1]
    return load({"tracks": "track.json", "users": "user.json", "playlists": "playlist.json"}[kind])


@pytest.mark.parametrize("value", VALID, ids=[str(v) for v in VALID])
@pytest.mark.parametrize("name", list(METHODS))
async def test_every_accepted_form_becomes_the_canonical_path(
    sc: SoundCloud, name: str, value: Any
) -> None:
    """URN, int, digit string, leading zeros: one canonical id on the wire (number for legacy)."""
    _, kind, template, _ = METHODS[name]
    canonical = "123" if name in LEGACY else f"soundcloud%3A{kind}%3A123"
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        route = router.route().respond(200 if "likes" not in name else 201, json=body_for(name))
        await call(sc, name, fill(value, kind))
    assert route.call_count == 1
    assert raw_path(route.calls.last.request) == template.format(canonical)


@pytest.mark.parametrize("value", INVALID, ids=[repr(v) for v in INVALID])
@pytest.mark.parametrize("name", list(METHODS))
async def test_anything_else_is_refused_before_a_request(
    sc: SoundCloud, name: str, value: Any
) -> None:
    """Traversal, wrong kinds, bools, floats, None, negatives, odd digits: ValueError, unsent."""
    kind = METHODS[name][1]
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        anything = router.route()
        with pytest.raises(ValueError, match=kind):
            await call(sc, name, fill(value, kind))
    assert anything.call_count == 0


async def test_a_wrong_kind_urn_names_both_kinds(sc: SoundCloud) -> None:
    """A user URN given for a track says which URN was expected."""
    with pytest.raises(ValueError, match=r"expected a soundcloud:tracks URN.*soundcloud:users:1"):
        await sc.tracks.get("soundcloud:users:1")


async def test_one_bad_id_in_a_list_stops_the_whole_call(sc: SoundCloud) -> None:
    """`playlists.create(tracks=[good, bad])` sends nothing at all."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        anything = router.route()
        with pytest.raises(ValueError, match="tracks"):
            await sc.playlists.create("x", tracks=["soundcloud:tracks:1", "1/../me"])
    assert anything.call_count == 0


@pytest.mark.parametrize(
    "url",
    [
        "https://soundcloud.com/x",
        "http://soundcloud.com/popular-artist/dawn",
        "soundcloud.com/x",
        "https://m.soundcloud.com/x/sets/y",
        "https://on.soundcloud.com/AbC12",
        "https://soundcloud.com/x/dawn/s-PrivateShare1",
    ],
)
@pytest.mark.parametrize("name", ["tracks.get", "users.get", "playlists.get", "users.followers"])
async def test_a_soundcloud_url_points_to_resolve(sc: SoundCloud, name: str, url: str) -> None:
    """A page URL is not an id: the error says to look it up with `sc.resolve(url)` first."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        anything = router.route()
        with pytest.raises(ValueError, match=r"sc\.resolve\(url\)") as caught:
            await call(sc, name, url)
    assert anything.call_count == 0
    assert "not a" in str(caught.value)
    assert url not in str(caught.value)  # a private link's /s-XXXX is a secret
