"""`login_router`: log in with SoundCloud (authorization code + PKCE), and log out.

    GET  /login     -> 302 to SoundCloud's authorize page (PKCE S256 + state, kept server-side)
    GET  /callback  <- SoundCloud's redirect: check state, exchange the code, store the token
                       under the SoundCloud user (/me), set the session cookie, 302 onwards
    POST /logout    -> sign out on SoundCloud, forget the token and the cookie, 303 onwards

The pending login is bound to the browser that started it by a signed cookie and consumed
by the first callback, so a forged, swapped or replayed callback completes nothing.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import time

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from soundcloud_async.errors import (
    ConfigurationError,
    OAuthCallbackError,
    SoundCloudError,
    TokenRefreshError,
)
from soundcloud_async.fastapi._config import LoginSettings
from soundcloud_async.fastapi._login_steps import complete_login, sign_out_user
from soundcloud_async.fastapi._pages import (
    PRIVATE_HEADERS,
    cookies_are_secure,
    delete_cookie,
    error_page,
    insecure_transport_hint,
    set_cookie,
)
from soundcloud_async.fastapi._pending import PendingLogin
from soundcloud_async.fastapi._state import SoundCloudState, soundcloud_state
from soundcloud_async.oauth import verify_callback

__all__ = ["CALLBACK_ROUTE", "LOGIN_ROUTE", "LOGOUT_ROUTE", "login_router"]

logger = logging.getLogger("soundcloud_async.fastapi")

LOGIN_ROUTE = "soundcloud_login"
CALLBACK_ROUTE = "soundcloud_login_callback"
LOGOUT_ROUTE = "soundcloud_logout"


def login_router(settings: LoginSettings) -> APIRouter:
    """Return the router with `/login`, `/callback` and `/logout`; include it with a prefix.

    Pass the same `settings` as `SoundCloudConfig(login=...)`, which reads the cookie back.
    The callback URL registered with SoundCloud is `<prefix>/callback` (or
    `settings.redirect_uri`).
    """
    flow = _LoginFlow(settings)
    router = APIRouter(tags=["SoundCloud login"])
    router.add_api_route(
        "/login", flow.login, methods=["GET"], name=LOGIN_ROUTE, response_model=None
    )
    router.add_api_route(
        "/callback", flow.callback, methods=["GET"], name=CALLBACK_ROUTE, response_model=None
    )
    router.add_api_route(
        "/logout", flow.logout, methods=["POST"], name=LOGOUT_ROUTE, response_model=None
    )
    return router


class _LoginFlow:
    """The three endpoints, sharing the settings and the cookie signers."""

    def __init__(self, settings: LoginSettings) -> None:
        self.settings = settings
        self._session = settings.session_signer()
        self._pending = settings.login_signer()

    async def login(self, request: Request) -> Response:
        """Start a login: remember state and verifier, send the browser to SoundCloud."""
        state, settings = soundcloud_state(request), self.settings
        self._check_session_is_readable(state)
        redirect_uri = self._redirect_uri(request)
        hint = insecure_transport_hint(settings, redirect_uri)
        if hint:
            logger.warning("SoundCloud login cannot complete: %s", hint)
        authorization = state.app_client.oauth.start_authorization(
            redirect_uri, scope=settings.scope
        )
        login_id = secrets.token_urlsafe(32)
        pending = PendingLogin(
            state=authorization.state,
            code_verifier=authorization.code_verifier,
            redirect_uri=redirect_uri,
            expires_at=time.time() + settings.login_ttl,
        )
        await state.pending_logins.put(login_id, pending)
        response = RedirectResponse(authorization.url, status_code=302, headers=PRIVATE_HEADERS)
        set_cookie(
            response,
            settings.login_cookie_name,
            self._pending.sign(login_id),
            max_age=settings.login_ttl,
            secure=cookies_are_secure(settings, redirect_uri),
        )
        return response

    async def callback(self, request: Request) -> Response:
        """Finish a login; whatever happens, this browser's pending login is used up."""
        state = soundcloud_state(request)
        login_id = self._pending.unsign(
            request.cookies.get(self.settings.login_cookie_name), max_age=self.settings.login_ttl
        )
        pending = await state.pending_logins.pop(login_id) if login_id else None
        response = await self._finish(request, state, pending)
        delete_cookie(response, self.settings.login_cookie_name, secure=self._secure(request))
        return response

    async def logout(self, request: Request) -> Response:
        """Sign the current user out on SoundCloud and here; always clears the session cookie."""
        state = soundcloud_state(request)
        user_id = await state.identify(request)
        if user_id:
            await sign_out_user(state, user_id)
        response = RedirectResponse(self.settings.after_logout, status_code=303)
        delete_cookie(response, self.settings.cookie_name, secure=self._secure(request))
        return response

    def _redirect_uri(self, request: Request) -> str:
        return self.settings.redirect_uri or str(request.url_for(CALLBACK_ROUTE))

    def _secure(self, request: Request) -> bool:
        return cookies_are_secure(self.settings, self._redirect_uri(request))

    async def _finish(
        self, request: Request, state: SoundCloudState, pending: PendingLogin | None
    ) -> Response:
        if pending is None:
            return self._expired(request)
        # State first, even for an error redirect: only the browser that started this login
        # may end it (RFC 6749 §10.12).
        given = request.query_params.get("state", "")
        if not hmac.compare_digest(given.encode(), pending.state.encode()):
            return self._fail(request, 400, "Login failed", "The login could not be verified.")
        try:
            code = verify_callback(request.query_params, expected_state=pending.state)
            user_id = await complete_login(state, code, pending)
        except OAuthCallbackError as error:
            return self._refused(request, error)
        except TokenRefreshError:
            return self._fail(request, 400, "Login failed", "SoundCloud did not accept the login.")
        except SoundCloudError as error:
            logger.warning("SoundCloud login could not be completed: %s", type(error).__name__)
            return self._fail(request, 502, "SoundCloud unavailable", "Please try again later.")
        return self._logged_in(request, user_id)

    def _logged_in(self, request: Request, user_id: str) -> Response:
        settings = self.settings
        response = RedirectResponse(settings.after_login, status_code=302, headers=PRIVATE_HEADERS)
        set_cookie(
            response,
            settings.cookie_name,
            self._session.sign(user_id),
            max_age=settings.session_max_age,
            secure=self._secure(request),
        )
        return response

    def _expired(self, request: Request) -> Response:
        message = "This login has expired or was already used, or was started in another browser."
        hint = insecure_transport_hint(self.settings, self._redirect_uri(request))
        if hint:
            logger.warning("SoundCloud login cookie did not come back: %s", hint)
            message = f"{message} Likely cause: {hint}."
        return self._fail(request, 400, "Login expired", message)

    def _check_session_is_readable(self, state: SoundCloudState) -> None:
        # A session cookie nobody can read would log users in to nothing, silently.
        if state.config.identify_user is None and state.config.login != self.settings:
            raise ConfigurationError(
                "login_router(settings) needs SoundCloudConfig(login=settings) with the same "
                "settings (or an identify_user) so the session cookie can be read back"
            )

    def _refused(self, request: Request, error: OAuthCallbackError) -> Response:
        if error.error_code == "access_denied":
            return self._fail(
                request, 403, "Access declined", "You declined to connect your SoundCloud account."
            )
        if error.error_code == "missing_code":
            return self._fail(request, 400, "Login failed", "SoundCloud sent no login code.")
        return self._fail(
            request, 400, "Login failed", f"SoundCloud refused the login ({error.error_code})."
        )

    def _fail(self, request: Request, status: int, title: str, message: str) -> Response:
        return error_page(status, title, message, retry_url=request.url_for(LOGIN_ROUTE).path)
