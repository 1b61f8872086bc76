"""The FastAPI stores on Redis: per-user tokens refreshed once across hosts, pending logins."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis

from soundcloud_async import RedisUnavailableError
from soundcloud_async.fastapi import (
    AppSoundCloud,
    PendingLogin,
    PendingLoginStore,
    SharedUserTokenStore,
    SoundCloudConfig,
    UserTokenStore,
    install_error_handlers,
    soundcloud_lifespan,
)
from soundcloud_async.fastapi._state import SoundCloudState
from soundcloud_async.redis import RedisPendingLoginStore, RedisTokenStore, RedisUserTokenStore
from soundcloud_async.testing import FakeSoundCloud, user_token

from ._server import RedisServer

USER = "soundcloud:users:1"


def login(expires_in: float = 600.0) -> PendingLogin:
    return PendingLogin(
        state="STATE-secret",
        code_verifier="VERIFIER-secret",
        redirect_uri="https://app.example/callback",
        expires_at=time.time() + expires_in,
    )


async def test_pending_logins_are_single_use_and_expire(redis: Redis) -> None:
    store = RedisPendingLoginStore(redis, prefix="app")
    assert isinstance(store, PendingLoginStore)
    await store.put("login-id-1", login())
    other_worker = RedisPendingLoginStore(redis, prefix="app")
    popped = await asyncio.gather(other_worker.pop("login-id-1"), store.pop("login-id-1"))
    assert sorted(p is None for p in popped) == [False, True]  # exactly one callback wins
    found = next(p for p in popped if p is not None)
    assert found.code_verifier == "VERIFIER-secret"
    await store.put("login-id-2", login(expires_in=-1))
    assert await store.pop("login-id-2") is None
    await store.put("login-id-3", login(expires_in=30))
    keys = [key.decode() for key in await redis.keys("*")]
    assert len(keys) == 1
    assert "login-id-3" not in keys[0]
    assert keys[0].startswith("app:login:")
    assert 0 < await redis.pttl(keys[0]) <= 30_000
    await redis.set(keys[0], b"{garbage")
    assert await store.pop("login-id-3") is None


async def test_pending_logins_fail_closed_when_redis_is_down(
    persistent_redis_server: RedisServer,
) -> None:
    redis = Redis.from_url(persistent_redis_server.url)
    try:
        store = RedisPendingLoginStore(redis, timeout=0.5)
        persistent_redis_server.kill()
        with pytest.raises(RedisUnavailableError, match="put login"):
            await store.put("login-id", login())
    finally:
        persistent_redis_server.start()
        await redis.aclose()


async def test_user_tokens_refresh_once_across_two_hosts(redis: Redis) -> None:
    fake = FakeSoundCloud(seed=3, users=3, tracks=4, playlists=1, popular_followers=2)
    store = RedisUserTokenStore(redis)
    assert isinstance(store, UserTokenStore)
    assert isinstance(store, SharedUserTokenStore)
    await store.save(USER, user_token(fake))
    config = SoundCloudConfig(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url="https://api.soundcloud.test",
        auth_base_url="https://secure.soundcloud.test",
        user_tokens=RedisUserTokenStore(redis),
    )
    # Two "hosts": separate states, transports and per-user clients; only Redis is shared.
    hosts = [SoundCloudState(config, fake.transport()) for _ in range(2)]
    token = await store.load(USER)
    assert token is not None
    fake.expire_access_tokens()
    fake.faults.slow(1, seconds=0.3, path="/oauth/token")  # the other host starts meanwhile
    track = fake.track_ids()[0]
    clients = [host.user_client(USER, token) for host in hosts for _ in range(3)]
    try:
        await asyncio.gather(*(sc.tracks.get(track) for sc in clients for _ in range(5)))
    finally:
        for sc in clients:
            await sc.aclose()
    assert fake.token_requests.count("refresh_token") == 1
    stored = await store.load(USER)
    assert stored is not None
    assert stored.refresh_token != token.refresh_token
    await store.clear(USER)
    assert await store.load(USER) is None


async def test_the_app_answers_503_when_redis_is_down(
    persistent_redis_server: RedisServer,
) -> None:
    fake = FakeSoundCloud(seed=3, users=3, tracks=4, playlists=1, popular_followers=2)
    redis = Redis.from_url(persistent_redis_server.url)
    config = SoundCloudConfig(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url="https://api.soundcloud.test",
        auth_base_url="https://secure.soundcloud.test",
        transport_factory=fake.transport,
        app_token_store=RedisTokenStore(redis, key="app", timeout=0.5),
    )
    app = FastAPI(lifespan=soundcloud_lifespan(config))
    install_error_handlers(app)
    track = fake.track_ids()[0]

    @app.get("/track")
    async def get_track(sc: AppSoundCloud) -> str:
        return str((await sc.tracks.get(track)).urn)

    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
                persistent_redis_server.kill()
                answer = await client.get("/track")
                persistent_redis_server.start()
                again = await client.get("/track")
    finally:
        await redis.aclose()
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "store_unavailable"
    assert again.status_code == 200
    assert fake.token_requests.count("client_credentials") == 1
