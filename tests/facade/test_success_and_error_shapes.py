"""Success and error shapes SoundCloud's own spec documents, through `SoundCloud`.

Empty 2xx bodies on status operations, a 302 whose target is only in the body, refused
redirect targets, error bodies without a message, and arguments refused before any request.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import APIStatusError, ResponseValidationError, SoundCloud
from soundcloud_async.models import Status, Track

from ..endpoints._responses import load
from ..endpoints._samples import ARTWORK
from ..endpoints._spec_cases import parse_multipart
from .conftest import API, API_HOST, PLAYLIST, TRACK, USER, json_body

STATUS_CALLS: list[tuple[str, str, str, Callable[[SoundCloud], Awaitable[Any]]]] = [
    ("tracks.delete", "DELETE", f"/tracks/{TRACK}", lambda sc: sc.tracks.delete(TRACK)),
    ("playlists.delete", "DELETE", f"/playlists/{PLAYLIST}",
     lambda sc: sc.playlists.delete(PLAYLIST)),
    ("likes.add_track", "POST", f"/likes/tracks/{TRACK}", lambda sc: sc.likes.add_track(TRACK)),
    ("likes.remove_track", "DELETE", f"/likes/tracks/{TRACK}",
     lambda sc: sc.likes.remove_track(TRACK)),
    ("likes.add_playlist", "POST", f"/likes/playlists/{PLAYLIST}",
     lambda sc: sc.likes.add_playlist(PLAYLIST)),
    ("likes.remove_playlist", "DELETE", f"/likes/playlists/{PLAYLIST}",
     lambda sc: sc.likes.remove_playlist(PLAYLIST)),
    # Reposts answer 201 with no body; they returned None where likes returned a Status.
    ("reposts.add_track", "POST", f"/reposts/tracks/{TRACK}",
     lambda sc: sc.reposts.add_track(TRACK)),
    ("reposts.add_playlist", "POST", f"/reposts/playlists/{PLAYLIST}",
     lambda sc: sc.reposts.add_playlist(PLAYLIST)),
    ("reposts.remove_track", "DELETE", f"/reposts/tracks/{TRACK}",
     lambda sc: sc.reposts.remove_track(TRACK)),
    ("reposts.remove_playlist", "DELETE", f"/reposts/playlists/{PLAYLIST}",
     lambda sc: sc.reposts.remove_playlist(PLAYLIST)),
    ("me.follow", "PUT", f"/me/followings/{USER}", lambda sc: sc.me.follow(USER)),
    ("me.unfollow", "DELETE", f"/me/followings/{USER}", lambda sc: sc.me.unfollow(USER)),
]  # fmt: skip


def route(router: respx.MockRouter, method: str, path: str) -> respx.Route:
    return router.route(method=method, host=API_HOST, path=path)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("answer", [(200, b""), (200, b"  \n"), (204, b""), (201, b"")], ids=str)
@pytest.mark.parametrize(
    ("name", "method", "path", "call"), STATUS_CALLS, ids=[c[0] for c in STATUS_CALLS]
)
async def test_an_empty_2xx_on_a_status_operation_is_an_empty_status(
    sc: SoundCloud,
    router: respx.MockRouter,
    answer: tuple[int, bytes],
    name: str,
    method: str,
    path: str,
    call: Callable[[SoundCloud], Awaitable[Any]],
) -> None:
    route(router, method, path).respond(answer[0], content=answer[1])
    result = await call(sc)
    assert result == Status()
    assert result.status is None


async def test_a_status_body_still_parses(sc: SoundCloud, router: respx.MockRouter) -> None:
    route(router, "DELETE", f"/tracks/{TRACK}").respond(200, json={"status": "200 - OK"})
    assert (await sc.tracks.delete(TRACK)).status == "200 - OK"


@pytest.mark.parametrize(
    ("body", "shown", "code"),
    [
        (b'{"error_code": "invalid_grant"}', "400 Bad Request: invalid_grant (", None),
        (b'{"code": 401, "message": ""}', "400 Bad Request: code 401 (", 401),
        (b'{"code": 400, "message": "Bad urn", "error_code": "bad_urn"}', "Bad urn (bad_urn)", 400),
        (b'{"unrelated": true}', '{"unrelated": true}', None),
        (b"", "400 Bad Request: empty body (", None),
    ],
    ids=["error_code-only", "code-and-empty-message", "full-envelope", "not-an-error", "empty"],
)
async def test_error_messages_carry_what_the_body_says(
    sc: SoundCloud, router: respx.MockRouter, body: bytes, shown: str, code: int | None
) -> None:
    route(router, "GET", f"/tracks/{TRACK}").respond(400, content=body)
    with pytest.raises(APIStatusError) as caught:
        await sc.tracks.get(TRACK)
    message = str(caught.value)
    assert shown in message
    assert ("empty body" in message) == (body == b"")
    if caught.value.error is not None:
        assert caught.value.error.code == code


def found_in_body(location: str) -> httpx.Response:
    """SoundCloud's own spec: the 302 carries its target in the body, with no Location header."""
    return httpx.Response(302, json={"status": "302 - Found", "location": location})


