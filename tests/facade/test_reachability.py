"""Every operation of spec/openapi.yaml is reachable as the facade method its `x-sdk-method` names.

Each operation is called through `SoundCloud` with arguments derived from its parameters
(tests/endpoints builds them) and must hit exactly its own method + path once. An operation
added to the spec without a reachable method, or a handwritten one without an entry in
HANDWRITTEN below, fails here with its operation id.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import SoundCloud

from ..endpoints._responses import load
from ..endpoints._samples import AUDIO, PLAYLIST_TRACKS
from ..endpoints._spec import Operation, operations
from ..endpoints._spec_cases import Case, build_cases
from .conftest import (
    ACCESS,
    API_HOST,
    AUTH,
    CLIENT_SECRET,
    authorization,
    make_client,
    query,
    raw_path,
)

OPERATIONS = operations()
CASES: dict[str, Case] = {op.operation_id: build_cases(op)[0] for op in OPERATIONS}
BY_ID = {op.operation_id: op for op in OPERATIONS}
PAGINATION_PARAMS = {"limit", "offset", "linked_partitioning"}
# Public facade methods that are not HTTP operations.
NOT_OPERATIONS = {"oauth.verify_callback"}
CALLBACK = "https://app.example.com/callback"

# How to call each handwritten method: (bound method, path arguments) -> result or awaitable.
HANDWRITTEN: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "list_my_recently_played_tracks": lambda fn, a: fn(access="playable"),
    "upload_track": lambda fn, a: fn("Flickermood", asset=AUDIO.data, sharing="private"),
    "update_track": lambda fn, a: fn(a["track_urn"], title="Flickermood"),
    "update_track_storefront": lambda fn, a: fn(
        a["track_urn"], title="Vinyl", type="vinyl", link="https://forss.bandcamp.com"
    ),
    "get_track_preview": lambda fn, a: fn(a["track_urn"]),
    "create_track_comment": lambda fn, a: fn(a["track_urn"], "nice", timestamp=1000),
    "create_playlist": lambda fn, a: fn("Late night drive", tracks=PLAYLIST_TRACKS),
    "update_playlist": lambda fn, a: fn(a["playlist_urn"], tracks=PLAYLIST_TRACKS),
    "resolve": lambda fn, a: fn("https://soundcloud.com/forss/flickermood"),
    "sign_out": lambda fn, a: fn(),
    "authorize": lambda fn, a: fn(CALLBACK),
    "create_token": lambda fn, a: fn("code-1", code_verifier="v" * 43, redirect_uri=CALLBACK),
}
# /resolve's 302 is followed (tested in test_resolve.py); answering 200 keeps this to one route.
RESPONSES = {"resolve": lambda: httpx.Response(200, json=load("track.json"))}


def bound_method(sc: SoundCloud, op: Operation) -> Any:
    """The bound facade method named by the operation's `x-sdk-method`, or a failure."""
    name = op.node.get("x-sdk-method")
    if not isinstance(name, str) or not name:
        pytest.fail(f"{op.operation_id}: the spec gives no x-sdk-method")
    target: Any = sc
    for part in name.split("."):
        if part.startswith("_") or not hasattr(target, part):
            pytest.fail(f"{op.operation_id}: x-sdk-method {name!r} is not reachable on SoundCloud")
        target = getattr(target, part)
    if not inspect.ismethod(target):
        pytest.fail(f"{op.operation_id}: x-sdk-method {name!r} is not a method ({target!r})")
    return target


def generated_call(fn: Any, op: Operation, case: Case) -> Any:
    """Call a generated method with the spec's path and query samples, by parameter name."""
    paginated = bool(op.node.get("x-pagination"))
    kwargs = dict(case.path_args)
    kwargs.update(
        (key, value)
        for key, value in case.query_args.items()
        if not (paginated and key in PAGINATION_PARAMS)
    )
    accepted = inspect.signature(fn).parameters
    unknown = sorted(set(kwargs) - set(accepted))
    if unknown:
        pytest.fail(f"{op.operation_id}: {fn.__qualname__} accepts no {unknown}")
    return fn(**kwargs)


def expected_query(op: Operation, case: Case) -> list[tuple[str, str]]:
    if not op.node.get("x-pagination"):
        return case.query
    kept = [(k, v) for k, v in case.query if k not in PAGINATION_PARAMS]
    return sorted([*kept, ("limit", "200"), ("linked_partitioning", "true")])


