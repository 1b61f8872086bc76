"""Several workers: a login started on one app instance finishes on another.

Two instances of the example app (each with its own memory, as two worker processes have)
are served by uvicorn on two loopback ports; one browser talks to both, as behind a load
balancer. They share one SQLite file for pending logins and user tokens.
"""

from __future__ import annotations

import logging
import stat
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from examples.fastapi_app import create_app
from soundcloud_async.fastapi import (
    LoginSettings,
    MemoryUserTokenStore,
    PendingLogin,
    PendingLoginStore,
    SoundCloudConfig,
    SQLitePendingLoginStore,
    SQLiteUserTokenStore,
    soundcloud_lifespan,
)
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._server import serve_asgi

from .conftest import SECRET_KEY, TransportFactory, make_config

LOGIN = LoginSettings(secret_key=SECRET_KEY)


def sqlite_config(fake: FakeSoundCloud, database: Path) -> SoundCloudConfig:
    return replace(
        make_config(fake, TransportFactory(fake), MemoryUserTokenStore()),
        user_tokens=SQLiteUserTokenStore(database),
        pending_logins=SQLitePendingLoginStore(database),
    )


@asynccontextmanager
async def two_workers(
    first: SoundCloudConfig, second: SoundCloudConfig
) -> AsyncIterator[tuple[str, str]]:
    """Two app instances on two loopback ports, lifespans running: their base URLs."""
    async with AsyncExitStack() as stack:
        urls = []
        for config in (first, second):
            app = create_app(config, login=LOGIN)
            await stack.enter_async_context(app.router.lifespan_context(app))
            urls.append(await stack.enter_async_context(serve_asgi(app)))
        yield urls[0], urls[1]


async def start_on(fake: FakeSoundCloud, browser: httpx.AsyncClient, url: str) -> httpx.URL:
    """Start a login on `url` and approve it at the fake: the callback URL SoundCloud sends."""
    start = await browser.get(f"{url}/auth/login")
    assert start.status_code == 302, start.text
    async with httpx.AsyncClient(transport=fake.transport()) as at_soundcloud:
        approved = await at_soundcloud.get(start.headers["location"])
    return httpx.URL(approved.headers["location"])


def on(url: str, callback: httpx.URL) -> str:
    """The callback as the load balancer hands it to the worker at `url`."""
    return f"{url}{callback.raw_path.decode()}"


async def test_a_login_started_on_one_worker_finishes_on_another(
    fake: FakeSoundCloud, tmp_path: Path
) -> None:
    database = tmp_path / "soundcloud.db"
    config = sqlite_config(fake, database)
    async with (
        two_workers(config, replace(config)) as (first, second),
        httpx.AsyncClient() as browser,
    ):
        callback = await start_on(fake, browser, first)
        done = await browser.get(on(second, callback))
        assert done.status_code == 302, done.text
        replayed = await browser.get(on(first, callback))  # single use across workers
        me_on_first = await browser.get(f"{first}/me")
    assert replayed.status_code == 400
    assert me_on_first.json()["urn"] == fake.login_user.urn  # the token store is shared too
    assert fake.token_requests.count("authorization_code") == 1
    assert stat.S_IMODE(database.stat().st_mode) == 0o600  # it holds PKCE verifiers


async def test_in_memory_pending_logins_fail_on_another_worker(fake: FakeSoundCloud) -> None:
    """What the SQLite store fixes: each worker's memory knows only its own logins."""
    first = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    second = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    async with two_workers(first, second) as (one, other), httpx.AsyncClient() as browser:
        callback = await start_on(fake, browser, one)
        refused = await browser.get(on(other, callback))
    assert refused.status_code == 400
    assert "expired" in refused.text


async def test_expired_and_excess_pending_logins_are_dropped(tmp_path: Path) -> None:
    now = [1_000.0]
    store = SQLitePendingLoginStore(tmp_path / "p.db", max_entries=2, clock=lambda: now[0])
    assert isinstance(store, PendingLoginStore)

    def login(expires_at: float) -> PendingLogin:
        return PendingLogin("state-secret", "verifier-secret", "http://x/cb", expires_at)

    await store.put("a", login(1_100.0))
    await store.put("b", login(1_200.0))
    await store.put("c", login(1_300.0))  # beyond max_entries: the oldest ("a") goes
    assert await store.pop("a") is None
    now[0] = 1_250.0
    assert await store.pop("b") is None  # expired
    found = await store.pop("c")
    assert found == login(1_300.0)
    assert await store.pop("c") is None  # single use
    assert "secret" not in repr(store) + repr(found)


@pytest.mark.parametrize(
    ("stores", "expected"),
    [
        ("memory", ["user_tokens=SQLiteUserTokenStore(path)", "SQLitePendingLoginStore(path)"]),
        ("sqlite", []),
    ],
)
async def test_memory_stores_are_named_once_at_startup(
    fake: FakeSoundCloud,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    stores: str,
    expected: list[str],
) -> None:
    caplog.set_level(logging.INFO, logger="soundcloud_async.fastapi")
    config = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    if stores == "sqlite":
        config = sqlite_config(fake, tmp_path / "soundcloud.db")
    app = create_app(config, login=LOGIN)
    async with app.router.lifespan_context(app):
        pass
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    if not expected:
        assert warnings == []
        return
    (line,) = warnings
    assert "\n" not in line
    assert all(setting in line for setting in expected)


async def test_an_app_only_app_gets_no_store_warning(
    fake: FakeSoundCloud, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="soundcloud_async.fastapi")
    config = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    app = FastAPI(lifespan=soundcloud_lifespan(config))
    async with app.router.lifespan_context(app):
        pass
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]
