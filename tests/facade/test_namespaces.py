"""Read methods of every namespace through `SoundCloud`: exact wire request and typed result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import AsyncPaginator, ResponseValidationError, SoundCloud
from soundcloud_async.models import Activity, Me, Playlist, Streams, Track, User

from ..endpoints._responses import REDIRECT_TARGET, load
from .conftest import (
    ACCESS,
    API,
    API_HOST,
    PLAYLIST,
    TRACK,
    USER,
    authorization,
    make_client,
    query,
    raw_path,
)

PAGED = [("limit", "200"), ("linked_partitioning", "true")]


def get(router: respx.MockRouter, path: str) -> respx.Route:
    """A GET route on the API host for a decoded path (`/tracks/soundcloud:tracks:1`)."""
    return router.route(method="GET", host=API_HOST, path=path)


def page(*items: Any, next_href: str | None = None) -> dict[str, Any]:
    return {"collection": list(items), "next_href": next_href}


async def test_me_get_sends_the_oauth_header_and_returns_me(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """`sc.me.get()` is a bare GET /me authorised as `OAuth <token>`, parsed into `Me`."""
    route = get(router, "/me").respond(200, json=load("me.json"))
    me = await sc.me.get()
    request = route.calls.last.request
    assert (request.method, raw_path(request), query(request)) == ("GET", "/me", [])
    assert authorization(request) == f"OAuth {ACCESS}"
    assert type(me) is Me
    assert me.urn == "soundcloud:users:1040251612"


LISTS: list[tuple[str, Callable[[SoundCloud], AsyncPaginator[Any]], str, list[Any], Any]] = [
    ("me.liked_tracks", lambda sc: sc.me.liked_tracks(), "/me/likes/tracks", [
        ("access", "playable,preview,blocked")], Track),
    ("me.feed", lambda sc: sc.me.feed(access="playable"), "/me/feed", [("access", "playable")],
     Activity),
    ("tracks.favoriters", lambda sc: sc.tracks.favoriters(13158665),
     f"/tracks/{TRACK}/favoriters", [], User),
    ("users.playlists", lambda sc: sc.users.playlists(USER, show_tracks=False),
     f"/users/{USER}/playlists", [("show_tracks", "false")], Playlist),
    ("playlists.tracks", lambda sc: sc.playlists.tracks("405726", secret_token="s-AbC"),
     f"/playlists/{PLAYLIST}/tracks", [("secret_token", "s-AbC")], Track),
    ("search.users", lambda sc: sc.search.users(q="forss"), "/users", [("q", "forss")], User),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "call", "path", "extra", "model"), LISTS, ids=[c[0] for c in LISTS]
)
async def test_list_methods_ask_for_linked_partitioning_and_200_items(
    sc: SoundCloud,
    router: respx.MockRouter,
    name: str,
    call: Any,
    path: str,
    extra: Any,
    model: Any,
) -> None:
    """List methods return a paginator whose first page is typed; the query asks for 200."""
    item = load("activity_page.json")["collection"][0] if model is Activity else None
    fixture = {Track: "track.json", User: "user.json", Playlist: "playlist.json"}.get(model)
    route = get(router, path).respond(200, json=page(item or load(fixture or "")))
    paginator = call(sc)
    assert isinstance(paginator, AsyncPaginator)
    first = await paginator
    request = route.calls.last.request
    assert raw_path(request) == path.replace(":", "%3A")
    assert query(request) == sorted([*extra, *PAGED])
    assert authorization(request) == f"OAuth {ACCESS}"
    assert [type(x) for x in first.items] == [model]
    assert (first.next_href, first.cursor) == (None, None)


async def test_search_tracks_sends_every_filter_with_its_wire_name(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """q, genres, bpm[from]/bpm[to] and page_size reach the query exactly."""
    route = get(router, "/tracks").respond(200, json=page(load("track.json")))
    paginator = sc.search.tracks(
        q="deep house & techno", genres="techno,house", bpmfrom=120, bpmto=128, page_size=25
    )
    first = await paginator
    assert query(route.calls.last.request) == sorted(
        [
            ("q", "deep house & techno"),
            ("genres", "techno,house"),
            ("bpm[from]", "120"),
            ("bpm[to]", "128"),
            ("limit", "25"),
            ("linked_partitioning", "true"),
        ]
    )
    assert first.items[0].urn == TRACK


async def test_client_page_size_and_max_items_set_limit(router: respx.MockRouter) -> None:
    """`SoundCloud(page_size=50)` is the default limit; `max_items` lowers it further."""
    route = get(router, "/me/followers").respond(200, json=page(load("user.json")))
    async with make_client(page_size=50) as sc:
        await sc.me.followers()
        await sc.me.followers(max_items=3)
    limits = [call.request.url.params["limit"] for call in route.calls]
    assert limits == ["50", "3"]


async def test_paginating_follows_next_href_with_the_token(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """Two pages: the second request is the server's next_href, still authorised and at 200."""
    users = [{**load("user.json"), "urn": f"soundcloud:users:{n}", "id": n} for n in (1, 2, 3)]
    next_href = f"{API}/users/{USER}/followers?cursor=1740000000000&linked_partitioning=true"

    def respond(request: httpx.Request) -> httpx.Response:
        if "cursor" in request.url.params:
            return httpx.Response(200, json=page(users[2]))
        return httpx.Response(200, json=page(*users[:2], next_href=next_href))

    route = get(router, f"/users/{USER}/followers").mock(side_effect=respond)
    urns = [user.urn async for user in sc.users.followers(USER)]
    assert urns == ["soundcloud:users:1", "soundcloud:users:2", "soundcloud:users:3"]
    second = route.calls[1].request
    assert query(second) == sorted([("cursor", "1740000000000"), *PAGED])
    assert [authorization(c.request) for c in route.calls] == [f"OAuth {ACCESS}"] * 2
    pages = [len(p) async for p in sc.users.followers(USER).pages()]
    assert pages == [2, 1]


