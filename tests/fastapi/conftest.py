"""The example FastAPI app, its lifespan running, on the fake SoundCloud in process.

ASGITransport runs no lifespan, so the fixture enters `app.router.lifespan_context(app)`
itself. The app's shared transport comes from a factory that records every transport it
builds and what went through it (path, Authorization), so tests can check pool sharing,
token isolation and closing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI

from examples.fastapi_app import create_app
from soundcloud_async import RetryPolicy
from soundcloud_async.fastapi import LoginSettings, MemoryUserTokenStore, SoundCloudConfig
from soundcloud_async.testing import FakeSoundCloud

SECRET_KEY = "test-only-secret-key-0123456789abcdef"
API = "https://api.soundcloud.test"
AUTH = "https://secure.soundcloud.test"
APP_URL = "http://testserver"
# Registered with the fake, which redirects only to registered (or loopback) URIs.
CALLBACK_URL = f"{APP_URL}/auth/callback"
FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.02, jitter=0.0)


class RecordingTransport(httpx.AsyncBaseTransport):
    """The fake's in-process transport, noting each request and whether it was closed."""

    def __init__(self, fake: FakeSoundCloud) -> None:
        self._inner = fake.transport()
        self.seen: list[tuple[str, str | None]] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.closed:
            raise RuntimeError("request through a closed transport")
        self.seen.append((request.url.path, request.headers.get("authorization")))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self._inner.aclose()


class TransportFactory:
    """`SoundCloudConfig.transport_factory` that keeps every transport it made."""

    def __init__(self, fake: FakeSoundCloud) -> None:
        self.fake = fake
        self.created: list[RecordingTransport] = []

    def __call__(self) -> RecordingTransport:
        transport = RecordingTransport(self.fake)
        self.created.append(transport)
        return transport


@dataclass
class Harness:
    """A running app and what tests inspect around it."""

    fake: FakeSoundCloud
    app: FastAPI
    factory: TransportFactory
    user_tokens: MemoryUserTokenStore

    @property
    def transport(self) -> RecordingTransport:
        (only,) = self.factory.created
        return only

    def browser(self) -> httpx.AsyncClient:
        """A browser of the app (keeps cookies; does not follow redirects)."""
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=APP_URL)

    async def visit_soundcloud(self, url: str) -> httpx.Response:
        """What the browser does at SoundCloud's authorize page (the fake approves at once)."""
        async with httpx.AsyncClient(transport=self.fake.transport()) as at_soundcloud:
            return await at_soundcloud.get(url)

    async def callback_url(self, browser: httpx.AsyncClient) -> str:
        """Start a login in `browser`; return the callback URL SoundCloud sends it back to."""
        start = await browser.get("/auth/login")
        assert start.status_code == 302, start.text
        answer = await self.visit_soundcloud(start.headers["location"])
        assert answer.status_code == 302, answer.text
        return answer.headers["location"]

    async def log_in(self, browser: httpx.AsyncClient) -> httpx.Response:
        """A full login in `browser`; returns the callback's response."""
        return await browser.get(await self.callback_url(browser))


def make_config(
    fake: FakeSoundCloud, factory: TransportFactory, store: MemoryUserTokenStore
) -> SoundCloudConfig:
    return SoundCloudConfig(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url=API,
        auth_base_url=AUTH,
        retry=FAST_RETRY,
        transport_factory=factory,
        user_tokens=store,
    )


@pytest.fixture
def fake() -> FakeSoundCloud:
    return FakeSoundCloud(
        seed=11,
        users=12,
        tracks=120,
        playlists=6,
        popular_followers=40,
        redirect_uris=(CALLBACK_URL,),
    )


@pytest.fixture
async def harness(fake: FakeSoundCloud) -> AsyncIterator[Harness]:
    factory, store = TransportFactory(fake), MemoryUserTokenStore()
    login = LoginSettings(secret_key=SECRET_KEY, secure_cookies=False)
    app = create_app(make_config(fake, factory, store), login=login)
    async with app.router.lifespan_context(app):
        yield Harness(fake, app, factory, store)
