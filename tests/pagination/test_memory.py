"""Constant memory: a 50 000-item listing keeps only the caller's page plus the read-ahead."""

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


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_iterating_50000_items_keeps_at_most_the_configured_pages(
    router: respx.MockRouter, http: httpx.AsyncClient, prefetch: int
) -> None:
    route = router.get(FOLLOWERS).mock(side_effect=synthetic_page)
    census = Census()
    request = {"method": "get", "url": FOLLOWERS, "params": {}}
    paginator = AsyncPaginator(
        http=http, request=request, parse_item=census.parse, prefetch=prefetch
    )

    count = 0
    async for item in paginator:
        assert item.id == count
        count += 1
        census.observe()

    assert count == TOTAL
    assert route.call_count == TOTAL // PAGE_SIZE
    # The caller's page plus `prefetch` read-ahead pages, plus the one item the caller's loop
    # variable still holds while the next page is parsed.
    assert census.peak <= (1 + prefetch) * PAGE_SIZE + 1
    assert census.peak >= PAGE_SIZE
