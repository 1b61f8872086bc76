"""The storm (issue 16): 8 OS processes in 2 hosts against the fake over loopback, sharing Redis.

Exactly one refresh per expiry, no `invalid_grant`, no failed call; the same with a lock
holder SIGKILLed holding the lock; budgets that hold across processes. One set of 8 worker
processes serves the whole module (starting Python is the slow part). `make check` runs
`SOUNDCLOUD_STORM_ROUNDS` rounds (default 1); `make bench` runs 5 and prints the figures.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from soundcloud_async.redis import RedisTokenStore
from soundcloud_async.testing import FakeSoundCloud, serve, user_token

from ._server import RedisServer
from ._storm import Workers, hammer, storm

ROUNDS = int(os.environ.get("SOUNDCLOUD_STORM_ROUNDS", "1"))
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def workers(
    redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Workers]:
    workers = Workers(redis_server.url, tmp_path_factory.mktemp("storm"))
    await workers.start(8)
    try:
        yield workers
    finally:
        await workers.stop()


@pytest_asyncio.fixture(loop_scope="module")
async def fake_url(redis_server: RedisServer) -> AsyncIterator[tuple[FakeSoundCloud, str]]:
    """A fresh fake on loopback, a fresh Redis database with the fake's user token in it."""
    fake = FakeSoundCloud(seed=11, users=4, tracks=4, playlists=1, popular_followers=2)
    redis = Redis.from_url(redis_server.url)
    try:
        await redis.flushdb()
        await RedisTokenStore(redis, key="user:storm").save(user_token(fake))
    finally:
        await redis.aclose()
    async with serve(fake) as url:
        yield fake, url


async def test_one_refresh_per_expiry_across_8_processes(
    workers: Workers, fake_url: tuple[FakeSoundCloud, str]
) -> None:
    fake, url = fake_url
    figures = await storm(workers, fake, url, rounds=ROUNDS, calls=200)
    assert figures.failed == 0, figures.errors
    assert figures.ok == ROUNDS * 8 * 205
    assert figures.invalid_grant == 0
    assert figures.refreshes == ROUNDS


async def test_a_holder_killed_holding_the_lock_costs_one_lease(
    workers: Workers, fake_url: tuple[FakeSoundCloud, str]
) -> None:
    fake, url = fake_url
    figures = await storm(workers, fake, url, rounds=1, calls=20, kill_holder=True)
    assert figures.failed == 0, figures.errors
    assert figures.invalid_grant == 0
    assert figures.refreshes == 1


async def test_the_exchange_budget_holds_across_processes(
    workers: Workers, fake_url: tuple[FakeSoundCloud, str]
) -> None:
    fake, url = fake_url
    figures = await hammer(workers, "exchange", fake, url, calls=10)
    # 80 app-only clients, SoundCloud's default budget: 50 per app (2 hosts x 30 per IP).
    assert fake.token_requests.count("client_credentials") == 50
    assert figures.ok == 50
    assert figures.errors == {"BudgetExhaustedError": 30}


async def test_the_plays_budget_holds_across_processes(
    workers: Workers, fake_url: tuple[FakeSoundCloud, str]
) -> None:
    fake, url = fake_url
    figures = await hammer(workers, "plays", fake, url, calls=10, arg=40)
    assert figures.ok == 40
    assert figures.errors == {"BudgetExhaustedError": 40}


async def test_a_429_with_reset_time_stops_every_process(
    workers: Workers, fake_url: tuple[FakeSoundCloud, str]
) -> None:
    fake, url = fake_url
    # SoundCloud answers one play "exhausted, resets in 2 h": no process sends another.
    fake.faults.rate_limit(1, reset_in=7200, path="/tracks/", method="GET")
    figures = await hammer(workers, "plays", fake, url, calls=10, arg=15000, first_alone=True)
    assert figures.ok == 0
    assert figures.errors == {"RateLimitError": 1, "BudgetExhaustedError": 80}
