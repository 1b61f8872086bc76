"""Section 5: 1 000 concurrent `get`s with httpx's default pool limits, over loopback.

The fake runs in another process. Each variant keeps one client for the whole section (100
connections at most, 20 kept alive: httpx's defaults, which `SoundCloud` does not change),
warmed by a burst of 100 and one of 1 000; each round then fires 100 and, timed, 1 000 `get`s
at once with `asyncio.gather`. Wall time per burst, paired per round; every exception (or
non-2xx for raw httpx) is an error, counted by kind in the notes. One more burst goes to a
brand-new client ("cold pool"), capped at 20 s: the target there is 0 errors.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import Awaitable, Callable

from ._common import Row, at_most, median, paired_ratio, raw_client, sdk_client
from ._server import Server

SECTION = "5 1000 concurrent (loopback)"
CONCURRENT = 1000
WARM_UP = 100
# A cold burst that collapses (timeouts, then retries) would otherwise run for minutes.
COLD_CAP = 20.0


async def run(server: Server, *, rounds: int) -> list[Row]:
    cold = await _cold_burst(server)
    path = f"/tracks/{server.track_urn}"
    sc = sdk_client(None, server.url, server.access_token)
    async with sc, raw_client(None, server.url, server.access_token) as raw:

        async def sdk() -> None:
            await sc.tracks.get(server.track_urn)

        async def raw_json() -> None:
            response = await raw.get(path)
            response.raise_for_status()
            json.loads(response.content)

        bursts = {"sdk": sdk, "raw": raw_json}
        for call in bursts.values():
            await _burst(call, WARM_UP)
            await _burst(call)
        walls: dict[str, list[float]] = {name: [] for name in bursts}
        errors: dict[str, collections.Counter[str]] = {n: collections.Counter() for n in bursts}
        names = list(bursts)
        for index in range(rounds):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                # Re-open the pool first, as a busy service has it: uvicorn drops connections
                # idle for 5 s (the other variant's turn), and a COLD pool hit by 1 000 requests
                # spends seconds in httpcore's queue bookkeeping (each pool event matches every
                # queued request against every connection) before its connects complete, then
                # fails with ConnectTimeout/PoolTimeout. That case is reported, not timed.
                await _burst(bursts[name], WARM_UP)
                wall, failed = await _burst(bursts[name])
                walls[name].append(wall)
                errors[name] += failed
    return [*_rows(walls, errors, CONCURRENT * rounds), cold]


async def _cold_burst(server: Server) -> Row:
    """1 000 `get`s on a brand-new client: every connection is opened under the full queue."""
    sc = sdk_client(None, server.url, server.access_token)
    async with sc:

        async def sdk() -> None:
            await sc.tracks.get(server.track_urn)

        try:
            async with asyncio.timeout(COLD_CAP):
                wall, failed = await _burst(sdk)
        except TimeoutError:
            wall, failed = (
                COLD_CAP * 1000,
                collections.Counter({f"unfinished at {COLD_CAP:g} s": CONCURRENT}),
            )
    verdict = "miss" if failed else "pass"
    note = _errors(failed, CONCURRENT) + "; raw httpx is not run cold: it fails the same way"
    return Row(SECTION, "sc.tracks.get, cold pool", "ms/burst", wall, None, "0 errors", verdict,
               note)  # fmt: skip


def _rows(
    walls: dict[str, list[float]], errors: dict[str, collections.Counter[str]], calls: int
) -> list[Row]:
    ms = {name: median(values) for name, values in walls.items()}
    ratio = paired_ratio(walls, "sdk", "raw")
    target, verdict = at_most(ratio, 1.2)
    if errors["sdk"]:
        verdict = "miss"
    raw_note, sdk_note = (_errors(errors[name], calls) for name in ("raw", "sdk"))
    return [
        Row(SECTION, "raw httpx + json.loads", "ms/burst", ms["raw"], 1.0, note=raw_note),
        Row(SECTION, "sc.tracks.get", "ms/burst", ms["sdk"], ratio, target + ", 0 errors",
            verdict, sdk_note),
    ]  # fmt: skip


def _errors(kinds: collections.Counter[str], calls: int) -> str:
    total = sum(kinds.values())
    detail = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
    return f"{total} errors in {calls} calls" + (f" ({detail})" if detail else "")


async def _burst(
    call: Callable[[], Awaitable[None]], size: int = CONCURRENT
) -> tuple[float, collections.Counter[str]]:
    started = time.perf_counter_ns()
    results = await asyncio.gather(*(call() for _ in range(size)), return_exceptions=True)
    wall = (time.perf_counter_ns() - started) / 1e6
    return wall, collections.Counter(_kind(r) for r in results if isinstance(r, BaseException))


def _kind(error: BaseException) -> str:
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    return f"{type(error).__name__} {status}" if status else type(error).__name__
