"""One OS process of the Redis storm and budget tests (not a test module).

Usage: python _worker.py REDIS_URL HOST_ID

It shares nothing with its siblings but Redis (own connection pools, own in-process token
caches, own working directory), and obeys one JSON command per stdin line, answering one JSON
line each. A session is opened for one fake SoundCloud and one mode, used by "go" commands,
then closed, so one set of processes serves every test of a run:

- {"cmd": "open", "mode": M, "api": URL, "track": URN, "client_id", "client_secret", "arg"}
  - storm: one user client on `RedisTokenStore(key="user:storm", lease=arg)`;
  - exchange: each call is a new app-only client fetching its own app token, under
    `RedisRateBudget` with SoundCloud's default rules;
  - plays: one user client calling `tracks.streams` under a plays budget of `arg` per day;
  - hold: takes the storm store's lock (lease `arg`), answers, and waits to be SIGKILLed.
- {"cmd": "go", "n": N}: N concurrent calls; answers {"ok", "failed", "errors"}.
- {"cmd": "close"}: closes the session's clients.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

from redis.asyncio import Redis

from soundcloud_async import BudgetRule, SoundCloud
from soundcloud_async.redis import RedisRateBudget, RedisTokenStore

Call = Callable[[], Awaitable[object]]


def answer(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def outcomes(call: Call, n: int) -> dict[str, object]:
    results = await asyncio.gather(*(call() for _ in range(n)), return_exceptions=True)
    errors = Counter(type(r).__name__ for r in results if isinstance(r, BaseException))
    failed = sum(errors.values())
    return {"ok": len(results) - failed, "failed": failed, "errors": dict(errors)}


async def open_session(
    redis: Redis, host_id: str, command: dict[str, Any], stack: AsyncExitStack
) -> Call:
    mode, arg, track = command["mode"], command.get("arg", ""), command["track"]

    def client(**options: object) -> SoundCloud:
        return SoundCloud(
            command["client_id"],
            command["client_secret"],
            base_url=command["api"],
            auth_base_url=command["api"],
            **options,  # type: ignore[arg-type]
        )

    if mode == "storm":
        store = RedisTokenStore(redis, key="user:storm", lease=float(arg), poll=0.01)
        sc = await stack.enter_async_context(client(token_store=store))
        return lambda: sc.tracks.get(track)
    if mode == "exchange":
        budget = RedisRateBudget(redis, host_id=host_id)

        async def one_app_client() -> object:
            async with client(budget=budget) as fresh:
                return await fresh.tracks.get(track)

        return one_app_client
    if mode == "plays":
        rule = BudgetRule("plays", int(arg), 86400.0, method="GET", path="/tracks/*/stream*")
        budget = RedisRateBudget(redis, (rule,), host_id=host_id)
        store = RedisTokenStore(redis, key="user:storm")
        sc = await stack.enter_async_context(client(token_store=store, budget=budget))
        return lambda: sc.tracks.streams(track)
    if mode == "hold":
        await stack.enter_async_context(
            RedisTokenStore(redis, key="user:storm", lease=float(arg)).lock()
        )
        return lambda: asyncio.sleep(3600)
    raise ValueError(f"unknown mode {mode!r}")


async def main(redis_url: str, host_id: str) -> None:
    loop = asyncio.get_running_loop()
    redis = Redis.from_url(redis_url)
    stack = AsyncExitStack()
    call: Call | None = None
    try:
        while line := (await loop.run_in_executor(None, sys.stdin.readline)).strip():
            command = json.loads(line)
            if command["cmd"] == "open":
                call = await open_session(redis, host_id, command, stack)
                answer({"opened": command["mode"]})
            elif command["cmd"] == "go" and call is not None:
                answer(await outcomes(call, int(command["n"])))
            elif command["cmd"] == "close":
                await stack.aclose()
                call = None
                answer({"closed": True})
            else:
                break
    finally:
        await stack.aclose()
        await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:3]))
