"""How answers are handled: error hooks, odd statuses, misfit bodies, forward compatibility."""

from __future__ import annotations

import copy
import json
import pickle

import httpx
import pytest
import respx
from soundcloud_async_generated import errors
from soundcloud_async_generated.api.me import list_my_feed
from soundcloud_async_generated.api.miscellaneous import resolve
from soundcloud_async_generated.api.search import search_tracks
from soundcloud_async_generated.api.tracks import get_track
from soundcloud_async_generated.models import (
    Access,
    Activity,
    ActivityOrigin,
    ActivityType,
    Me,
    Playlist,
    Track,
)

from ._responses import load
from ._spec import operations
from ._spec_cases import api_client, import_endpoint

API = "https://api.soundcloud.com"
URN = "soundcloud:tracks:13158665"
SC_ERROR = {
    "code": 404,
    "message": "",
    "link": "https://developers.soundcloud.com/docs/api/explorer/open-api",
    "status": "404 - Not Found",
    "errors": [],
    "error": None,
}


class HookError(Exception):
    def __init__(self, response: httpx.Response, cause: Exception | None = None):
        super().__init__(response.status_code)
        self.response, self.cause = response, cause


def raising_hook(seen: list[httpx.Response]):
    def hook(response: httpx.Response) -> None:
        seen.append(response)
        raise HookError(response)

    return hook


def respond(router: respx.MockRouter, status: int, **kwargs) -> respx.Route:
    return router.get(f"{API}/tracks/soundcloud%3Atracks%3A13158665").respond(status, **kwargs)


@pytest.mark.parametrize(
    ("status", "kwargs"),
    [
        (404, {"json": SC_ERROR}),
        (401, {"content": b" "}),  # 2015: a one-space, non-JSON body
        (403, {"content": b""}),  # 2016: an empty body
        (429, {"json": {"error": "Rate Limit Exceeded"}}),
        (520, {"content": b"<html>origin error</html>"}),  # not an IANA status
        (599, {"content": b""}),
    ],
)
async def test_error_status_goes_to_the_hook_with_the_response(status: int, kwargs: dict) -> None:
    seen: list[httpx.Response] = []
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        respond(router, status, **kwargs)
        async with api_client(API, raise_for_status=raising_hook(seen)) as client:
            with pytest.raises(HookError) as caught:
                await get_track.asyncio_detailed(URN, client=client, secret_token="s-AbC")
    assert [response.status_code for response in seen] == [status]
    assert caught.value.response is seen[0]
    assert seen[0].request.url.path == f"/tracks/{URN}"


@pytest.mark.parametrize("status", [400, 404, 520])
async def test_default_hook_raises_api_error_without_the_query(status: int) -> None:
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        respond(router, status, json=SC_ERROR)
        async with api_client(API) as client:
            with pytest.raises(errors.ApiError) as caught:
                await get_track.asyncio(URN, client=client, secret_token="s-SECRET")
    assert caught.value.status_code == status
    assert "s-SECRET" not in str(caught.value)


async def test_a_hook_that_returns_does_not_turn_a_404_into_a_result() -> None:
    """`raise_for_status` is documented as "must raise"; a hook that forgets must not leak a 404."""
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        respond(router, 404, json=SC_ERROR)
        async with api_client(API, raise_for_status=lambda response: None) as client:
            try:
                result = await get_track.asyncio_detailed(URN, client=client)
            except Exception:  # any exception keeps the 404 from being returned
                result = None
    if result is not None:
        pytest.fail(
            "DEFECT: raise_for_status returned without raising and the generated function "
            f"returned Response(status_code={result.status_code}, parsed={result.parsed!r}) as "
            "a success; parse_response should raise (e.g. errors.ApiError) after the hook returns"
        )


@pytest.mark.parametrize(
    ("call", "args", "content"),
    [
        (get_track.asyncio_detailed, [URN], b'"just a string"'),
        (get_track.asyncio_detailed, [URN], b"[1, 2]"),
        (get_track.asyncio_detailed, [URN], b"<html>maintenance</html>"),
        (get_track.asyncio_detailed, [URN], b'{"kind": "track", "duration": "abc"}'),
        (search_tracks.asyncio_detailed, [], b'{"collection": "nope", "next_href": null}'),
        (list_my_feed.asyncio_detailed, [], b'{"collection": [{"type": 5}]}'),
    ],
    ids=["string", "list", "html", "wrong-field-type", "page-of-string", "activity-type-int"],
)
async def test_a_body_that_does_not_fit_raises_the_invalid_body_hook_exception(
    call, args: list[str], content: bytes
) -> None:
    def invalid_body(response: httpx.Response, exc: Exception) -> Exception:
        return HookError(response, exc)

    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        router.get(url__startswith=API).respond(200, content=content)
        async with api_client(API, invalid_body=invalid_body) as client:
            with pytest.raises(HookError) as caught:
                await call(*args, client=client)
    assert caught.value.response.status_code == 200
    assert isinstance(caught.value.cause, KeyError | ValueError | TypeError | AttributeError)
    assert caught.value.__cause__ is caught.value.cause


