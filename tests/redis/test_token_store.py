"""`RedisTokenStore` against a real redis-server: keys, TTLs, the lease lock and the fence."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from redis.asyncio import Redis

from soundcloud_async import (
    ConfigurationError,
    LockableTokenStore,
    RedisUnavailableError,
    Token,
    TokenRefreshError,
)
from soundcloud_async.redis import RedisTokenStore
from soundcloud_async.testing import FakeSoundCloud, client_for, user_token

from ._server import RedisServer

SECRET_ACCESS = "ACCESS-secret-value"
SECRET_REFRESH = "REFRESH-secret-value"


def token(n: int = 1, *, expires_in: float = 3600.0, refresh: bool = True) -> Token:
    return Token(
        f"{SECRET_ACCESS}-{n}",
        refresh_token=f"{SECRET_REFRESH}-{n}" if refresh else None,
        expires_at=time.time() + expires_in,
        lifetime=expires_in,
        app_only=not refresh,
    )


async def all_keys(redis: Redis) -> list[str]:
    return sorted(key.decode() for key in await redis.keys("*"))


async def test_round_trip_keys_values_and_ttls(redis: Redis) -> None:
    store = RedisTokenStore(redis, key="app", prefix="myapp", idle_ttl=600)
    assert isinstance(store, LockableTokenStore)
    assert await store.load() is None
    await store.save(token(1))
    loaded = await store.load()
    assert loaded is not None
    assert loaded.access_token == f"{SECRET_ACCESS}-1"
    keys = await all_keys(redis)
    assert keys == ["myapp:token:{app}", "myapp:token:{app}:meta"]
    assert not any("secret" in key.lower() for key in keys)
    # The value is the token JSON, nothing else.
    assert (
        json.loads(await redis.get("myapp:token:{app}"))["refresh_token"] == f"{SECRET_REFRESH}-1"
    )
    assert 590_000 < await redis.pttl("myapp:token:{app}") <= 600_000  # refreshable: idle_ttl
    await store.save(token(2, expires_in=120, refresh=False))
    assert 110_000 < await redis.pttl("myapp:token:{app}") <= 120_000  # app token: its expiry
    await store.clear()
    assert await store.load() is None
    assert SECRET_ACCESS not in repr(store)


async def test_unusual_keys_are_digested_and_garbage_is_a_configuration_error(
    redis: Redis,
) -> None:
    store = RedisTokenStore(redis, key="user with {braces}")
    assert "{braces}" not in store.token_key
    assert " " not in store.token_key
    await redis.set(store.token_key, b"not json")
    with pytest.raises(ConfigurationError, match="Redis key"):
        await store.load()
    with pytest.raises(ValueError, match="prefix"):
        RedisTokenStore(redis, prefix="has space")
    with pytest.raises(ValueError, match="timeout"):
        RedisTokenStore(redis, timeout=0)


async def test_the_lock_excludes_other_hosts_and_times_out(redis: Redis) -> None:
    first = RedisTokenStore(redis, key="app")
    second = RedisTokenStore(redis, key="app", lock_timeout=0.2, poll=0.01)  # another process
    async with first.lock():
        with pytest.raises(TokenRefreshError) as caught:
            async with second.lock():
                pass
    assert caught.value.error_code == "lock_timeout"
    async with second.lock():  # released: free again
        pass


async def test_a_dead_holder_blocks_for_one_lease_at_most(redis: Redis) -> None:
    store = RedisTokenStore(redis, key="app", lock_timeout=10, poll=0.01)
    # A holder that died: its lock key remains until its lease (here 0.3 s) runs out.
    await redis.set(f"{store.token_key}:lock", "dead-owner", px=300)
    async with store.lock():
        assert (await redis.get(f"{store.token_key}:lock")) != b"dead-owner"


async def test_a_live_holder_keeps_its_lease(redis: Redis) -> None:
    holder = RedisTokenStore(redis, key="app", lease=0.15)
    other = RedisTokenStore(redis, key="app", lock_timeout=0.5, poll=0.01)
    async with holder.lock():
        with pytest.raises(TokenRefreshError):  # 0.5 s > three leases: extended meanwhile
            async with other.lock():
                pass


async def test_a_holder_whose_lease_ran_out_cannot_overwrite_a_newer_token(
    redis: Redis,
) -> None:
    late = RedisTokenStore(redis, key="app", lease=60)
    newer = RedisTokenStore(redis, key="app", lease=60)
    async with late.lock():
        await redis.delete(f"{late.token_key}:lock")  # its lease ran out (process paused)
        async with newer.lock():
            await newer.save(token(2))
        await late.save(token(1))  # fenced: refused, logged
    stored = await newer.load()
    assert stored is not None
    assert stored.access_token.endswith("-2")


async def test_a_late_holder_still_saves_when_nobody_saved_after_it(redis: Redis) -> None:
    # Its token is the only successor of the spent refresh token: losing it loses the session.
    late = RedisTokenStore(redis, key="app", lease=60)
    async with late.lock():
        await redis.delete(f"{late.token_key}:lock")
        async with RedisTokenStore(redis, key="app").lock():
            pass  # a later holder came and went without saving
        await late.save(token(3))
    stored = await late.load()
    assert stored is not None
    assert stored.access_token.endswith("-3")


async def test_sign_out_fences_out_earlier_holders(redis: Redis) -> None:
    store = RedisTokenStore(redis, key="app")
    async with store.lock():
        await RedisTokenStore(redis, key="app").clear()
        await store.save(token(4))  # a renewal that finished after the sign-out
    assert await store.load() is None


async def test_valid_token_calls_never_reach_redis(redis: Redis) -> None:
    fake = FakeSoundCloud(seed=3, users=3, tracks=4, playlists=1, popular_followers=2)
    store = RedisTokenStore(redis, key="user:1")
    await store.save(user_token(fake))
    track = fake.track_ids()[0]
    async with client_for(fake, token_store=store) as sc:
        await sc.tracks.get(track)  # the first call loads the token
        before = (await redis.info("stats"))["total_commands_processed"]
        for _ in range(50):
            await sc.tracks.get(track)
        after = (await redis.info("stats"))["total_commands_processed"]
    assert after - before == 1  # the INFO command itself


async def test_redis_down_is_a_typed_error_and_no_token_is_lost(
    persistent_redis_server: RedisServer,
) -> None:
    fake = FakeSoundCloud(seed=3, users=3, tracks=4, playlists=1, popular_followers=2)
    track = fake.track_ids()[0]
    redis = Redis.from_url(persistent_redis_server.url)
    try:
        store = RedisTokenStore(redis, key="user:1", timeout=0.5)
        await store.save(user_token(fake))
        async with client_for(fake, token_store=store) as sc:
            await sc.tracks.get(track)
            persistent_redis_server.kill()
            await sc.tracks.get(track)  # a valid token needs no Redis
            fake.expire_access_tokens()
            with pytest.raises(RedisUnavailableError, match="Redis") as caught:
                await sc.tracks.get(track)  # renewal needs the lock: fail closed
            assert SECRET_ACCESS not in str(caught.value)
            assert fake.token_requests.count("refresh_token") == 0  # nothing was spent
            persistent_redis_server.start()
            await sc.tracks.get(track)  # back: the stored refresh token still works
        assert fake.token_requests.count("refresh_token", status=200) == 1
    finally:
        await redis.aclose()


async def test_a_slow_redis_times_out(redis: Redis) -> None:
    store = RedisTokenStore(redis, key="app", timeout=0.2)
    blocker = Redis(connection_pool=redis.connection_pool)
    pause = asyncio.create_task(blocker.execute_command("DEBUG", "SLEEP", "1"))
    await asyncio.sleep(0.05)
    try:
        with pytest.raises(RedisUnavailableError, match=r"did not answer load within 0\.2 s"):
            await store.load()
    finally:
        await pause


async def test_app_client_on_redis_store_fetches_one_app_token_for_many_clients(
    redis: Redis,
) -> None:
    fake = FakeSoundCloud(seed=3, users=3, tracks=4, playlists=1, popular_followers=2)
    track = fake.track_ids()[0]
    clients = [client_for(fake, token_store=RedisTokenStore(redis, key="app")) for _ in range(4)]
    try:
        await asyncio.gather(*(sc.tracks.get(track) for sc in clients for _ in range(5)))
    finally:
        for sc in clients:
            await sc.aclose()
    assert fake.token_requests.count("client_credentials") == 1


def test_soundcloud_import_does_not_import_redis() -> None:
    import subprocess
    import sys

    code = "import sys, soundcloud_async; print('redis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
