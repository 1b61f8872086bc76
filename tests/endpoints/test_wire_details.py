"""What exactly goes on the wire: multipart and form bodies, JSON bodies, query names, paths."""

from __future__ import annotations

import json
from io import BytesIO
from urllib.parse import parse_qsl

import httpx
import pytest
import respx
from soundcloud_async_generated.api.oauth import create_token
from soundcloud_async_generated.api.playlists import create_playlist
from soundcloud_async_generated.api.search import search_tracks
from soundcloud_async_generated.api.tracks import (
    create_track_comment,
    get_track,
    update_track,
    upload_track,
)
from soundcloud_async_generated.models import (
    CommentBody,
    CommentRequest,
    GrantType,
    PlaylistForm,
    PlaylistMetadata,
    PlaylistRequest,
    PlaylistTrackRef,
    SetType,
    Sharing,
    TokenRequest,
    TrackMetadata,
    TrackMetadataRequest,
    TrackUploadForm,
)
from soundcloud_async_generated.types import File

from ._responses import load
from ._samples import AUDIO
from ._spec_cases import CASES, Case, api_client, import_endpoint, parse_multipart

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"
URN = "soundcloud:tracks:13158665"


async def send(
    call, *args, base_url: str = API, status: int = 200, reply: str = "track.json", **kwargs
) -> httpx.Request:
    """Call one generated function against a strict mock; return the single request sent."""
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        route = router.route().respond(status, json=load(reply))
        async with api_client(base_url) as client:
            await call(*args, client=client, **kwargs)
    assert route.call_count == 1
    return route.calls.last.request


def upload_form() -> TrackUploadForm:
    audio = File(payload=BytesIO(AUDIO.data), file_name="flickermood.mp3", mime_type="audio/mpeg")
    return TrackUploadForm(
        tracktitle="Flickermood",
        trackasset_data=audio,
        tracksharing=Sharing.PRIVATE,
        trackstreamable=True,
        trackdownloadable=False,
    )


async def test_upload_sends_bracketed_fields_the_file_and_lowercase_booleans() -> None:
    request = await send(upload_track.asyncio_detailed, status=201, body=upload_form())
    boundary, parts = parse_multipart(request)
    assert parts == {
        "track[title]": [(None, "text/plain", b"Flickermood")],
        "track[asset_data]": [("flickermood.mp3", "audio/mpeg", AUDIO.data)],
        "track[sharing]": [(None, "text/plain", b"private")],
        "track[streamable]": [(None, "text/plain", b"true")],
        "track[downloadable]": [(None, "text/plain", b"false")],
    }
    assert request.url.raw_path == b"/tracks"
    assert boundary != "+++"
    assert boundary.encode() not in AUDIO.data


async def test_each_upload_gets_a_fresh_random_boundary() -> None:
    first, _ = parse_multipart(await send(upload_track.asyncio_detailed, body=upload_form()))
    second, _ = parse_multipart(await send(upload_track.asyncio_detailed, body=upload_form()))
    assert first != second
    assert len(first) >= 16


async def test_playlist_form_sends_track_urns_comma_separated_in_one_part() -> None:
    # SoundCloud's own spec: `playlist[tracks][][urn]` is one string of comma-separated URNs.
    urns = "soundcloud:tracks:293,soundcloud:tracks:13158665,soundcloud:tracks:293"
    form = PlaylistForm(playlisttitle="Late night drive", playlisttracksurn=urns)
    request = await send(
        create_playlist.asyncio_detailed, status=201, reply="playlist.json", body=form
    )
    _, parts = parse_multipart(request)
    assert parts == {
        "playlist[title]": [(None, "text/plain", b"Late night drive")],
        "playlist[tracks][][urn]": [(None, "text/plain", urns.encode())],
    }


async def test_update_track_sends_json_without_unset_fields() -> None:
    body = TrackMetadataRequest(
        track=TrackMetadata(title="Flickermood", sharing=Sharing.PUBLIC, downloadable=False)
    )
    request = await send(update_track.asyncio_detailed, URN, body=body)
    assert (request.method, request.url.raw_path) == (
        "PUT",
        b"/tracks/soundcloud%3Atracks%3A13158665",
    )
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "track": {"title": "Flickermood", "sharing": "public", "downloadable": False}
    }


