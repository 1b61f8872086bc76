"""The package without the example: a pluggable user, the error mapping, the lifespan rules."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import httpx
import pytest
from fastapi import FastAPI, Request
from starlette.requests import Request as StarletteRequest

from soundcloud_async import APITimeoutError
from soundcloud_async.fastapi import (
    AppSoundCloud,
    LoginSettings,
    MemoryUserTokenStore,
    UserSoundCloud,
    install_error_handlers,
    login_router,
    open_soundcloud,
    soundcloud_error_response,
    soundcloud_lifespan,
)
from soundcloud_async.testing import FakeSoundCloud, user_token

from .conftest import APP_URL, CALLBACK_URL, SECRET_KEY, TransportFactory, make_config

Running = tuple[FakeSoundCloud, httpx.AsyncClient, MemoryUserTokenStore]


async def user_from_header(request: Request) -> str | None:
    """An app's own authentication, standing in for a real one."""
    return request.headers.get("x-user")


def build_app(
    fake: FakeSoundCloud, store: MemoryUserTokenStore
) -> tuple[FastAPI, TransportFactory]:
    factory = TransportFactory(fake)
    config = replace(make_config(fake, factory, store), identify_user=user_from_header)
    app = FastAPI(lifespan=soundcloud_lifespan(config))
    install_error_handlers(app)

    @app.get("/me")
    async def me(sc: UserSoundCloud) -> dict[str, object]:
        return {"urn": (await sc.me.get()).urn}

    @app.get("/tracks/{urn}")
    async def track(urn: str, sc: AppSoundCloud) -> dict[str, object]:
        return {"title": (await sc.tracks.get(urn)).title}

    return app, factory


@pytest.fixture
async def running() -> AsyncIterator[Running]:
    fake = FakeSoundCloud(
        seed=4, users=6, tracks=30, playlists=2, popular_followers=5, redirect_uris=(CALLBACK_URL,)
    )
    store = MemoryUserTokenStore()
    app, _ = build_app(fake, store)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as client,
    ):
        yield fake, client, store


async def test_identify_user_is_pluggable(running: Running) -> None:
    fake, client, store = running
    alice, bob = fake.login_user, fake.popular_user
    await store.save("app-user-1", user_token(fake, alice))
    await store.save("app-user-2", user_token(fake, bob))
    first = await client.get("/me", headers={"x-user": "app-user-1"})
    second = await client.get("/me", headers={"x-user": "app-user-2"})
    nobody = await client.get("/me")
    unknown = await client.get("/me", headers={"x-user": "app-user-3"})
    assert (first.json()["urn"], second.json()["urn"]) == (alice.urn, bob.urn)
    assert (nobody.status_code, unknown.status_code) == (401, 401)


@pytest.mark.parametrize(
    ("arrange", "status", "code"),
    [
        (lambda f: None, 404, "not_found"),
        (lambda f: f.faults.status(1, status=403, path="/tracks/"), 403, "forbidden"),
        (lambda f: f.faults.html_error(9, status=502, path="/tracks/"), 502, "upstream_error"),
        (lambda f: f.faults.drop(9, path="/tracks/"), 502, "upstream_unreachable"),
        (lambda f: f.faults.status(9, status=401, path="/tracks/"), 502, "upstream_error"),
    ],
    ids=["404", "403", "5xx", "dropped", "app-token-refused"],
)
async def test_soundcloud_errors_map_to_statuses(
    running: Running, arrange: Callable[[FakeSoundCloud], object], status: int, code: str
) -> None:
    fake, client, _ = running
    arrange(fake)
    urn = (
        "soundcloud:tracks:999999999"
        if status == 404
        else f"soundcloud:tracks:{fake.track_ids()[0]}"
    )
    answer = await client.get(f"/tracks/{urn}")
    assert answer.status_code == status
    assert answer.json()["error"]["code"] == code
    assert fake.client_secret not in answer.text


def test_timeouts_map_to_504() -> None:
    request = StarletteRequest({"type": "http", "method": "GET", "path": "/x", "headers": []})
    answer = soundcloud_error_response(request, APITimeoutError("read timed out"))
    assert answer.status_code == 504


async def test_dependencies_without_the_lifespan_fail_loudly() -> None:
    fake = FakeSoundCloud(
        seed=4, users=6, tracks=30, playlists=2, popular_followers=5, redirect_uris=(CALLBACK_URL,)
    )
    app, factory = build_app(fake, MemoryUserTokenStore())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=True)
    async with httpx.AsyncClient(transport=transport, base_url=APP_URL) as client:
        with pytest.raises(RuntimeError, match="lifespan is not running"):
            await client.get("/tracks/1")
    assert factory.created == []


async def test_the_state_cannot_be_opened_twice() -> None:
    fake = FakeSoundCloud(
        seed=4, users=6, tracks=30, playlists=2, popular_followers=5, redirect_uris=(CALLBACK_URL,)
    )
    app, factory = build_app(fake, MemoryUserTokenStore())
    config = make_config(fake, factory, MemoryUserTokenStore())
    async with open_soundcloud(app, config):
        with pytest.raises(RuntimeError, match="already open"):
            async with open_soundcloud(app, config):
                pass
    assert [t.closed for t in factory.created] == [True]


async def test_a_login_router_whose_cookie_nobody_reads_is_a_500() -> None:
    fake = FakeSoundCloud(
        seed=4, users=6, tracks=30, playlists=2, popular_followers=5, redirect_uris=(CALLBACK_URL,)
    )
    store = MemoryUserTokenStore()
    app = FastAPI(lifespan=soundcloud_lifespan(make_config(fake, TransportFactory(fake), store)))
    app.include_router(login_router(LoginSettings(secret_key=SECRET_KEY)), prefix="/auth")
    install_error_handlers(app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as client,
    ):
        answer = await client.get("/auth/login")
    assert answer.status_code == 500
    assert answer.json()["error"]["code"] == "misconfigured"
