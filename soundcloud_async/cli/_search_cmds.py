"""`search tracks|users|playlists [QUERY]` with SoundCloud's filters."""

from __future__ import annotations

from typing import Any

import click

from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._read_cmds import limit_option
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["search"]


@click.group()
def search() -> None:
    """Search tracks, users or playlists."""


def _given(**filters: object) -> dict[str, Any]:
    # Unset options are left out, so the SDK sends no empty query parameters.
    return {name: value for name, value in filters.items() if value is not None}


@search.command("tracks")
@click.argument("query", required=False)
@click.option("--genres", help="Comma-separated genres, e.g. 'Techno,House'.")
@click.option("--tags", help="Comma-separated tags.")
@click.option("--bpm-from", type=int)
@click.option("--bpm-to", type=int)
@click.option("--duration-from", type=int, help="Milliseconds.")
@click.option("--duration-to", type=int, help="Milliseconds.")
@click.option("--created-from", help="'YYYY-MM-DD hh:mm:ss'.")
@click.option("--created-to", help="'YYYY-MM-DD hh:mm:ss'.")
@click.option("--access", help="playable, preview or blocked (comma-separated).")
@limit_option
@runs_async
async def search_tracks(
    run: Invocation,
    query: str | None,
    genres: str | None,
    tags: str | None,
    bpm_from: int | None,
    bpm_to: int | None,
    duration_from: int | None,
    duration_to: int | None,
    created_from: str | None,
    created_to: str | None,
    access: str | None,
    limit: int,
) -> None:
    """Search tracks."""
    filters = _given(
        q=query,
        genres=genres,
        tags=tags,
        bpmfrom=bpm_from,
        bpmto=bpm_to,
        durationfrom=duration_from,
        durationto=duration_to,
        created_atfrom=created_from,
        created_atto=created_to,
        access=access,
    )
    async with await open_client(run.options, Identity.ANY) as sc:
        await run.out.many(aiter(sc.search.tracks(**filters, max_items=limit or None)), "track")


@search.command("users")
@click.argument("query", required=False)
@limit_option
@runs_async
async def search_users(run: Invocation, query: str | None, limit: int) -> None:
    """Search users."""
    async with await open_client(run.options, Identity.ANY) as sc:
        found = sc.search.users(**_given(q=query), max_items=limit or None)
        await run.out.many(aiter(found), "user")


@search.command("playlists")
@click.argument("query", required=False)
@click.option("--access", help="playable, preview or blocked (comma-separated).")
@limit_option
@runs_async
async def search_playlists(
    run: Invocation, query: str | None, access: str | None, limit: int
) -> None:
    """Search playlists."""
    async with await open_client(run.options, Identity.ANY) as sc:
        found = sc.search.playlists(**_given(q=query, access=access), max_items=limit or None)
        await run.out.many(aiter(found), "playlist")
