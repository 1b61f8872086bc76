"""The signed-in user's feed, the legacy activity streams and the followings' uploads.

A feed item is an upload (`track`, `playlist`) or a repost (`track:repost`,
`playlist:repost`, naming the `reposter`) by an account the user follows, newest first
(docs/soundcloud-behaviour.md, "Payloads and parsing").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._ids import urn
from soundcloud_async.testing._lists import by_upload, tracks_response, with_access
from soundcloud_async.testing._paging import Key, activities_response
from soundcloud_async.testing._records import PlaylistRecord, TrackRecord
from soundcloud_async.testing._state import State
from soundcloud_async.testing._timefmt import sc_time


@dataclass(frozen=True, slots=True)
class Activity:
    """One feed item before rendering."""

    type: str
    at: float
    origin: TrackRecord | PlaylistRecord
    reposter: int | None = None
    own: bool = False

    def key(self) -> Key:
        rank = ("track", "playlist", "track:repost", "playlist:repost").index(self.type)
        return (-self.at, float(rank), -float(self.origin.id), -float(self.reposter or 0))


def _activities_of(state: State, user_id: int, viewer: int, *, own: bool) -> Iterable[Activity]:
    for track in state.tracks_of(user_id, viewer):
        yield Activity("track", track.created_at, track, own=own)
    for playlist in state.playlists_of(user_id, viewer):
        yield Activity("playlist", playlist.created_at, playlist, own=own)
    for track_id, edge in state.track_reposts.targets(user_id).items():
        if (reposted := state.track_for(track_id, viewer, None)) is not None:
            yield Activity("track:repost", edge.at, reposted, user_id, own)
    for playlist_id, edge in state.playlist_reposts.targets(user_id).items():
        if (reposted_set := state.playlist_for(playlist_id, viewer, None)) is not None:
            yield Activity("playlist:repost", edge.at, reposted_set, user_id, own)


def _feed(ctx: Ctx, *, own: bool, tracks_only: bool) -> Response:
    state, me = ctx.world.state, ctx.me()
    authors = [me] if own else list(state.follows.targets(me))
    access = ctx.access()
    items = [
        activity
        for author in authors
        for activity in _activities_of(state, author, me, own=own)
        if not (tracks_only and isinstance(activity.origin, PlaylistRecord))
        and not (isinstance(activity.origin, TrackRecord) and activity.origin.access not in access)
    ]
    return activities_response(ctx.request, [(a.key(), a) for a in items], _renderer(ctx))


def _renderer(ctx: Ctx) -> Any:
    def render(activity: Activity) -> dict[str, Any]:
        origin = activity.origin
        body = (
            ctx.render.track(origin)
            if isinstance(origin, TrackRecord)
            else ctx.render.playlist(origin)
        )
        return {
            "type": activity.type,
            "created_at": sc_time(activity.at),
            "tags": "own" if activity.own else "affiliated",
            "reposter": urn("users", activity.reposter) if activity.reposter else None,
            "origin": body,
        }

    return render


async def list_my_feed(ctx: Ctx) -> Response:
    return _feed(ctx, own=False, tracks_only=False)


async def list_my_feed_tracks(ctx: Ctx) -> Response:
    return _feed(ctx, own=False, tracks_only=True)


async def list_my_own_activities(ctx: Ctx) -> Response:
    return _feed(ctx, own=True, tracks_only=False)


async def list_my_followings_tracks(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    tracks = [t for user in state.follows.targets(me) for t in state.tracks_of(user, me)]
    return tracks_response(ctx, with_access(by_upload(tracks), ctx.access()))


async def list_my_recently_played_tracks(ctx: Ctx) -> Response:
    # Not paginated: at most 25 tracks, newest play first
    # (see docs/soundcloud-behaviour.md, Pagination).
    state, me = ctx.world.state, ctx.me()
    access = ctx.access("playable,preview,blocked")
    tracks = [state.track_for(track_id, me, None) for track_id in state.recently_played(me)]
    visible = [t for t in tracks if t is not None and t.access in access]
    entries = [((float(rank),), track) for rank, track in enumerate(visible)]
    return tracks_response(ctx, entries)


OPERATIONS = [
    Operation("GET", "/me/activities", list_my_feed, user_only=True),
    Operation("GET", "/me/activities/all/own", list_my_own_activities, user_only=True),
    Operation("GET", "/me/activities/tracks", list_my_feed_tracks, user_only=True),
    Operation("GET", "/me/feed", list_my_feed, user_only=True),
    Operation("GET", "/me/feed/tracks", list_my_feed_tracks, user_only=True),
    Operation("GET", "/me/recently-played/tracks", list_my_recently_played_tracks, user_only=True),
    Operation("GET", "/me/followings/tracks", list_my_followings_tracks, user_only=True),
]
