"""Never executed: `make typecheck` runs mypy --strict over it to lock the public types."""

from __future__ import annotations

import httpx

from soundcloud_async import (
    DEFAULT_TIMEOUT,
    APIStatusError,
    FileTokenStore,
    RateLimitError,
    RetryPolicy,
    RetryTransport,
    SoundCloudAuth,
    Token,
    raise_for_status,
    start_authorization,
)
from soundcloud_async.endpoints import LowLevelClient
from soundcloud_async.models import Track


def build_client(client_id: str, client_secret: str) -> httpx.AsyncClient:
    auth = SoundCloudAuth(client_id=client_id, client_secret=client_secret)
    transport = RetryTransport(httpx.AsyncHTTPTransport(), policy=RetryPolicy(max_retries=2))
    return httpx.AsyncClient(
        base_url="https://api.soundcloud.com",
        auth=auth,
        transport=transport,
        timeout=DEFAULT_TIMEOUT,
    )


def low_level(http: httpx.AsyncClient) -> LowLevelClient:
    return LowLevelClient(http=http, raise_for_status=raise_for_status)


def title_of(track: Track) -> str:
    return track.title if isinstance(track.title, str) else ""


def describe(error: APIStatusError) -> tuple[int, str]:
    if isinstance(error, RateLimitError):
        wait: float | None = error.retry_after
        del wait
    return error.status_code, error.method


def login_url(client_id: str) -> str:
    return start_authorization(client_id, "https://app.example.com/callback").url


def stored(path: str, token: Token) -> tuple[FileTokenStore, str]:
    return FileTokenStore(path), token.to_json()
