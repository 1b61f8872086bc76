"""`TokenKeeper`: the current token of one `SoundCloudAuth` and every decision about it.

It holds the token, its store, hook, clock and credentials, and decides when the token must be
renewed and which grant renews it. No I/O of its own besides the store; `Renewal` drives it.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from typing import TYPE_CHECKING, TypeGuard

import httpx

from soundcloud_async.errors import ConfigurationError, TokenRefreshError

# Deciding that a token is fresh needs none of these: the token endpoint's request builders,
# the store protocols and the shared failure record are imported by the code that renews (a
# store given by the caller is already imported).
if TYPE_CHECKING:
    from soundcloud_async._token import Token
    from soundcloud_async._token_endpoint import ClientAuth
    from soundcloud_async.token_store import FailureSharingTokenStore, TokenStore

__all__ = ["MIN_APP_TOKEN_AGE", "TokenCallback", "TokenKeeper"]

TokenCallback = Callable[["Token"], Awaitable[None] | None]

# An app token rejected this soon after it was issued is not stale: the endpoint refuses app
# tokens (e.g. /me needs a user token). Minting another would burn the client-credentials ration
# (50 per 12 h per app) on every such call (see docs/soundcloud-behaviour.md, "Tokens and OAuth").
MIN_APP_TOKEN_AGE = 60.0


class TokenKeeper:
    """The current token of one `SoundCloudAuth`, its store, hook, clock and credentials."""

    def __init__(
        self,
        *,
        client_id: str | None,
        client_secret: str | None,
        auth_base_url: str,
        token: Token | None,
        store: TokenStore | None,
        on_token: TokenCallback | None,
        clock: Callable[[], float],
        refresh_margin: float,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.auth_base_url = auth_base_url
        self.token = token
        self.store = store
        self.on_token = on_token
        self.clock = clock
        self.refresh_margin = refresh_margin
        self._rejected: str | None = None
        # What the token endpoint accepted last, per grant type, for the life of this object
        # (until it accepts one, the token endpoint's DEFAULT_CLIENT_AUTH applies).
        self.client_auth: dict[str, ClientAuth] = {}
        # The last refresh token SoundCloud refused, and how: resending it can only fail the
        # same way, so every later caller gets that error without a token request.
        self._refused: tuple[str, TokenRefreshError] | None = None

    def can_renew(self, token: Token) -> bool:
        """Return True if `token` can be replaced without the user (refresh or app token)."""
        return bool(token.refresh_token) or (token.app_only and bool(self.client_secret))

    def needs_renewal(self, token: Token | None) -> bool:
        """Return True if `token` is missing, rejected, or (nearly) expired."""
        if token is None or token.access_token == self._rejected:
            return True
        # A token that cannot be renewed is used until it really expires, not margin-early.
        deadline = token.refresh_at(self.refresh_margin) if self.can_renew(token) else None
        deadline = deadline if deadline is not None else token.expires_at
        return deadline is not None and self.clock() >= deadline

    def worth_renewing_after_401(self, token: Token) -> bool:
        """Return True if a 401 with `token` should lead to a new token and a replay."""
        if not self.can_renew(token):
            return False
        if token.refresh_token or token.expires_at is None or token.lifetime is None:
            return True
        issued_at = token.expires_at - token.lifetime
        return self.clock() - issued_at >= MIN_APP_TOKEN_AGE

    def reject(self, token: Token) -> None:
        """Mark `token` as refused by the API so the next request renews it."""
        self._rejected = token.access_token

    def is_newer_and_fresh(self, candidate: Token | None, used: Token | None) -> TypeGuard[Token]:
        """Return True if `candidate` replaces `used` and is fresh (no token request needed)."""
        if candidate is None or candidate.same_grant(used):
            return False
        return not self.needs_renewal(candidate)

    def lock(self) -> AbstractAsyncContextManager[object]:
        """Return the store's cross-client lock, or a no-op one."""
        if self.store is None:
            return nullcontext()
        from soundcloud_async.token_store import LockableTokenStore

        if isinstance(self.store, LockableTokenStore):
            return self.store.lock()
        return nullcontext()

    async def stored(self) -> Token | None:
        """Return the token in the store (None without a store)."""
        return None if self.store is None else await self.store.load()

    async def latest(self) -> Token | None:
        """Return the newest known token: the store's (other processes write there) or ours.

        Ours wins only if it expires later, e.g. a token passed in explicitly while the store
        still holds one from an earlier run: tokens issued later expire later.
        """
        stored, current = await self.stored(), self.token
        if stored is None or current is None:
            return stored or current
        later = (current.expires_at or 0.0) > (stored.expires_at or 0.0)
        return current if later else stored

    def remember_refused(self, base: Token | None, error: TokenRefreshError) -> None:
        """Remember that SoundCloud refused `base`'s refresh token for good."""
        if base is not None and base.refresh_token and error.requires_login:
            self._refused = (base.refresh_token, error)

    def check_not_refused(self, base: Token | None) -> None:
        """Raise the remembered refusal if `base` carries the refresh token it was about."""
        if self._refused is None or base is None:
            return
        refresh_token, error = self._refused
        if base.refresh_token == refresh_token:
            raise error.with_traceback(None)

    async def check_shared_failure(self, base: Token | None, *, waiting_since: float) -> None:
        """Raise the failure another user of the store met renewing `base` while we waited."""
        store = self._failure_sharing()
        if store is None:
            return
        from soundcloud_async._shared_failure import grant_key

        failure = await store.load_failure()
        key = grant_key(base, self.client_id)
        if failure is not None and failure.applies_to(key, waiting_since=waiting_since):
            raise failure.error()

    async def share_failure(self, base: Token | None, error: TokenRefreshError) -> None:
        """Tell the other users of the store how renewing `base` failed (under its lock)."""
        store = self._failure_sharing()
        if store is not None:
            from soundcloud_async._shared_failure import SharedFailure, grant_key

            failure = SharedFailure.of(grant_key(base, self.client_id), error, at=self.clock())
            await store.save_failure(failure)

    def _failure_sharing(self) -> FailureSharingTokenStore | None:
        if self.store is None:
            return None
        from soundcloud_async.token_store import FailureSharingTokenStore

        # Typed as object first: the two protocols are independent, mypy cannot intersect them.
        store: object = self.store
        return store if isinstance(store, FailureSharingTokenStore) else None

    def grant_request(self, base: Token | None, *, switch_auth: bool = False) -> httpx.Request:
        """Build the request that replaces `base`: a refresh, or a new app token.

        Args:
            base: The token to replace (None: none yet).
            switch_auth: Send the client credentials the other way than last time (after
                `invalid_client`); `worked` then makes that the way for this grant.

        Raises:
            ConfigurationError: No client id, or no token and no client secret.
            TokenRefreshError: A user token without a refresh token: the user must log in.
        """
        from soundcloud_async._token_endpoint import client_credentials_request, refresh_request

        if self.client_id is None:
            raise ConfigurationError(
                "the token needs renewing and there is no client id: pass client_id= "
                "(or set SOUNDCLOUD_CLIENT_ID)"
            )
        if base is not None and base.refresh_token:
            return refresh_request(
                base.refresh_token,
                client_id=self.client_id,
                client_secret=self.client_secret,
                auth_base_url=self.auth_base_url,
                client_auth=self._client_auth("refresh_token", switch_auth),
            )
        if (base is None or base.app_only) and self.client_secret:
            return client_credentials_request(
                self.client_id,
                self.client_secret,
                auth_base_url=self.auth_base_url,
                client_auth=self._client_auth("client_credentials", switch_auth),
            )
        if base is None:
            raise ConfigurationError(
                "no token and no client secret: an app-only token needs client_secret= (or "
                "SOUNDCLOUD_CLIENT_SECRET); a user token needs token= or a token store"
            )
        raise TokenRefreshError(
            "the access token expired or was rejected and there is no refresh token; "
            "sign the user in again",
            error_code="no_refresh_token",
        )

    def _client_auth(self, grant_type: str, switch: bool) -> ClientAuth:
        from soundcloud_async._token_endpoint import DEFAULT_CLIENT_AUTH, other_client_auth

        method = self.client_auth.get(grant_type, DEFAULT_CLIENT_AUTH[grant_type])
        return other_client_auth(method) if switch else method

    def worked(self, request: httpx.Request) -> None:
        """Remember how `request` sent the client credentials: the endpoint accepted it."""
        from soundcloud_async._token_endpoint import DEFAULT_CLIENT_AUTH

        grant_type = httpx.QueryParams(request.content.decode()).get("grant_type", "")
        if grant_type in DEFAULT_CLIENT_AUTH and self.client_secret:
            basic = request.headers.get("authorization", "").startswith("Basic ")
            self.client_auth[grant_type] = "basic" if basic else "form"

    async def install(self, token: Token, *, fetched: bool) -> None:
        """Make `token` current; a freshly fetched one is saved first, then announced.

        If saving fails the token is still kept in memory: the previous refresh token is
        already spent, so memory is the last copy; the error still propagates.
        """
        try:
            if fetched and self.store is not None:
                await self.store.save(token)
        finally:
            self.token = token
            self._rejected = None
        if fetched and self.on_token is not None:
            result = self.on_token(token)
            if inspect.isawaitable(result):
                await result
