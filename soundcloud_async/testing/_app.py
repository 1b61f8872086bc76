"""The ASGI application: every spec operation, the auth-host routes, faults in front."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import (
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
from ._context import Operation, endpoint
from ._errors import error_body, json_response
from ._faults import FaultMiddleware, Faults
from ._oauth_routes import authorize, token
from ._world import World


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


def build_app(world: World, faults: Faults) -> ASGIApp:
    """The complete fake: API routes, `/authorize`, `/oauth/token`, fault middleware."""
    routes = [
        Route("/authorize", _bind(authorize, world), methods=["GET"]),
        Route("/oauth/token", _bind(token, world), methods=["POST"]),
    ]
    routes += [Route(op.path, endpoint(op, world), methods=[op.method]) for op in operations()]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    # The world's sleep is read per request so a test may swap it after building the app.
    return FaultMiddleware(app, faults, lambda: world.sleep)
