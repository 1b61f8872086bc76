"""Hardening: the token stays on base_url's origin, loops end, dropped parameters come back."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from soundcloud_async._cursor import _join, _query_keys, list_binding
from soundcloud_async.errors import PaginationError
from soundcloud_async.pagination import AsyncPaginator

from .conftest import (
    BASE,
    FOLLOWERS,
    FOLLOWERS_URL,
    TOKEN,
    Item,
    by_cursor,
    collection,
    drain,
    ids,
    link,
)

Followers = Callable[..., AsyncPaginator[Item]]


@pytest.fixture
def lenient_router() -> Iterator[respx.MockRouter]:
    """Like `router`, but decoy routes for foreign hosts may (and must) stay uncalled."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        yield mock


@pytest.mark.parametrize(
    "foreign",
    [
        "https://evil.example/users/soundcloud%3Ausers%3A1/followers?cursor=1",
        "http://api.soundcloud.com/users/soundcloud%3Ausers%3A1/followers?cursor=1",
        "https://api.soundcloud.com:8443/users/soundcloud%3Ausers%3A1/followers?cursor=1",
        "https://internal-api.soundcloud.com/users/soundcloud%3Ausers%3A1/followers?cursor=1",
        "//evil.example/followers?cursor=1",
        "https://me:pw@api.soundcloud.com/users/soundcloud%3Ausers%3A1/followers?cursor=1",
    ],
    ids=["other host", "plain http", "other port", "internal host", "scheme-relative", "userinfo"],
)
async def test_foreign_next_href_is_refused_and_never_requested(
    lenient_router: respx.MockRouter, followers: Followers, foreign: str
) -> None:
    first = lenient_router.get(FOLLOWERS_URL).respond(json=collection([1, 2], foreign))
    decoy = lenient_router.route().respond(json=collection([99], None))
    received: list[int] = []

    with pytest.raises(PaginationError, match="refusing next_href") as caught:
        await drain(followers(), received)

    assert received == [1, 2]
    assert first.call_count == 1
    assert not decoy.called
    requests = [call.request for call in lenient_router.calls]
    assert {(r.url.scheme, r.url.host, r.url.port) for r in requests} == {
        ("https", "api.soundcloud.com", None)
    }
    assert TOKEN not in str(caught.value)


async def test_repeating_next_href_raises_after_one_repeat(
    router: respx.MockRouter, followers: Followers
) -> None:
    # Every page points at the same next page: a real server bug that would loop forever.
    # A finite script: an implementation that kept following would fail here, not hang.
    pages = [collection([1], link(1)), collection([2], link(1))]
    route = router.get(FOLLOWERS).mock(side_effect=[httpx.Response(200, json=p) for p in pages])
    paginator = followers()
    received: list[int] = []

    with pytest.raises(PaginationError, match="already followed"):
        await drain(paginator, received)

    assert received == [1, 2]
    assert route.call_count == 2
    assert paginator.cursor is not None


async def test_next_href_pointing_at_the_first_page_is_a_loop(
    router: respx.MockRouter, followers: Followers
) -> None:
    first_url = f"{FOLLOWERS_URL}?access=playable&linked_partitioning=true&limit=200"
    # Two scripted answers: following the loop would exhaust them instead of hanging.
    page = httpx.Response(200, json=collection([1], first_url))
    router.get(FOLLOWERS).mock(side_effect=[page, page])

    with pytest.raises(PaginationError, match="already followed"):
        [item async for item in followers({"access": "playable"})]


async def test_dropped_caller_params_are_reattached_to_next_requests(
    router: respx.MockRouter, followers: Followers
) -> None:
    pages = {"": collection([1], link("a,b:c")), "a,b:c": collection([2], None)}
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    items = [item async for item in followers({"access": "playable,preview", "show_tracks": False})]

    assert ids(items) == [1, 2]
    second = route.calls[1].request.url
    assert second.params["access"] == "playable,preview"
    assert second.params["show_tracks"] == "false"
    assert second.params["linked_partitioning"] == "true"
    assert second.params["limit"] == "200"
    # The server's opaque cursor is forwarded as the server wrote it.
    assert second.query.startswith(b"cursor=a,b:c&")


@pytest.mark.parametrize(
    "server_query",
    ["acc%65ss=blocked", "access", "access=", "=x&access=blocked", "a&&access=blocked&"],
)
async def test_a_param_the_server_kept_in_any_spelling_is_not_added_again(
    router: respx.MockRouter, followers: Followers, server_query: str
) -> None:
    pages = {"": collection([1], f"{link(1)}&{server_query}"), "1": collection([2], None)}
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    [item async for item in followers({"access": "playable"})]

    second = route.calls[1].request.url
    assert "playable" not in second.params.get_list("access")
    assert second.query.decode().startswith(f"cursor=1&{server_query}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab=&+% 25", max_size=24))
def test_query_keys_are_the_keys_httpx_parses(query: str) -> None:
    url = httpx.URL(f"https://api.soundcloud.com/x?{query}")
    assert _query_keys(url.query.decode("ascii")) == set(url.params.keys())


async def test_params_kept_by_the_server_are_not_overridden(
    router: respx.MockRouter, followers: Followers
) -> None:
    next_href = f"{FOLLOWERS_URL}?cursor=1&access=blocked&limit=10"
    pages = {"": collection([1], next_href), "1": collection([2], None)}
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    [item async for item in followers({"access": "playable", "offset": 0})]

    second = route.calls[1].request.url.params
    assert second.get_list("access") == ["blocked"]
    assert second.get_list("limit") == ["10"]
    # offset is positional: putting it back next to the server's cursor would restart the list.
    assert "offset" not in second


