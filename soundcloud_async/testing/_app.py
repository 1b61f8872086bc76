"""The ASGI application: every spec operation, the auth-host routes, faults in front."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from soundcloud_async.testing import (
    _routes_feed,
    _routes_me,
    _routes_misc,
    _routes_playlists,
    _routes_search,
    _routes_social,
    _routes_tracks,
    _routes_uploads,
    _routes_users,
)
from soundcloud_async.testing._context import Operation, endpoint
from soundcloud_async.testing._errors import error_body, json_response
from soundcloud_async.testing._faults import FaultMiddleware, Faults
from soundcloud_async.testing._oauth_routes import authorize, sign_out_session, token
from soundcloud_async.testing._table import table_operations
from soundcloud_async.testing._world import World


def operations() -> list[Operation]:
    """Every API operation, in routing order (literal paths before their `{param}` siblings)."""
    return [
        *_routes_me.OPERATIONS,
        *_routes_feed.OPERATIONS,  # /me/followings/tracks ...
        *_routes_me.FOLLOWING_OPERATIONS,  # ... before /me/followings/{user_urn}
        *_routes_social.OPERATIONS,
        *_routes_search.OPERATIONS,
        *_routes_uploads.OPERATIONS,
        *_routes_tracks.OPERATIONS,
        *_routes_playlists.OPERATIONS,
        *_routes_users.OPERATIONS,
        *table_operations(),  # plain reads and relation lists, one row each
        *_routes_misc.OPERATIONS,
    ]


def _bind(
    handler: Callable[[Request, World], Awaitable[Response]], world: World
) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        return await handler(request, world)

    return run


async def _http_error(request: Request, exc: Exception) -> Response:
    # Unknown paths and wrong methods answer in SoundCloud's error envelope, not Starlette's text.
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return json_response(error_body(status, str(getattr(exc, "detail", "")) or ""), status)


def _sign_out(world: World, api_form: Callable[[Request], Awaitable[Response]]) -> Route:
    # One app serves both hosts, so the two documented sign-outs share a path: the guide's
    # form carries the token in a JSON body, the API host's in the Authorization header.
    async def run(request: Request) -> Response:
        if request.headers.get("content-type", "").startswith("application/json"):
            return await sign_out_session(request, world)
        if "api" not in world.sign_out_forms:
            return json_response(error_body(404, "Not Found"), 404)
        return await api_form(request)

    return Route("/sign-out", run, methods=["POST"])


def build_app(world: World, faults: Faults) -> ASGIApp:
    """The complete fake: API routes, `/authorize`, `/oauth/token`, fault middleware."""
    api_routes = [(op, endpoint(op, world)) for op in operations()]
    api_sign_out = next(run for op, run in api_routes if op.path == "/sign-out")
    routes = [
        Route("/authorize", _bind(authorize, world), methods=["GET"]),
        Route("/oauth/token", _bind(token, world), methods=["POST"]),
        _sign_out(world, api_sign_out),
    ]
    routes += [Route(op.path, run, methods=[op.method]) for op, run in api_routes]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    # The world's sleep is read per request so a test may swap it after building the app.
    return FaultMiddleware(app, faults, lambda: world.sleep)
