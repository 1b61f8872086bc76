"""What the FastAPI integration is configured with: the SoundCloud side and the login side.

Plain frozen dataclasses, built at import time (no I/O, nothing bound to an event loop):
everything that holds connections or locks is created by the lifespan from them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx
from starlette.requests import Request

from soundcloud_async import DEFAULT_TIMEOUT, Hooks, RetryPolicy
from soundcloud_async._settings import TimeoutLike
from soundcloud_async.budgets import RateBudget
from soundcloud_async.fastapi._pending import MemoryPendingLoginStore, PendingLoginStore
from soundcloud_async.fastapi._signing import Signer
from soundcloud_async.fastapi._user_stores import MemoryUserTokenStore, UserTokenStore
from soundcloud_async.token_store import TokenStore

__all__ = ["LoginSettings", "SoundCloudConfig", "UserIdentifier"]

UserIdentifier = Callable[[Request], Awaitable[str | None]]
"""Returns the id of the user behind a request (None: nobody logged in)."""

SESSION_PURPOSE = "soundcloud_async.fastapi.session"
LOGIN_PURPOSE = "soundcloud_async.fastapi.pending_login"


def _pool_transport() -> httpx.AsyncBaseTransport:
    # One pool for the app client and every per-user client; httpx's default limits
    # (100 connections, 20 keep-alive) suit one process talking to two SoundCloud hosts.
    return httpx.AsyncHTTPTransport(retries=0)


@dataclass(frozen=True, slots=True)
class LoginSettings:
    """Settings of `login_router` and of the signed session cookie it sets.

    Attributes:
        secret_key: Signs the cookies (HMAC-SHA256); at least 32 random characters. Keep it
            stable across restarts and identical across workers, or sessions are lost.
        redirect_uri: The callback URL registered with SoundCloud; None derives it from the
            request (fine locally; behind a proxy set it explicitly).
        after_login: Where the browser lands after a successful login.
        after_logout: Where the browser lands after logout.
        cookie_name: The session cookie (holds the signed user id, nothing secret).
        login_cookie_name: The short-lived cookie binding a pending login to this browser.
        secure_cookies: Mark cookies Secure (sent over HTTPS only). None (the default) follows
            the scheme the browser uses: that of `redirect_uri` when set, else of the request,
            so `http://127.0.0.1` works locally and an https site gets Secure cookies. True
            over plain http breaks every login (the browser never returns the cookie): the
            callback page and the log then say so.
        session_max_age: Seconds a session cookie is valid.
        login_ttl: Seconds a user has to come back from SoundCloud's authorize page.
        scope: OAuth scope to ask for (SoundCloud's default when None).
    """

    secret_key: str = field(repr=False)
    redirect_uri: str | None = None
    after_login: str = "/"
    after_logout: str = "/"
    cookie_name: str = "soundcloud_session"
    login_cookie_name: str = "soundcloud_login"
    secure_cookies: bool | None = None
    session_max_age: int = 30 * 24 * 3600
    login_ttl: int = 600
    scope: str | None = None

    def __post_init__(self) -> None:
        Signer(self.secret_key, purpose=SESSION_PURPOSE)  # validates the key at import time

    def session_signer(self) -> Signer:
        """The signer of the session cookie."""
        return Signer(self.secret_key, purpose=SESSION_PURPOSE)

    def login_signer(self) -> Signer:
        """The signer of the pending-login cookie."""
        return Signer(self.secret_key, purpose=LOGIN_PURPOSE)


@dataclass(frozen=True, slots=True)
class SoundCloudConfig:
    """How the lifespan builds the app's SoundCloud clients and stores.

    Attributes:
        client_id: Your app's client id (default: `SOUNDCLOUD_CLIENT_ID`).
        client_secret: Your app's secret (default: `SOUNDCLOUD_CLIENT_SECRET`).
        base_url: API origin (default: `SOUNDCLOUD_BASE_URL` or the real API).
        auth_base_url: Auth origin (default: `SOUNDCLOUD_AUTH_BASE_URL` or the real one).
        retry: Retry policy of every client (the library default when None).
        timeout: Timeouts of every client: seconds, an `httpx.Timeout` or None (none).
        transport_factory: Builds the one transport (connection pool) every client shares;
            called once per lifespan, closed at shutdown. Tests pass the fake's `transport`.
        app_token_store: Where the app-only token lives; a `FileTokenStore` shares it among
            workers (SoundCloud issues only 50 app tokens per 12 h).
        user_tokens: Per-user tokens (default: in memory, lost on restart).
        pending_logins: Logins between `/login` and `/callback` (default: in memory).
        login: The login settings; with them, the session cookie identifies the user.
        identify_user: Who is the current user; overrides the session cookie (e.g. your own
            auth). Returns a user id of `user_tokens`, or None for nobody. The login router
            stores tokens under the SoundCloud user URN, so return those ids (or save the
            tokens under your own ids yourself).
        hooks: `on_request`, `on_response`, `on_retry`, `on_rate_limit` of every client (the
            app's and each user's), e.g. `Hooks(on_retry=count_retry)`.
        budget: Client-side rate budget shared by the app client and every user client
            (`RedisRateBudget` to share it between workers and hosts).
    """

    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    base_url: str | None = None
    auth_base_url: str | None = None
    retry: RetryPolicy | None = None
    timeout: TimeoutLike = field(default_factory=lambda: DEFAULT_TIMEOUT)
    transport_factory: Callable[[], httpx.AsyncBaseTransport] = _pool_transport
    app_token_store: TokenStore | None = None
    user_tokens: UserTokenStore = field(default_factory=MemoryUserTokenStore)
    pending_logins: PendingLoginStore = field(default_factory=MemoryPendingLoginStore)
    login: LoginSettings | None = None
    identify_user: UserIdentifier | None = None
    hooks: Hooks = field(default_factory=Hooks)
    budget: RateBudget | None = None
