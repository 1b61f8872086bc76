"""Public profiles and their lists."""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import json_response, not_found
from soundcloud_async.testing._lists import (
    by_edge,
    by_id,
    by_upload,
    existing_user,
    playlists_by_date,
    playlists_response,
    tracks_response,
    user_lookup,
    users_response,
    visible_playlist,
    visible_track,
    with_access,
)
from soundcloud_async.testing._paging import list_response


async def get_user(ctx: Ctx) -> Response:
    return json_response(ctx.render.user(existing_user(ctx)))


async def list_related_users(ctx: Ctx) -> Response:
    # "Related" here means: other artists from the same country, in id order.
    user = existing_user(ctx)
    state = ctx.world.state
    related = [
        u
        for u in state.users.values()
        if u.id != user.id and u.country is not None and u.country == user.country
    ]
    return users_response(ctx, by_id(related, lambda u: u.id))


async def list_user_liked_tracks(ctx: Ctx) -> Response:
    edges = ctx.world.state.track_likes.targets(existing_user(ctx).id)
    return tracks_response(ctx, with_access(by_edge(edges, visible_track(ctx)), ctx.access()))


async def list_user_favorites(ctx: Ctx) -> Response:
    # The legacy name of the liked tracks; SoundCloud never applied `access` here.
    edges = ctx.world.state.track_likes.targets(existing_user(ctx).id)
    return tracks_response(ctx, by_edge(edges, visible_track(ctx)))


async def list_user_liked_playlists(ctx: Ctx) -> Response:
    edges = ctx.world.state.playlist_likes.targets(existing_user(ctx).id)
    return playlists_response(ctx, by_edge(edges, visible_playlist(ctx)))


async def list_user_followers(ctx: Ctx) -> Response:
    edges = ctx.world.state.follows.sources(existing_user(ctx).id)
    return users_response(ctx, by_edge(edges, user_lookup(ctx)))


async def list_user_followings(ctx: Ctx) -> Response:
    edges = ctx.world.state.follows.targets(existing_user(ctx).id)
    return users_response(ctx, by_edge(edges, user_lookup(ctx)))


async def get_user_following(ctx: Ctx) -> Response:
    user = existing_user(ctx)
    followed = existing_user(ctx, "following_urn")
    if not ctx.world.state.follows.has(user.id, followed.id):
        raise not_found("following")
    return json_response(ctx.render.user(followed))


async def list_user_playlists(ctx: Ctx) -> Response:
    playlists = ctx.world.state.playlists_of(existing_user(ctx).id, ctx.viewer)
    return playlists_response(ctx, playlists_by_date(playlists))


async def list_user_tracks(ctx: Ctx) -> Response:
    tracks = ctx.world.state.tracks_of(existing_user(ctx).id, ctx.viewer)
    ascending = (ctx.query("sort") or "desc") == "asc"
    return tracks_response(ctx, with_access(by_upload(tracks, ascending=ascending), ctx.access()))


async def list_user_web_profiles(ctx: Ctx) -> Response:
    user = existing_user(ctx)
    profiles = [p for p in ctx.world.state.web_profiles.values() if p.user_id == user.id]
    return list_response(ctx.request, by_id(profiles, lambda p: p.id), ctx.render.web_profile)


async def list_user_track_reposts(ctx: Ctx) -> Response:
    edges = ctx.world.state.track_reposts.targets(existing_user(ctx).id)
    return tracks_response(ctx, with_access(by_edge(edges, visible_track(ctx)), ctx.access()))


async def list_user_playlist_reposts(ctx: Ctx) -> Response:
    edges = ctx.world.state.playlist_reposts.targets(existing_user(ctx).id)
    return playlists_response(ctx, by_edge(edges, visible_playlist(ctx)))


OPERATIONS = [
    Operation("GET", "/users/{user_urn}", get_user),
    Operation("GET", "/users/{user_urn}/related", list_related_users),
    Operation("GET", "/users/{user_urn}/favorites", list_user_favorites),
    Operation("GET", "/users/{user_urn}/followers", list_user_followers),
    Operation("GET", "/users/{user_urn}/followings", list_user_followings),
    Operation("GET", "/users/{user_urn}/followings/{following_urn}", get_user_following),
    Operation("GET", "/users/{user_urn}/playlists", list_user_playlists),
    Operation("GET", "/users/{user_urn}/tracks", list_user_tracks),
    Operation("GET", "/users/{user_urn}/web-profiles", list_user_web_profiles),
    Operation("GET", "/users/{user_urn}/likes/tracks", list_user_liked_tracks),
    Operation("GET", "/users/{user_urn}/likes/playlists", list_user_liked_playlists),
    Operation("GET", "/users/{user_urn}/reposts/tracks", list_user_track_reposts),
    Operation("GET", "/users/{user_urn}/reposts/playlists", list_user_playlist_reposts),
]
