"""`/resolve` (soundcloud.com URL to API URL, as a 302) and `/sign-out`."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError, json_response, not_found, status_response
from soundcloud_async.testing._ids import urn
from soundcloud_async.testing._state import State

_WEB_HOSTS = frozenset({"soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"})


def _resolve_path(state: State, segments: list[str], viewer: int | None) -> tuple[str, str]:
    """`(API path, secret query)` of `/<user>`, `/<user>/<track>[/s-...]`, `/<user>/sets/<set>`."""
    user = next((u for u in state.users.values() if u.permalink == segments[0]), None)
    if user is None:
        raise not_found("url")
    if len(segments) == 1:
        return f"/users/{urn('users', user.id)}", ""
    secret = segments[-1] if segments[-1].startswith("s-") and len(segments) > 2 else None
    if segments[1] == "sets" and len(segments) >= 3:
        playlist = next(
            (p for p in state.playlists_of(user.id, None) if p.permalink == segments[2]), None
        )
        if playlist is None or state.playlist_for(playlist.id, viewer, secret) is None:
            raise not_found("url")
        return f"/playlists/{urn('playlists', playlist.id)}", _secret_query(secret)
    for track in state.tracks.values():
        if track.user_id == user.id and track.permalink == segments[1]:
            if state.track_for(track.id, viewer, secret) is None:
                break
            return f"/tracks/{urn('tracks', track.id)}", _secret_query(secret)
    raise not_found("url")


def _secret_query(secret: str | None) -> str:
    return f"?secret_token={secret}" if secret else ""


async def resolve(ctx: Ctx) -> Response:
    url = ctx.query("url")
    if url is None:
        raise ApiError(404, "url is required")
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
    except ValueError as exc:  # "http://[::1": the spec documents only 302 and 404 here
        raise not_found("url") from exc
    segments = [s for s in parts.path.split("/") if s]
    if (parts.hostname or "") not in _WEB_HOSTS or not segments:
        raise not_found("url")
    path, query = _resolve_path(ctx.world.state, segments, ctx.viewer)
    # Same origin as the request: SoundCloud answers with its own API host (observed payloads).
    location = f"{ctx.base}{path}{query}"
    return json_response(
        {"status": "302 - Found", "location": location}, 302, {"Location": location}
    )


async def sign_out(ctx: Ctx) -> Response:
    ctx.world.auth.revoke_session(ctx.caller.session)
    return status_response(200)


OPERATIONS = [
    Operation("GET", "/resolve", resolve),
    Operation("POST", "/sign-out", sign_out),
]
