"""Section 4: 20 000 followers through `AsyncPaginator` vs a hand-written `next_href` loop.

One MockTransport serves 100 pages of 200 users (the user fixture, distinct ids); each page's
`next_href` points at the next page on the API origin. Variants:
  paginator       `async for user in sc.users.followers(urn)` (User models, URL policy, cursor);
  raw loop        httpx GET, `json.loads`, iterate the dicts, follow `next_href`;
  raw loop+model  the same loop building the generated `User.from_dict` per item.
Peak memory (tracemalloc) is taken in separate runs, at 10 and at 100 pages: flat means the peak
does not grow with the number of pages.
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
    Row,
    at_least,
    collection_body,
    fixture,
    interleaved_async,
    median,
    paired_ratio,
    raw_client,
    sdk_client,
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

    async def paginator() -> int:
        count = 0
        async for _user in sc.users.followers(USER):
            count += 1
        return count

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

    return {"paginator": paginator, "raw": raw_dicts, "raw+model": raw_models}


async def run(*, rounds: int, pages: int = 100) -> list[Row]:
    async with contextlib.AsyncExitStack() as stack:
        calls = variants(pages, stack)
        for call in calls.values():  # warm up, and check that every variant sees every item
            assert await call() == pages * PER_PAGE
        samples = await interleaved_async(calls, calls=1, rounds=rounds, warmup=0)
    items = pages * PER_PAGE
    rate = {name: items / (median(values) / 1e9) for name, values in samples.items()}
    # Throughput ratio ours/raw is time raw/ours, paired per round.
    ratios = {base: paired_ratio(samples, base, "paginator") for base in ("raw", "raw+model")}
    ratios["model"] = paired_ratio(samples, "raw", "raw+model")
    peaks = {name: await _peak(name, pages) for name in calls}
    return _rows(rate, ratios, peaks, await _peak("paginator", pages // 10), pages)


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
    ratios: dict[str, float],
    peaks: dict[str, float],
    small: float,
    pages: int,
) -> list[Row]:
    rows = [
        Row(SECTION, "raw next_href loop (dicts)", "items/s", rate["raw"], 1.0),
        Row(SECTION, "raw loop + User.from_dict", "items/s", rate["raw+model"],
            ratios["model"]),
    ]  # fmt: skip
    for base, label in (("raw", "dicts"), ("raw+model", "models")):
        ratio = ratios[base]
        target, verdict = at_least(ratio, 0.9)
        rows.append(Row(SECTION, f"paginator vs raw loop ({label})", "items/s",
                        rate["paginator"], ratio, target, verdict))  # fmt: skip
    growth = peaks["paginator"] / small
    rows.append(Row(SECTION, f"paginator peak, {pages} vs {pages // 10} pages", "MiB",
                    peaks["paginator"], growth, "flat: <= 1.5x",
                    "pass" if growth <= 1.5 else "miss",
                    f"{small:.2f} MiB at {pages // 10} pages"))  # fmt: skip
    for name in ("raw", "raw+model"):
        ratio = peaks["paginator"] / peaks[name]
        note = "ratio = paginator / this"
        rows.append(Row(SECTION, f"{name} loop peak, {pages} pages", "MiB", peaks[name], ratio,
                        note=note))  # fmt: skip
    return rows
