"""The fake auth server: apps, authorization codes, access and refresh tokens, sessions.

Pure logic (no HTTP). Facts modelled (docs/soundcloud-behaviour.md): tokens live `lifetime` seconds
(about an hour), refresh tokens are single-use and rotate, authorization codes need PKCE S256
and the same `redirect_uri`, client-credentials tokens are rationed per app (50 per 12 h),
and sign-out ends the session of a token together with its refresh token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from soundcloud_async.testing._ratelimit_bodies import token_rate_limit_body
from soundcloud_async.testing._tokenstats import TokenStats

CODE_LIFETIME = 600.0  # authorization codes are short-lived (RFC 6749 §4.1.2: 10 minutes max)


class AuthError(Exception):
    """A refusal of the token endpoint: status plus an OAuth (or rate-limit) body."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(body.get("error", "rate_limit_exceeded"))
        self.status = status
        self.body = body
        self.headers = headers or {}


def oauth_error(status: int, error: str, description: str) -> AuthError:
    """RFC 6749 §5.2 error; 401 `invalid_client` adds `WWW-Authenticate: Basic` as SoundCloud."""
    headers = {"WWW-Authenticate": 'Basic realm="SoundCloud"'} if status == 401 else {}
    return AuthError(status, {"error": error, "error_description": description}, headers)


@dataclass(slots=True)
class App:
    """A registered application and the redirect URIs registered for it.

    Like SoundCloud, `/authorize` sends the code only to a registered redirect URI (exact
    match); the fake also accepts any loopback URL (`http://127.0.0.1:<port>/...`,
    `http://localhost/...`, `http://[::1]/...`) so local test servers need no registration.
    """

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uris: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Caller:
    """Who an access token speaks for: an app alone, or a user through an app."""

    client_id: str
    user_id: int | None
    session: int


@dataclass(slots=True)
class _Code:
    client_id: str
    user_id: int
    redirect_uri: str
    challenge: str
    expires_at: float
    session: int | None = None


@dataclass(slots=True)
class _Access:
    caller: Caller
    expires_at: float


@dataclass(slots=True)
class _Refresh:
    caller: Caller
    used: bool = False


class AuthServer:
    """Issues and checks tokens against the injected clock."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        rng: random.Random,
        lifetime: float,
        client_credentials_limit: int,
        client_credentials_window: float,
    ) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.cc_limit = client_credentials_limit
        self.cc_window = client_credentials_window
        self.apps: dict[str, App] = {}
        self.stats = TokenStats()
        self._rng = rng
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Access] = {}
        self._refresh: dict[str, _Refresh] = {}
        self._revoked: set[int] = set()
        self._sessions = 0
        self._cc_issued: dict[str, list[float]] = {}

    def _secret(self, prefix: str) -> str:
        return f"{prefix}-{self._rng.getrandbits(160):040x}"

    # ------------------------------------------------------------------ apps and codes
    def register_app(
        self, client_id: str, client_secret: str, redirect_uris: tuple[str, ...] = ()
    ) -> App:
        """Add (or replace) an app."""
        app = App(client_id, client_secret, tuple(redirect_uris))
        self.apps[client_id] = app
        return app

    def redirect_allowed(self, app: App, redirect_uri: str) -> bool:
        """Whether `redirect_uri` is registered for `app` (or a loopback URL)."""
        return redirect_uri in app.redirect_uris or is_loopback_url(redirect_uri)

    def new_code(self, app: App, user_id: int, redirect_uri: str, challenge: str) -> str:
        """An authorization code for `user_id`, bound to the PKCE challenge and redirect URI."""
        code = self._secret("code")
        expires = self.clock() + CODE_LIFETIME
        self._codes[code] = _Code(app.client_id, user_id, redirect_uri, challenge, expires)
        return code

    # ------------------------------------------------------------------ tokens
    def issue(
        self, client_id: str, user_id: int | None, session: int | None = None
    ) -> dict[str, Any]:
        """Mint an access + refresh token pair; the token endpoint's 200 body."""
        if session is None:
            self._sessions += 1
            session = self._sessions
        caller = Caller(client_id, user_id, session)
        access, refresh = self._secret("access"), self._secret("refresh")
        self._access[access] = _Access(caller, self.clock() + self.lifetime)
        self._refresh[refresh] = _Refresh(caller)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": int(self.lifetime),
            "refresh_token": refresh,
            "scope": "",
        }

    def caller_for(self, access_token: str) -> Caller | None:
        """The caller of a live token; None when unknown, expired or signed out."""
        record = self._access.get(access_token)
        if record is None or record.caller.session in self._revoked:
            return None
        return record.caller if self.clock() < record.expires_at else None

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far expired now (refresh tokens stay valid)."""
        now = self.clock()
        for record in self._access.values():
            record.expires_at = min(record.expires_at, now)

    def revoke_session(self, session: int) -> None:
        """Sign-out: every token of the session stops working."""
        self._revoked.add(session)

    # ------------------------------------------------------------------ grants
    def client_credentials(self, app: App) -> dict[str, Any]:
        """The app-only grant, rationed per app over a sliding window."""
        now = self.clock()
        issued = [t for t in self._cc_issued.get(app.client_id, []) if t > now - self.cc_window]
        if len(issued) >= self.cc_limit:
            body = token_rate_limit_body(self.cc_limit, self.cc_window, issued[0] + self.cc_window)
            raise AuthError(429, body)
        self._cc_issued[app.client_id] = [*issued, now]
        return self.issue(app.client_id, None)

    def authorization_code(self, app: App, form: dict[str, str]) -> dict[str, Any]:
        """Exchange a code: single use, same app and redirect URI, PKCE S256 verifier."""
        record = self._codes.get(form.get("code", ""))
        if record is None or record.client_id != app.client_id:
            raise oauth_error(400, "invalid_grant", "unknown authorization code")
        if record.session is not None:
            # RFC 6749 §4.1.2: a replayed code should revoke what it already produced.
            self.revoke_session(record.session)
            raise oauth_error(400, "invalid_grant", "authorization code already used")
        if self.clock() >= record.expires_at:
            raise oauth_error(400, "invalid_grant", "authorization code expired")
        if form.get("redirect_uri") != record.redirect_uri:
            raise oauth_error(400, "invalid_grant", "redirect_uri does not match")
        if not _pkce_matches(form.get("code_verifier", ""), record.challenge):
            raise oauth_error(400, "invalid_grant", "code_verifier does not match")
        body = self.issue(app.client_id, record.user_id)
        record.session = self._sessions
        return body

    def refresh(self, app: App, form: dict[str, str]) -> dict[str, Any]:
        """Rotate a refresh token: the old one is spent, reuse is `invalid_grant`."""
        record = self._refresh.get(form.get("refresh_token", ""))
        if record is None or record.caller.client_id != app.client_id:
            raise oauth_error(400, "invalid_grant", "unknown refresh token")
        if record.used or record.caller.session in self._revoked:
            raise oauth_error(400, "invalid_grant", "refresh token already used or revoked")
        record.used = True
        return self.issue(app.client_id, record.caller.user_id, record.caller.session)


_LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback_url(url: str) -> bool:
    """Whether `url` is a well-formed http(s) URL on this machine (never raises)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        return False  # e.g. "http://[::1" (unclosed IPv6 bracket)
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _pkce_matches(verifier: str, challenge: str) -> bool:
    if not 43 <= len(verifier) <= 128:
        return False
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return hmac.compare_digest(expected, challenge)