async def test_create_playlist_sends_json_track_refs() -> None:
    refs = [PlaylistTrackRef(urn="soundcloud:tracks:293"), PlaylistTrackRef(urn=URN)]
    body = PlaylistRequest(
        playlist=PlaylistMetadata(title="Late night drive", tracks=refs, set_type=SetType.ALBUM)
    )
    request = await send(
        create_playlist.asyncio_detailed, status=201, reply="playlist.json", body=body
    )
    assert (request.method, request.url.raw_path) == ("POST", b"/playlists")
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "playlist": {
            "title": "Late night drive",
            "tracks": [{"urn": "soundcloud:tracks:293"}, {"urn": URN}],
            "set_type": "album",
        }
    }


async def test_create_track_comment_sends_json_with_timestamp() -> None:
    body = CommentRequest(comment=CommentBody(body="That drop \N{FIRE}", timestamp=62000))
    request = await send(
        create_track_comment.asyncio_detailed, URN, status=201, reply="comment.json", body=body
    )
    assert request.url.raw_path == b"/tracks/soundcloud%3Atracks%3A13158665/comments"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "comment": {"body": "That drop \N{FIRE}", "timestamp": 62000}
    }


async def test_token_request_is_form_encoded_on_the_auth_host() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    body = TokenRequest(
        grant_type=GrantType.AUTHORIZATION_CODE,
        code="0f6e3a1b",
        code_verifier=verifier,
        redirect_uri="https://app.example.com/cb",
        client_secret="s&c=r t",
    )
    request = await send(
        create_token.asyncio_detailed, base_url=AUTH, reply="token.json", body=body
    )
    assert str(request.url) == f"{AUTH}/oauth/token"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    raw = request.content.decode()
    assert raw.startswith("grant_type=authorization_code&")
    assert f"&code_verifier={verifier}" in raw
    assert "client_secret=s%26c%3Dr+t" in raw
    assert sorted(parse_qsl(raw)) == [
        ("client_secret", "s&c=r t"),
        ("code", "0f6e3a1b"),
        ("code_verifier", verifier),
        ("grant_type", "authorization_code"),
        ("redirect_uri", "https://app.example.com/cb"),
    ]


async def test_bracketed_query_names_stay_flat_on_the_wire() -> None:
    request = await send(
        search_tracks.asyncio_detailed, bpmfrom=120, bpmto=128, durationto=600000, limit=200
    )
    raw = request.url.query.decode()
    assert "bpm%5Bfrom%5D=120&bpm%5Bto%5D=128&duration%5Bto%5D=600000" in raw
    assert parse_qsl(raw) == [
        ("bpm[from]", "120"),
        ("bpm[to]", "128"),
        ("duration[to]", "600000"),
        ("limit", "200"),
    ]


def first_case_per_path_param() -> list[tuple[Case, str]]:
    seen, found = set(), []
    for case in CASES:
        for name in case.path_args:
            if (case.operation.operation_id, name) not in seen:
                seen.add((case.operation.operation_id, name))
                found.append((case, name))
    return found


PATH_PARAMS = first_case_per_path_param()


@pytest.mark.parametrize("value", ["", ".", ".."])
@pytest.mark.parametrize(
    ("case", "name"), PATH_PARAMS, ids=[f"{c.operation.operation_id}.{n}" for c, n in PATH_PARAMS]
)
async def test_path_values_that_would_change_the_path_are_refused(
    case: Case, name: str, value: str
) -> None:
    module = import_endpoint(case.operation)
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        async with api_client(case.operation.base_url) as client:
            kwargs = {**case.call_kwargs(client), name: value}
            with pytest.raises(ValueError, match="invalid path parameter"):
                await module.asyncio_detailed(**kwargs)
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    ("value", "raw_path"),
    [
        ("1/../me", b"/tracks/1%2F..%2Fme"),
        ("../../me", b"/tracks/..%2F..%2Fme"),
        (
            "soundcloud:tracks:1?secret_token=x#frag",
            b"/tracks/soundcloud%3Atracks%3A1%3Fsecret_token%3Dx%23frag",
        ),
        ("100%", b"/tracks/100%25"),
        (13158665, b"/tracks/13158665"),
    ],
)
async def test_path_values_stay_one_segment(value: object, raw_path: bytes) -> None:
    request = await send(get_track.asyncio_detailed, value)
    assert request.url.raw_path == raw_path
    assert request.url.query == b""
