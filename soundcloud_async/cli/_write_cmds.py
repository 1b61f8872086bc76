"""Write commands: like, unlike, repost, follow, unfollow, comment and upload.

Return values of the status operations are not used: SoundCloud answers some of them with an
empty body, and success is the absence of an error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from soundcloud_async.cli._command import Invocation, runs_async
from soundcloud_async.cli._progress import progress_bar
from soundcloud_async.cli._refs import Ref, resolve_ref
from soundcloud_async.cli._session import Identity, open_client

if TYPE_CHECKING:
    from soundcloud_async import SoundCloud

__all__ = ["comment", "follow", "like", "repost", "unfollow", "unlike", "upload"]

_LIKEABLE = ("tracks", "playlists")

# What a one-resource write does with the resolved reference; its answer is not used (above).
Act = Callable[["SoundCloud", Ref], Awaitable[object]]


def _one_resource_command(
    name: str, *, metavar: str, kinds: tuple[str, ...], done: str, act: Act, help: str
) -> click.Command:
    """`soundcloud NAME REF`: resolve REF to one of `kinds` (a bare id is the first), act on it
    as the signed-in user, and report `done`."""

    async def body(run: Invocation, ref: str) -> None:
        async with await open_client(run.options, Identity.USER) as sc:
            found = await resolve_ref(sc, ref, kinds[0], kinds)
            await act(sc, found)
        run.out.done(done, found.urn)

    command = click.argument("ref", metavar=metavar)(runs_async(body))
    return click.command(name, help=help)(command)


like = _one_resource_command(
    "like",
    metavar="TRACK|PLAYLIST",
    kinds=_LIKEABLE,
    done="liked",
    act=lambda sc, found: (sc.likes.add_track if found.kind == "tracks" else sc.likes.add_playlist)(
        found.urn
    ),
    help="Like a track or a playlist (URN, id or URL; a bare id is a track).",
)
unlike = _one_resource_command(
    "unlike",
    metavar="TRACK|PLAYLIST",
    kinds=_LIKEABLE,
    done="unliked",
    act=lambda sc, found: (
        sc.likes.remove_track if found.kind == "tracks" else sc.likes.remove_playlist
    )(found.urn),
    help="Remove your like of a track or a playlist.",
)
repost = _one_resource_command(
    "repost",
    metavar="TRACK|PLAYLIST",
    kinds=_LIKEABLE,
    done="reposted",
    act=lambda sc, found: (
        sc.reposts.add_track if found.kind == "tracks" else sc.reposts.add_playlist
    )(found.urn),
    help="Repost a track or a playlist.",
)
follow = _one_resource_command(
    "follow",
    metavar="USER",
    kinds=("users",),
    done="followed",
    act=lambda sc, found: sc.me.follow(found.urn),
    help="Follow a user.",
)
unfollow = _one_resource_command(
    "unfollow",
    metavar="USER",
    kinds=("users",),
    done="unfollowed",
    act=lambda sc, found: sc.me.unfollow(found.urn),
    help="Stop following a user.",
)


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
