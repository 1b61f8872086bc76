"""Ending a session on SoundCloud: the two documented forms of sign-out, tried in order.

SoundCloud's API guide signs out with `POST {auth host}/sign-out` and a JSON body holding the
access token; its published OpenAPI lists `POST /sign-out` on the API host with the token in
the `Authorization` header (see docs/soundcloud-behaviour.md, "Tokens and OAuth"). We send the
guide's form and fall back to the API-host form when the auth host does not know the route.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from soundcloud_async._constants import DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL
from soundcloud_async._token import Token
from soundcloud_async.errors import raise_for_status
from soundcloud_async.token_store import TokenStore

__all__ = ["sign_out_everywhere", "sign_out_request", "sign_out_session_request"]

Send = Callable[[httpx.Request], Awaitable[httpx.Response]]

# The auth host answers these when it has no such route: only then is the other form tried.
_ROUTE_MISSING = frozenset({404, 405})


def sign_out_session_request(
    token: Token, *, auth_base_url: str = DEFAULT_AUTH_BASE_URL
) -> httpx.Request:
    """Build the guide's sign-out: `POST {auth_base_url}/sign-out`, `{"access_token": ...}`."""
    return httpx.Request(
        "POST",
        f"{auth_base_url.rstrip('/')}/sign-out",
        headers={"Accept": "application/json"},
        json={"access_token": token.access_token},
    )


def sign_out_request(token: Token, *, base_url: str = DEFAULT_BASE_URL) -> httpx.Request:
    """Build the API-host sign-out: `POST {base_url}/sign-out` with the token in the header."""
    headers = {"Authorization": f"OAuth {token.access_token}", "Accept": "application/json"}
    return httpx.Request("POST", f"{base_url.rstrip('/')}/sign-out", headers=headers)


async def sign_out_everywhere(
    send: Send,
    token: Token | None,
    *,
    store: TokenStore | None,
    base_url: str,
    auth_base_url: str,
) -> None:
    """End `token`'s session on SoundCloud, then forget it in `store` whatever happened.

    A 401 means the session is already gone and counts as success.

    Raises:
        APIStatusError: SoundCloud answered with another error status.
    """
    try:
        if token is not None:
            response = await send(sign_out_session_request(token, auth_base_url=auth_base_url))
            if response.status_code in _ROUTE_MISSING:
                response = await send(sign_out_request(token, base_url=base_url))
            if response.status_code != 401:
                raise_for_status(response)
    finally:
        if store is not None:
            await store.clear()
