"""Write methods through `SoundCloud`: likes, reposts, follows, comments, playlists and tracks."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from soundcloud_async import SoundCloud
from soundcloud_async.models import Comment, Playlist, Status, Storefront, Track, User

from ..endpoints._responses import load
from ..endpoints._samples import ARTWORK
from ..endpoints._spec_cases import parse_multipart
from .conftest import ACCESS, API_HOST, PLAYLIST, TRACK, USER, authorization, json_body, raw_path

ENCODED = {TRACK: TRACK.replace(":", "%3A"), PLAYLIST: PLAYLIST.replace(":", "%3A")}
STATUS = {"status": "200 - OK"}


def route(router: respx.MockRouter, method: str, path: str) -> respx.Route:
    return router.route(method=method, host=API_HOST, path=path)


TOGGLES = [
    ("likes.add_track", "POST", f"/likes/tracks/{TRACK}", 13158665),
    ("likes.remove_track", "DELETE", f"/likes/tracks/{TRACK}", "13158665"),
    ("likes.add_playlist", "POST", f"/likes/playlists/{PLAYLIST}", PLAYLIST),
    ("likes.remove_playlist", "DELETE", f"/likes/playlists/{PLAYLIST}", 405726),
    ("reposts.remove_playlist", "DELETE", f"/reposts/playlists/{PLAYLIST}", PLAYLIST),
    ("me.unfollow", "DELETE", f"/me/followings/{USER}", 3207),
    ("tracks.delete", "DELETE", f"/tracks/{TRACK}", TRACK),
    ("playlists.delete", "DELETE", f"/playlists/{PLAYLIST}", "405726"),
]


@pytest.mark.parametrize(("name", "method", "path", "arg"), TOGGLES, ids=[t[0] for t in TOGGLES])
async def test_bodyless_writes_send_the_method_and_urn_and_return_status(
    sc: SoundCloud, router: respx.MockRouter, name: str, method: str, path: str, arg: Any
) -> None:
    """Like/unlike, unrepost, unfollow and delete: no body, URN in the path, typed `Status`."""
    mocked = route(router, method, path).respond(200, json=STATUS)
    namespace, attribute = name.split(".")
    status = await getattr(getattr(sc, namespace), attribute)(arg)
    request = mocked.calls.last.request
    assert (request.method, request.content) == (method, b"")
    assert raw_path(request) == path.replace(":", "%3A")
    assert authorization(request) == f"OAuth {ACCESS}"
    assert type(status) is Status
    assert status.status == "200 - OK"


async def test_reposting_answers_201_without_a_body(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """`reposts.add_track` / `add_playlist` are POSTs whose 201 carries nothing: a Status."""
    track = route(router, "POST", f"/reposts/tracks/{TRACK}").respond(201)
    playlist = route(router, "POST", f"/reposts/playlists/{PLAYLIST}").respond(201)
    assert await sc.reposts.add_track(TRACK) == Status()
    assert await sc.reposts.add_playlist(405726) == Status()
    assert (track.call_count, playlist.call_count) == (1, 1)


async def test_deprecated_unrepost_track_warns_without_a_successor(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """SoundCloud names no replacement: the warning says so, and the DELETE still happens."""
    mocked = route(router, "DELETE", f"/reposts/tracks/{TRACK}").respond(200, json=STATUS)
    with pytest.warns(DeprecationWarning, match=r"sc\.reposts\.remove_track\(\).*no successor"):
        assert type(await sc.reposts.remove_track(TRACK)) is Status
    assert mocked.call_count == 1


async def test_follow_returns_the_user_on_201_and_status_on_200(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """PUT /me/followings/{urn}: 201 creates (a User), 200 means it already existed."""
    mocked = route(router, "PUT", f"/me/followings/{USER}")
    mocked.side_effect = [
        respx.MockResponse(201, json=load("user.json")),
        respx.MockResponse(200, json=STATUS),
    ]
    created = await sc.me.follow(USER)
    existing = await sc.me.follow(3207)
    assert isinstance(created, User)
    assert created.urn == USER
    assert type(existing) is Status
    assert [c.request.content for c in mocked.calls] == [b"", b""]


async def test_comment_posts_a_json_body_with_its_timestamp(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """`tracks.comment(urn, body, timestamp=)` → POST {"comment": {...}}; no timestamp: omitted."""
    mocked = route(router, "POST", f"/tracks/{TRACK}/comments").respond(
        201, json=load("comment.json")
    )
    comment = await sc.tracks.comment(TRACK, "That drop at 1:02 \N{FIRE}", timestamp=62000)
    await sc.tracks.comment(13158665, "again")
    bodies = [json_body(call.request) for call in mocked.calls]
    assert bodies == [
        {"comment": {"body": "That drop at 1:02 \N{FIRE}", "timestamp": 62000}},
        {"comment": {"body": "again"}},
    ]
    assert (type(comment), comment.body) == (Comment, "That drop at 1:02 \N{FIRE}")


async def test_create_playlist_sends_track_urns_in_order(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """Any id form becomes a URN; the order given is the order sent."""
    mocked = route(router, "POST", "/playlists").respond(201, json=load("playlist.json"))
    playlist = await sc.playlists.create(
        "Late night drive", tracks=["soundcloud:tracks:293", 13158665, "0002040"], sharing="private"
    )
    assert json_body(mocked.calls.last.request) == {
        "playlist": {
            "title": "Late night drive",
            "sharing": "private",
            "tracks": [
                {"urn": "soundcloud:tracks:293"},
                {"urn": TRACK},
                {"urn": "soundcloud:tracks:2040"},
            ],
        }
    }
    assert (type(playlist), playlist.urn) == (Playlist, PLAYLIST)


async def test_create_playlist_with_artwork_is_multipart(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """With artwork: Rails-style parts; the track URNs in order, comma-separated in one part."""
    mocked = route(router, "POST", "/playlists").respond(201, json=load("playlist.json"))
    await sc.playlists.create("Set", tracks=[293, TRACK], artwork=ARTWORK.data, set_type="album")
    _, parts = parse_multipart(mocked.calls.last.request)
    assert parts["playlist[title]"] == [(None, "text/plain", b"Set")]
    assert parts["playlist[set_type]"] == [(None, "text/plain", b"album")]
    assert parts["playlist[tracks][][urn]"] == [
        (None, "text/plain", b"soundcloud:tracks:293," + TRACK.encode())
    ]
    assert parts["playlist[artwork_data]"] == [("upload", "application/octet-stream", ARTWORK.data)]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"tracks": [2040, "soundcloud:tracks:293"]}, {"tracks": [
            {"urn": "soundcloud:tracks:2040"}, {"urn": "soundcloud:tracks:293"}]}),
        ({"tracks": []}, {"tracks": []}),
        ({"title": "Renamed", "sharing": "public"}, {"title": "Renamed", "sharing": "public"}),
    ],
    ids=["replace-tracks", "clear-tracks", "metadata-only"],
)  # fmt: skip
async def test_update_playlist_puts_only_what_was_given(
    sc: SoundCloud, router: respx.MockRouter, kwargs: dict[str, Any], expected: dict[str, Any]
) -> None:
    """`tracks=` replaces the list ([] empties it); without it no `tracks` key is sent."""
    mocked = route(router, "PUT", f"/playlists/{PLAYLIST}").respond(200, json=load("playlist.json"))
    assert type(await sc.playlists.update(405726, **kwargs)) is Playlist
    assert json_body(mocked.calls.last.request) == {"playlist": expected}


async def test_update_track_metadata_is_a_json_put(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """Metadata only: PUT {"track": {...}} with booleans as JSON booleans."""
    mocked = route(router, "PUT", f"/tracks/{TRACK}").respond(200, json=load("track.json"))
    track = await sc.tracks.update(
        13158665, title="Flickermood", downloadable=False, genre="Ambient"
    )
    request = mocked.calls.last.request
    assert raw_path(request) == f"/tracks/{ENCODED[TRACK]}"
    assert json_body(request) == {
        "track": {"title": "Flickermood", "downloadable": False, "genre": "Ambient"}
    }
    assert type(track) is Track


async def test_update_track_with_artwork_is_a_multipart_put(
    sc: SoundCloud, router: respx.MockRouter, tmp_path: Any
) -> None:
    """With artwork: multipart PUT; the file part keeps its name and guessed image type."""
    cover = tmp_path / ARTWORK.file_name
    cover.write_bytes(ARTWORK.data)
    mocked = route(router, "PUT", f"/tracks/{TRACK}").respond(200, json=load("track.json"))
    await sc.tracks.update(TRACK, artwork=cover, title="New cover", commentable=True)
    request = mocked.calls.last.request
    # Decoded: the multipart branch formats the URN into the path without %-encoding its colons.
    assert (request.method, request.url.path) == ("PUT", f"/tracks/{TRACK}")
    _, parts = parse_multipart(request)
    assert parts == {
        "track[title]": [(None, "text/plain", b"New cover")],
        "track[commentable]": [(None, "text/plain", b"true")],
        "track[artwork_data]": [(ARTWORK.file_name, ARTWORK.mime_type, ARTWORK.data)],
    }


async def test_update_storefront_puts_the_offer(sc: SoundCloud, router: respx.MockRouter) -> None:
    """Required title/type/link plus the optional fields given; unset ones are left out."""
    mocked = route(router, "PUT", f"/tracks/{TRACK}/storefront").respond(
        200, json=load("storefront.json")
    )
    storefront = await sc.tracks.update_storefront(
        TRACK, title="Vinyl", type="vinyl", link="https://forss.bandcamp.com", price="12.00"
    )
    assert json_body(mocked.calls.last.request) == {
        "title": "Vinyl",
        "type": "vinyl",
        "link": "https://forss.bandcamp.com",
        "price": "12.00",
    }
    assert (type(storefront), storefront.track_urn) == (Storefront, TRACK)


async def test_bad_write_arguments_fail_before_any_request(sc: SoundCloud) -> None:
    """Unknown fields (TypeError) or a bad track id among many (ValueError): no request."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        anything = router.route(host=API_HOST)
        with pytest.raises(TypeError, match="colour"):
            await sc.playlists.create("x", colour="red")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="colour"):
            await sc.tracks.update(TRACK, colour="red")  # type: ignore[call-arg]
        with pytest.raises(ValueError, match="playlists"):
            await sc.likes.add_playlist(TRACK)
        with pytest.raises(ValueError, match="tracks"):
            await sc.playlists.update(PLAYLIST, tracks=[TRACK, "soundcloud:users:1"])
        with pytest.raises(ValueError, match="storefront type 'vynil'"):
            await sc.tracks.update_storefront(TRACK, title="x", type="vynil", link="https://x.y")
    assert anything.call_count == 0
