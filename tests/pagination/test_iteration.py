"""Iteration over the three envelopes, page objects, early stops and end-of-list signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async.errors import ResponseValidationError
from soundcloud_async.pagination import AsyncPaginator, Page

from .conftest import FOLLOWERS, Item, by_cursor, collection, ids, link

Followers = Callable[..., AsyncPaginator[Item]]

# docs/soundcloud-behaviour.md, Pagination: one endpoint, three envelopes.
ENVELOPES: dict[str, dict[str, Any]] = {
    "collection": {
        "": collection([1, 2], link(1)),
        "1": collection([3, 4], link(2)),
        "2": collection([5], None),
    },
    "activities": {
        "": collection([1, 2], link(1), future_href=link("f0")),
        "1": collection([3, 4], link(2), future_href=link("f1")),
        "2": collection([5], None, future_href=link("f2")),
    },
    "mixed, ending on a bare array": {
        "": collection([1, 2], link(1)),
        "1": collection([3, 4], link(2), future_href=None),
        "2": [{"id": 5}],
    },
}


@pytest.mark.parametrize("pages", ENVELOPES.values(), ids=ENVELOPES.keys())
async def test_paginator_yields_every_item_across_three_pages(
    router: respx.MockRouter, followers: Followers, pages: dict[str, Any]
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))
    paginator = followers()

    assert ids([item async for item in paginator]) == [1, 2, 3, 4, 5]
    assert route.call_count == 3
    assert paginator.cursor is None


async def test_first_request_sends_linked_partitioning_limit_and_caller_params(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).respond(json=collection([1], None))

    await followers({"access": "playable", "show_tracks": True}, page_size=50)

    params = route.calls.last.request.url.params
    assert dict(params) == {
        "access": "playable",
        "show_tracks": "true",
        "linked_partitioning": "true",
        "limit": "50",
    }


async def test_page_size_defaults_to_the_api_maximum(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).respond(json=collection([1], None))

    await followers({"limit": 10})

    assert route.calls.last.request.url.params["limit"] == "200"


async def test_pages_are_typed_and_expose_hrefs_and_cursor(
    router: respx.MockRouter, followers: Followers
) -> None:
    router.get(FOLLOWERS).mock(side_effect=by_cursor(ENVELOPES["activities"]))

    pages = [page async for page in followers().pages()]

    assert [ids(page.items) for page in pages] == [[1, 2], [3, 4], [5]]
    assert all(isinstance(item, Item) for page in pages for item in page)
    assert [page.next_href for page in pages] == [link(1), link(2), None]
    assert [page.future_href for page in pages] == [link("f0"), link("f1"), link("f2")]
    assert pages[0].cursor is not None
    assert pages[-1].cursor is None


async def test_awaiting_the_paginator_fetches_only_the_first_page(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(ENVELOPES["collection"]))

    page = await followers(prefetch=2)

    assert isinstance(page, Page)
    assert ids(page.items) == [1, 2]
    assert len(page) == 2
    assert route.call_count == 1


@pytest.mark.parametrize(("max_items", "expected_calls"), [(3, 2), (4, 2), (2, 1), (1, 1)])
async def test_max_items_stops_without_fetching_an_extra_page(
    router: respx.MockRouter, followers: Followers, max_items: int, expected_calls: int
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(ENVELOPES["collection"]))

    items = [item async for item in followers(max_items=max_items, page_size=2)]

    assert ids(items) == [1, 2, 3, 4][:max_items]
    assert route.call_count == expected_calls


async def test_max_items_trims_the_last_page_of_pages(
    router: respx.MockRouter, followers: Followers
) -> None:
    router.get(FOLLOWERS).mock(side_effect=by_cursor(ENVELOPES["collection"]))

    pages = [page async for page in followers(max_items=3, page_size=2).pages()]

    assert [ids(page.items) for page in pages] == [[1, 2], [3]]


async def test_max_items_below_page_size_asks_for_fewer_items(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).respond(json=collection([1, 2, 3], link(1)))

    assert ids([item async for item in followers(max_items=3)]) == [1, 2, 3]
    assert route.calls.last.request.url.params["limit"] == "3"


@pytest.mark.parametrize(
    "last_page",
    [
        collection([3], None),
        collection([3], ""),
        {"collection": [{"id": 3}]},
        collection([], None),
    ],
    ids=["null", "empty string", "missing", "empty last page"],
)
async def test_no_next_href_ends_the_iteration(
    router: respx.MockRouter, followers: Followers, last_page: dict[str, Any]
) -> None:
    pages = {"": collection([1, 2], link(1)), "1": last_page}
    route = router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    items = [item async for item in followers()]

    assert ids(items) == [1, 2, 3][: 2 + len(last_page["collection"])]
    assert route.call_count == 2


async def test_an_empty_page_with_a_next_href_does_not_end_the_iteration(
    router: respx.MockRouter, followers: Followers
) -> None:
    pages = {"": collection([1], link(1)), "1": collection([], link(2)), "2": collection([2], "")}
    router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))

    assert ids([item async for item in followers()]) == [1, 2]


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"items": []}),
        httpx.Response(200, json="nope"),
        httpx.Response(200, text="<html>"),
        httpx.Response(200, json=[{"id": 1}, {"name": "no id"}]),
        httpx.Response(200, json=[{"id": 1}, "not an object"]),
        httpx.Response(200, json={"collection": [], "next_href": 7}),
    ],
    ids=["no collection", "scalar", "not json", "bad item", "non-object item", "bad href"],
)
async def test_unparseable_pages_raise_response_validation_error(
    router: respx.MockRouter, followers: Followers, response: httpx.Response
) -> None:
    router.get(FOLLOWERS).mock(return_value=response)

    with pytest.raises(ResponseValidationError) as caught:
        [item async for item in followers()]
    assert caught.value.response is not None


@pytest.mark.parametrize(
    "options",
    [{"page_size": 0}, {"page_size": 201}, {"max_items": 0}, {"prefetch": -1}],
)
def test_out_of_range_options_are_refused(followers: Followers, options: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        followers(**options)


def test_only_get_operations_are_paginated(http: httpx.AsyncClient) -> None:
    request = {"method": "post", "url": FOLLOWERS, "params": {}}
    with pytest.raises(ValueError, match="GET"):
        AsyncPaginator(http=http, request=request, parse_item=Item.from_dict)