def deprecation(op: Operation) -> contextlib.AbstractContextManager[Any]:
    """Deprecated operations must warn, naming the facade method of the replacement."""
    if not op.node.get("deprecated"):
        return contextlib.nullcontext()
    replacement = op.node.get("x-replacement")
    if replacement in (None, "none"):
        return pytest.warns(DeprecationWarning, match="names no successor")
    method = BY_ID[replacement].node["x-sdk-method"]
    return pytest.warns(DeprecationWarning, match=rf"use sc\.{method}\(\) instead")


def mocked(op: Operation, case: Case) -> httpx.Response:
    if op.operation_id in RESPONSES:
        return RESPONSES[op.operation_id]()
    assert case.response is not None, case.problems
    response = case.response
    if response.body is None:
        return httpx.Response(response.status, headers=response.headers)
    return httpx.Response(response.status, headers=response.headers, json=response.body)


def test_every_handwritten_operation_has_a_table_entry() -> None:
    """A new `x-sdk-handwritten` operation needs a way to call it here (and stale entries go)."""
    handwritten = {op.operation_id for op in OPERATIONS if op.node.get("x-sdk-handwritten")}
    assert handwritten == set(HANDWRITTEN)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_is_reachable_through_the_facade(op: Operation) -> None:
    """Call the operation's facade method; exactly its method + path is requested, once."""
    case = CASES[op.operation_id]
    assert not case.problems, "\n".join(case.problems)
    handwritten = bool(op.node.get("x-sdk-handwritten"))
    if handwritten and op.operation_id not in HANDWRITTEN:
        pytest.fail(f"{op.operation_id}: handwritten, but HANDWRITTEN has no way to call it")
    host = httpx.URL(op.base_url).host
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        route = router.route(method=op.method, host=host, path=case.route_path)
        route.mock(side_effect=lambda request: mocked(op, case))
        if op.operation_id == "sign_out":  # the guide's form comes first; 404 → this operation
            router.post(f"{AUTH}/sign-out").respond(404)
        async with make_client(client_secret=CLIENT_SECRET) as sc:
            fn = bound_method(sc, op)
            with deprecation(op):
                call = HANDWRITTEN.get(op.operation_id) if handwritten else None
                result = call(fn, case.path_args) if call else generated_call(fn, op, case)
                if inspect.isawaitable(result):  # coroutines, and paginators (first page)
                    result = await result
    if op.operation_id == "authorize":  # builds the browser's URL; nothing is sent
        url = httpx.URL(result.url)
        assert (url.host, url.path, route.call_count) == (host, op.path, 0)
        return
    assert route.call_count == 1
    request = route.calls.last.request
    assert raw_path(request) == case.raw_path
    if not handwritten:
        assert query(request) == expected_query(op, case)
    expected_auth = f"OAuth {ACCESS}" if host == API_HOST else None
    assert authorization(request) == expected_auth


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_handwritten_flag_matches_where_the_method_lives(op: Operation) -> None:
    """Generated methods come from the generated package; handwritten ones from ours."""
    async with make_client() as sc:
        # By the source file: every method's __module__ is the public soundcloud_async.namespaces.
        source = bound_method(sc, op).__func__.__code__.co_filename
    generated = "soundcloud_async_generated" in Path(source).parts
    assert generated is not bool(op.node.get("x-sdk-handwritten")), source


async def test_every_public_namespace_method_is_a_spec_operation() -> None:
    """Nothing on `sc.<namespace>` bypasses the spec (except pure helpers listed above)."""
    named = {op.node.get("x-sdk-method") for op in OPERATIONS}
    public = set()
    async with make_client() as sc:
        # Namespaces are cached properties, created on first access.
        namespaces = [name for name, attr in vars(SoundCloud).items() if _is_namespace(attr)]
        for namespace in namespaces:
            value = getattr(sc, namespace)
            public |= {
                f"{namespace}.{attr}"
                for attr in dir(value)
                if not attr.startswith("_") and callable(getattr(value, attr))
            }
    assert len(public) >= len(OPERATIONS) - 2  # resolve and sign_out live on SoundCloud
    assert public - named == NOT_OPERATIONS


def _is_namespace(attr: object) -> bool:
    return isinstance(attr, functools.cached_property)


async def test_an_unreachable_x_sdk_method_fails_naming_the_operation() -> None:
    """The checker itself bites: a made-up spec entry fails with its operation id."""
    node = {"operationId": "teleport_track", "x-sdk-method": "tracks.teleport"}
    op = Operation("teleport_track", "POST", "/tracks/{track_urn}/teleport", node, {})
    async with make_client() as sc:
        with pytest.raises(pytest.fail.Exception, match="teleport_track"):
            bound_method(sc, op)
        with pytest.raises(pytest.fail.Exception, match="no x-sdk-method"):
            bound_method(sc, Operation("anonymous", "GET", "/x", {}, {}))
