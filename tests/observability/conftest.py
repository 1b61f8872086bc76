"""Shared pieces: a respx router as the network, a client with hooks, and the secrets to scan for.

The router sits where the network would (`httpx.MockTransport(router.handler)`, as README
shows), below auth and retries, so every attempt and token request goes through the whole
pipeline.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import httpx
import respx

from soundcloud_async import RetryPolicy, SoundCloud, Token

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"
CLIENT_ID = "client-id-obs"
CLIENT_SECRET = "CLIENT-SECRET-obs-5a5a"
ACCESS = "ACCESS-obs-1111"
REFRESH = "REFRESH-obs-2222"
NEW_ACCESS = "ACCESS-obs-3333"
NEW_REFRESH = "REFRESH-obs-4444"
SECRET_TOKEN = "s-SECRETobs77"
SECRETS = (CLIENT_SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, SECRET_TOKEN)
TRACK = "soundcloud:tracks:13158665"
TRACK_BODY = {"kind": "track", "urn": TRACK, "title": "Obs"}
NO_WAIT = RetryPolicy(max_retries=3, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def token(*, expired: bool = False) -> Token:
    """A user token; `expired=True` makes the next call refresh it first."""
    expires_at = time.time() - 10 if expired else time.time() + 10**7
    return Token(ACCESS, REFRESH, expires_at=expires_at, lifetime=3600)


def refreshed() -> httpx.Response:
    """The token endpoint's answer to a refresh."""
    return httpx.Response(
        200,
        json={
            "access_token": NEW_ACCESS,
            "refresh_token": NEW_REFRESH,
            "expires_in": 3600,
            "token_type": "bearer",
        },
    )


def client(router: respx.MockRouter, **kwargs: Any) -> SoundCloud:
    """A signed-in client whose network is `router`."""
    options: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "token": token(),
        "base_url": API,
        "auth_base_url": AUTH,
        "retry": NO_WAIT,
        "transport": httpx.MockTransport(router.handler),
    }
    return SoundCloud(**{**options, **kwargs})


def assert_no_secret(values: object) -> None:
    """Fail if any known secret appears in the text of `values` (events, attributes ...)."""
    text = repr(values)
    for event in values if isinstance(values, list | tuple) else [values]:
        if dataclasses.is_dataclass(event) and not isinstance(event, type):
            text += repr(dataclasses.asdict(event))
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked"
