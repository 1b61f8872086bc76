"""Sans-I/O token endpoint: pure request builders and one response parser.

Nothing here sends anything. `SoundCloudAuth` yields these requests from its httpx auth flow
(so they use the caller's transport) and the standalone functions in `oauth.py` send them with
a client; both parse with `parse_token_response`, so the wire format lives in one place.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Literal

import httpx

from soundcloud_async._constants import DEFAULT_AUTH_BASE_URL
from soundcloud_async._error_body import ErrorBody
from soundcloud_async._json import parse_json
from soundcloud_async._ratelimit import announced_wait
from soundcloud_async._settings import ENV_CLIENT_ID, ENV_CLIENT_SECRET
from soundcloud_async._token import Token
from soundcloud_async.errors import TokenRefreshError

__all__ = [
    "DEFAULT_CLIENT_AUTH",
    "ClientAuth",
    "authorization_code_request",
    "client_auth_refused",
    "client_credentials_request",
    "parse_token_response",
    "refresh_request",
    "token_url",
]

# OAuth error codes are short ASCII words (RFC 6749 §5.2); anything else in an error field is
# prose that we do not copy into exception messages.
_ERROR_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_JSON_HEADERS = {"Accept": "application/json"}

# How the app proves who it is to the token endpoint: HTTP Basic (`client_id:client_secret`) or
# `client_id`/`client_secret` form fields. SoundCloud has changed which one each grant accepts
# (see docs/soundcloud-behaviour.md, "Tokens and OAuth"), so callers retry once with the other
# on `invalid_client`; these are the first choices.
ClientAuth = Literal["basic", "form"]
DEFAULT_CLIENT_AUTH: Mapping[str, ClientAuth] = {
    "client_credentials": "basic",
    "refresh_token": "form",
    "authorization_code": "form",
}


def other_client_auth(method: ClientAuth) -> ClientAuth:
    """Return the method to try after `client_auth_refused`."""
    return "form" if method == "basic" else "basic"


def client_auth_refused(error: TokenRefreshError) -> bool:
    """Whether the token endpoint may have refused the way the client credentials were sent.

    `invalid_client` says so; during SoundCloud's 2026 changes a refused Basic header also came
    back as 403, or as 400 `invalid_request` (see docs/soundcloud-behaviour.md, "Tokens and
    OAuth"). One retry the other way costs a request; not retrying costs the session.
    """
    if error.error_code == "invalid_client" or error.status_code == 403:
        return True
    return error.status_code == 400 and error.error_code == "invalid_request"


def token_url(auth_base_url: str = DEFAULT_AUTH_BASE_URL) -> str:
    """Return the token endpoint, `{auth_base_url}/oauth/token`.

    See docs/soundcloud-behaviour.md, Hosts and the Authorization header.
    """
    return f"{auth_base_url.rstrip('/')}/oauth/token"


def client_credentials_request(
    client_id: str,
    client_secret: str,
    *,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    client_auth: ClientAuth = DEFAULT_CLIENT_AUTH["client_credentials"],
) -> httpx.Request:
    """Build the app-only token request (client id and secret via HTTP Basic by default)."""
    form = {"grant_type": "client_credentials"}
    return _token_request(form, client_id, client_secret, client_auth, auth_base_url)


def authorization_code_request(
    *,
    client_id: str,
    client_secret: str | None,
    code: str,
    code_verifier: str,
    redirect_uri: str,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    client_auth: ClientAuth = DEFAULT_CLIENT_AUTH["authorization_code"],
) -> httpx.Request:
    """Build the code exchange (PKCE `code_verifier`; client credentials in the body by default)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "code_verifier": code_verifier,
        "redirect_uri": redirect_uri,
    }
    return _token_request(form, client_id, client_secret, client_auth, auth_base_url)


