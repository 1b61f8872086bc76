"""Creating content: track uploads and comments."""

from __future__ import annotations

import math

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError, json_response
from soundcloud_async.testing._forms import read_json, read_resource_body
from soundcloud_async.testing._paging import list_response
from soundcloud_async.testing._records import TrackRecord
from soundcloud_async.testing._routes_tracks import visible
from soundcloud_async.testing._track_fields import apply_track_fields

# 128 kbit/s: bytes * 8 / 128 = milliseconds. Gives an upload a duration without decoding it.
_BYTES_TO_MS = 8 / 128


async def upload_track(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    if "json" in ctx.request.headers.get("content-type", ""):
        raise ApiError(422, "uploads are multipart/form-data with track[asset_data]")
    body = await read_resource_body(ctx.request, "track")
    title = body.fields.get("title")
    if not title or "asset_data" not in body.files:
        raise ApiError(422, "track[title] and track[asset_data] are required")
    now = state.clock()
    track_id = state.new_id("tracks")
    track = TrackRecord(
        id=track_id,
        user_id=me,
        title=title,
        permalink=title.lower().replace(" ", "-"),
        created_at=now,
        last_modified=now,
        duration=max(1, int(body.files["asset_data"] * _BYTES_TO_MS)),
    )
    apply_track_fields(state, track, body)
    state.add_track(track)
    return json_response(ctx.render.track(track), 201)


async def list_track_comments(ctx: Ctx) -> Response:
    track = visible(ctx)
    comments = [c for c in ctx.world.state.comments.values() if c.track_id == track.id]
    entries = [((-c.created_at, -float(c.id)), c) for c in comments]
    return list_response(ctx.request, entries, ctx.render.comment)


async def create_track_comment(ctx: Ctx) -> Response:
    me, track = ctx.me(), visible(ctx)
    payload = await read_json(ctx.request)
    comment = payload.get("comment") if isinstance(payload, dict) else None
    text = comment.get("body") if isinstance(comment, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise ApiError(422, "comment[body] is required")
    if not track.commentable:
        raise ApiError(422, "comments are disabled on this track")
    timestamp = _timestamp(comment.get("timestamp") if isinstance(comment, dict) else None)
    created = ctx.world.state.add_comment(track.id, me, text, timestamp)
    return json_response(ctx.render.comment(created), 201)


def _timestamp(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ApiError(422, "comment[timestamp] must be milliseconds")
    try:
        milliseconds = float(value)
    except (ValueError, OverflowError) as exc:  # OverflowError: an integer beyond any float
        raise ApiError(422, "comment[timestamp] must be milliseconds") from exc
    # 1e400 parses as infinity and "nan" as NaN: neither is a position in a track.
    if not math.isfinite(milliseconds):
        raise ApiError(422, "comment[timestamp] must be a finite number of milliseconds")
    if milliseconds < 0:
        raise ApiError(422, "comment[timestamp] must not be negative")
    return int(milliseconds)


async def list_user_comments(ctx: Ctx) -> Response:
    user_id = int(ctx.request.path_params["user_id"])
    if user_id not in ctx.world.state.users:
        raise ApiError(404, "user not found")
    mine = [c for c in ctx.world.state.comments.values() if c.user_id == user_id]
    visible_ids = {t.id for t in ctx.world.state.public_tracks(ctx.viewer)}
    entries = [((-c.created_at, -float(c.id)), c) for c in mine if c.track_id in visible_ids]
    return list_response(ctx.request, entries, ctx.render.comment)


OPERATIONS = [
    Operation("POST", "/tracks", upload_track, user_only=True),
    Operation("GET", "/tracks/{track_urn}/comments", list_track_comments),
    Operation("POST", "/tracks/{track_urn}/comments", create_track_comment, user_only=True),
    Operation("GET", "/users/{user_id:int}/comments", list_user_comments),
]
