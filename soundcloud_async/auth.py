"""`SoundCloudAuth`: the httpx auth flow that keeps a SoundCloud token valid, once.

Every request gets `Authorization: OAuth <access_token>`. Tokens are renewed before they
expire and once after a 401. A renewal runs as a task owned by this object (`_flight.py`), not
inside the request that needed it: any number of concurrent requests share one token request
and its outcome, and a cancelled request cannot lose a token SoundCloud already rotated
(refresh tokens are single-use, see docs/soundcloud-behaviour.md, "Tokens and OAuth").
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Callable, Generator
from functools import cached_property, partial
from typing import TYPE_CHECKING

import httpx

from soundcloud_async._constants import (
    DEFAULT_AUTH_BASE_URL,
    DEFAULT_BASE_URL,
    DEFAULT_RETRY_DEADLINE,
)
from soundcloud_async._replay import can_replay
from soundcloud_async._token_keeper import TokenCallback, TokenKeeper
from soundcloud_async._token_sender import TokenSender, send_via
from soundcloud_async.errors import ConfigurationError, TokenRefreshError

# A client whose token is fresh never renews it: the renewal machinery (flight task, token
# endpoint, store locking, sign-out) is imported by the first renewal or sign-out.
if TYPE_CHECKING:
    from soundcloud_async._flight import Flight
    from soundcloud_async._renewal import Renewal
    from soundcloud_async._token import Token
    from soundcloud_async.token_store import TokenStore

__all__ = ["DEFAULT_REFRESH_MARGIN", "SoundCloudAuth"]

# Access tokens live about an hour: renewing 5 minutes early keeps requests that are already
# in flight from racing the expiry. Capped at half the lifetime (see Token.refresh_at).
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
        transport: Transport for the token requests of a standalone `SoundCloudAuth` (default:
            httpx's own). `SoundCloud(...)` sends them through its own client instead, and
            `use_client` does the same for a client you build.
        renewal_deadline: Seconds one renewal may take in all (store lock, token requests,
            saving) before every request waiting for it fails with `TokenRefreshError`
            (`error_code="timeout"`); None for no bound beyond the httpx timeouts.

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
        transport: httpx.AsyncBaseTransport | None = None,
        renewal_deadline: float | None = DEFAULT_RETRY_DEADLINE,
    ) -> None:
        if not client_id and token is None and token_store is None:
            raise ConfigurationError("client_id is required (or a token to start from)")
        if renewal_deadline is not None and not renewal_deadline > 0:
            raise ValueError(f"renewal_deadline must be > 0 or None, got {renewal_deadline!r}")
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
        self._sender = TokenSender(transport)
        self._deadline = renewal_deadline

    def __repr__(self) -> str:
        return f"SoundCloudAuth(client_id={self._keeper.client_id!r}, token={self.token!r})"

    @cached_property
    def _flight(self) -> Flight:
        from soundcloud_async._flight import Flight

        return Flight()

    @property
    def token(self) -> Token | None:
        """The current token (None until the first request or login)."""
        return self._keeper.token

    def use_client(self, http_client: httpx.AsyncClient) -> None:
        """Send token and sign-out requests through `http_client` (its transport, retries,
        hooks and timeouts); it stays yours to close."""
        self._sender.use_client(http_client)

    async def aclose(self) -> None:
        """Close the connections of the client this object opened for its token requests."""
        await self._sender.aclose()

    async def set_token(self, token: Token) -> None:
        """Adopt `token` (e.g. from `oauth.exchange_code`): saved to the store, then announced.

        A renewal in progress finishes first; later requests use `token`.
        """

        async def adopt() -> None:
            async with self._keeper.lock():
                await self._keeper.install(token, fetched=True)

        await self._flight.run_alone("set_token", adopt)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Refuse synchronous clients: renewal needs asyncio tasks and async stores."""
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
                token = await self._renewed(used, request)
            response = yield _authorized(request, token)
            if response.status_code != 401 or attempt or not self._should_replay(request, token):
                return
            # Give the 401's connection back before waiting for the renewal: httpx closes it
            # only after this flow moves on, and a burst of 401s would hold every slot the
            # token request needs.
            await response.aread()
            used, renew = token, True

    async def _renewed(self, used: Token | None, request: httpx.Request) -> Token:
        """Join the renewal in progress, or start one; every waiter gets its outcome."""
        keeper = self._keeper
        if keeper.is_newer_and_fresh(keeper.token, used):
            return keeper.token  # a renewal that just ended replaced `used` already
        return await self._flight.join_or_start("renew", lambda: self._renew(used, request))

    async def _renew(self, used: Token | None, request: httpx.Request) -> Token:
        # Runs in the flight task: even if `request` is cancelled meanwhile, the exchange
        # completes and the new token is saved before anyone can use the old one again.
        from soundcloud_async._renewal import Renewal

        keeper = self._keeper
        renewal = Renewal(keeper, used=used, waiting_since=keeper.clock())
        try:
            async with asyncio.timeout(self._deadline):
                async with keeper.lock():
                    return await self._exchange(renewal, request)
        except TimeoutError:
            raise TokenRefreshError(
                f"token renewal did not finish within {self._deadline:g} s",
                error_code="timeout",
            ) from None

    async def _exchange(self, renewal: Renewal, request: httpx.Request) -> Token:
        outgoing = await renewal.start()
        while outgoing is not None:
            reply = await self._sender.send(_as_part_of(outgoing, request))
            outgoing = await renewal.feed(reply)
        return renewal.token

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
        self, http_client: httpx.AsyncClient | None = None, *, base_url: str = DEFAULT_BASE_URL
    ) -> None:
        """Sign out on SoundCloud and forget the token here and in the store.

        Sends SoundCloud's documented sign-out (see `oauth.sign_out`), through `http_client`
        if given, else the client set with `use_client`. Runs to completion even if the
        caller is cancelled, after any renewal in progress.

        Raises:
            APIStatusError: SoundCloud answered the sign-out with an error other than 401.
        """
        from soundcloud_async._sign_out import sign_out_everywhere

        keeper = self._keeper
        send = self._sender.send if http_client is None else partial(send_via, http_client)

        async def end_session() -> None:
            token = keeper.token or await keeper.stored()
            keeper.token = None
            await sign_out_everywhere(
                send,
                token,
                store=keeper.store,
                base_url=base_url,
                auth_base_url=keeper.auth_base_url,
            )

        await self._flight.run_alone("sign_out", end_session)


def _authorized(request: httpx.Request, token: Token) -> httpx.Request:
    request.headers["Authorization"] = f"OAuth {token.access_token}"
    return request


def _as_part_of(token_request: httpx.Request, request: httpx.Request) -> httpx.Request:
    # Carry over the triggering request's timeout and User-Agent: a token request must never
    # hang longer than the API call it serves would.
    timeout = request.extensions.get("timeout")
    if timeout is not None:
        token_request.extensions["timeout"] = timeout
    user_agent = request.headers.get("user-agent")
    if user_agent is not None:
        token_request.headers.setdefault("User-Agent", user_agent)
    return token_request
