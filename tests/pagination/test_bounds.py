"""Listings end: endless empty pages and malformed next_hrefs stop with `PaginationError`.

Through the facade (`sc.users.followers(...)`) over a respx-patched real transport, so the
whole pipeline runs. Every scripted server is finite: an implementation that kept following
would exhaust the script and fail instead of hanging.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import RetryPolicy, SoundCloud, Token
from soundcloud_async.errors import PaginationError, ResponseValidationError
from soundcloud_async.pagination import DEFAULT_MAX_EMPTY_PAGES, AsyncPaginator

from .conftest import BASE, FOLLOWERS, FOLLOWERS_URL, Item, collection, link

USER = "soundcloud:users:1"
NO_RETRY = RetryPolicy(max_retries=0)
TLS = ssl.create_default_context()
# Far more pages than any bound: reaching the end of the script means the bound did not hold.
SCRIPT_LENGTH = 200


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_mocked=True, assert_all_called=True) as mock:
        yield mock


@pytest.fixture
async def sc() -> AsyncIterator[SoundCloud]:
    token = Token("ACCESS-bounds", None, expires_at=10**12, lifetime=3600)
    transport = httpx.AsyncHTTPTransport(verify=TLS)
    async with SoundCloud("id", token=token, transport=transport, retry=NO_RETRY) as client:
        yield client


async def drain_ids(paginator: AsyncPaginator[Any], into: list[int]) -> None:
    """Append each item's id to `into`, so what arrived before an error stays observable."""
    async for item in paginator:
        into.append(item.id)


def endless_empty_pages(first: list[Any] | None = None) -> Callable[[httpx.Request], Any]:
    """Empty pages, each with a new next_href, until the script runs out (then the end)."""

    def respond(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("cursor", "0"))
        if page >= SCRIPT_LENGTH:
            return httpx.Response(200, json=collection([], None))
        items = first if page == 0 and first else []
        return httpx.Response(200, json={"collection": items, "next_href": link(page + 1)})

    return respond


async def test_endless_empty_pages_stop_with_the_count(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=endless_empty_pages())
    received: list[int] = []

    with pytest.raises(PaginationError, match=f"{DEFAULT_MAX_EMPTY_PAGES} empty pages in a row"):
        await drain_ids(sc.users.followers(USER), received)

    assert received == []
    assert route.call_count == DEFAULT_MAX_EMPTY_PAGES


async def test_endless_empty_pages_stop_even_with_max_items(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=endless_empty_pages())

    with pytest.raises(PaginationError, match="empty pages in a row"):
        [user async for user in sc.users.followers(USER, max_items=1, prefetch=2)]

    assert route.call_count == DEFAULT_MAX_EMPTY_PAGES


async def test_items_before_the_empty_pages_are_delivered_and_resumable(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    router.get(FOLLOWERS).mock(side_effect=endless_empty_pages(first=[_user(1)]))
    paginator = sc.users.followers(USER)
    received: list[int] = []

    with pytest.raises(PaginationError, match="empty pages in a row"):
        await drain_ids(paginator, received)

    assert received == [1]
    assert paginator.cursor is not None  # resuming carries on from the last empty page


async def test_a_few_empty_pages_are_followed(
    router: respx.MockRouter, http: httpx.AsyncClient
) -> None:
    # A page emptied by the `access` filter is normal; fewer than the bound are walked through.
    pages = [collection([], link(1)), collection([], link(2)), collection([7], None)]
    router.get(FOLLOWERS).mock(side_effect=[httpx.Response(200, json=p) for p in pages])
    request = {"method": "get", "url": FOLLOWERS, "params": {}}
    paginator = AsyncPaginator(
        http=http, request=request, parse_item=Item.from_dict, max_empty_pages=3
    )

    assert [item.id async for item in paginator] == [7]


async def test_the_bound_is_configurable(router: respx.MockRouter, http: httpx.AsyncClient) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=endless_empty_pages())
    request = {"method": "get", "url": FOLLOWERS, "params": {}}
    paginator = AsyncPaginator(
        http=http, request=request, parse_item=Item.from_dict, max_empty_pages=2
    )

    with pytest.raises(PaginationError, match="2 empty pages in a row"):
        [item async for item in paginator]
    assert route.call_count == 2


def test_a_bound_below_one_is_refused(http: httpx.AsyncClient) -> None:
    request = {"method": "get", "url": FOLLOWERS, "params": {}}
    with pytest.raises(ValueError, match="max_empty_pages"):
        AsyncPaginator(http=http, request=request, parse_item=Item.from_dict, max_empty_pages=0)


async def test_max_items_stops_fetching_once_satisfied(
    router: respx.MockRouter, sc: SoundCloud
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=endless_empty_pages(first=[_user(1)]))

    received = [user.id async for user in sc.users.followers(USER, max_items=1, prefetch=3)]

    assert received == [1]
    assert route.call_count == 1
    assert route.calls[0].request.url.params["limit"] == "1"


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "kind": "user", "urn": f"soundcloud:users:{user_id}", "username": "u"}


@pytest.mark.parametrize(
    "bad_href",
    [
        FOLLOWERS_URL + "?cursor=a\tb",
        FOLLOWERS_URL + "?cursor=\x00",
        "http://[::1",
        FOLLOWERS_URL + "?cursor=" + "x" * 70_000,
    ],
    ids=["tab", "nul", "broken host", "too long"],
)
async def test_malformed_next_href_raises_after_the_page_items(
    router: respx.MockRouter, sc: SoundCloud, bad_href: str
) -> None:
    route = router.get(FOLLOWERS).respond(
        json={"collection": [_user(1), _user(2)], "next_href": bad_href}
    )
    paginator = sc.users.followers(USER)
    received: list[int] = []

    with pytest.raises(PaginationError, match="not a valid URL"):
        await drain_ids(paginator, received)

    assert received == [1, 2]  # the page's items are delivered before the error
    assert route.call_count == 1
    # The cursor still works: it re-reads the page, skips what was received, meets the same link.
    resumed: list[int] = []
    with pytest.raises(PaginationError, match="not a valid URL"):
        await drain_ids(sc.users.followers(USER, cursor=paginator.cursor), resumed)
    assert resumed == []
    assert route.call_count == 2


async def test_malformed_next_href_on_pages(router: respx.MockRouter, sc: SoundCloud) -> None:
    router.get(FOLLOWERS).respond(
        json={"collection": [_user(1)], "next_href": FOLLOWERS_URL + "?cursor=a\tb"}
    )
    pages = sc.users.followers(USER).pages()

    first = await anext(pages)
    assert [user.id for user in first.items] == [1]
    assert "next_href='https://api.soundcloud.com" in repr(first)  # shown, even unparsable
    with pytest.raises(PaginationError, match="not a valid URL"):
        await anext(pages)


@pytest.mark.parametrize("bad_href", [7, ["a"], {"href": "x"}, True], ids=repr)
async def test_a_next_href_that_is_not_text_raises_after_the_page_items(
    router: respx.MockRouter, sc: SoundCloud, bad_href: object
) -> None:
    route = router.get(FOLLOWERS).respond(
        json={"collection": [_user(1), _user(2)], "next_href": bad_href}
    )
    paginator = sc.users.followers(USER)
    received: list[int] = []

    with pytest.raises(ResponseValidationError, match="not a string") as caught:
        await drain_ids(paginator, received)

    assert received == [1, 2]
    assert caught.value.response is not None
    assert route.call_count == 1
    resumed: list[int] = []
    with pytest.raises(ResponseValidationError):
        await drain_ids(sc.users.followers(USER, cursor=paginator.cursor), resumed)
    assert resumed == []
