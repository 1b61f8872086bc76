"""`/me` operations: the profile, the user's own lists and the legacy single-item reads."""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import json_response, not_found
from soundcloud_async.testing._lists import (
    by_edge,
    by_id,
    by_upload,
    playlists_by_date,
    playlists_response,
    tracks_response,
    user_lookup,
    users_response,
    visible_playlist,
    visible_track,
    with_access,
)
from soundcloud_async.testing._paging import ListParams, list_response


async def get_me(ctx: Ctx) -> Response:
    return json_response(ctx.render.me(ctx.world.state.users[ctx.me()]))


async def list_my_liked_tracks(ctx: Ctx) -> Response:
    edges = ctx.world.state.track_likes.targets(ctx.me())
    entries = with_access(
        by_edge(edges, visible_track(ctx)), ctx.access("playable,preview,blocked")
    )
    return tracks_response(ctx, entries)


async def list_my_liked_playlists(ctx: Ctx) -> Response:
    edges = ctx.world.state.playlist_likes.targets(ctx.me())
    return playlists_response(ctx, by_edge(edges, visible_playlist(ctx)))


async def list_my_followings(ctx: Ctx) -> Response:
    return users_response(ctx, by_edge(ctx.world.state.follows.targets(ctx.me()), user_lookup(ctx)))


async def list_my_followers(ctx: Ctx) -> Response:
    return users_response(ctx, by_edge(ctx.world.state.follows.sources(ctx.me()), user_lookup(ctx)))


async def get_my_following(ctx: Ctx) -> Response:
    target = ctx.ref("users", "user_urn")
    if not ctx.world.state.follows.has(ctx.me(), target):
        raise not_found("following")
    return json_response(ctx.render.user(ctx.world.state.users[target]))


async def get_my_follower(ctx: Ctx) -> Response:
    follower = ctx.ref("users", "follower_urn")
    if not ctx.world.state.follows.has(follower, ctx.me()):
        raise not_found("follower")
    return json_response(ctx.render.user(ctx.world.state.users[follower]))


async def list_my_playlists(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    return playlists_response(ctx, playlists_by_date(state.playlists_of(me, me)))


async def list_my_tracks(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    ascending = (ctx.query("sort") or "desc") == "asc"
    return tracks_response(ctx, by_upload(state.tracks_of(me, me), ascending=ascending))


async def list_my_track_reposts(ctx: Ctx) -> Response:
    edges = ctx.world.state.track_reposts.targets(ctx.me())
    entries = with_access(
        by_edge(edges, visible_track(ctx)), ctx.access("playable,preview,blocked")
    )
    return tracks_response(ctx, entries)


async def list_my_playlist_reposts(ctx: Ctx) -> Response:
    edges = ctx.world.state.playlist_reposts.targets(ctx.me())
    return playlists_response(ctx, by_edge(edges, visible_playlist(ctx)))


async def list_my_connections(ctx: Ctx) -> Response:
    me = ctx.me()
    mine = [c for c in ctx.world.state.connections.values() if c.user_id == me]
    return list_response(ctx.request, by_id(mine, lambda c: c.id), ctx.render.connection)


async def get_my_connection(ctx: Ctx) -> Response:
    connection = ctx.world.state.connections.get(int(ctx.request.path_params["connection_id"]))
    if connection is None or connection.user_id != ctx.me():
        raise not_found("connection")
    return json_response(ctx.render.connection(connection))


async def list_my_favorite_ids(ctx: Ctx) -> Response:
    # A bare array of ids, newest like first, `limit` items at most (2021 document).
    edges = ctx.world.state.track_likes.targets(ctx.me())
    entries = sorted(by_edge(edges, visible_track(ctx)), key=lambda entry: entry[0])
    limit = ListParams.read(ctx.request).limit
    return json_response([track.id for _, track in entries[:limit]])


async def get_my_playlist(ctx: Ctx) -> Response:
    playlist = ctx.world.state.playlists.get(int(ctx.request.path_params["playlist_id"]))
    if playlist is None or playlist.user_id != ctx.me():
        raise not_found("playlist")
    return json_response(ctx.render.playlist(playlist))


async def get_my_track(ctx: Ctx) -> Response:
    track = ctx.world.state.tracks.get(int(ctx.request.path_params["track_id"]))
    if track is None or track.user_id != ctx.me():
        raise not_found("track")
    return json_response(ctx.render.track(track))


OPERATIONS = [
    Operation("GET", "/me", get_me, user_only=True),
    Operation("GET", "/me/likes/tracks", list_my_liked_tracks, user_only=True),
    Operation("GET", "/me/likes/playlists", list_my_liked_playlists, user_only=True),
    Operation("GET", "/me/followings", list_my_followings, user_only=True),
    Operation("GET", "/me/followers", list_my_followers, user_only=True),
    Operation("GET", "/me/followers/{follower_urn}", get_my_follower, user_only=True),
    Operation("GET", "/me/playlists", list_my_playlists, user_only=True),
    Operation("GET", "/me/tracks", list_my_tracks, user_only=True),
    Operation("GET", "/me/reposts/tracks", list_my_track_reposts, user_only=True),
    Operation("GET", "/me/reposts/playlists", list_my_playlist_reposts, user_only=True),
    Operation("GET", "/me/connections", list_my_connections, user_only=True),
    Operation("GET", "/me/connections/{connection_id:int}", get_my_connection, user_only=True),
    Operation("GET", "/me/favorites/ids", list_my_favorite_ids, user_only=True),
    Operation("GET", "/me/playlists/{playlist_id:int}", get_my_playlist, user_only=True),
    Operation("GET", "/me/tracks/{track_id:int}", get_my_track, user_only=True),
]
# Registered after /me/followings/tracks (in _routes_feed) so the literal path wins.
FOLLOWING_OPERATIONS = [
    Operation("GET", "/me/followings/{user_urn}", get_my_following, user_only=True),
]
