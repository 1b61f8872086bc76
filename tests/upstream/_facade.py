"""Calling the facade method that serves an upstream operation, with representative arguments.

An upstream operation (method + path of spec/upstream/contract.yaml) maps to the operation of
spec/openapi.yaml with the same method and path, and so to its `x-sdk-method`. Generated methods are
called with the samples tests/endpoints builds; handwritten ones in the variants below, which put
different bytes on the wire (JSON or multipart, with or without artwork ...).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from soundcloud_async import SoundCloud

from ..endpoints._responses import load
from ..endpoints._samples import ARTWORK, AUDIO, PLAYLIST_FIELDS, PLAYLIST_TRACKS, TRACK_FIELDS
from ..endpoints._spec import Operation, operations
from ..endpoints._spec_cases import Case, build_cases
from ..facade.conftest import CLIENT_ID, NO_WAIT, user_token
from ..facade.test_reachability import bound_method, generated_call

API_HOST = "api.soundcloud.com"
OURS = {(op.method, op.path): op for op in operations()}
OURS_BY_ID = {op.operation_id: op for op in operations()}
TRACK_JSON = load("track.json")
STOREFRONT = {
    "title": 'Flickermood 7" vinyl',
    "type": "vinyl",
    "link": "https://forss.bandcamp.com/merch/flickermood-7",
    "link_title": "Bandcamp",
    "description": "Limited run of 300, hand-numbered.",
    "price": "\N{EURO SIGN}12.00",
}
TRACK_OPTIONS = {k: v for k, v in TRACK_FIELDS.items() if k != "title"}
PLAYLIST_OPTIONS = {k: v for k, v in PLAYLIST_FIELDS.items() if k != "title"}
Call = Callable[[Any, dict[str, Any]], Any]
# Handwritten facade methods, each in the variants that put different bytes on the wire.
HANDWRITTEN: dict[str, list[tuple[str, Call, tuple[Any, ...]]]] = {
    "list_my_recently_played_tracks": [
        ("access", lambda fn, a: fn(access="playable,preview,blocked"), ()),
    ],
    "upload_track": [
        (
            "multipart-with-artwork",
            lambda fn, a: fn(
                TRACK_FIELDS["title"], asset=AUDIO.data, artwork=ARTWORK.data, **TRACK_OPTIONS
            ),
            (),
        ),
        ("multipart-minimal", lambda fn, a: fn("Flickermood", asset=AUDIO.data), ()),
    ],
    "update_track": [
        ("json", lambda fn, a: fn(a["track_urn"], **TRACK_FIELDS), ()),
        (
            "multipart-artwork",
            lambda fn, a: fn(a["track_urn"], artwork=ARTWORK.data, **TRACK_FIELDS),
            (),
        ),
    ],
    "update_track_storefront": [("json", lambda fn, a: fn(a["track_urn"], **STOREFRONT), ())],
    "get_track_preview": [
        ("secret-token", lambda fn, a: fn(a["track_urn"], secret_token="s-AbCdEfGhIjK"), ()),
        ("public", lambda fn, a: fn(a["track_urn"]), ()),
    ],
    "create_track_comment": [
        ("timestamp", lambda fn, a: fn(a["track_urn"], "That drop", timestamp=62000), ()),
        ("no-timestamp", lambda fn, a: fn(a["track_urn"], "Whole track"), ()),
    ],
    "create_playlist": [
        (
            "json",
            lambda fn, a: fn(PLAYLIST_FIELDS["title"], tracks=PLAYLIST_TRACKS, **PLAYLIST_OPTIONS),
            (),
        ),
        (
            "multipart-artwork",
            lambda fn, a: fn(
                PLAYLIST_FIELDS["title"],
                tracks=PLAYLIST_TRACKS,
                artwork=ARTWORK.data,
                **PLAYLIST_OPTIONS,
            ),
            (),
        ),
        (
            "json-permalink-url",
            lambda fn, a: fn("Solo", permalink_url="https://soundcloud.com/jw/sets/solo"),
            (),
        ),
        (
            "multipart-one-track",
            lambda fn, a: fn("Solo", tracks=PLAYLIST_TRACKS[:1], artwork=ARTWORK.data),
            (),
        ),
    ],
    "update_playlist": [
        (
            "json",
            lambda fn, a: fn(
                a["playlist_urn"], title="New", tracks=PLAYLIST_TRACKS, **PLAYLIST_OPTIONS
            ),
            (),
        ),
    ],
    "resolve": [("url", lambda fn, a: fn("https://soundcloud.com/forss/flickermood"), ())],
    "sign_out": [("plain", lambda fn, a: fn(), ())],
}


@functools.cache
def _sample_case(operation_id: str) -> Case:
    return build_cases(OURS_BY_ID[operation_id])[0]


def sample_case(op: Operation) -> Case:
    """Arguments and mocked answer of tests/endpoints for one of our operations."""
    return _sample_case(op.operation_id)


def quiet_deprecation(op: Operation) -> Any:
    """Legacy operations warn (tested in tests/facade); here only their traffic matters."""
    if op.node.get("deprecated"):
        return pytest.warns(DeprecationWarning, match="instead|names no successor")
    return contextlib.nullcontext()


async def invoke(
    op: Operation,
    call: Call | None,
    handler: Callable[[httpx.Request], Awaitable[httpx.Response]],
) -> Any:
    """Call the facade method of `op` over `httpx.MockTransport(handler)` as a signed-in user."""
    sc = SoundCloud(
        client_id=CLIENT_ID,
        token=user_token(),
        transport=httpx.MockTransport(handler),
        retry=NO_WAIT,
    )
    async with sc:
        fn = bound_method(sc, op)
        sample = sample_case(op)
        with quiet_deprecation(op):
            if call is not None:
                result = call(fn, sample.path_args)
            else:  # a generated method: path and query samples by parameter name
                result = generated_call(fn, op, sample)
            if inspect.isawaitable(result):
                result = await result
    return result
