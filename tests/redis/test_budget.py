"""`RedisRateBudget` against a real redis-server: shared buckets, drains, keys, Redis down."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from redis.asyncio import Redis

from soundcloud_async import (
    DEFAULT_RULES,
    BudgetExhaustedError,
    BudgetRule,
    RateBudget,
    RateLimitError,
    RedisUnavailableError,
    TokenRefreshError,
)
from soundcloud_async.redis import RedisRateBudget

from ..budgets._support import TRACK, Api, Clock, client, plays_429, user_token
from ._server import RedisServer

LIKES = BudgetRule.parse("POST /likes/*: 3 per hour", name="likes")


async def test_hosts_draw_from_one_bucket(redis: Redis) -> None:
    api = Api()
    hosts = [RedisRateBudget(redis, (LIKES,), host_id=f"host-{n}") for n in range(2)]
    assert isinstance(hosts[0], RateBudget)
    sent = refused = 0
    for n in range(6):
        async with client(api, hosts[n % 2], token=user_token()) as sc:
            try:
                await sc.likes.add_track(TRACK)
                sent += 1
            except BudgetExhaustedError:
                refused += 1
    assert (sent, refused) == (3, 3)
    assert api.count("POST /likes/") == 3


async def test_a_short_wait_is_waited_on_the_injected_sleep(redis: Redis) -> None:
    clock, api = Clock(), Api()
    budget = RedisRateBudget(redis, (), requests_per_second=1, clock=clock, sleep=clock.sleep)
    async with client(api, budget, token=user_token()) as sc:
        for _ in range(3):
            await sc.tracks.get(TRACK)
    assert clock.slept == pytest.approx([1.0, 1.0])
    assert api.count("GET /tracks/") == 3


async def test_a_429_on_one_host_stops_the_others(redis: Redis) -> None:
    api = Api(streams=plays_429)
    first, second = RedisRateBudget(redis), RedisRateBudget(redis, host_id="elsewhere")
    async with client(api, first, token=user_token()) as sc:
        with pytest.raises(RateLimitError):
            await sc.tracks.streams(TRACK)
    async with client(api, second, token=user_token()) as sc:
        with pytest.raises(BudgetExhaustedError, match="'plays'") as caught:
            await sc.tracks.streams(TRACK)
    assert api.count("GET /tracks/") == 1
    assert caught.value.retry_after == pytest.approx(7200, abs=5)


async def test_keys_are_namespaced_expire_and_hold_no_client_id(redis: Redis) -> None:
    budget = RedisRateBudget(redis, prefix="myapp")
    async with client(Api(), budget) as sc:
        await sc.tracks.get(TRACK)  # one client-credentials exchange: two buckets
    keys = sorted(key.decode() for key in await redis.keys("*"))
    assert [key.split(":")[2] for key in keys] == [
        "client-credentials-by-app",
        "client-credentials-by-ip",
    ]
    assert all(key.startswith("myapp:{budget}:") for key in keys)
    assert not any("client-id" in key for key in keys)
    for key in keys:
        assert 0 < await redis.pttl(key) <= 12 * 3600 * 1000 + 1000


async def test_redis_down_fails_closed_by_default(
    persistent_redis_server: RedisServer,
) -> None:
    redis = Redis.from_url(persistent_redis_server.url)
    api = Api()
    try:
        budget = RedisRateBudget(redis, (LIKES,), timeout=0.5)
        async with client(api, budget, token=user_token()) as sc:
            persistent_redis_server.kill()
            with pytest.raises(RedisUnavailableError, match="Redis failed on reserve"):
                await sc.likes.add_track(TRACK)
            await sc.tracks.get(TRACK)  # not budgeted: no Redis needed
            persistent_redis_server.start()
            await sc.likes.add_track(TRACK)
    finally:
        await redis.aclose()
    assert api.count("POST /likes/") == 1


async def test_redis_down_may_fall_back_to_counting_locally(
    persistent_redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    redis = Redis.from_url(persistent_redis_server.url)
    api = Api()
    try:
        budget = RedisRateBudget(redis, (LIKES,), timeout=0.5, on_unavailable="local")
        async with client(api, budget, token=user_token()) as sc:
            persistent_redis_server.kill()
            with caplog.at_level(logging.WARNING, logger="soundcloud_async.redis"):
                for _ in range(3):
                    await sc.likes.add_track(TRACK)
                with pytest.raises(BudgetExhaustedError):  # the local count still applies
                    await sc.likes.add_track(TRACK)
            persistent_redis_server.start()
    finally:
        await redis.aclose()
    assert api.count("POST /likes/") == 3
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "counting budgets in this process" in warnings[0]


def test_bad_options_are_refused_before_any_request(redis: Redis) -> None:
    with pytest.raises(ValueError, match="on_unavailable"):
        RedisRateBudget(redis, on_unavailable="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="prefix"):
        RedisRateBudget(redis, prefix="a b")
    assert DEFAULT_RULES[2].name == "plays"


async def test_a_per_ip_429_on_the_token_endpoint_stops_that_host_only(redis: Redis) -> None:
    reset = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y/%m/%d %H:%M:%S +0000")
    limit = {"name": "client-credentials-exchange", "bucket": "by-ip", "max_nr_of_requests": 30}
    refused = {"errors": [{"meta": {"rate_limit": limit, "reset_time": reset}}]}
    answers = [httpx.Response(429, json=refused)]

    class TokenEndpoint(Api):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/oauth/token" and answers:
                self.seen.append("POST /oauth/token 429")
                return answers.pop()
            return super().__call__(request)

    api = TokenEndpoint()
    here, there = RedisRateBudget(redis, host_id="here"), RedisRateBudget(redis, host_id="there")
    async with client(api, here) as sc:
        with pytest.raises(TokenRefreshError):
            await sc.tracks.get(TRACK)  # SoundCloud: this IP is out of app tokens for an hour
    async with client(api, here) as sc:
        with pytest.raises(BudgetExhaustedError, match="client-credentials-by-ip"):
            await sc.tracks.get(TRACK)
    async with client(api, there) as sc:
        await sc.tracks.get(TRACK)  # another host (IP) may still exchange
    assert api.count("POST /oauth/token") == 2