@pytest.mark.parametrize("envelope", ["bare", "collection", "empty"])
async def test_recently_played_tracks_is_a_list_for_every_envelope(
    sc: SoundCloud, router: respx.MockRouter, envelope: str
) -> None:
    """Not paginated: a bare array and a `{collection}` page both come back as `list[Track]`."""
    tracks = [load("track.json"), load("track_legacy_2015.json")]
    body = {"bare": tracks, "collection": page(*tracks), "empty": {}}[envelope]
    route = get(router, "/me/recently-played/tracks").respond(200, json=body)
    found = await sc.me.recently_played_tracks(access="playable")
    assert query(route.calls.last.request) == [("access", "playable")]
    assert isinstance(found, list)
    expected = [] if envelope == "empty" else [t["id"] for t in tracks]
    assert [track.id for track in found] == expected
    assert all(type(track) is Track for track in found)


DEPRECATED = [
    ("me.activities", lambda sc: sc.me.activities(), "sc.me.feed()"),
    ("me.track_activities", lambda sc: sc.me.track_activities(), "sc.me.feed_tracks()"),
    ("users.favorites", lambda sc: sc.users.favorites(USER), "sc.users.liked_tracks()"),
    ("me.connections", lambda sc: sc.me.connections(), "names no successor"),
]


@pytest.mark.parametrize(("name", "call", "advice"), DEPRECATED, ids=[d[0] for d in DEPRECATED])
def test_deprecated_list_methods_warn_at_the_callers_line(
    sc: SoundCloud, name: str, call: Any, advice: str
) -> None:
    """The warning names the method and its replacement, and points at the caller's file."""
    with pytest.warns(DeprecationWarning, match=rf"sc\.{name}\(\)") as record:
        call(sc)
    assert advice in str(record[0].message)
    assert record[0].filename == __file__


