"""One API request as the handlers see it, and the wrapper that authenticates it.

Every API operation needs `Authorization: OAuth <token>` (docs/soundcloud-behaviour.md, Hosts;
`Bearer` is accepted too). Operations on the signed-in user refuse app-only (client-credentials)
tokens with 401, the status our spec documents for "an app token on a user-only operation".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from soundcloud_async.testing._auth import Caller
from soundcloud_async.testing._errors import ApiError, error_response, not_found
from soundcloud_async.testing._ids import Kind, parse_ref
from soundcloud_async.testing._render import Renderer
from soundcloud_async.testing._world import World

_ACCESS_LEVELS = ("playable", "preview", "blocked")
_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})


@dataclass
class Ctx:
    """The request, the world and the authenticated caller."""

    request: Request
    world: World
    caller: Caller
    _renderer: Renderer | None = field(default=None, repr=False)

    @property
    def base(self) -> str:
        """The origin the request came to, e.g. `https://api.soundcloud.com`."""
        url = self.request.url
        return f"{url.scheme}://{url.netloc}"

    @property
    def viewer(self) -> int | None:
        """The signed-in user, None for an app-only token."""
        return self.caller.user_id

    @property
    def render(self) -> Renderer:
        """The renderer for this request's origin and viewer."""
        if self._renderer is None:
            self._renderer = Renderer(self.world.state, self.base, self.viewer)
        return self._renderer

    def me(self) -> int:
        """The signed-in user's id; 401 for an app-only token."""
        if self.caller.user_id is None:
            raise ApiError(401, "this operation needs a user token (authorization code flow)")
        return self.caller.user_id

    def query(self, name: str) -> str | None:
        """A query parameter, None when absent or empty."""
        return self.request.query_params.get(name) or None

    def flag(self, name: str, default: bool) -> bool:
        """A boolean query parameter (`true`/`false`, `1`/`0`)."""
        value = (self.query(name) or "").lower()
        return True if value in _TRUE else False if value in _FALSE else default

    def ref(self, kind: Kind, param: str) -> int:
        """A path parameter naming a `kind` resource (URN or number); 404 when unreadable."""
        resource_id = parse_ref(kind, self.request.path_params[param])
        if resource_id is None:
            raise not_found(kind.rstrip("s"))
        return resource_id

    def access(self, default: str = "playable,preview") -> frozenset[str]:
        """The `access` filter (comma-separated levels); unknown levels are ignored."""
        raw = self.query("access") or default
        levels = {part.strip() for part in raw.split(",")} & set(_ACCESS_LEVELS)
        return frozenset(levels or default.split(","))


Handler = Callable[[Ctx], Awaitable[Response]]


@dataclass(frozen=True, slots=True)
class Operation:
    """One spec operation served by the fake."""

    method: str
    path: str
    handler: Handler
    user_only: bool = False


def authenticate(request: Request, world: World) -> Caller:
    """The caller of the request's token; 401 in SoundCloud's shape otherwise."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() not in ("oauth", "bearer") or not token.strip():
        raise ApiError(401, "missing access token (send Authorization: OAuth <token>)")
    caller = world.auth.caller_for(token.strip())
    if caller is None:
        raise ApiError(401, "invalid, expired or revoked access token")
    return caller


def endpoint(operation: Operation, world: World) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint for `operation`: authenticate, run, render errors."""

    async def run(request: Request) -> Response:
        try:
            ctx = Ctx(request, world, authenticate(request, world))
            if operation.user_only:
                ctx.me()
            return await operation.handler(ctx)
        except ApiError as error:
            return error_response(error)

    run.__name__ = operation.handler.__name__
    return run
