"""`SoundCloudAuth`: the httpx auth flow that keeps a SoundCloud token valid, once.

Every request gets `Authorization: OAuth <access_token>` (soundcloud-api.md §1.3). Tokens are
renewed before they expire and once after a 401, under one lock, so any number of concurrent
requests cause a single token request; refresh tokens are single-use (§6.2), so the rotated
token is saved to the store before any request uses it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from soundcloud_async import oauth
from soundcloud_async._constants import DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL
from soundcloud_async._renewal import Renewal, TokenCallback, TokenKeeper
from soundcloud_async._replay import can_replay
from soundcloud_async._token import Token
from soundcloud_async.errors import ConfigurationError
from soundcloud_async.token_store import TokenStore

__all__ = ["DEFAULT_REFRESH_MARGIN", "SoundCloudAuth"]

# Access tokens live about an hour (§6.2): renewing 5 minutes early keeps requests that are
# already in flight from racing the expiry. Capped at half the lifetime (see Token.refresh_at).
DEFAULT_REFRESH_MARGIN = 300.0


class SoundCloudAuth(httpx.Auth):
    """Authenticates an `httpx.AsyncClient` against SoundCloud, refreshing safely.

    Args:
        client_id: Your app's client id; may be None only with a `token` or `token_store`, in
            which case the first renewal raises `ConfigurationError`.
        client_secret: Your app's secret; needed for app-only tokens (client credentials).
        token: Start with this token (e.g. from `oauth.exchange_code`); without one, an app
            token is fetched on first use (or loaded from `token_store`).
        token_store: Where tokens are loaded from and saved to; a `LockableTokenStore`
            (e.g. `FileTokenStore`) also makes processes sharing it refresh once between them.
        on_token: Called (sync or async) with every newly fetched token, after it is saved.
        auth_base_url: Auth host, `https://secure.soundcloud.com` by default.
        refresh_margin: Seconds before expiry to renew (capped at half the token lifetime).
        clock: Returns epoch seconds. Wall-clock time, not monotonic: expiries are persisted
            and shared between processes, where only the wall clock means the same thing.

    Raises:
        ConfigurationError: `client_id` is empty and there is no token or store to start from.
    """

    def __init__(
        self,
        client_id: str | None,
        client_secret: str | None = None,
        *,
        token: Token | None = None,
        token_store: TokenStore | None = None,
        on_token: TokenCallback | None = None,
        auth_base_url: str = DEFAULT_AUTH_BASE_URL,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id and token is None and token_store is None:
            raise ConfigurationError("client_id is required (or a token to start from)")
        self._keeper = TokenKeeper(
            client_id=client_id or None,
            client_secret=client_secret or None,
            auth_base_url=auth_base_url,
            token=token,
            store=token_store,
            on_token=on_token,
            clock=clock,
            refresh_margin=refresh_margin,
        )
        # Serialises renewals of this auth object; the store's lock covers other processes.
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"SoundCloudAuth(client_id={self._keeper.client_id!r}, token={self.token!r})"

    @property
    def token(self) -> Token | None:
        """The current token (None until the first request or login)."""
        return self._keeper.token

    async def set_token(self, token: Token) -> None:
        """Adopt `token` (e.g. from `oauth.exchange_code`): saved to the store, then announced.

        Requests already waiting for a renewal finish first; later requests use `token`.
        """
        async with self._lock, self._keeper.lock():
            await self._keeper.install(token, fetched=True)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Refuse synchronous clients: renewal needs asyncio locks and async stores."""
        raise RuntimeError("SoundCloudAuth is async-only: use it with httpx.AsyncClient")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize `request`, renewing the token first if needed and once after a 401."""
        keeper = self._keeper
        used = keeper.token
        renew = keeper.needs_renewal(used)
        for attempt in range(2):
            token = used
            if renew or token is None:
                renewal = Renewal(keeper, used=used)
                # httpx always acloses the flow (try/finally in Client._send_handling_auth), so
                # the locks are released even if the task is cancelled mid-renewal.
                async with self._lock, keeper.lock():
                    outgoing = await renewal.start()
                    while outgoing is not None:
                        reply = yield _as_part_of(outgoing, request)
                        await reply.aread()
                        outgoing = await renewal.feed(reply)
                token = renewal.token
            response = yield _authorized(request, token)
            if response.status_code != 401 or attempt or not self._should_replay(request, token):
                return
            used, renew = token, True

    def _should_replay(self, request: httpx.Request, token: Token) -> bool:
        keeper = self._keeper
        if keeper.is_newer_and_fresh(keeper.token, token):
            return can_replay(request)  # someone already renewed: just replay
        if not keeper.worth_renewing_after_401(token):
            return False
        if not can_replay(request):
            keeper.reject(token)  # a streamed body cannot be resent; renew on the next call
            return False
        return True

    async def sign_out(
        self, http_client: httpx.AsyncClient, *, base_url: str = DEFAULT_BASE_URL
    ) -> None:
        """Sign out on SoundCloud (`POST /sign-out`) and forget the token here and in the store.

        Raises:
            APIStatusError: SoundCloud answered the sign-out with an error other than 401.
        """
        keeper = self._keeper
        async with self._lock:
            token = keeper.token or await keeper.stored()
            keeper.token = None
            await oauth.sign_out(http_client, token, store=keeper.store, base_url=base_url)


def _authorized(request: httpx.Request, token: Token) -> httpx.Request:
    request.headers["Authorization"] = f"OAuth {token.access_token}"
    return request


def _as_part_of(token_request: httpx.Request, request: httpx.Request) -> httpx.Request:
    # Requests yielded from an auth flow skip the client's build_request: carry over the
    # original's timeout (a token request must never hang while holding the lock).
    timeout = request.extensions.get("timeout")
    if timeout is not None:
        token_request.extensions["timeout"] = timeout
    user_agent = request.headers.get("user-agent")
    if user_agent is not None:
        token_request.headers.setdefault("User-Agent", user_agent)
    return token_request
