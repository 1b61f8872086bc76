"""Write commands: like, unlike, repost, follow, unfollow, comment and upload.

Return values of the status operations are not used: SoundCloud answers some of them with an
empty body, and success is the absence of an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._progress import progress_bar
from soundcloud_async.cli._refs import resolve_ref
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["comment", "follow", "like", "repost", "unfollow", "unlike", "upload"]

_LIKEABLE = ("tracks", "playlists")


@click.command()
@click.argument("ref", metavar="TRACK|PLAYLIST")
@runs_async
async def like(run: Invocation, ref: str) -> None:
    """Like a track or a playlist (URN, id or URL; a bare id is a track)."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "tracks", _LIKEABLE)
        add = sc.likes.add_track if found.kind == "tracks" else sc.likes.add_playlist
        await add(found.urn)
    run.out.done("liked", found.urn)


@click.command()
@click.argument("ref", metavar="TRACK|PLAYLIST")
@runs_async
async def unlike(run: Invocation, ref: str) -> None:
    """Remove your like of a track or a playlist."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "tracks", _LIKEABLE)
        remove = sc.likes.remove_track if found.kind == "tracks" else sc.likes.remove_playlist
        await remove(found.urn)
    run.out.done("unliked", found.urn)


@click.command()
@click.argument("ref", metavar="TRACK|PLAYLIST")
@runs_async
async def repost(run: Invocation, ref: str) -> None:
    """Repost a track or a playlist."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "tracks", _LIKEABLE)
        add = sc.reposts.add_track if found.kind == "tracks" else sc.reposts.add_playlist
        await add(found.urn)
    run.out.done("reposted", found.urn)


@click.command()
@click.argument("ref", metavar="USER")
@runs_async
async def follow(run: Invocation, ref: str) -> None:
    """Follow a user."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "users", ("users",))
        await sc.me.follow(found.urn)
    run.out.done("followed", found.urn)


@click.command()
@click.argument("ref", metavar="USER")
@runs_async
async def unfollow(run: Invocation, ref: str) -> None:
    """Stop following a user."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "users", ("users",))
        await sc.me.unfollow(found.urn)
    run.out.done("unfollowed", found.urn)


@click.command()
@click.argument("ref", metavar="TRACK")
@click.argument("text")
@click.option("--at", "at", type=click.FloatRange(0), help="Seconds into the track.")
@runs_async
async def comment(run: Invocation, ref: str, text: str, at: float | None) -> None:
    """Comment on a track, optionally at a point in it."""
    async with await open_client(run.options, Identity.USER) as sc:
        found = await resolve_ref(sc, ref, "tracks", ("tracks",))
        timestamp = None if at is None else round(at * 1000)
        posted = await sc.tracks.comment(found.urn, text, timestamp=timestamp)
    run.out.one(posted, title=f"comment on {found.urn}")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", required=True)
@click.option("--sharing", type=click.Choice(["public", "private"]), default="public")
@click.option("--description")
@click.option("--genre")
@click.option("--tags", help="Space-separated tags; quote multi-word tags.")
@runs_async
async def upload(
    run: Invocation,
    file: Path,
    title: str,
    sharing: str,
    description: str | None,
    genre: str | None,
    tags: str | None,
) -> None:
    """Upload an audio file as a new track (streamed from disk)."""
    fields = {"description": description, "genre": genre, "tag_list": tags}
    given: dict[str, Any] = {name: value for name, value in fields.items() if value}
    async with await open_client(run.options, Identity.USER) as sc:
        with progress_bar(file.name, _size(file), in_bytes=True) as advance:
            sent_so_far = [0]

            def report(sent: int, _total: int | None) -> None:
                advance(sent - sent_so_far[0])
                sent_so_far[0] = sent

            track = await sc.tracks.upload(
                title, asset=file, progress=report, sharing=sharing, **given
            )
    run.out.one(track, title=f"uploaded {track.urn}")


def _size(file: Path) -> int:
    return file.stat().st_size
