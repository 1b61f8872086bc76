"""Never executed: `make typecheck` runs mypy --strict over it to lock the types of budgets and
the Redis stores."""

from __future__ import annotations

from datetime import datetime

from redis.asyncio import Redis

from soundcloud_async import (
    DEFAULT_RULES,
    BudgetExhaustedError,
    BudgetRule,
    LockableTokenStore,
    MemoryRateBudget,
    RateBudget,
    RateLimitError,
    RedisUnavailableError,
    SoundCloud,
    SoundCloudError,
)
from soundcloud_async.fastapi import PendingLoginStore, SharedUserTokenStore, SoundCloudConfig
from soundcloud_async.redis import (
    RedisPendingLoginStore,
    RedisRateBudget,
    RedisTokenStore,
    RedisUserTokenStore,
)


def budgets(redis: Redis) -> tuple[RateBudget, RateBudget]:
    likes = BudgetRule.parse("POST /likes/*: 10 per minute")
    local: RateBudget = MemoryRateBudget((*DEFAULT_RULES, likes), requests_per_second=5)
    shared: RateBudget = RedisRateBudget(redis, on_unavailable="local", timeout=1.0)
    return local, shared


def stores(redis: Redis) -> SoundCloudConfig:
    app_store: LockableTokenStore = RedisTokenStore(redis, key="app", lease=10.0)
    users: SharedUserTokenStore = RedisUserTokenStore(redis, idle_ttl=None)
    logins: PendingLoginStore = RedisPendingLoginStore(redis)
    return SoundCloudConfig(
        app_token_store=app_store,
        user_tokens=users,
        pending_logins=logins,
        budget=RedisRateBudget(redis),
    )


async def call(sc: SoundCloud) -> datetime | None:
    try:
        await sc.tracks.get("soundcloud:tracks:1")
    except BudgetExhaustedError as refused:
        limit: RateLimitError = refused
        return limit.reset_at
    except RedisUnavailableError as down:
        error: SoundCloudError = down
        raise error from None
    return None


def client(redis: Redis) -> SoundCloud:
    return SoundCloud(token_store=RedisTokenStore(redis), budget=MemoryRateBudget())
