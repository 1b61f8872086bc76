"""List building blocks shared by the route modules: ordering keys and typed list responses.

Orders follow the spec's descriptions: relation lists (likes, reposts, followers) most recent
first by edge; uploads by upload date (`sort=desc` default); search results by id. Keys are
what the cursor remembers, so they are unique and never change for an item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx
from soundcloud_async.testing._errors import not_found
from soundcloud_async.testing._paging import Key, list_response
from soundcloud_async.testing._records import PlaylistRecord, TrackRecord, UserRecord
from soundcloud_async.testing._relation import Edge

T = TypeVar("T")


def by_edge(edges: dict[int, Edge], lookup: Callable[[int], T | None]) -> list[tuple[Key, T]]:
    """Related items, most recent edge first; items `lookup` cannot see are left out."""
    entries: list[tuple[Key, T]] = []
    for target, edge in edges.items():
        item = lookup(target)
        if item is not None:
            entries.append(((-edge.at, -float(edge.seq)), item))
    return entries


def by_upload(
    tracks: Iterable[TrackRecord], *, ascending: bool = False
) -> list[tuple[Key, TrackRecord]]:
    """Tracks by upload date, newest first unless `ascending`."""
    sign = 1.0 if ascending else -1.0
    return [((sign * t.created_at, sign * t.id), t) for t in tracks]


def playlists_by_date(playlists: Iterable[PlaylistRecord]) -> list[tuple[Key, PlaylistRecord]]:
    """Playlists, newest first."""
    return [((-p.created_at, -float(p.id)), p) for p in playlists]


def by_id(items: Iterable[T], ident: Callable[[T], int]) -> list[tuple[Key, T]]:
    """Items in id order (search results and small lists)."""
    return [((float(ident(item)),), item) for item in items]


def with_access(
    entries: Iterable[tuple[Key, TrackRecord]], access: frozenset[str]
) -> list[tuple[Key, TrackRecord]]:
    """Only tracks whose `access` level was asked for."""
    return [(key, track) for key, track in entries if track.access in access]


def tracks_response(ctx: Ctx, entries: Iterable[tuple[Key, TrackRecord]]) -> Response:
    """A track list (page or bare array)."""
    return list_response(ctx.request, entries, ctx.render.track)


def users_response(ctx: Ctx, entries: Iterable[tuple[Key, UserRecord]]) -> Response:
    """A user list (page or bare array)."""
    return list_response(ctx.request, entries, ctx.render.user)


def playlists_response(ctx: Ctx, entries: Iterable[tuple[Key, PlaylistRecord]]) -> Response:
    """A playlist list; `show_tracks=false` leaves out each playlist's tracks."""
    show = ctx.flag("show_tracks", True)
    return list_response(ctx.request, entries, lambda p: ctx.render.playlist(p, show_tracks=show))


def visible_track(ctx: Ctx) -> Callable[[int], TrackRecord | None]:
    """A lookup of tracks the caller may see."""
    return lambda track_id: ctx.world.state.track_for(track_id, ctx.viewer, None)


def visible_playlist(ctx: Ctx) -> Callable[[int], PlaylistRecord | None]:
    """A lookup of playlists the caller may see."""
    return lambda playlist_id: ctx.world.state.playlist_for(playlist_id, ctx.viewer, None)


def user_lookup(ctx: Ctx) -> Callable[[int], UserRecord | None]:
    """A lookup of users."""
    return ctx.world.state.users.get


def existing_user(ctx: Ctx, param: str = "user_urn") -> UserRecord:
    """The user named by a path parameter; 404 when unknown."""
    user = ctx.world.state.users.get(ctx.ref("users", param))
    if user is None:
        raise not_found("user")
    return user
