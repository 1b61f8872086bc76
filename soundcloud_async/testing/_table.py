"""The fake's plain GET routes as data: read one resource, or list one relation of it.

Most read operations have one of two shapes. `ReadOne` answers with the resource its path's
`{<kind>_urn}` names (404 when the caller may not see it). `ListOf` answers with the items at
the other end of one relation of that resource (a `Relation` attribute of the state), most
recent edge first, paged like every list. A new operation of either shape is served by adding
one row to `ROWS`; anything else (a filter, a derived list, a side effect) gets a handwritten
handler in a `_routes_*.py` module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Handler, Operation
from soundcloud_async.testing._errors import json_response
from soundcloud_async.testing._ids import Kind
from soundcloud_async.testing._lists import (
    by_edge,
    existing_user,
    playlists_response,
    tracks_response,
    user_lookup,
    users_response,
    visible_playlist,
    visible_track,
    with_access,
)
from soundcloud_async.testing._paging import Key
from soundcloud_async.testing._relation import Relation
from soundcloud_async.testing._routes_playlists import visible as path_playlist
from soundcloud_async.testing._routes_tracks import visible as path_track

Direction = Literal["targets", "sources"]
Entries = list[tuple[Key, Any]]


@dataclass(frozen=True, slots=True)
class _KindRules:
    """How the fake finds, looks up, renders and lists one kind of resource."""

    in_path: Callable[[Ctx], Any]  # the resource named by the path; 404 when not visible
    lookup: Callable[[Ctx], Callable[[int], Any]]  # id -> record the caller may see, or None
    render: Callable[[Ctx, Any], dict[str, Any]]
    respond: Callable[[Ctx, Entries], Response]


_KINDS: dict[Kind, _KindRules] = {
    "tracks": _KindRules(
        path_track, visible_track, lambda ctx, t: ctx.render.track(t), tracks_response
    ),
    "users": _KindRules(
        existing_user, user_lookup, lambda ctx, u: ctx.render.user(u), users_response
    ),
    "playlists": _KindRules(
        path_playlist,
        visible_playlist,
        # A single playlist honours `show_tracks` like a playlist list does.
        lambda ctx, p: ctx.render.playlist(p, show_tracks=ctx.flag("show_tracks", True)),
        playlists_response,
    ),
}


@dataclass(frozen=True, slots=True)
class ReadOne:
    """`GET <path>` answers the `kind` resource named by the path's `{<kind>_urn}`."""

    method: Literal["GET"]
    path: str
    kind: Kind

    def __post_init__(self) -> None:
        _check_path(self.path, self.kind)

    def operation(self) -> Operation:
        """The fake's route for this row."""
        rules = _KINDS[self.kind]

        async def handler(ctx: Ctx) -> Response:
            return json_response(rules.render(ctx, rules.in_path(ctx)))

        return Operation(self.method, self.path, _named(handler, self.method, self.path))


@dataclass(frozen=True, slots=True)
class ListOf:
    """`GET <path>` lists the `item` resources related to the path's `kind` resource.

    `relation` names a `Relation` of the state (`follows`, `track_likes`...); `direction` is
    `targets` when the path resource is the edge's source (a user's followings, likes) and
    `sources` when it is the target (a user's followers, a track's favoriters). `access`
    applies the `access=` filter to track lists, as SoundCloud does on all but legacy lists.
    """

    method: Literal["GET"]
    path: str
    kind: Kind
    relation: str
    direction: Direction
    item: Kind
    access: bool = False

    def __post_init__(self) -> None:
        _check_path(self.path, self.kind)
        if self.item not in _KINDS or self.direction not in ("targets", "sources"):
            raise ValueError(f"{self.path}: unknown item kind {self.item!r} or direction")

    def operation(self) -> Operation:
        """The fake's route for this row."""
        owner, items = _KINDS[self.kind], _KINDS[self.item]

        async def handler(ctx: Ctx) -> Response:
            relation: Relation = getattr(ctx.world.state, self.relation)
            edges = relation.targets if self.direction == "targets" else relation.sources
            entries = by_edge(edges(owner.in_path(ctx).id), items.lookup(ctx))
            if self.access:
                entries = with_access(entries, ctx.access())
            return items.respond(ctx, entries)

        return Operation(self.method, self.path, _named(handler, self.method, self.path))


def _check_path(path: str, kind: Kind) -> None:
    # The kind's lookup reads one fixed path parameter (`tracks` -> `{track_urn}`): a row whose
    # path names it differently would 500 on every request, so it fails when the table loads.
    param = "{" + kind.removesuffix("s") + "_urn}"
    if kind not in _KINDS or param not in path:
        raise ValueError(f"{path}: a {kind!r} row needs a {param} path parameter")


def _named(handler: Handler, method: str, path: str) -> Handler:
    # The Starlette endpoint takes its handler's name; make it say which row it came from.
    handler.__name__ = f"{method} {path}"
    return handler


ROWS: tuple[ReadOne | ListOf, ...] = (
    ReadOne("GET", "/tracks/{track_urn}", kind="tracks"),
    ListOf("GET", "/tracks/{track_urn}/favoriters", kind="tracks", relation="track_likes",
           direction="sources", item="users"),
    ListOf("GET", "/tracks/{track_urn}/reposters", kind="tracks", relation="track_reposts",
           direction="sources", item="users"),
    ReadOne("GET", "/playlists/{playlist_urn}", kind="playlists"),
    ListOf("GET", "/playlists/{playlist_urn}/reposters", kind="playlists",
           relation="playlist_reposts", direction="sources", item="users"),
    ReadOne("GET", "/users/{user_urn}", kind="users"),
    # The legacy name of the liked tracks; SoundCloud never applied `access` here.
    ListOf("GET", "/users/{user_urn}/favorites", kind="users", relation="track_likes",
           direction="targets", item="tracks"),
    ListOf("GET", "/users/{user_urn}/followers", kind="users", relation="follows",
           direction="sources", item="users"),
    ListOf("GET", "/users/{user_urn}/followings", kind="users", relation="follows",
           direction="targets", item="users"),
    ListOf("GET", "/users/{user_urn}/likes/tracks", kind="users", relation="track_likes",
           direction="targets", item="tracks", access=True),
    ListOf("GET", "/users/{user_urn}/likes/playlists", kind="users", relation="playlist_likes",
           direction="targets", item="playlists"),
    ListOf("GET", "/users/{user_urn}/reposts/tracks", kind="users", relation="track_reposts",
           direction="targets", item="tracks", access=True),
    ListOf("GET", "/users/{user_urn}/reposts/playlists", kind="users",
           relation="playlist_reposts", direction="targets", item="playlists"),
)  # fmt: skip


def table_operations() -> list[Operation]:
    """The routes of `ROWS`, read when called: a fake built after a row is added serves it."""
    return [row.operation() for row in ROWS]