async def test_relative_next_href_resolves_on_the_same_origin(
    router: respx.MockRouter, followers: Followers
) -> None:
    pages = {"": collection([1], f"{FOLLOWERS}?cursor=1"), "1": collection([2], "?cursor=2")}
    pages["2"] = collection([3], None)
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    assert ids([item async for item in followers()]) == [1, 2, 3]
    assert {str(call.request.url.copy_with(query=None)) for call in route.calls} == {FOLLOWERS_URL}


# What a cursor of FOLLOWERS carries to bind it to that list.
BINDING = list_binding(httpx.URL(FOLLOWERS_URL))


def _forge(payload: object) -> str:
    raw = json.dumps(payload).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "not base64 at all!",
        "x" * 5000,
        _forge([1, 2]),
        _forge({"v": 1, "q": "cursor=1", "s": 0}),
        _forge({"v": 2, "b": BINDING, "q": "cursor=1#https://evil.example/", "s": 0}),
        _forge({"v": 2, "b": BINDING, "q": "cursor=1\r\nHost: evil.example", "s": 0}),
        _forge({"v": 2, "b": BINDING, "q": "cursor=é", "s": 0}),
        _forge({"v": 2, "b": BINDING, "q": 7, "s": 0}),
        _forge({"v": 2, "b": BINDING, "q": "cursor=1", "s": -1}),
        _forge({"v": 2, "b": BINDING, "q": "cursor=1", "s": True}),
    ],
    ids=[
        "empty",
        "garbage",
        "huge",
        "not an object",
        "version 1 (unbound)",
        "fragment",
        "header injection",
        "non-ascii",
        "query not a string",
        "negative skip",
        "boolean skip",
    ],
)
def test_untrusted_cursor_is_refused_before_any_request(
    router: respx.MockRouter, followers: Followers, cursor: str
) -> None:
    with pytest.raises(PaginationError, match="invalid pagination cursor"):
        followers(cursor=cursor)
    assert not router.calls


async def test_a_cursor_cannot_change_host_or_path(
    router: respx.MockRouter, followers: Followers
) -> None:
    # A query is all a cursor carries: "host" and "path" here are just parameter text.
    cursor = _forge({"v": 2, "b": BINDING, "q": "/../../me?x=https://evil.example/", "s": 0})
    route = router.get(FOLLOWERS).respond(json=collection([1], None))

    assert ids([item async for item in followers(cursor=cursor)]) == [1]
    url = route.calls.last.request.url
    assert (url.host, url.path) == ("api.soundcloud.com", "/users/soundcloud:users:1/followers")


def test_operation_off_the_base_url_origin_is_refused(http: httpx.AsyncClient) -> None:
    request = {"method": "get", "url": "https://evil.example/users", "params": {}}
    with pytest.raises(PaginationError, match="refusing to list"):
        AsyncPaginator(http=http, request=request, parse_item=Item.from_dict, base_url=BASE)


async def test_relative_operation_joins_under_a_base_url_path(
    router: respx.MockRouter, http: httpx.AsyncClient
) -> None:
    route = router.get("/proxy/users").respond(json=[{"id": 1}])
    request = {"method": "get", "url": "/users", "params": {}}
    paginator = AsyncPaginator(
        http=http, request=request, parse_item=Item.from_dict, base_url=f"{BASE}/proxy"
    )

    assert ids((await paginator).items) == [1]
    assert route.called


async def test_a_fragment_neither_reaches_the_server_nor_dodges_the_loop_check(
    router: respx.MockRouter, followers: Followers
) -> None:
    pages = {"": collection([1], f"{link(1)}#a"), "1": collection([2], f"{link(1)}#b")}
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))
    received: list[int] = []

    with pytest.raises(PaginationError, match="already followed"):
        await drain(followers(), received)

    assert received == [1, 2]
    assert route.call_count == 2
    assert route.calls[1].request.url.fragment == ""


# next_href as SoundCloud writes it (absolute, on the API origin) and every odd form: other
# schemes and hosts, scheme-relative, relative, with parameters, empty queries and fragments.
_PREFIXES = [
    "https://api.soundcloud.com",
    "https://api.soundcloud.com:443",
    "HTTPS://API.SoundCloud.com",
    "http://api.soundcloud.com",
    "https://user:pw@api.soundcloud.com",
    "https://evil.example",
    "//api.soundcloud.com",
    "https:",
    "",
    "/",
    "../",
]
_TOKENS = [*"az09-._~:/?#[]@!$&'()*+,;=% ", "%3A", "%zz", "é", "..", "cursor=", "&limit=5"]
_PAGES = [
    "https://api.soundcloud.com/users/soundcloud%3Ausers%3A1/followers?limit=200",
    "https://proxy.example/sc/v1/users/x/followers?cursor=1&limit=5",
]


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(_PAGES),
    st.sampled_from(_PREFIXES),
    st.lists(st.sampled_from(_TOKENS), max_size=10).map("".join),
)
def test_following_a_link_joins_it_exactly_as_httpx_does(page: str, prefix: str, rest: str) -> None:
    def outcome(join: Callable[[], httpx.URL]) -> tuple[str, str]:
        try:
            url = join()
        except (httpx.InvalidURL, ValueError) as exc:
            return type(exc).__name__, str(exc)
        return "url", f"{url} {url.raw_path!r} {url.fragment!r}"

    base = httpx.URL(page)
    reference = prefix + rest
    assert outcome(lambda: _join(base, reference)) == outcome(lambda: base.join(reference))
