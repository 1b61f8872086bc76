"""`playlist REF` shows one; `playlist create|add|remove` change yours."""

from __future__ import annotations

from typing import Any

import click

from soundcloud_async import SoundCloud
from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._read_cmds import playlist_show
from soundcloud_async.cli._refs import resolve_ref
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["playlist"]


class _ShowByDefault(click.Group):
    """`soundcloud playlist URN` means `soundcloud playlist show URN`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_ShowByDefault)
def playlist() -> None:
    """Show a playlist (`playlist REF`), or create and edit yours."""


playlist.add_command(playlist_show)


async def _track_urns(sc: SoundCloud, refs: tuple[str, ...]) -> list[str]:
    return [(await resolve_ref(sc, ref, "tracks", ("tracks",))).urn for ref in refs]


@playlist.command("create")
@click.argument("title")
@click.argument("tracks", nargs=-1, metavar="[TRACK]...")
@click.option("--sharing", type=click.Choice(["public", "private"]), default="private")
@click.option("--description")
@runs_async
async def create(
    run: Invocation, title: str, tracks: tuple[str, ...], sharing: str, description: str | None
) -> None:
    """Create a playlist, with these tracks in this order."""
    fields: dict[str, Any] = {"sharing": sharing}
    if description is not None:
        fields["description"] = description
    async with await open_client(run.options, Identity.USER) as sc:
        made = await sc.playlists.create(title, tracks=await _track_urns(sc, tracks), **fields)
    run.out.one(made, title=f"created {made.urn}")


@playlist.command("add")
@click.argument("ref", metavar="PLAYLIST")
@click.argument("tracks", nargs=-1, required=True, metavar="TRACK...")
@runs_async
async def add(run: Invocation, ref: str, tracks: tuple[str, ...]) -> None:
    """Append tracks to a playlist."""
    async with await open_client(run.options, Identity.USER) as sc:
        target = await resolve_ref(sc, ref, "playlists", ("playlists",))
        current = [_urn_of(t) async for t in sc.playlists.tracks(target.urn)]
        await sc.playlists.update(target.urn, tracks=current + await _track_urns(sc, tracks))
    run.out.done("added", target.urn, tracks=len(current) + len(tracks))


@playlist.command("remove")
@click.argument("ref", metavar="PLAYLIST")
@click.argument("tracks", nargs=-1, required=True, metavar="TRACK...")
@runs_async
async def remove(run: Invocation, ref: str, tracks: tuple[str, ...]) -> None:
    """Remove tracks (every occurrence) from a playlist."""
    async with await open_client(run.options, Identity.USER) as sc:
        target = await resolve_ref(sc, ref, "playlists", ("playlists",))
        dropped = set(await _track_urns(sc, tracks))
        current = [_urn_of(t) async for t in sc.playlists.tracks(target.urn)]
        kept = [urn for urn in current if urn not in dropped]
        await sc.playlists.update(target.urn, tracks=kept)
    run.out.done("removed", target.urn, tracks=len(kept))


def _urn_of(track: Any) -> str:
    urn = track.urn
    if not isinstance(urn, str):  # older payloads lack `urn`: rebuild it from the id
        return f"soundcloud:tracks:{track.id}"
    return urn
