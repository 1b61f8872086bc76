"""Single-track operations: read, update, delete, storefront, preview, streams, fans, related."""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError, json_response, not_found, status_response
from soundcloud_async.testing._forms import read_json, read_resource_body
from soundcloud_async.testing._lists import (
    by_id,
    tracks_response,
    with_access,
)
from soundcloud_async.testing._records import StorefrontRecord, TrackRecord
from soundcloud_async.testing._track_fields import apply_track_fields

PREVIEW_HOST = "https://cf-preview-media.sndcdn.com"
_STOREFRONT_TYPES = frozenset({
    "digital", "vinyl", "cd", "cassette", "apparel", "sample_pack", "subscription",
    "live_event", "live_stream", "other",
})  # fmt: skip
_STOREFRONT_LIMITS = {"title": 100, "link": 255, "link_title": 50, "description": 500, "price": 20}


def visible(ctx: Ctx, param: str = "track_urn") -> TrackRecord:
    """The track named in the path, if the caller may see it (secret token honoured)."""
    track_id = ctx.ref("tracks", param)
    track = ctx.world.state.track_for(track_id, ctx.viewer, ctx.query("secret_token"))
    if track is None:
        raise not_found("track")
    return track


def owned(ctx: Ctx) -> TrackRecord:
    """The track named in the path when the signed-in user owns it; 404 otherwise."""
    track = visible(ctx)
    if track.user_id != ctx.me():
        raise not_found("track")
    return track


async def update_track(ctx: Ctx) -> Response:
    track = owned(ctx)
    body = await read_resource_body(ctx.request, "track")
    apply_track_fields(ctx.world.state, track, body)
    track.last_modified = ctx.world.state.clock()
    return json_response(ctx.render.track(track))


async def delete_track(ctx: Ctx) -> Response:
    ctx.world.state.delete_track(owned(ctx).id)
    return status_response()


async def update_track_storefront(ctx: Ctx) -> Response:
    track = visible(ctx)
    payload = await read_json(ctx.request)
    if not isinstance(payload, dict):
        raise ApiError(400, "expected a JSON object")
    owner = ctx.world.state.users[track.user_id]
    if track.user_id != ctx.me() or owner.plan == "Free":
        # docs/soundcloud-behaviour.md, Error bodies: owner plus a creator subscription, else 403.
        raise ApiError(403, "storefronts need track ownership and a creator subscription")
    storefront = _storefront(track.id, payload)
    ctx.world.state.storefronts[track.id] = storefront
    return json_response(ctx.render.storefront(storefront))


def _storefront(track_id: int, payload: dict[str, object]) -> StorefrontRecord:
    for name in ("title", "type", "link"):
        if not isinstance(payload.get(name), str):
            raise ApiError(400, f"{name} is required")
    for name, limit in _STOREFRONT_LIMITS.items():
        value = payload.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            raise ApiError(400, f"{name} must be a string of at most {limit} characters")
    link, kind = str(payload["link"]), str(payload["type"])
    if not link.startswith(("http://", "https://")) or kind not in _STOREFRONT_TYPES:
        raise ApiError(400, "link must be an http(s) URL and type a known storefront type")
    optional = {name: payload.get(name) for name in ("link_title", "description", "price")}
    return StorefrontRecord(
        track_id, str(payload["title"]), kind, link, **{k: str(v) for k, v in optional.items() if v}
    )


async def get_track_preview(ctx: Ctx) -> Response:
    # The preview lives on a CDN host, never on the API origin (spec: follow without auth).
    track = visible(ctx)
    location = f"{PREVIEW_HOST}/preview/0/30/{track.id}.128.mp3?Policy=fake&Signature=fake"
    body = {"status": "302 - Found", "location": location}
    return json_response(body, 302, {"Location": location})


async def get_track_streams(ctx: Ctx) -> Response:
    track = visible(ctx)
    if ctx.viewer is not None:
        ctx.world.state.record_play(ctx.viewer, track.id)
    media = "https://cf-hls-media.sndcdn.com"
    full = track.access == "playable"
    return json_response(
        {
            "hls_aac_160_url": f"{media}/playlist/{track.id}.aac160.m3u8" if full else None,
            "hls_mp3_128_url": f"{media}/playlist/{track.id}.mp3128.m3u8" if full else None,
            "hls_opus_64_url": None,
            "http_mp3_128_url": None,
            "preview_mp3_128_url": f"{PREVIEW_HOST}/preview/0/30/{track.id}.128.mp3",
        }
    )


async def list_related_tracks(ctx: Ctx) -> Response:
    # "Similar" here means: the same genre, public, in id order. Deterministic and cheap.
    track = visible(ctx)
    related = [
        t
        for t in ctx.world.state.public_tracks()
        if t.id != track.id and t.genre == track.genre and t.sharing == "public"
    ]
    return tracks_response(ctx, with_access(by_id(related, lambda t: t.id), ctx.access()))


OPERATIONS = [
    Operation("PUT", "/tracks/{track_urn}", update_track, user_only=True),
    Operation("DELETE", "/tracks/{track_urn}", delete_track, user_only=True),
    Operation("PUT", "/tracks/{track_urn}/storefront", update_track_storefront, user_only=True),
    Operation("GET", "/tracks/{track_urn}/preview", get_track_preview),
    Operation("GET", "/tracks/{track_urn}/streams", get_track_streams),
    Operation("GET", "/tracks/{track_urn}/related", list_related_tracks),
]