async def test_deprecated_coroutine_method_warns_and_still_works(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """`sc.me.track(id)` (legacy numeric path) warns towards `tracks.get` and returns a Track."""
    route = get(router, "/me/tracks/13158665").respond(200, json=load("track.json"))
    with pytest.warns(DeprecationWarning, match=r"use sc\.tracks\.get\(\) instead") as record:
        track = await sc.me.track(TRACK)
    assert record[0].filename == __file__
    assert raw_path(route.calls.last.request) == "/me/tracks/13158665"
    assert type(track) is Track


async def test_preview_returns_the_cdn_location_and_never_fetches_it(sc: SoundCloud) -> None:
    """302 to a foreign CDN: the URL comes back as a string; the CDN sees no request."""
    target = f"{REDIRECT_TARGET}?Policy=eyJTdGF0&Signature=abc"
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        route = get(router, f"/tracks/{TRACK}/preview").respond(
            302, headers={"Location": target}, json={"status": "302 - Found", "location": target}
        )
        cdn = router.route(host=httpx.URL(REDIRECT_TARGET).host)
        url = await sc.tracks.preview(13158665, secret_token="s-AbC")
    assert url == target
    assert cdn.call_count == 0
    request = route.calls.last.request
    assert raw_path(request) == f"/tracks/{TRACK.replace(':', '%3A')}/preview"
    assert query(request) == [("secret_token", "s-AbC")]
    assert authorization(request) == f"OAuth {ACCESS}"


async def test_preview_without_location_is_a_validation_error(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """A 302 without Location cannot be turned into a URL: ResponseValidationError."""
    get(router, f"/tracks/{TRACK}/preview").respond(302)
    with pytest.raises(ResponseValidationError, match="without a Location"):
        await sc.tracks.preview(TRACK)


async def test_preview_never_follows_even_with_a_redirect_following_http_client() -> None:
    """A caller's client with follow_redirects=True must still not fetch the CDN."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        get(router, f"/tracks/{TRACK}/preview").respond(302, headers={"Location": REDIRECT_TARGET})
        cdn = router.route(host=httpx.URL(REDIRECT_TARGET).host).respond(200, content=b"ID3")
        async with httpx.AsyncClient(base_url=API, follow_redirects=True) as http:
            sc = SoundCloud(http_client=http)
            assert await sc.tracks.preview(TRACK) == REDIRECT_TARGET
    assert cdn.call_count == 0


async def test_streams_are_typed(sc: SoundCloud, router: respx.MockRouter) -> None:
    """`sc.tracks.streams` parses `Streams` and keeps null formats as None."""
    route = get(router, f"/tracks/{TRACK}/streams").respond(200, json=load("streams.json"))
    streams = await sc.tracks.streams("13158665")
    assert raw_path(route.calls.last.request) == "/tracks/soundcloud%3Atracks%3A13158665/streams"
    assert type(streams) is Streams
    assert str(streams.hls_aac_160_url).startswith("https://cf-hls-media.sndcdn.com/")
    assert streams.hls_opus_64_url is None


async def test_single_resources_of_tracks_users_and_playlists(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """get() of each family: URN path, optional query, model class and a field value."""
    track = get(router, f"/tracks/{TRACK}").respond(200, json=load("track.json"))
    user = get(router, f"/users/{USER}").respond(200, json=load("user.json"))
    playlist = get(router, f"/playlists/{PLAYLIST}").respond(200, json=load("playlist.json"))
    got_track = await sc.tracks.get(TRACK, secret_token="s-AbC")
    got_user = await sc.users.get(3207)
    got_playlist = await sc.playlists.get(PLAYLIST, show_tracks=False, access="playable")
    assert query(track.calls.last.request) == [("secret_token", "s-AbC")]
    assert query(user.calls.last.request) == []
    assert query(playlist.calls.last.request) == [("access", "playable"), ("show_tracks", "false")]
    assert (type(got_track), got_track.title) == (Track, "Munching at Tiannas house")
    assert (type(got_user), got_user.urn) == (User, USER)
    assert (type(got_playlist), got_playlist.title) == (Playlist, "Late night drive")
