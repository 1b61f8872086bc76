"""One OS process of the Redis storm and budget tests (not a test module).

Usage: python -m tests.redis._worker MODE REDIS_URL API_URL HOST_ID [ARG]

It builds its own `SoundCloud` clients (own connection pool, own in-process token cache), shares
nothing with its siblings but Redis, then obeys lines on stdin and answers one JSON line each:

- MODE storm: one user client on `RedisTokenStore(key="user:storm", lease=ARG)`; "go N" makes
  N concurrent `tracks.get` calls and answers {"ok", "failed", "errors"}.
- MODE hold: takes that store's lock, answers {"locked": true}, and waits to be SIGKILLed.
- MODE exchange: "go N" makes N app-only clients each fetch an app token (one call each) under
  `RedisRateBudget` (SoundCloud's default rules), answering the outcome counts.
- MODE plays: "go N" makes N stream-URL calls under a plays budget of ARG per day.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from soundcloud_async import BudgetRule, SoundCloud
from soundcloud_async.redis import RedisRateBudget, RedisTokenStore


def client(api: str, **options: object) -> SoundCloud:
    # Credentials come from SOUNDCLOUD_CLIENT_ID / _SECRET, set by the parent: importing
    # soundcloud_async.testing for them would double each worker's start-up time.
    return SoundCloud(
        base_url=api,
        auth_base_url=api,
        **options,  # type: ignore[arg-type]
    )


async def outcomes(calls: list[Awaitable[object]]) -> dict[str, object]:
    results = await asyncio.gather(*calls, return_exceptions=True)
    errors = Counter(type(r).__name__ for r in results if isinstance(r, BaseException))
    failed = sum(errors.values())
    return {"ok": len(results) - failed, "failed": failed, "errors": dict(errors)}


def answer(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def serve_lines(handle: Callable[[int], Awaitable[dict[str, object]]]) -> None:
    loop = asyncio.get_running_loop()
    while line := (await loop.run_in_executor(None, sys.stdin.readline)).strip():
        command, _, count = line.partition(" ")
        if command != "go":
            break
        answer(await handle(int(count)))


async def storm(redis: Redis, api: str, track: str, lease: float) -> None:
    store = RedisTokenStore(redis, key="user:storm", lease=lease, poll=0.01)
    async with client(api, token_store=store) as sc:
        await serve_lines(lambda n: outcomes([sc.tracks.get(track) for _ in range(n)]))


async def hold(redis: Redis, lease: float) -> None:
    store = RedisTokenStore(redis, key="user:storm", lease=lease)
    async with store.lock():
        answer({"locked": True})
        await asyncio.sleep(3600)


async def exchange(redis: Redis, api: str, track: str, host_id: str) -> None:
    budget = RedisRateBudget(redis, host_id=host_id)

    async def one() -> object:
        async with client(api, budget=budget) as sc:
            return await sc.tracks.get(track)

    await serve_lines(lambda n: outcomes([one() for _ in range(n)]))


async def plays(redis: Redis, api: str, track: str, host_id: str, per_day: int) -> None:
    rule = BudgetRule("plays", per_day, 86400.0, method="GET", path="/tracks/*/stream*")
    budget = RedisRateBudget(redis, (rule,), host_id=host_id)
    store = RedisTokenStore(redis, key="user:storm")
    async with client(api, token_store=store, budget=budget) as sc:
        await serve_lines(lambda n: outcomes([sc.tracks.streams(track) for _ in range(n)]))


async def main(mode: str, redis_url: str, api: str, host_id: str, track: str, arg: str) -> None:
    redis = Redis.from_url(redis_url)
    try:
        if mode == "storm":
            await storm(redis, api, track, float(arg))
        elif mode == "hold":
            await hold(redis, float(arg))
        elif mode == "exchange":
            await exchange(redis, api, track, host_id)
        elif mode == "plays":
            await plays(redis, api, track, host_id, int(arg))
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    finally:
        await redis.aclose()


if __name__ == "__main__":
    mode, redis_url, api, host_id, track = sys.argv[1:6]
    asyncio.run(
        main(mode, redis_url, api, host_id, track, sys.argv[6] if len(sys.argv) > 6 else "")
    )
