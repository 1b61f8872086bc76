"""`SoundCloudState`: everything the lifespan opened, kept on `app.state.soundcloud`.

One shared transport (the connection pool), one app-only client, and the stores. Per-user
clients are cheap wrappers around the shared transport; building one per request costs no
connection and no token request.
"""

from __future__ import annotations

import httpx
from starlette.requests import HTTPConnection, Request

from soundcloud_async import Token
from soundcloud_async.client import SoundCloud
from soundcloud_async.errors import ConfigurationError
from soundcloud_async.fastapi._config import SoundCloudConfig, UserIdentifier
from soundcloud_async.fastapi._user_stores import (
    SharedUserTokenStore,
    UserLocks,
    UserScopedTokenStore,
)
from soundcloud_async.token_store import TokenStore

__all__ = ["STATE_ATTRIBUTE", "SoundCloudState", "soundcloud_state"]

STATE_ATTRIBUTE = "soundcloud"


class SoundCloudState:
    """The live objects of one lifespan (one event loop): pool, app client, stores, locks."""

    def __init__(self, config: SoundCloudConfig, transport: httpx.AsyncBaseTransport) -> None:
        self.config = config
        self.transport = transport
        self.user_tokens = config.user_tokens
        self.pending_logins = config.pending_logins
        self.user_locks = UserLocks()
        self.identify_user: UserIdentifier | None = config.identify_user or _session_reader(config)
        self.app_client = self.new_client(token_store=config.app_token_store)

    def __repr__(self) -> str:
        return f"SoundCloudState(app_client={self.app_client!r})"

    def new_client(
        self, *, token: Token | None = None, token_store: TokenStore | None = None
    ) -> SoundCloud:
        """A client on the shared pool (closing it leaves the pool open)."""
        config = self.config
        return SoundCloud(
            config.client_id,
            config.client_secret,
            token=token,
            token_store=token_store,
            base_url=config.base_url,
            auth_base_url=config.auth_base_url,
            retry=config.retry,
            timeout=config.timeout,
            transport=self.transport,
            on_request=config.hooks.on_request,
            on_response=config.hooks.on_response,
            on_retry=config.hooks.on_retry,
            on_rate_limit=config.hooks.on_rate_limit,
            budget=config.budget,
        )

    def user_client(self, user_id: str, token: Token) -> SoundCloud:
        """A client acting as `user_id`, saving rotated tokens back to the user store."""
        return self.new_client(token=token, token_store=self._user_slot(user_id))

    def _user_slot(self, user_id: str) -> TokenStore:
        if isinstance(self.user_tokens, SharedUserTokenStore):
            return self.user_tokens.token_store_for(user_id)  # its lock spans processes
        lock = self.user_locks.lock_for(user_id)
        return UserScopedTokenStore(self.user_tokens, user_id, lock)

    async def identify(self, request: Request) -> str | None:
        """Return the current user's id (None: nobody logged in).

        Raises:
            ConfigurationError: Neither `login` nor `identify_user` was configured.
        """
        if self.identify_user is None:
            raise ConfigurationError(
                "no way to identify the current user: pass SoundCloudConfig(login=...) "
                "or SoundCloudConfig(identify_user=...)"
            )
        return await self.identify_user(request)


def _session_reader(config: SoundCloudConfig) -> UserIdentifier | None:
    login = config.login
    if login is None:
        return None
    signer = login.session_signer()

    async def session_user(request: Request) -> str | None:
        cookie = request.cookies.get(login.cookie_name)
        return signer.unsign(cookie, max_age=login.session_max_age) or None

    return session_user


def soundcloud_state(connection: HTTPConnection) -> SoundCloudState:
    """Return the state the lifespan put on the app.

    Raises:
        RuntimeError: The lifespan is not running (not installed, or already shut down).
    """
    state = getattr(connection.app.state, STATE_ATTRIBUTE, None)
    if not isinstance(state, SoundCloudState):
        raise RuntimeError(
            "soundcloud_async.fastapi: the lifespan is not running; create the app with "
            "FastAPI(lifespan=soundcloud_lifespan(config)) or enter open_soundcloud(app, config)"
        )
    return state
