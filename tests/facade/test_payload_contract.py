"""Bodies SoundCloud's contract allows, and bodies that break ours, through `SoundCloud`.

`kind` and every single-value enum keep what arrived; a value of the wrong JSON type raises
`ResponseValidationError` naming the operation, the JSON path and expected vs found type.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import ResponseValidationError, SoundCloud
from soundcloud_async.models import Activity, ActivityOrigin, Playlist, Track

from ..endpoints._responses import load
from .conftest import API_HOST, PLAYLIST, TRACK, USER


def route(router: respx.MockRouter, method: str, path: str) -> respx.Route:
    return router.route(method=method, host=API_HOST, path=path)


def track(**changes: Any) -> dict[str, Any]:
    """The recorded track payload with some fields replaced (None value: field removed)."""
    body = {**load("track.json"), **changes}
    return {key: value for key, value in body.items() if value is not None}


def page(items: list[Any]) -> dict[str, Any]:
    return {"collection": items, "next_href": None}


@pytest.mark.parametrize(
    ("changes", "kind"),
    [({"kind": None}, None), ({"kind": "track-v2"}, "track-v2"), ({"kind": "track"}, "track")],
    ids=["missing", "unknown", "known"],
)
async def test_track_kind_missing_or_unknown_parses_and_is_kept(
    sc: SoundCloud, router: respx.MockRouter, changes: dict[str, Any], kind: object
) -> None:
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=track(**changes))
    got = await sc.tracks.get(TRACK)
    assert got.kind == kind
    assert got.to_dict().get("kind") == kind
    assert ("kind" in got.to_dict()) == (kind is not None)  # absent stays absent


async def test_playlist_kind_unknown_is_kept(sc: SoundCloud, router: respx.MockRouter) -> None:
    route(router, "GET", f"/playlists/{PLAYLIST}").respond(
        200, json={**load("playlist.json"), "kind": "system-playlist"}
    )
    assert (await sc.playlists.get(PLAYLIST)).kind == "system-playlist"


async def test_one_odd_kind_does_not_kill_a_page(sc: SoundCloud, router: respx.MockRouter) -> None:
    items = [track(id=1), track(id=2, kind="track-v2"), track(id=3, kind=None)]
    route(router, "GET", f"/users/{USER}/tracks").respond(200, json=page(items))
    got = [item async for item in sc.users.tracks(USER)]
    assert [(t.id, t.kind) for t in got] == [(1, "track"), (2, "track-v2"), (3, None)]


async def test_feed_origins_are_told_apart_by_kind_and_unknown_kinds_stay_objects(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    origins = [load("track.json"), load("playlist.json"), track(kind="track-v2"), track(kind=None)]
    items = [{"type": "track", "origin": origin} for origin in origins]
    route(router, "GET", "/me/feed").respond(200, json=page(items))
    got: list[Activity] = [item async for item in sc.me.feed()]
    assert [type(item.origin) for item in got] == [Track, Playlist, ActivityOrigin, ActivityOrigin]


WRONG_TYPES = [
    ("duration", {"duration": "abc"}, "integer", "string"),
    ("duration", {"duration": "1200"}, "integer", "string"),  # no numeric-string coercion
    ("duration", {"duration": 12.5}, "integer", "number"),
    ("streamable", {"streamable": "yes"}, "boolean", "string"),
    ("title", {"title": 5}, "string", "integer"),
    ("user", {"user": ["not", "an", "object"]}, "object", "array"),
    ("user.followers_count", {"user": {"followers_count": "many"}}, "integer", "string"),
    ("access", {"access": 1}, "string", "integer"),
]


@pytest.mark.parametrize(
    ("path", "changes", "expected", "found"),
    WRONG_TYPES,
    ids=[w[0] + "-" + w[3] for w in WRONG_TYPES],
)
async def test_a_field_of_the_wrong_json_type_names_operation_path_and_types(
    sc: SoundCloud,
    router: respx.MockRouter,
    path: str,
    changes: dict[str, Any],
    expected: str,
    found: str,
) -> None:
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=track(**changes))
    with pytest.raises(ResponseValidationError) as caught:
        await sc.tracks.get(TRACK)
    message = str(caught.value)
    assert caught.value.path == path
    assert f"at {path}: expected {expected}" in message
    assert f"found {found}" in message
    assert "get_track" in message


async def test_a_playlist_whose_tracks_is_an_object_is_refused(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", f"/playlists/{PLAYLIST}").respond(
        200, json={**load("playlist.json"), "tracks": {"0": load("track.json")}}
    )
    with pytest.raises(ResponseValidationError) as caught:
        await sc.playlists.get(PLAYLIST)
    assert caught.value.path == "tracks"
    assert "expected array or null or missing, found object" in str(caught.value)


async def test_a_bad_item_deep_in_a_page_names_its_path_and_keeps_its_cause(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    bad_user = {**load("track.json")["user"], "followers_count": "12k"}
    items = [track(id=1), track(id=2), track(id=3), track(id=4, user=bad_user)]
    route(router, "GET", f"/users/{USER}/tracks").respond(200, json=page(items))
    with pytest.raises(ResponseValidationError) as caught:
        _ = [item async for item in sc.users.tracks(USER)]
    assert caught.value.path == "collection[3].user.followers_count"
    message = str(caught.value)
    assert "expected integer or null or missing, found string" in message
    assert "list_user_tracks" in message
    assert isinstance(caught.value.__cause__, TypeError)
    assert str(caught.value.__cause__)


async def test_a_bad_item_in_a_bare_array_and_in_a_feed_origin(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", "/me/recently-played/tracks").respond(200, json=[track(), 7])
    with pytest.raises(ResponseValidationError) as caught:
        await sc.me.recently_played_tracks()
    assert caught.value.path == "[1]"
    assert "expected object, found integer" in str(caught.value)
    origin = track(duration=[1])
    route(router, "GET", "/me/feed").respond(200, json=page([{"type": "track", "origin": origin}]))
    with pytest.raises(ResponseValidationError) as caught:
        _ = [item async for item in sc.me.feed()]
    assert caught.value.path == "collection[0].origin.duration"


async def test_integers_on_number_fields_become_floats(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=track(bpm=120))
    got = await sc.tracks.get(TRACK)
    assert got.bpm == 120.0
    assert type(got.bpm) is float


async def test_a_body_that_is_not_an_object_names_the_body(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", f"/tracks/{TRACK}").mock(
        return_value=httpx.Response(200, json=["a", "list"])
    )
    with pytest.raises(
        ResponseValidationError, match="at the body: expected object, found array"
    ) as caught:
        await sc.tracks.get(TRACK)
    assert caught.value.path is None
