"""Public profiles and their lists."""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import json_response, not_found
from soundcloud_async.testing._lists import (
    by_id,
    by_upload,
    existing_user,
    playlists_by_date,
    playlists_response,
    tracks_response,
    users_response,
    with_access,
)
from soundcloud_async.testing._paging import list_response


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


OPERATIONS = [
    Operation("GET", "/users/{user_urn}/related", list_related_users),
    Operation("GET", "/users/{user_urn}/followings/{following_urn}", get_user_following),
    Operation("GET", "/users/{user_urn}/playlists", list_user_playlists),
    Operation("GET", "/users/{user_urn}/tracks", list_user_tracks),
    Operation("GET", "/users/{user_urn}/web-profiles", list_user_web_profiles),
]
