"""One renewal, step by step, behind `SoundCloudAuth` (sans-I/O: it sends nothing itself).

`Renewal` decides which token request to send (if any), reads each answer and installs the
result through the `TokenKeeper`. The auth object's flight task sends the requests.
"""

from __future__ import annotations

import logging

import httpx

from soundcloud_async._token import Token
from soundcloud_async._token_endpoint import client_auth_refused, parse_token_response
from soundcloud_async._token_keeper import TokenCallback, TokenKeeper
from soundcloud_async.errors import TokenRefreshError

__all__ = ["Renewal", "TokenCallback", "TokenKeeper"]

logger = logging.getLogger("soundcloud_async.auth")


class Renewal:
    """One renewal, run while holding the locks: adopt a newer token or fetch one.

    Call `start()`, send the request it returns (if any), pass each response to `feed()`
    until it returns None; then `token` is the new current token, already saved.
    """

    def __init__(self, keeper: TokenKeeper, used: Token | None, *, waiting_since: float) -> None:
        self._keeper = keeper
        self._used = used
        self._waiting_since = waiting_since
        self._base: Token | None = None
        self._retried = False
        self._switched_auth = False
        self._token: Token | None = None

    @property
    def token(self) -> Token:
        """The token this renewal produced."""
        if self._token is None:
            raise RuntimeError("the token renewal has not finished")
        return self._token

    async def start(self) -> httpx.Request | None:
        """Return the first token request, or None if a newer token already exists."""
        # Double-checked under the lock: whoever held it before may have renewed already,
        # in this process (memory) or another one (store).
        current = self._keeper.token
        if self._keeper.is_newer_and_fresh(current, self._used):
            await self._finish(current, fetched=False)  # renewed by a request of this process
            return None
        latest = await self._keeper.latest()
        if self._keeper.is_newer_and_fresh(latest, self._used):
            await self._finish(latest, fetched=False)
            return None
        self._base = latest
        self._keeper.check_not_refused(latest)
        await self._keeper.check_shared_failure(latest, waiting_since=self._waiting_since)
        logger.info("requesting a new SoundCloud token (app_only=%s)", _is_app(latest))
        return self._keeper.grant_request(latest)

    async def feed(self, response: httpx.Response) -> httpx.Request | None:
        """Consume a token response; return a follow-up request or None when done."""
        app_only = _is_app(self._base)
        try:
            token = parse_token_response(response, now=self._keeper.clock(), app_only=app_only)
        except TokenRefreshError as error:
            failure = error
        else:
            self._keeper.worked(response.request)
            await self._finish(token, fetched=True)
            return None
        try:
            return await self._recover(failure)
        except TokenRefreshError as final:
            self._keeper.remember_refused(self._base, final)
            await self._keeper.share_failure(self._base, final)
            raise

    async def _recover(self, error: TokenRefreshError) -> httpx.Request | None:
        if client_auth_refused(error) and self._may_switch_auth():
            # SoundCloud moved client authentication between Basic and form fields before:
            # try the other one once (see docs/soundcloud-behaviour.md, "Tokens and OAuth").
            logger.info("token endpoint refused the client authentication; trying the other way")
            return self._keeper.grant_request(self._base, switch_auth=True)
        # invalid_grant means the refresh token is spent, perhaps by another process that
        # saved its successor: re-read the store once before giving up.
        if error.error_code != "invalid_grant" or self._retried:
            raise error
        self._retried = True
        stored = await self._keeper.stored()
        if stored is not None and not stored.same_grant(self._base):
            logger.info("token refresh was refused; using the newer token from the store")
            if self._keeper.is_newer_and_fresh(stored, self._base):
                await self._finish(stored, fetched=False)
                return None
            if stored.refresh_token:
                self._base = stored
                return self._keeper.grant_request(stored)
        if _is_app(self._base) and self._keeper.client_secret:
            logger.info("app token refresh was refused; requesting a new app token")
            self._base = None
            return self._keeper.grant_request(None)
        raise error

    def _may_switch_auth(self) -> bool:
        if self._switched_auth or not self._keeper.client_secret:
            return False  # without a secret there is nothing to move between the two
        self._switched_auth = True
        return True

    async def _finish(self, token: Token, *, fetched: bool) -> None:
        await self._keeper.install(token, fetched=fetched)
        self._token = token
        # Adopting is routine (every waiter of a single flight does it): keep it out of INFO.
        level = logging.INFO if fetched else logging.DEBUG
        logger.log(
            level, "SoundCloud token ready (fetched=%s, expires_at=%s)", fetched, token.expires_at
        )


def _is_app(token: Token | None) -> bool:
    return token is None or token.app_only
