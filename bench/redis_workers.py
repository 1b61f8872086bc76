"""Section 8: Redis. Per-call cost of shared tokens and budgets, and the storm's figures.

  per call     `sc.tracks.get` with a valid token (MockTransport, track fixture), the token in
               `MemoryTokenStore` vs `RedisTokenStore` (goal <= 1.03x: a valid-token call
               never reaches Redis), and with budgets configured: `MemoryRateBudget()` whose
               rules match no such call, and `RedisRateBudget(requests_per_second=...)` that
               every call draws from (one Redis round trip: info).
  storm        8 worker processes in 2 hosts x 200 concurrent calls, the access token expired
               mid-run, 5 rounds: refreshes per expiry, invalid_grant, failed calls; then one
               round with a lock holder SIGKILLed holding the lock (lease 1 s).
  budgets      8 processes: app-token exchanges that reach the fake under the default budget
               (50 per app), and stream calls under a plays budget of 40.

Needs `redis-server` on PATH (`make test` installs it as root on Debian); else skipped.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from redis.asyncio import Redis

from soundcloud_async import MemoryRateBudget, MemoryTokenStore, SoundCloud
from soundcloud_async.redis import RedisRateBudget, RedisTokenStore
from soundcloud_async.testing import FakeSoundCloud, serve, user_token
from tests.redis._server import RedisMissing, RedisServer
from tests.redis._storm import Workers, hammer, storm

from ._common import (
    API,
    Row,
    at_most,
    canned,
    exactly,
    interleaved_async,
    median,
    paired_ratio,
    track_body,
    valid_token,
)

SECTION = "8 redis"
URN = "soundcloud:tracks:13158665"


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as directory:
        server = RedisServer(Path(directory)).start()
        try:
            yield server
        finally:
            server.stop()


async def run(*, rounds: int, calls: int, storm_rounds: int) -> list[Row]:
    try:
        with redis_server() as server:
            rows = await per_call(server, rounds=rounds, calls=calls)
            rows += await storms(server, storm_rounds=storm_rounds)
            return rows
    except RedisMissing as missing:
        return [Row(SECTION, "skipped", "", 0.0, verdict="miss", note=str(missing))]


def client(**options: object) -> SoundCloud:
    return SoundCloud("bench-client", base_url=API, auth_base_url=API, **options)  # type: ignore[arg-type]


async def per_call(server: RedisServer, *, rounds: int, calls: int) -> list[Row]:
    redis = Redis.from_url(server.url)
    body = track_body()
    await redis.flushdb()
    redis_store = RedisTokenStore(redis, key="bench")
    await redis_store.save(valid_token())
    memory = client(transport=canned(body), token_store=MemoryTokenStore(valid_token()))
    shared = client(transport=canned(body), token_store=redis_store)
    budgeted = client(transport=canned(body), token=valid_token(), budget=MemoryRateBudget())
    paced = client(
        transport=canned(body),
        token=valid_token(),
        budget=RedisRateBudget(redis, (), requests_per_second=1e9),
    )
    try:
        variants = {
            "memory store": lambda: memory.tracks.get(URN),
            "redis store": lambda: shared.tracks.get(URN),
            "memory budget": lambda: budgeted.tracks.get(URN),
            "redis pacing": lambda: paced.tracks.get(URN),
        }
        samples = await interleaved_async(variants, calls=calls, rounds=rounds, warmup=100)
    finally:
        for sc in (memory, shared, budgeted, paced):
            await sc.aclose()
        await redis.aclose()
    us = {name: median(values) / 1000 for name, values in samples.items()}
    store_ratio = paired_ratio(samples, "redis store", "memory store")
    target, verdict = at_most(store_ratio, 1.03)
    return [
        Row(SECTION, "memory store", "us/call", us["memory store"]),
        Row(SECTION, "redis store", "us/call", us["redis store"], store_ratio, target, verdict,
            note="valid token: no Redis command per call (tests/redis: INFO count)"),
        Row(SECTION, "memory budget", "us/call", us["memory budget"],
            paired_ratio(samples, "memory budget", "memory store"),
            note="default rules, none matching a track GET"),
        Row(SECTION, "redis pacing", "us/call", us["redis pacing"],
            paired_ratio(samples, "redis pacing", "memory store"),
            note="one Lua round trip to a loopback Redis per call"),
    ]  # fmt: skip


async def storms(server: RedisServer, *, storm_rounds: int) -> list[Row]:
    rows: list[Row] = []
    redis = Redis.from_url(server.url)
    with tempfile.TemporaryDirectory(prefix="bench-storm-") as directory:
        workers = Workers(server.url, Path(directory))
        await workers.start(8)
        try:
            rows += await one_storm(redis, workers, rounds=storm_rounds, kill=False)
            rows += await one_storm(redis, workers, rounds=1, kill=True)
            rows += await budgets(redis, workers)
        finally:
            await workers.stop()
            await redis.aclose()
    return rows


async def fresh_fake(redis: Redis) -> FakeSoundCloud:
    """A new fake, and an empty Redis holding its user's token."""
    await redis.flushdb()
    fake = FakeSoundCloud(seed=11, users=4, tracks=4, playlists=1, popular_followers=2)
    await RedisTokenStore(redis, key="user:storm").save(user_token(fake))
    return fake


async def one_storm(redis: Redis, workers: Workers, *, rounds: int, kill: bool) -> list[Row]:
    fake = await fresh_fake(redis)
    async with serve(fake) as url:
        figures = await storm(workers, fake, url, rounds=rounds, kill_holder=kill)
    variant = "storm, holder SIGKILLed" if kill else "storm"
    calls = f"{figures.processes} procs x {figures.calls} calls x {rounds} rounds"
    target, verdict = exactly(figures.refreshes, rounds)
    clean = figures.invalid_grant == 0 and figures.failed == 0
    return [
        Row(SECTION, variant, "refreshes", figures.refreshes, None, target, verdict, note=calls),
        Row(SECTION, variant, "invalid_grant+failed", figures.invalid_grant + figures.failed,
            None, "== 0", "pass" if clean else "miss", note=str(dict(figures.errors) or "")),
        Row(SECTION, variant, "s/round (max)", max(figures.round_seconds),
            note="includes waiting out the dead holder's 1 s lease" if kill else ""),
    ]  # fmt: skip


async def budgets(redis: Redis, workers: Workers) -> list[Row]:
    fake = await fresh_fake(redis)
    async with serve(fake) as url:
        exchange = await hammer(workers, "exchange", fake, url)
        exchanges = fake.token_requests.count("client_credentials")
        plays = await hammer(workers, "plays", fake, url, arg=40)
    target, verdict = exactly(exchanges, 50)
    plays_target, plays_verdict = exactly(plays.ok, 40)
    return [
        Row(SECTION, "exchange budget", "exchanges", exchanges, None, target, verdict,
            note=f"8 procs x 10 app clients; refused: {dict(exchange.errors)}"),
        Row(SECTION, "plays budget 40", "stream calls", plays.ok, None, plays_target,
            plays_verdict, note=f"8 procs x 10; refused: {dict(plays.errors)}"),
    ]  # fmt: skip
