"""Follows, likes and reposts as the signed-in user.

Creating answers 201 (likes: 201 on creation, 200 when it already existed; follows: 201
with the user, 200 when already followed). Removing is idempotent and answers 200, so a
retried DELETE after a lost response does not turn into an error.
"""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError, json_response, status_response
from soundcloud_async.testing._lists import existing_user
from soundcloud_async.testing._routes_playlists import visible as visible_playlist
from soundcloud_async.testing._routes_tracks import visible as visible_track

# The "maximum followings reached" refusal (422; see docs/soundcloud-behaviour.md, Error bodies).
MAX_FOLLOWINGS = 2000


async def follow_user(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    target = existing_user(ctx)
    if target.id == me:
        raise ApiError(422, "you cannot follow yourself")
    if state.follows.has(me, target.id):
        return status_response(200)
    if len(state.follows.targets(me)) >= MAX_FOLLOWINGS:
        raise ApiError(422, f"maximum of {MAX_FOLLOWINGS} followings reached")
    state.follows.add(me, target.id, state.clock())
    return json_response(ctx.render.user(target), 201)


async def unfollow_user(ctx: Ctx) -> Response:
    ctx.world.state.follows.remove(ctx.me(), existing_user(ctx).id)
    return status_response(200)


async def like_track(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    created = state.track_likes.add(me, visible_track(ctx).id, state.clock())
    return status_response(201 if created else 200)


async def unlike_track(ctx: Ctx) -> Response:
    ctx.world.state.track_likes.remove(ctx.me(), visible_track(ctx).id)
    return status_response(200)


async def like_playlist(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    created = state.playlist_likes.add(me, visible_playlist(ctx).id, state.clock())
    return status_response(201 if created else 200)


async def unlike_playlist(ctx: Ctx) -> Response:
    ctx.world.state.playlist_likes.remove(ctx.me(), visible_playlist(ctx).id)
    return status_response(200)


async def repost_track(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    state.track_reposts.add(me, visible_track(ctx).id, state.clock())
    return Response(status_code=201)  # the spec's 201 has no body


async def unrepost_track(ctx: Ctx) -> Response:
    ctx.world.state.track_reposts.remove(ctx.me(), visible_track(ctx).id)
    return status_response(200)


async def repost_playlist(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    state.playlist_reposts.add(me, visible_playlist(ctx).id, state.clock())
    return Response(status_code=201)


async def unrepost_playlist(ctx: Ctx) -> Response:
    ctx.world.state.playlist_reposts.remove(ctx.me(), visible_playlist(ctx).id)
    return status_response(200)


OPERATIONS = [
    Operation("PUT", "/me/followings/{user_urn}", follow_user, user_only=True),
    Operation("DELETE", "/me/followings/{user_urn}", unfollow_user, user_only=True),
    Operation("POST", "/likes/tracks/{track_urn}", like_track, user_only=True),
    Operation("DELETE", "/likes/tracks/{track_urn}", unlike_track, user_only=True),
    Operation("POST", "/likes/playlists/{playlist_urn}", like_playlist, user_only=True),
    Operation("DELETE", "/likes/playlists/{playlist_urn}", unlike_playlist, user_only=True),
    Operation("POST", "/reposts/tracks/{track_urn}", repost_track, user_only=True),
    Operation("DELETE", "/reposts/tracks/{track_urn}", unrepost_track, user_only=True),
    Operation("POST", "/reposts/playlists/{playlist_urn}", repost_playlist, user_only=True),
    Operation("DELETE", "/reposts/playlists/{playlist_urn}", unrepost_playlist, user_only=True),
]
