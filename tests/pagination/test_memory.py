"""Constant memory: a 50 000-item listing keeps no more models than the caller holds."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async.pagination import AsyncPaginator

from .conftest import FOLLOWERS, link

TOTAL = 50_000
PAGE_SIZE = 200


@dataclass(eq=False)  # identity hash, so weak sets can hold it
class Tracked:
    id: int


class Census:
    """Counts the items alive at every parse and every hand-out (weak references only)."""

    def __init__(self) -> None:
        self.alive: weakref.WeakSet[Tracked] = weakref.WeakSet()
        self.peak = 0

    def parse(self, data: Mapping[str, Any]) -> Tracked:
        item = Tracked(int(data["id"]))
        self.alive.add(item)
        self.observe()
        return item

    def observe(self) -> None:
        self.peak = max(self.peak, len(self.alive))


def synthetic_page(request: httpx.Request) -> httpx.Response:
    index = int(request.url.params.get("cursor", "0"))
    first = index * PAGE_SIZE
    next_href = link(index + 1) if first + PAGE_SIZE < TOTAL else None
    items = [{"id": n} for n in range(first, first + PAGE_SIZE)]
    return httpx.Response(200, json={"collection": items, "next_href": next_href})


def followers_of(http: httpx.AsyncClient, census: Census, prefetch: int) -> AsyncPaginator[Tracked]:
    request = {"method": "get", "url": FOLLOWERS, "params": {}}
    return AsyncPaginator(http=http, request=request, parse_item=census.parse, prefetch=prefetch)


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_iterating_50000_items_keeps_no_more_than_the_item_in_hand(
    router: respx.MockRouter, http: httpx.AsyncClient, prefetch: int
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=synthetic_page)
    census = Census()

    count = 0
    async for item in followers_of(http, census, prefetch):
        assert item.id == count
        count += 1
        census.observe()

    assert count == TOTAL
    assert route.call_count == TOTAL // PAGE_SIZE
    # Items are parsed as they are handed out: the one the caller's loop variable still holds
    # and the one being parsed; pages (read ahead or not) stay JSON until then.
    assert census.peak == 2


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_paging_50000_items_keeps_at_most_the_configured_pages(
    router: respx.MockRouter, http: httpx.AsyncClient, prefetch: int
) -> None:
    router.get(FOLLOWERS).mock(side_effect=synthetic_page)
    census = Census()

    count = 0
    async for page in followers_of(http, census, prefetch).pages():
        count += len(page)
        census.observe()
        del page

    assert count == TOTAL
    # The caller's page (parsed whole) and the one being parsed; read-ahead pages stay JSON.
    assert PAGE_SIZE <= census.peak <= 2 * PAGE_SIZE
