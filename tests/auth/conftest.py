"""Fixtures for the auth tests: a settable clock, token factories and a strict respx router."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
import respx

from soundcloud_async._token import Token

AUTH = "https://secure.soundcloud.com"
API = "https://api.soundcloud.com"
TOKEN_URL = f"{AUTH}/oauth/token"
ME_URL = f"{API}/me"
NOW = 1_700_000_000.0

# Distinctive fake secrets, so a leak test can search every log line and repr for them.
CLIENT_ID = "client-id-public"
CLIENT_SECRET = "CLIENT-SECRET-xyz"
OLD_ACCESS = "ACCESS-old-1111"
OLD_REFRESH = "REFRESH-old-1111"
NEW_ACCESS = "ACCESS-new-2222"
NEW_REFRESH = "REFRESH-new-2222"


class FakeClock:
    """Epoch seconds the test decides; `advance` moves time without sleeping."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        yield mock


def token_body(
    access: str = NEW_ACCESS, refresh: str | None = NEW_REFRESH, expires_in: int = 3599
) -> dict[str, object]:
    """A token response as SoundCloud sends it (docs/soundcloud-behaviour.md, Tokens)."""
    body: dict[str, object] = {
        "access_token": access,
        "token_type": "bearer",
        "expires_in": expires_in,
        "scope": "",
    }
    if refresh is not None:
        body["refresh_token"] = refresh
    return body


def expired_token(
    access: str = OLD_ACCESS, refresh: str | None = OLD_REFRESH, *, app_only: bool = False
) -> Token:
    """A user token that expired a minute before NOW."""
    return Token(access, refresh, expires_at=NOW - 60, lifetime=3599, app_only=app_only)


def fresh_token(
    access: str = OLD_ACCESS, refresh: str | None = OLD_REFRESH, *, app_only: bool = False
) -> Token:
    """A token issued ten minutes before NOW that lives another fifty."""
    return Token(access, refresh, expires_at=NOW + 3000, lifetime=3600, app_only=app_only)


def bearer(request: httpx.Request) -> str:
    """The access token a request carried in `Authorization: OAuth <token>`."""
    header: str = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    assert scheme == "OAuth"
    return value


def form(request: httpx.Request) -> dict[str, str]:
    """The form-encoded body of a request as a dict."""
    return dict(httpx.QueryParams(request.content.decode()))


# One TLS context for every test client: building one per client costs ~0.1 s, and respx
# intercepts below TLS anyway (no test touches the network).
_TLS = ssl.create_default_context()


def http_client(auth: httpx.Auth | None = None, **kwargs: object) -> httpx.AsyncClient:
    """An AsyncClient for respx-mocked tests."""
    return httpx.AsyncClient(auth=auth, verify=_TLS, **kwargs)  # type: ignore[arg-type]
