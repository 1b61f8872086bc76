"""Bounded read-ahead: page N+1 is in flight while page N is consumed, and stops cleanly."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
import respx

from soundcloud_async.errors import NotFoundError
from soundcloud_async.pagination import AsyncPaginator

from .conftest import FOLLOWERS, Item, collection, drain, link

Followers = Callable[..., AsyncPaginator[Item]]


def pages_of_two(count: int) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params.get("cursor", "0"))
        next_href = link(index + 1) if index + 1 < count else None
        return httpx.Response(200, json=collection([2 * index + 1, 2 * index + 2], next_href))

    return respond


async def let_background_tasks_run() -> None:
    # Yields to the event loop (no wall-clock wait) so the read-ahead task goes as far as it may.
    for _ in range(50):
        await asyncio.sleep(0)


@pytest.mark.parametrize("prefetch", [0, 1, 2])
async def test_read_ahead_stays_within_prefetch_pages(
    router: respx.MockRouter, followers: Followers, prefetch: int
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=pages_of_two(6))
    requested_by_page: list[int] = []

    async with followers(page_size=2, prefetch=prefetch) as paginator:
        async for item in paginator:
            await let_background_tasks_run()
            if item.id % 2:  # first item of a page
                requested_by_page.append(route.call_count)

    # While page N is consumed, pages N+1 .. N+prefetch (and no more) have been requested.
    assert requested_by_page == [min(n + prefetch, 6) for n in range(1, 7)]


async def test_max_items_with_prefetch_fetches_no_extra_page(
    router: respx.MockRouter, followers: Followers
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=pages_of_two(6))

    items = [item async for item in followers(page_size=2, prefetch=3, max_items=4)]

    await let_background_tasks_run()
    assert len(items) == 4
    assert route.call_count == 2


async def test_stopping_early_cancels_the_request_in_flight(
    router: respx.MockRouter, followers: Followers
) -> None:
    in_flight, cancelled, release = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def respond(request: httpx.Request) -> httpx.Response:
        if "cursor" not in request.url.params:
            return httpx.Response(200, json=collection([1, 2], link(1)))
        in_flight.set()
        try:
            await release.wait()  # page 2 only arrives if the test gives up on cancellation
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return httpx.Response(200, json=collection([3, 4], None))

    router.get(FOLLOWERS).mock(side_effect=respond)
    paginator = followers(page_size=2, prefetch=1)
    async for _ in paginator:
        await let_background_tasks_run()
        break
    assert in_flight.is_set()

    closing = asyncio.create_task(paginator.aclose())
    await let_background_tasks_run()
    release.set()  # a broken aclose() would wait forever: fail instead of hanging
    await let_background_tasks_run()
    closed = closing.done()
    if not closed:
        closing.cancel()

    assert closed
    assert cancelled.is_set()


async def test_leaving_async_with_stops_open_iterations(
    router: respx.MockRouter, followers: Followers
) -> None:
    router.get(FOLLOWERS).mock(side_effect=pages_of_two(6))

    async with followers(page_size=2, prefetch=2) as paginator:
        items = aiter(paginator)
        assert (await anext(items)).id == 1

    with pytest.raises(StopAsyncIteration):
        await anext(items)


async def test_error_from_read_ahead_surfaces_after_the_earlier_pages(
    router: respx.MockRouter, followers: Followers
) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if "cursor" in request.url.params:
            return httpx.Response(404, json={"code": 404, "message": "gone"})
        return httpx.Response(200, json=collection([1, 2], link(1)))

    router.get(FOLLOWERS).mock(side_effect=respond)
    received: list[int] = []
    paginator = followers(page_size=2, prefetch=2)

    async def consume_slowly() -> None:
        async for item in paginator:
            await let_background_tasks_run()  # page 2 fails while page 1 is being consumed
            received.append(item.id)

    with pytest.raises(NotFoundError) as caught:
        await consume_slowly()

    assert received == [1, 2]
    assert caught.value.status_code == 404
    resumed = followers(page_size=2, cursor=paginator.cursor)
    with pytest.raises(NotFoundError):
        await resumed  # the cursor points at the failed page, not past it


@pytest.mark.parametrize("prefetch", [0, 1])
async def test_aclose_from_another_task_ends_a_running_iteration(
    router: respx.MockRouter, followers: Followers, prefetch: int
) -> None:
    in_flight, release = asyncio.Event(), asyncio.Event()

    async def respond(request: httpx.Request) -> httpx.Response:
        if "cursor" not in request.url.params:
            return httpx.Response(200, json=collection([1, 2], link(1)))
        in_flight.set()
        await release.wait()
        return httpx.Response(200, json=collection([3, 4], None))

    router.get(FOLLOWERS).mock(side_effect=respond)
    paginator = followers(page_size=2, prefetch=prefetch)
    received: list[int] = []
    consumer = asyncio.create_task(drain(paginator, received))
    await let_background_tasks_run()
    assert in_flight.is_set()

    await paginator.aclose()
    release.set()
    await consumer

    assert received == [1, 2]