def refresh_request(
    refresh_token: str,
    *,
    client_id: str,
    client_secret: str | None,
    auth_base_url: str = DEFAULT_AUTH_BASE_URL,
    client_auth: ClientAuth = DEFAULT_CLIENT_AUTH["refresh_token"],
) -> httpx.Request:
    """Build a refresh-token grant (form-encoded; id and secret in the body by default)."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    return _token_request(form, client_id, client_secret, client_auth, auth_base_url)


def _token_request(
    form: dict[str, str],
    client_id: str,
    client_secret: str | None,
    client_auth: ClientAuth,
    auth_base_url: str,
) -> httpx.Request:
    headers = dict(_JSON_HEADERS)
    if client_secret and client_auth == "basic":
        pair = f"{client_id}:{client_secret}".encode()
        headers["Authorization"] = f"Basic {base64.b64encode(pair).decode()}"
    else:
        # A public PKCE client (no secret) authenticates with its id alone (RFC 7636 §1).
        form = {**form, "client_id": client_id}
        if client_secret:
            form["client_secret"] = client_secret
    return httpx.Request("POST", token_url(auth_base_url), headers=headers, data=form)


def parse_token_response(response: httpx.Response, *, now: float, app_only: bool) -> Token:
    """Turn a read token-endpoint response into a `Token`.

    Args:
        response: The response, body already read.
        now: Current epoch seconds, to make `expires_in` absolute.
        app_only: Whether the token comes from the client-credentials grant (or refreshes one).

    Raises:
        TokenRefreshError: Non-2xx status (with SoundCloud's error code and, on 429, the
            announced wait), or a body that is not a JSON object with a usable `access_token`.
    """
    body = parse_json(response.content)
    if not response.is_success:
        raise _endpoint_error(response, body, now=now)
    if not isinstance(body, Mapping):
        raise _invalid(response, "a body that is not a JSON object")
    access_token = body.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        raise _invalid(response, "no access_token")
    expires_in = _expires_in(response, body.get("expires_in"))
    return Token(
        access_token=access_token,
        refresh_token=_optional_text(response, body, "refresh_token"),
        expires_at=None if expires_in is None else now + expires_in,
        lifetime=expires_in,
        scope=_optional_text(response, body, "scope") or "",
        app_only=app_only,
    )


def _expires_in(response: httpx.Response, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, str) and value.isdigit():
        value = int(value)  # some OAuth servers send a numeric string
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
        raise _invalid(response, "an invalid expires_in")
    return float(value)


def _optional_text(response: httpx.Response, body: Mapping[str, object], key: str) -> str | None:
    value = body.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _invalid(response, f"an invalid {key}")
    return value


def _invalid(response: httpx.Response, what: str) -> TokenRefreshError:
    content_type = response.headers.get("content-type", "no content type")
    return TokenRefreshError(
        f"token endpoint returned {what} (HTTP {response.status_code}, {content_type})",
        error_code="invalid_response",
        status_code=response.status_code,
    )


def _endpoint_error(response: httpx.Response, body: object, *, now: float) -> TokenRefreshError:
    code = error_code(body)
    retry_after = None
    if response.status_code in (429, 503):  # the statuses that announce a wait (RFC 9110)
        moment = datetime.fromtimestamp(now, UTC)
        retry_after = announced_wait(response.headers, body, now=moment)
    detail = f": {code}" if code else ""
    if code == "invalid_client":
        # The app's own credentials, not a token: nothing was being refreshed, and the fix is
        # in the configuration.
        detail += (
            f" (the client id or secret is wrong: check {ENV_CLIENT_ID}/{ENV_CLIENT_SECRET}"
            " or the client_id=/client_secret= arguments)"
        )
    return TokenRefreshError(
        f"token endpoint refused the request (HTTP {response.status_code}){detail}",
        error_code=code,
        status_code=response.status_code,
        retry_after=retry_after,
    )


def error_code(body: object) -> str | None:
    """Return the OAuth error code from any SoundCloud error body shape, or None.

    `ErrorBody` already reads every shape; a code can sit in its `error_code` (RFC 6749 `error`
    or SoundCloud's `error_code`), in `message` (the 2021+ envelope puts e.g. `invalid_grant`
    there, see docs/soundcloud-behaviour.md, Tokens) or in `errors[0]`. Only code-like strings
    are kept, so prose (which may echo request values) never becomes a code.
    """
    parsed = ErrorBody.parse(body)
    if parsed is None:
        return None
    candidates = (parsed.error_code, parsed.message, *parsed.details[:1])
    return next((c for c in candidates if c is not None and _ERROR_CODE.fullmatch(c)), None)
