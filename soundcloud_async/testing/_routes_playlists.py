"""Playlist operations: create, read, update (the track list is replaced), delete, lists."""

from __future__ import annotations

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError, json_response, not_found, status_response
from soundcloud_async.testing._forms import Body, read_resource_body
from soundcloud_async.testing._ids import parse_ref
from soundcloud_async.testing._lists import (
    tracks_response,
    with_access,
)
from soundcloud_async.testing._paging import Key
from soundcloud_async.testing._records import PlaylistRecord, TrackRecord
from soundcloud_async.testing._state import State

_PLAIN = (
    "title", "description", "sharing", "ean", "genre", "label_name", "license", "permalink",
    "purchase_title", "purchase_url", "release", "release_date", "set_type", "tag_list",
)  # fmt: skip


def visible(ctx: Ctx) -> PlaylistRecord:
    """The playlist in the path, if the caller may see it (secret token honoured)."""
    playlist_id = ctx.ref("playlists", "playlist_urn")
    playlist = ctx.world.state.playlist_for(playlist_id, ctx.viewer, ctx.query("secret_token"))
    if playlist is None:
        raise not_found("playlist")
    return playlist


def _owned(ctx: Ctx) -> PlaylistRecord:
    playlist = visible(ctx)
    if playlist.user_id != ctx.me():
        raise not_found("playlist")
    return playlist


def _apply(state: State, playlist: PlaylistRecord, body: Body, viewer: int) -> None:
    for name in _PLAIN:
        if name in body.fields:
            setattr(playlist, name, body.fields[name])
    if body.track_refs is not None:
        playlist.track_ids = [
            _track_id(state, ref, viewer) for ref in body.track_refs if ref.strip()
        ]
    if playlist.sharing == "private" and playlist.secret_token is None:
        playlist.secret_token = f"s-{playlist.id:x}{state.next_seq():06x}"
    if "artwork_data" in body.files:
        playlist.artwork_url = (
            f"https://i1.sndcdn.com/artworks-{playlist.id}-{state.next_seq()}-large.jpg"
        )
    playlist.last_modified = state.clock()


def _track_id(state: State, ref: str, viewer: int) -> int:
    track_id = parse_ref("tracks", ref)
    if track_id is None or state.track_for(track_id, viewer, None) is None:
        raise ApiError(422, f"unknown track {ref.strip()!r}")
    return track_id


async def create_playlist(ctx: Ctx) -> Response:
    state, me = ctx.world.state, ctx.me()
    body = await read_resource_body(ctx.request, "playlist")
    title = body.fields.get("title")
    if not title:
        raise ApiError(422, "playlist title is required")
    now = state.clock()
    playlist_id = state.new_id("playlists")
    permalink = title.lower().replace(" ", "-")
    playlist = PlaylistRecord(playlist_id, me, title, permalink, created_at=now)
    _apply(state, playlist, body, me)
    state.playlists[playlist.id] = playlist
    return json_response(ctx.render.playlist(playlist), 201)


async def update_playlist(ctx: Ctx) -> Response:
    playlist = _owned(ctx)
    body = await read_resource_body(ctx.request, "playlist")
    _apply(ctx.world.state, playlist, body, ctx.me())
    return json_response(ctx.render.playlist(playlist))


async def delete_playlist(ctx: Ctx) -> Response:
    ctx.world.state.delete_playlist(_owned(ctx).id)
    return status_response()


async def list_playlist_tracks(ctx: Ctx) -> Response:
    playlist, state = visible(ctx), ctx.world.state
    tracks = [state.track_for(track_id, ctx.viewer, None) for track_id in playlist.track_ids]
    # Playlist order; a track listed twice is two entries, so the position is the key.
    entries: list[tuple[Key, TrackRecord]] = [
        ((float(i),), t) for i, t in enumerate(tracks) if t is not None
    ]
    return tracks_response(ctx, with_access(entries, ctx.access()))


OPERATIONS = [
    Operation("POST", "/playlists", create_playlist, user_only=True),
    Operation("PUT", "/playlists/{playlist_urn}", update_playlist, user_only=True),
    Operation("DELETE", "/playlists/{playlist_urn}", delete_playlist, user_only=True),
    Operation("GET", "/playlists/{playlist_urn}/tracks", list_playlist_tracks),
]