async def test_resolve_follows_a_location_given_only_in_the_body(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", "/resolve").mock(return_value=found_in_body(f"{API}/tracks/{TRACK}"))
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=load("track.json"))
    assert isinstance(await sc.resolve("https://soundcloud.com/forss/flickermood"), Track)


async def test_resolve_hands_back_a_foreign_body_location_unfetched(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    target = "https://soundcloud.com/forss/flickermood"
    route(router, "GET", "/resolve").mock(return_value=found_in_body(target))
    assert await sc.resolve("https://on.soundcloud.com/abc") == target


async def test_preview_returns_a_location_given_only_in_the_body(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    cdn = "https://cf-preview-media.sndcdn.com/preview/0/30/abc.mp3?Policy=x"
    route(router, "GET", f"/tracks/{TRACK}/preview").mock(return_value=found_in_body(cdn))
    assert await sc.tracks.preview(TRACK) == cdn


@pytest.mark.parametrize(
    "location",
    ["javascript:alert(1)", "data:text/html,hi", "http://[::1", "\thttps://api.soundcloud.com/x"],
    ids=["javascript", "data", "bad-host", "tab"],
)
@pytest.mark.parametrize("in_body", [False, True], ids=["header", "body"])
async def test_a_redirect_target_that_is_not_an_http_url_is_a_validation_error(
    sc: SoundCloud, router: respx.MockRouter, location: str, in_body: bool
) -> None:
    answer = (
        found_in_body(location)
        if in_body
        else httpx.Response(302, headers=[(b"location", location.encode())])
    )
    route(router, "GET", "/resolve").mock(return_value=answer)
    with pytest.raises(ResponseValidationError, match="redirect target"):
        await sc.resolve("https://soundcloud.com/forss/flickermood")


@pytest.mark.parametrize(
    "call",
    [
        lambda sc: sc.tracks.comment(TRACK, None),
        lambda sc: sc.tracks.comment(TRACK, ""),
        lambda sc: sc.playlists.create(None),
        lambda sc: sc.playlists.update(PLAYLIST, title=""),
        lambda sc: sc.tracks.upload(None, asset=b"RIFF"),
        lambda sc: sc.tracks.update(TRACK, title=None),
        lambda sc: sc.playlists.create("Set", description=None),
    ],
    ids=["comment-None", "comment-empty", "create-None", "update-empty", "upload-None",
         "track-title-None", "playlist-field-None"],
)  # fmt: skip
async def test_a_missing_text_is_a_value_error_before_any_request(
    sc: SoundCloud, router: respx.MockRouter, call: Callable[[SoundCloud], Awaitable[Any]]
) -> None:
    with pytest.raises(ValueError, match=r"None|non-empty"):
        await call(sc)
    assert not router.calls


async def test_comment_timestamp_may_be_a_fraction_or_a_string(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    mocked = route(router, "POST", f"/tracks/{TRACK}/comments").respond(
        201, json=load("comment.json")
    )
    await sc.tracks.comment(TRACK, "nice", timestamp=1500.5)
    await sc.tracks.comment(TRACK, "nice", timestamp="2000")
    sent = [json_body(call.request)["comment"]["timestamp"] for call in mocked.calls]
    assert sent == [1500.5, "2000"]


async def test_playlist_permalink_url_is_sent_on_create_and_update(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    link = "https://soundcloud.com/forss/sets/night"
    created = route(router, "POST", "/playlists").respond(201, json=load("playlist.json"))
    updated = route(router, "PUT", f"/playlists/{PLAYLIST}").respond(
        200, json=load("playlist.json")
    )
    await sc.playlists.create("Night", permalink_url=link)
    await sc.playlists.update(PLAYLIST, permalink_url=link)
    for mocked in (created, updated):
        assert json_body(mocked.calls.last.request)["playlist"]["permalink_url"] == link


async def test_multipart_playlist_sends_track_urns_as_one_comma_separated_part(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    mocked = route(router, "POST", "/playlists").respond(201, json=load("playlist.json"))
    await sc.playlists.create("Set", tracks=[293, TRACK, 293], artwork=ARTWORK.data)
    _, parts = parse_multipart(mocked.calls.last.request)
    urns = f"soundcloud:tracks:293,{TRACK},soundcloud:tracks:293"
    assert parts["playlist[tracks][][urn]"] == [(None, "text/plain", urns.encode())]
    assert json.dumps(parts["playlist[title]"][0][2].decode()) == '"Set"'


@pytest.mark.parametrize("kind", [None, "track-v2"], ids=["missing", "unknown"])
async def test_resolve_reads_a_track_without_a_known_kind_by_its_urn(
    sc: SoundCloud, router: respx.MockRouter, kind: str | None
) -> None:
    body = {key: value for key, value in load("track.json").items() if key != "kind"}
    if kind is not None:
        body["kind"] = kind
    route(router, "GET", "/resolve").mock(return_value=found_in_body(f"{API}/tracks/{TRACK}"))
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=body)
    resolved = await sc.resolve("https://soundcloud.com/forss/flickermood")
    assert isinstance(resolved, Track)
    assert resolved.urn == TRACK
    assert resolved.kind == kind
