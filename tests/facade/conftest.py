"""Shared pieces of the facade tests: a user token, a strict respx router and a client factory.

Requests go through a real `httpx.AsyncHTTPTransport` handed to `SoundCloud(transport=...)`;
respx patches below it (httpcore), so the facade's whole pipeline (auth, retry transport, hooks)
runs and only the network is fake.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from soundcloud_async import RetryPolicy, SoundCloud, Token

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"
API_HOST = "api.soundcloud.com"
CLIENT_ID = "client-id-facade"
CLIENT_SECRET = "CLIENT-SECRET-facade-9f8e"
ACCESS = "ACCESS-facade-1111"
REFRESH = "REFRESH-facade-2222"
TRACK = "soundcloud:tracks:13158665"
USER = "soundcloud:users:3207"
PLAYLIST = "soundcloud:playlists:405726"
# A retry, should one happen by mistake, must not make a test slow.
NO_WAIT = RetryPolicy(max_retries=3, initial_delay=0.0, max_delay=0.0, jitter=0.0)
# Loading the CA bundle costs tens of ms per transport; respx never opens a socket anyway.
TLS = ssl.create_default_context()


def user_token(access: str = ACCESS, refresh: str | None = REFRESH) -> Token:
    """A user token that stays valid far beyond the test run."""
    return Token(access, refresh, expires_at=time.time() + 10**7, lifetime=3600)


def transport() -> httpx.AsyncHTTPTransport:
    """A real transport that respx intercepts (cheap: the TLS context is shared)."""
    return httpx.AsyncHTTPTransport(verify=TLS)


def make_client(**kwargs: Any) -> SoundCloud:
    """A `SoundCloud` acting as a signed-in user, over a respx-patched transport."""
    options: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "token": user_token(),
        "transport": transport(),
        "retry": NO_WAIT,
    }
    return SoundCloud(**{**options, **kwargs})


@pytest.fixture
async def sc() -> AsyncIterator[SoundCloud]:
    async with make_client() as client:
        yield client


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as mock:
        yield mock


def raw_path(request: httpx.Request) -> str:
    """The percent-encoded path exactly as sent."""
    return request.url.raw_path.partition(b"?")[0].decode()


def query(request: httpx.Request) -> list[tuple[str, str]]:
    """Sorted query pairs of a request."""
    return sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True))


def json_body(request: httpx.Request) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def authorization(request: httpx.Request) -> str | None:
    value: str | None = request.headers.get("authorization")
    return value
