"""Search over tracks, playlists and users, with the spec's filters.

Matching is deliberately simple and predictable: `q` is a case-insensitive substring of the
title, tags, genre, description or uploader name; `genres`/`tags` match any listed value;
ranges are inclusive. Results come in id order (SoundCloud ranks by relevance, which a test
could not predict).
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from soundcloud_async.testing._context import Ctx, Operation
from soundcloud_async.testing._errors import ApiError
from soundcloud_async.testing._ids import parse_ref_list
from soundcloud_async.testing._lists import (
    by_id,
    playlists_response,
    tracks_response,
    users_response,
    with_access,
)
from soundcloud_async.testing._records import PlaylistRecord, TrackRecord, UserRecord
from soundcloud_async.testing._timefmt import parse_filter_time

TrackTest = Callable[[TrackRecord], bool]


def _contains(query: str, *texts: str | None) -> bool:
    needle = query.casefold()
    return any(needle in text.casefold() for text in texts if text)


def _csv(value: str | None) -> set[str]:
    return {part.strip().casefold() for part in (value or "").split(",") if part.strip()}


def _bound(ctx: Ctx, name: str, parse: Callable[[str], float | None]) -> float | None:
    raw = ctx.query(name)
    if raw is None:
        return None
    value = parse(raw)
    if value is None:
        raise ApiError(400, f"invalid {name}")
    return value


def _number(text: str) -> float | None:
    try:
        return float(int(text))
    except ValueError:
        return None


def _range_test(ctx: Ctx, field: str, read: Callable[[TrackRecord], float | None]) -> TrackTest:
    parse = parse_filter_time if field == "created_at" else _number
    low, high = _bound(ctx, f"{field}[from]", parse), _bound(ctx, f"{field}[to]", parse)
    if low is None and high is None:
        return lambda track: True

    def test(track: TrackRecord) -> bool:
        value = read(track)
        return (
            value is not None and (low is None or value >= low) and (high is None or value <= high)
        )

    return test


def _track_tests(ctx: Ctx) -> list[TrackTest]:
    state = ctx.world.state
    tests: list[TrackTest] = []
    if (q := ctx.query("q")) is not None:
        tests.append(
            lambda t: _contains(
                q, t.title, t.tag_list, t.genre, t.description, state.users[t.user_id].username
            )
        )
    if genres := _csv(ctx.query("genres")):
        tests.append(lambda t: (t.genre or "").casefold() in genres)
    if tags := _csv(ctx.query("tags")):
        tests.append(lambda t: bool(tags & {tag.casefold() for tag in t.tags()}))
    if (urns := ctx.query("urns")) is not None:
        wanted = set(parse_ref_list("tracks", urns))
        tests.append(lambda t: t.id in wanted)
    tests.append(_range_test(ctx, "bpm", lambda t: t.bpm))
    tests.append(_range_test(ctx, "duration", lambda t: float(t.duration)))
    tests.append(_range_test(ctx, "created_at", lambda t: t.created_at))
    return tests


async def search_tracks(ctx: Ctx) -> Response:
    tests = _track_tests(ctx)
    found = [t for t in ctx.world.state.public_tracks(ctx.viewer) if all(f(t) for f in tests)]
    return tracks_response(ctx, with_access(by_id(found, lambda t: t.id), ctx.access()))


async def search_playlists(ctx: Ctx) -> Response:
    q = ctx.query("q")

    def matches(p: PlaylistRecord) -> bool:
        return q is None or _contains(q, p.title, p.description, p.tag_list, p.genre)

    found = [
        p
        for p in ctx.world.state.playlists.values()
        if (p.sharing == "public" or p.user_id == ctx.viewer) and matches(p)
    ]
    return playlists_response(ctx, by_id(found, lambda p: p.id))


async def search_users(ctx: Ctx) -> Response:
    q, urns = ctx.query("q"), ctx.query("urns")
    wanted = set(parse_ref_list("users", urns)) if urns is not None else None

    def matches(u: UserRecord) -> bool:
        if wanted is not None and u.id not in wanted:
            return False
        return q is None or _contains(q, u.username, u.permalink, u.description, u.city)

    found = [u for u in ctx.world.state.users.values() if matches(u)]
    return users_response(ctx, by_id(found, lambda u: u.id))


OPERATIONS = [
    Operation("GET", "/tracks", search_tracks),
    Operation("GET", "/playlists", search_playlists),
    Operation("GET", "/users", search_users),
]