async def test_a_redirect_body_that_does_not_fit_is_a_parse_error_by_default() -> None:
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        router.get(f"{API}/resolve").respond(302, content=b"<a href=x>moved</a>")
        async with api_client(API) as client:
            with pytest.raises(errors.ResponseParseError) as caught:
                await resolve.asyncio_detailed(client=client, url_query="https://soundcloud.com/x")
    assert caught.value.status_code == 302


def test_unknown_access_value_parses_and_round_trips() -> None:
    data = {**load("track.json"), "access": "snippet"}
    track = Track.from_dict(data)
    assert track.access == "snippet"
    assert isinstance(track.access, Access)
    assert track.to_dict() == data


async def test_feed_origins_are_told_apart_and_unknown_types_kept() -> None:
    page = load("activity_page.json")
    comment_origin = {"kind": "comment", "id": 1, "body": "nice", "timestamp": None}
    page["collection"].append(
        {
            "type": "comment:like",
            "created_at": "2025/03/01 00:00:00 +0000",
            "origin": comment_origin,
        }
    )
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        router.get(f"{API}/me/feed").respond(200, json=page)
        async with api_client(API) as client:
            parsed = await list_my_feed.asyncio(client=client, limit=2, linked_partitioning=True)
    track_item, repost_item, comment_item = parsed.collection
    assert type(track_item.origin) is Track
    assert track_item.type_ is ActivityType.TRACK
    assert type(repost_item.origin) is Playlist, "a playlist must not be mistaken for a Track"
    assert repost_item.type_ is ActivityType.PLAYLISTREPOST
    assert repost_item.reposter == "soundcloud:users:183"
    assert repost_item.origin.tracks == []
    assert type(comment_item.origin) is ActivityOrigin
    assert comment_item.type_ == "comment:like"
    assert parsed.future_href == page["future_href"]
    assert parsed.next_href == page["next_href"]
    assert parsed.to_dict() == page


def test_a_feed_origin_is_told_apart_by_its_kind_tag() -> None:
    # `kind` no longer refuses a foreign tag (SoundCloud types it as a plain string): the tag is
    # kept as it arrived, and a union reads it to pick the model.
    assert Track.from_dict(load("playlist.json")).kind == "playlist"
    activity = Activity.from_dict({"type": "playlist", "origin": load("playlist.json")})
    assert type(activity.origin) is Playlist


# Older (2011) feed origins (docs/soundcloud-behaviour.md, Payloads): none carries `kind`,
# none is a track itself.
OLD_ORIGINS = {
    "track-sharing": {
        "track": {"id": 13158665, "kind": "track", "title": "Munching at Tiannas house"},
        "sharing_note": {"text": "listen!", "created_at": "2011/04/06 15:40:00 +0000"},
    },
    "favoriting": {
        "user": {"id": 183, "permalink": "eric", "username": "Eric Wahlforss"},
        "track": {"id": 13158665, "kind": "track", "title": "Munching at Tiannas house"},
    },
    "comment": {"id": 9871, "body": "nice one", "timestamp": 1000, "track_id": 13158665},
}


@pytest.mark.parametrize(("activity_type", "origin"), OLD_ORIGINS.items(), ids=list(OLD_ORIGINS))
def test_an_origin_without_kind_is_not_taken_for_a_track(activity_type: str, origin: dict) -> None:
    activity = Activity.from_dict({"type": activity_type, "origin": origin})
    assert activity.to_dict()["origin"] == origin
    assert type(activity.origin) is ActivityOrigin, (
        f"DEFECT (spec): a {activity_type!r} origin without `kind` parsed as "
        f"{type(activity.origin).__name__}: Track declares no required property, so the first "
        "oneOf branch of Activity.origin accepts any object"
    )


@pytest.mark.parametrize(
    "clone", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))]
)
def test_unset_survives_copy_and_pickle(clone) -> None:
    sparse = {"id": 293, "kind": "track", "title": "Flickermood", "user": {"id": 183}}
    me = {"id": 1, "quota": {"upload_seconds_left": 10800}}
    for model, data in [(Track.from_dict(sparse), sparse), (Me.from_dict(me), me)]:
        copied = clone(model)
        assert copied.to_dict() == data
        assert json.loads(json.dumps(copied.to_dict())) == data


OPERATION_IDS = {op.operation_id for op in operations()}
DEPRECATED = [op for op in operations() if op.node.get("deprecated")]


def test_deprecated_operations_are_declared() -> None:
    assert len(DEPRECATED) >= 10


@pytest.mark.parametrize("op", DEPRECATED, ids=[op.operation_id for op in DEPRECATED])
def test_deprecated_operation_names_an_existing_replacement(op) -> None:
    module = import_endpoint(op)
    assert module.DEPRECATED is True
    assert op.node.get("x-replacement") == module.REPLACEMENT
    assert module.REPLACEMENT == "none" or module.REPLACEMENT in OPERATION_IDS - {op.operation_id}
    if module.REPLACEMENT != "none":
        assert (
            import_endpoint(
                next(o for o in operations() if o.operation_id == module.REPLACEMENT)
            ).DEPRECATED
            is False
        ), "a replacement must not itself be deprecated"
