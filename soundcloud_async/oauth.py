"""OAuth 2.1 for SoundCloud: PKCE, the authorize URL, the callback check and the token flows.

The flows here are standalone coroutines for code that runs outside an API request, e.g. a
FastAPI `/callback` route that exchanges a code. `SoundCloudAuth` uses the same request
builders and parser (`_token_endpoint.py`) from inside the httpx auth flow.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Mapping
from functools import partial

import attrs
import httpx

from soundcloud_async._constants import DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL
from soundcloud_async._redact import REDACTED
from soundcloud_async._sign_out import (
    sign_out_everywhere,
    sign_out_request,
    sign_out_session_request,
)
from soundcloud_async._token import Token
from soundcloud_async._token_endpoint import (
    ClientAuth,
    authorization_code_request,
    client_auth_refused,
    client_credentials_request,
    other_client_auth,
    parse_token_response,
    refresh_request,
)
from soundcloud_async._token_sender import send_via
from soundcloud_async.errors import ConfigurationError, OAuthCallbackError, TokenRefreshError
from soundcloud_async.token_store import TokenStore

__all__ = [
    "AuthorizationRequest",
    "OAuthCallbackError",
    "authorization_code_request",
    "client_credentials_request",
    "code_challenge",
    "exchange_code",
    "fetch_app_token",
    "generate_code_verifier",
    "parse_token_response",
    "refresh_request",
    "refresh_token",
    "sign_out",
    "sign_out_request",
    "sign_out_session_request",
    "start_authorization",
    "verify_callback",
]

# RFC 7636 §4.1: 43..128 characters from the unreserved set.
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def generate_code_verifier(length: int = 64) -> str:
    """Return a random PKCE code verifier of `length` characters (43..128, RFC 7636 §4.1)."""
    if not 43 <= length <= 128:
        raise ConfigurationError("PKCE code verifier length must be between 43 and 128")
    # token_urlsafe yields ~1.3 chars per byte from [A-Za-z0-9_-], all unreserved characters.
    return secrets.token_urlsafe(length)[:length]


def code_challenge(code_verifier: str) -> str:
    """Return the S256 challenge: BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2)."""
    if not _VERIFIER.fullmatch(code_verifier):
        raise ConfigurationError("PKCE code verifier must be 43..128 characters of [A-Za-z0-9-._~]")
    digest = hashlib.sha256(code_verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@attrs.frozen(repr=False)
class AuthorizationRequest:
    """Where to send the user, and what to remember until they come back.

    Keep `state` and `code_verifier` server-side (e.g. in the session); both are secrets and
    are hidden from `repr()`.

    Attributes:
        url: The authorize URL to redirect the user to.
        state: Random CSRF value that must come back unchanged (checked by `verify_callback`).
        code_verifier: PKCE verifier to send with the code exchange.
        redirect_uri: The redirect URI, needed again for the exchange.
    """

    url: str
    state: str
    code_verifier: str
    redirect_uri: str

    def __repr__(self) -> str:
        return f"AuthorizationRequest(redirect_uri={self.redirect_uri!r}, state={REDACTED!r})"


def start_authorization(
    client_id: str,
    redirect_uri: str,
    *,
    scope: str | None = None,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    code_verifier: str | None = None,
) -> AuthorizationRequest:
    """Build the authorize URL for a user login with PKCE S256 and a random `state`.

    Args:
        client_id: Your app's client id.
        redirect_uri: Registered redirect URI that receives `?code=...&state=...`.
        scope: Optional scope string.
        auth_base_url: Auth host, `https://secure.soundcloud.com` by default.
        code_verifier: Use this verifier instead of a fresh random one.

    Returns:
        The URL plus the state and verifier to keep until the callback.
    """
    verifier = code_verifier if code_verifier is not None else generate_code_verifier()
    state = secrets.token_urlsafe(32)
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "code_challenge": code_challenge(verifier),
        "code_challenge_method": "S256",
        "state": state,
    }
    if scope:
        params["scope"] = scope
    url = httpx.URL(f"{auth_base_url.rstrip('/')}/authorize", params=params)
    return AuthorizationRequest(str(url), state, verifier, redirect_uri)


def verify_callback(params: Mapping[str, str], *, expected_state: str) -> str:
    """Check the callback's query parameters and return the authorization code.

    Args:
        params: The callback query (e.g. FastAPI's `request.query_params`).
        expected_state: The `state` saved from `start_authorization`.

    Raises:
        OAuthCallbackError: SoundCloud returned an `error`, the state is missing or different
            (a possible CSRF attempt), or there is no code.
    """
    error = params.get("error")
    if error:
        reason = error if re.fullmatch(r"[A-Za-z0-9_.\-]{1,64}", error) else "invalid_error"
        raise OAuthCallbackError(f"authorization failed: {reason}", error_code=reason)
    state = params.get("state") or ""
    if not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise OAuthCallbackError("authorization state does not match", error_code="state_mismatch")
    code = params.get("code")
    if not code:
        raise OAuthCallbackError("authorization callback has no code", error_code="missing_code")
    return code


async def exchange_code(
    http_client: httpx.AsyncClient,
    *,
    client_id: str,
    client_secret: str | None,
    code: str,
    code_verifier: str,
    redirect_uri: str,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    clock: Callable[[], float] = time.time,
) -> Token:
    """Exchange an authorization code (plus its PKCE verifier) for a user token.

    Raises:
        TokenRefreshError: The token endpoint refused (e.g. `invalid_grant` for a used code)
            or answered with something that is not a token.
    """

    def build(client_auth: ClientAuth) -> httpx.Request:
        return authorization_code_request(
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            code_verifier=code_verifier,
            redirect_uri=redirect_uri,
            auth_base_url=auth_base_url,
            client_auth=client_auth,
        )

    return await _send_for_token(
        http_client, build, "form", clock=clock, app_only=False, has_secret=bool(client_secret)
    )


async def fetch_app_token(
    http_client: httpx.AsyncClient,
    *,
    client_id: str,
    client_secret: str,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    clock: Callable[[], float] = time.time,
) -> Token:
    """Fetch an app-only token (client-credentials grant).

    These are rationed (50 per 12 h per app, 30 per hour per IP; see docs/soundcloud-behaviour.md):
    cache the result; `SoundCloudAuth` does so for you.

    Raises:
        TokenRefreshError: The token endpoint refused or answered with garbage.
    """

    def build(client_auth: ClientAuth) -> httpx.Request:
        return client_credentials_request(
            client_id, client_secret, auth_base_url=auth_base_url, client_auth=client_auth
        )

    return await _send_for_token(
        http_client, build, "basic", clock=clock, app_only=True, has_secret=bool(client_secret)
    )


async def refresh_token(
    http_client: httpx.AsyncClient,
    token: Token,
    *,
    client_id: str,
    client_secret: str | None,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    clock: Callable[[], float] = time.time,
) -> Token:
    """Refresh `token`; persist the result at once, the old refresh token is now dead.

    Raises:
        ConfigurationError: `token` has no refresh token.
        TokenRefreshError: The token endpoint refused (e.g. `invalid_grant`) or sent garbage.
    """
    spent = token.refresh_token
    if not spent:
        raise ConfigurationError("this token has no refresh token")

    def build(client_auth: ClientAuth) -> httpx.Request:
        return refresh_request(
            spent,
            client_id=client_id,
            client_secret=client_secret,
            auth_base_url=auth_base_url,
            client_auth=client_auth,
        )

    return await _send_for_token(
        http_client,
        build,
        "form",
        clock=clock,
        app_only=token.app_only,
        has_secret=bool(client_secret),
    )


async def _send_for_token(
    http_client: httpx.AsyncClient,
    build: Callable[[ClientAuth], httpx.Request],
    client_auth: ClientAuth,
    *,
    clock: Callable[[], float],
    app_only: bool,
    has_secret: bool,
) -> Token:
    # When the client authentication is refused, send the credentials the other way once:
    # SoundCloud has moved them between HTTP Basic and form fields (see
    # docs/soundcloud-behaviour.md, "Tokens and OAuth"). Without a secret there is one way.
    response = await send_via(http_client, build(client_auth))
    try:
        return parse_token_response(response, now=clock(), app_only=app_only)
    except TokenRefreshError as error:
        if not client_auth_refused(error) or not has_secret:
            raise
    response = await send_via(http_client, build(other_client_auth(client_auth)))
    return parse_token_response(response, now=clock(), app_only=app_only)


async def sign_out(
    http_client: httpx.AsyncClient,
    token: Token | None,
    *,
    store: TokenStore | None = None,
    base_url: str = DEFAULT_BASE_URL,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
) -> None:
    """End the session on SoundCloud and forget the token locally.

    Sends the API guide's form (`POST {auth_base_url}/sign-out`, JSON `{"access_token": ...}`)
    and, if the auth host answers 404 or 405, the API-host form (`POST {base_url}/sign-out`
    with the token in the `Authorization` header). The local copy is forgotten even if
    SoundCloud fails, so a sign-out always logs out here. A 401 means the session is already
    gone and counts as success.

    Raises:
        APIStatusError: SoundCloud answered with another error status.
    """
    await sign_out_everywhere(
        partial(send_via, http_client),
        token,
        store=store,
        base_url=base_url,
        auth_base_url=auth_base_url,
    )
