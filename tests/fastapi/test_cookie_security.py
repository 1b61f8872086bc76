"""Login cookies follow the scheme the browser uses, unless `secure_cookies` is set explicitly.

The browsers here are httpx clients: like real browsers, their cookie jar never sends a Secure
cookie over plain http, so a Secure login cookie on `http://...` breaks the login for real.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI

from examples.fastapi_app import create_app
from soundcloud_async.fastapi import LoginSettings, MemoryUserTokenStore
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._server import serve_asgi

from .conftest import SECRET_KEY, TransportFactory, make_config


@asynccontextmanager
async def running_app(fake: FakeSoundCloud, login: LoginSettings) -> AsyncIterator[FastAPI]:
    app = create_app(make_config(fake, TransportFactory(fake), MemoryUserTokenStore()), login=login)
    async with app.router.lifespan_context(app):
        yield app


async def log_in(fake: FakeSoundCloud, browser: httpx.AsyncClient) -> httpx.Response:
    """/auth/login, SoundCloud's authorize page (the fake approves), then the callback."""
    start = await browser.get("/auth/login")
    assert start.status_code == 302, start.text
    async with httpx.AsyncClient(transport=fake.transport()) as at_soundcloud:
        approved = await at_soundcloud.get(start.headers["location"])
    return await browser.get(approved.headers["location"])


def asgi_browser(app: FastAPI, base_url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)


@pytest.mark.parametrize("origin", ["http://testserver", "https://testserver"])
async def test_default_settings_log_in_over_http_and_https(
    fake: FakeSoundCloud, origin: str
) -> None:
    """`LoginSettings(secret_key=...)` alone works on plain http (the README's test setup)."""
    fake.register_redirect_uri(f"{origin}/auth/callback")
    async with (
        running_app(fake, LoginSettings(secret_key=SECRET_KEY)) as app,
        asgi_browser(app, origin) as browser,
    ):
        start = await browser.get("/auth/login")
        assert ("Secure" in start.headers["set-cookie"]) is origin.startswith("https")
        done = await log_in(fake, browser)
        assert done.status_code == 302, done.text
        assert ("Secure" in done.headers["set-cookie"]) is origin.startswith("https")
        me = await browser.get("/me")
    assert me.json()["urn"] == fake.login_user.urn


async def test_default_settings_log_in_over_a_real_loopback_socket(fake: FakeSoundCloud) -> None:
    """The app served by uvicorn on 127.0.0.1, a browser over TCP: login completes."""
    async with (
        running_app(fake, LoginSettings(secret_key=SECRET_KEY)) as app,
        serve_asgi(app) as url,
        httpx.AsyncClient(base_url=url) as browser,
    ):
        done = await log_in(fake, browser)
        assert done.status_code == 302, done.text
        me = await browser.get("/me")
    assert me.json()["urn"] == fake.login_user.urn


async def test_an_https_redirect_uri_makes_the_cookies_secure(fake: FakeSoundCloud) -> None:
    """Behind a TLS proxy the request is http but the browser's URL (redirect_uri) is https."""
    login = LoginSettings(secret_key=SECRET_KEY, redirect_uri="https://app.example/auth/callback")
    async with running_app(fake, login) as app, asgi_browser(app, "http://testserver") as browser:
        start = await browser.get("/auth/login")
    assert "Secure" in start.headers["set-cookie"]


async def test_explicit_secure_cookies_over_http_are_explained(
    fake: FakeSoundCloud, caplog: pytest.LogCaptureFixture
) -> None:
    """secure_cookies=True on http: the login fails, and both the page and the log say why."""
    caplog.set_level(logging.WARNING, logger="soundcloud_async.fastapi")
    login = LoginSettings(secret_key=SECRET_KEY, secure_cookies=True)
    async with (
        running_app(fake, login) as app,
        serve_asgi(app) as url,
        httpx.AsyncClient(base_url=url) as browser,
    ):
        refused = await log_in(fake, browser)
    assert refused.status_code == 400
    assert "secure_cookies" in refused.text
    assert "plain http" in refused.text
    warnings = [r.getMessage() for r in caplog.records if "plain http" in r.getMessage()]
    assert len(warnings) == 2  # at /login, and when the cookie did not come back
    assert all(
        r.levelno == logging.WARNING for r in caplog.records if "plain http" in r.getMessage()
    )


async def test_explicit_insecure_cookies_stay_insecure_on_https(fake: FakeSoundCloud) -> None:
    login = LoginSettings(secret_key=SECRET_KEY, secure_cookies=False)
    async with running_app(fake, login) as app, asgi_browser(app, "https://testserver") as browser:
        start = await browser.get("/auth/login")
    assert "Secure" not in start.headers["set-cookie"]
