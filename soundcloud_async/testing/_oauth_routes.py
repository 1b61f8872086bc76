"""The auth-host routes: `GET /authorize` (auto-approving) and `POST /oauth/token`.

The client may send its credentials in HTTP Basic or in the form body; by default both are
accepted for every grant, and `FakeSoundCloud.accept_client_auth` narrows that per grant to
replay SoundCloud's changes (a refused way answers 401 `invalid_client`). `/authorize` only
redirects to the app's registered redirect URIs or a loopback URL. Errors follow RFC 6749 §5.2
(`{"error", "error_description"}`), which the spec's `Error` schema covers.
"""

from __future__ import annotations

import base64
import binascii
import hmac

from starlette.datastructures import URL
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from soundcloud_async.testing._auth import App, AuthError, oauth_error
from soundcloud_async.testing._errors import error_body, json_response, status_response
from soundcloud_async.testing._tokenstats import TokenRequest
from soundcloud_async.testing._world import World

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}  # RFC 6749 §5.1


def _redirect(target: str, **params: str) -> Response:
    location = str(URL(target).include_query_params(**params))
    return Response(status_code=302, headers={"Location": location})


async def authorize(request: Request, world: World) -> Response:
    query = request.query_params
    app = world.auth.apps.get(query.get("client_id", ""))
    if app is None:
        error = oauth_error(401, "invalid_client", "unknown client_id")
        return json_response(error.body, 401)
    redirect_uri = query.get("redirect_uri", "")
    if not redirect_uri or not world.auth.redirect_allowed(app, redirect_uri):
        # RFC 6749 §4.1.2.1: never redirect to an unregistered URI; answer here instead.
        body = {"error": "invalid_request", "error_description": "redirect_uri not registered"}
        return json_response(body, 400)
    state = {"state": query["state"]} if "state" in query else {}
    if query.get("response_type") != "code":
        return _redirect(redirect_uri, error="unsupported_response_type", **state)
    challenge = query.get("code_challenge", "")
    if query.get("code_challenge_method") != "S256" or not 43 <= len(challenge) <= 128:
        return _redirect(redirect_uri, error="invalid_request", **state)
    if world.deny_login:
        return _redirect(redirect_uri, error="access_denied", **state)
    code = world.auth.new_code(app, world.login_user, redirect_uri, challenge)
    return _redirect(redirect_uri, code=code, **state)


async def token(request: Request, world: World) -> Response:
    try:
        async with request.form() as form_data:
            form = {key: str(value) for key, value in form_data.items()}
    except ClientDisconnect:
        # The client gave up (e.g. its read timeout fired during a slow fault): no one to answer.
        return Response(status_code=499)
    grant_type = form.get("grant_type", "")
    client_id: str | None = form.get("client_id")
    try:
        app = _client(request, form, world, grant_type)
        client_id = app.client_id
        body = _grant(world, app, grant_type, form)
    except AuthError as error:
        world.auth.stats.record(TokenRequest(grant_type, client_id, error.status))
        return json_response(error.body, error.status, {**error.headers, **_NO_STORE})
    world.auth.stats.record(TokenRequest(grant_type, client_id, 200))
    return json_response(body, 200, _NO_STORE)


def _grant(world: World, app: App, grant_type: str, form: dict[str, str]) -> dict[str, object]:
    if grant_type == "client_credentials":
        return world.auth.client_credentials(app)
    if grant_type == "authorization_code":
        return world.auth.authorization_code(app, form)
    if grant_type == "refresh_token":
        return world.auth.refresh(app, form)
    if not grant_type:
        raise oauth_error(400, "invalid_request", "grant_type is required")
    raise oauth_error(400, "unsupported_grant_type", "unsupported grant_type")


def _client(request: Request, form: dict[str, str], world: World, grant_type: str) -> App:
    """The app that authenticated, from HTTP Basic or the form; 401 invalid_client otherwise."""
    client_id, secret = form.get("client_id"), form.get("client_secret")
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    basic = scheme.lower() == "basic"
    if basic:
        try:
            client_id, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise oauth_error(401, "invalid_client", "malformed Basic credentials") from exc
    if not world.accepts_client_auth(grant_type, "basic" if basic else "form"):
        raise oauth_error(401, "invalid_client", "client authentication method not allowed")
    app = world.auth.apps.get(client_id or "")
    if app is None or secret is None or not _same(secret, app.client_secret):
        raise oauth_error(401, "invalid_client", "unknown client or wrong secret")
    return app


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


async def sign_out_session(request: Request, world: World) -> Response:
    """The API guide's sign-out: `POST /sign-out` with JSON `{"access_token": ...}`.

    Ends the token's session (its access and refresh tokens stop working). An unknown, expired
    or already signed-out token answers 401 in the OAuth error shape.
    """
    if "session" not in world.sign_out_forms:
        return json_response(error_body(404, "Not Found"), 404)
    try:
        body = await request.json()
    except ValueError:
        body = None
    access = body.get("access_token") if isinstance(body, dict) else None
    caller = world.auth.caller_for(access) if isinstance(access, str) else None
    if caller is None:
        return json_response(oauth_error(401, "invalid_token", "unknown access token").body, 401)
    world.auth.revoke_session(caller.session)
    return status_response(200)
