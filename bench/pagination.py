"""Section 4: 20 000 followers through `AsyncPaginator` vs a hand-written `next_href` loop.

One MockTransport serves 100 pages of 200 users (the user fixture, distinct ids); each page's
`next_href` points at the next page on the API origin. Variants:
  paginator       `async for user in sc.users.followers(urn)` (User models, URL policy, cursor),
                  bodies decoded by `json`;
  paginator+sp    the same with the speedups extra (orjson);
  raw loop        httpx GET, `json.loads`, iterate the dicts, follow `next_href`;
  raw loop+model  the same loop building the generated `User.from_dict` per item.
Peak memory (tracemalloc) is taken in separate runs of the paginator, at 10k and at 100k items
(50 and 500 pages): flat means the peak does not grow with the number of items.
"""

from __future__ import annotations

import contextlib
import json
import tracemalloc
from collections.abc import Awaitable, Callable

import httpx
from soundcloud_async_generated.models import User

from ._common import (
    API,
    JSON_HEADERS,
    SPEEDUPS,
    Row,
    at_least,
    collection_body,
    fixture,
    interleaved_async,
    median,
    paired_ratio,
    raw_client,
    sdk_client,
    use_speedups,
)

SECTION = "4 paginate 20k items"
PER_PAGE = 200
USER = "soundcloud:users:3207"
PATH = f"/users/{USER}/followers"


def page_server(pages: int) -> httpx.MockTransport:
    """Pages 0..pages-1 at `?cursor=<n>`; the first request carries no cursor."""
    item = fixture("user.json")
    shared = collection_body(item, "users", PER_PAGE, None)[: -len(b', "next_href": null}')]

    def body(number: int) -> bytes:
        last = number + 1 >= pages
        link = "null" if last else json.dumps(f"{API}{PATH}?cursor={number + 1}&limit={PER_PAGE}")
        return shared + b', "next_href": ' + link.encode() + b"}"

    bodies = [body(number) for number in range(pages)]

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("cursor", "0"))
        return httpx.Response(200, headers=JSON_HEADERS, content=bodies[number])

    return httpx.MockTransport(handler)


def variants(
    pages: int, stack: contextlib.AsyncExitStack
) -> dict[str, Callable[[], Awaitable[int]]]:
    """The three listings, each with its own client (closed by `stack`)."""
    sc = stack.push_async_exit(sdk_client(page_server(pages)))
    raw = stack.push_async_exit(raw_client(page_server(pages)))

    async def listing(speedups: bool) -> int:
        use_speedups(speedups)  # the paginator picks its decoder per page
        count = 0
        async for _user in sc.users.followers(USER):
            count += 1
        return count

    async def paginator() -> int:
        return await listing(False)

    async def paginator_speedups() -> int:
        return await listing(True)

    async def raw_loop(model: bool) -> int:
        count = 0
        url: str | None = f"{PATH}?limit={PER_PAGE}&linked_partitioning=true"
        while url:
            page = json.loads((await raw.get(url)).content)
            for item in page["collection"]:
                if model:
                    User.from_dict(item)
                count += 1
            url = page.get("next_href")
        return count

    async def raw_dicts() -> int:
        return await raw_loop(False)

    async def raw_models() -> int:
        return await raw_loop(True)

    listings: dict[str, Callable[[], Awaitable[int]]] = {
        "paginator": paginator,
        "raw": raw_dicts,
        "raw+model": raw_models,
    }
    if SPEEDUPS:
        listings["paginator+sp"] = paginator_speedups
    return listings


async def run(*, rounds: int, pages: int = 100) -> list[Row]:
    async with contextlib.AsyncExitStack() as stack:
        calls = variants(pages, stack)
        for call in calls.values():  # warm up, and check that every variant sees every item
            assert await call() == pages * PER_PAGE
        samples = await interleaved_async(calls, calls=1, rounds=rounds, warmup=0)
    items = pages * PER_PAGE
    rate = {name: items / (median(values) / 1e9) for name, values in samples.items()}
    # Throughput ratio ours/raw is time raw/ours, paired per round.
    ratios: dict[tuple[str, str], float] = {
        (ours, base): paired_ratio(samples, base, ours)
        for ours in ("paginator", "paginator+sp")
        if ours in samples
        for base in ("raw", "raw+model")
    }
    model = paired_ratio(samples, "raw", "raw+model")
    peaks = {name: await _peak(name, pages) for name in ("paginator", "raw", "raw+model")}
    memory = (await _peak("paginator", 50), await _peak("paginator", 500))
    return _rows(rate, ratios, model, peaks, memory, pages)


async def _peak(name: str, pages: int) -> float:
    async with contextlib.AsyncExitStack() as stack:
        call = variants(pages, stack)[name]  # built before tracing: bodies are the server's
        tracemalloc.start()
        try:
            await call()
            return tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()


def _rows(
    rate: dict[str, float],
    ratios: dict[tuple[str, str], float],
    model: float,
    peaks: dict[str, float],
    memory: tuple[float, float],
    pages: int,
) -> list[Row]:
    rows = [
        Row(SECTION, "raw next_href loop (dicts)", "items/s", rate["raw"], 1.0),
        Row(SECTION, "raw loop + User.from_dict", "items/s", rate["raw+model"], model),
    ]
    # Goals: at least as fast as a raw loop building the same models, and 0.75x a loop that
    # builds none (issue 17); both shown with and without the speedups extra.
    for (ours, base), ratio in ratios.items():
        label = "paginator" if ours == "paginator" else "paginator, speedups"
        versus = "dicts" if base == "raw" else "models"
        target, verdict = at_least(ratio, 0.75 if base == "raw" else 1.0)
        rows.append(Row(SECTION, f"{label} vs raw loop ({versus})", "items/s", rate[ours], ratio,
                        target, verdict))  # fmt: skip
    small, big = memory
    growth = big / small
    rows.append(Row(SECTION, "paginator peak, 100k vs 10k items", "MiB", big, growth,
                    "flat: <= 1.2x", "pass" if growth <= 1.2 else "miss",
                    f"{small:.2f} MiB at 10k items"))  # fmt: skip
    for name in ("raw", "raw+model"):
        ratio = peaks["paginator"] / peaks[name]
        note = "ratio = paginator / this"
        rows.append(Row(SECTION, f"{name} loop peak, {pages} pages", "MiB", peaks[name], ratio,
                        note=note))  # fmt: skip
    return rows
