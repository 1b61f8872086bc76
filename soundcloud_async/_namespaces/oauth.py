"""`sc.oauth`: a user login with PKCE through the client's own settings and transport."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from soundcloud_async import oauth
from soundcloud_async._namespaces import public
from soundcloud_async._settings import ENV_CLIENT_ID, Settings
from soundcloud_async._token import Token
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.errors import ConfigurationError

__all__ = ["OAuthNamespace"]


@public
class OAuthNamespace:
    """Start a login (`authorize`), check its callback and exchange the code (`create_token`).

    The token from `exchange_code` becomes the client's token (saved to its token store), so
    the same `SoundCloud` then acts as that user and refreshes the token itself.
    """

    def __init__(
        self, settings: Settings, http: httpx.AsyncClient, auth: SoundCloudAuth | None
    ) -> None:
        self._settings = settings
        self._http = http
        self._auth = auth

    def start_authorization(
        self, redirect_uri: str, *, scope: str | None = None
    ) -> oauth.AuthorizationRequest:
        """Build the authorize URL (PKCE S256 + random `state`); keep the result until the callback.

        Operation `authorize`: GET /authorize on the auth host (the user's browser goes there).
        """
        return oauth.start_authorization(
            self._client_id(),
            redirect_uri,
            scope=scope,
            auth_base_url=self._settings.auth_base_url,
        )

    @staticmethod
    def verify_callback(params: Mapping[str, str], *, expected_state: str) -> str:
        """Return the `code` of the redirect back, after checking `state` and `error`."""
        return oauth.verify_callback(params, expected_state=expected_state)

    async def exchange_code(self, code: str, *, code_verifier: str, redirect_uri: str) -> Token:
        """Exchange the callback's code for a user token and start using it.

        Operation `create_token`: POST /oauth/token (authorization_code grant).

        Raises:
            TokenRefreshError: SoundCloud refused the code (used, expired, wrong verifier).
        """
        token = await oauth.exchange_code(
            self._http,
            client_id=self._client_id(),
            client_secret=self._settings.client_secret,
            code=code,
            code_verifier=code_verifier,
            redirect_uri=redirect_uri,
            auth_base_url=self._settings.auth_base_url,
        )
        if self._auth is not None:
            await self._auth.set_token(token)
        return token

    def _client_id(self) -> str:
        if not self._settings.client_id:
            raise ConfigurationError(
                f"a user login needs the app's client id: pass client_id= (or set {ENV_CLIENT_ID})"
            )
        return self._settings.client_id
