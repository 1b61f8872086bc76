"""Resuming: cursors from pages, from early stops and from failures lose nothing, repeat nothing."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import respx

from soundcloud_async.errors import (
    APIConnectionError,
    PaginationError,
    ResponseValidationError,
    ServerError,
)
from soundcloud_async.pagination import AsyncPaginator

from .conftest import FOLLOWERS, Item, by_cursor, collection, drain, ids, link

Followers = Callable[..., AsyncPaginator[Item]]
ALL_IDS = list(range(1, 11))


def five_pages(failures: dict[str, int] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    """Pages of two ids each; `failures[cursor]` answers 500 that many times first."""
    pending = dict(failures or {})

    def respond(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor", "0")
        if pending.get(cursor, 0) > 0:
            pending[cursor] -= 1
            return httpx.Response(500, json={"code": 500, "message": "boom"})
        index = int(cursor)
        next_href = link(index + 1) if index < 4 else None
        return httpx.Response(200, json=collection([2 * index + 1, 2 * index + 2], next_href))

    return respond


@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_resume_after_a_500_on_page_three_loses_and_repeats_nothing(
    router: respx.MockRouter, followers: Followers, prefetch: int
) -> None:
    router.get(FOLLOWERS).mock(side_effect=five_pages({"2": 1}))
    received: list[int] = []
    paginator = followers(page_size=2, prefetch=prefetch)

    with pytest.raises(ServerError) as caught:
        await drain(paginator, received)
    assert caught.value.status_code == 500
    assert received == [1, 2, 3, 4]

    await drain(followers(page_size=2, prefetch=prefetch, cursor=paginator.cursor), received)
    assert received == ALL_IDS


async def test_failure_on_the_first_page_resumes_from_the_start(
    router: respx.MockRouter, followers: Followers
) -> None:
    router.get(FOLLOWERS).mock(side_effect=five_pages({"0": 1}))
    paginator = followers(page_size=2)

    with pytest.raises(ServerError):
        await drain(paginator, [])

    received: list[int] = []
    await drain(followers(page_size=2, cursor=paginator.cursor), received)
    assert received == ALL_IDS


async def test_resume_after_a_connection_failure_mid_listing(
    router: respx.MockRouter, followers: Followers
) -> None:
    serve = five_pages()

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "3" and not failed:
            failed.append(True)
            raise httpx.ConnectError("connection reset", request=request)
        return serve(request)

    failed: list[bool] = []
    router.get(FOLLOWERS).mock(side_effect=respond)
    received: list[int] = []
    paginator = followers(page_size=2, prefetch=1)

    with pytest.raises(APIConnectionError):
        await drain(paginator, received)
    await drain(followers(page_size=2, cursor=paginator.cursor), received)

    assert received == ALL_IDS


@pytest.mark.parametrize("max_items", [1, 3, 4, 9])
async def test_resume_after_max_items_continues_mid_page(
    router: respx.MockRouter, followers: Followers, max_items: int
) -> None:
    router.get(FOLLOWERS).mock(side_effect=five_pages())
    received: list[int] = []
    paginator = followers(page_size=2, max_items=max_items)

    await drain(paginator, received)
    assert received == ALL_IDS[:max_items]

    await drain(followers(page_size=2, cursor=paginator.cursor), received)
    assert received == ALL_IDS


@pytest.mark.parametrize(("prefetch", "stop_after"), [(0, 3), (0, 4), (2, 1), (2, 5)])
async def test_resume_after_breaking_out_mid_page(
    router: respx.MockRouter, followers: Followers, prefetch: int, stop_after: int
) -> None:
    router.get(FOLLOWERS).mock(side_effect=five_pages())
    received: list[int] = []

    async with followers(page_size=2, prefetch=prefetch) as paginator:
        async for item in paginator:
            received.append(item.id)
            if len(received) == stop_after:
                break

    await drain(followers(page_size=2, cursor=paginator.cursor), received)
    assert received == ALL_IDS


async def test_web_app_walks_the_list_one_request_per_page(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=five_pages())
    received: list[int] = []
    cursor: str | None = None

    for _ in range(5):
        # Each HTTP request of the web app builds a fresh paginator from the query string.
        page = await followers(page_size=2, cursor=cursor)
        received += ids(page.items)
        cursor = page.cursor

    assert cursor is None
    assert received == ALL_IDS
    assert route.call_count == 5


async def test_cursor_keeps_the_callers_params(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=five_pages())
    page = await followers({"access": "playable"}, page_size=2)

    await followers(page_size=2, cursor=page.cursor)

    assert route.calls.last.request.url.params["access"] == "playable"
    assert route.calls.last.request.url.params["cursor"] == "1"


async def test_pages_cursor_tracks_whole_pages(
    router: respx.MockRouter, followers: Followers
) -> None:
    router.get(FOLLOWERS).mock(side_effect=five_pages())
    paginator = followers(page_size=2)

    async for page in paginator.pages():
        assert paginator.cursor == page.cursor
        break
    await paginator.aclose()

    assert ids((await followers(page_size=2, cursor=paginator.cursor)).items) == [3, 4]


async def test_cursor_after_a_loop_error_does_not_repeat_items(
    router: respx.MockRouter, followers: Followers
) -> None:
    first, looping = collection([1, 2], link(1)), collection([3], link(1))
    # A finite script (fresh run, then the resume): a loop would exhaust it, not hang.
    script = [first, looping, looping]
    router.get(FOLLOWERS).mock(side_effect=[httpx.Response(200, json=body) for body in script])
    paginator = followers()
    received: list[int] = []

    with pytest.raises(PaginationError):
        await drain(paginator, received)
    with pytest.raises(PaginationError):
        await drain(followers(cursor=paginator.cursor), received)

    assert received == [1, 2, 3]


async def test_a_bad_item_after_a_resumed_cursor_is_named_by_its_index_in_the_page(
    router: respx.MockRouter, followers: Followers
) -> None:
    # Items 0-1 were read before; item 3 of the page does not fit: "item 3", collection[3].
    page = {"collection": [{"id": 1}, {"id": 2}, {"id": 3}, "bad", {"id": 5}], "next_href": None}
    router.get(FOLLOWERS).mock(return_value=httpx.Response(200, json=page))
    first = followers(max_items=2)
    assert ids([item async for item in first]) == [1, 2]
    resumed = followers(cursor=first.cursor)
    received: list[int] = []
    with pytest.raises(ResponseValidationError) as caught:
        await drain(resumed, received)
    assert received == [3]  # the items before the bad one are handed out first
    assert caught.value.path == "collection[3]"
    assert "item 3 does not match" in str(caught.value)
    assert resumed.items_seen == 1
    # The cursor stays on the bad item: resuming meets it again, nothing lost or repeated.
    again = followers(cursor=resumed.cursor)
    with pytest.raises(ResponseValidationError, match="item 3 does not match"):
        await drain(again, received)
    assert received == [3]


async def test_pages_refuse_a_page_with_a_bad_item_and_resume_at_its_start(
    router: respx.MockRouter, followers: Followers
) -> None:
    pages = {"": collection([1, 2], link(1)), "1": collection([3], None)}
    pages["1"]["collection"].append({"name": "no id"})
    router.get(FOLLOWERS).mock(side_effect=by_cursor(pages))
    listing = followers()
    seen: list[int] = []

    async def read_pages() -> None:
        async for page in listing.pages():
            seen.extend(ids(page.items))

    with pytest.raises(ResponseValidationError, match="item 1 does not match"):
        await read_pages()
    assert seen == [1, 2]
    assert listing.items_seen == 2
    resumed = followers(cursor=listing.cursor)
    with pytest.raises(ResponseValidationError, match="item 1 does not match"):
        await drain(resumed, seen)
    assert seen == [1, 2, 3]  # item iteration hands out what precedes the bad item
