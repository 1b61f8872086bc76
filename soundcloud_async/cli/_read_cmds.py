"""Read commands: `resolve`, `track`, `user`, `playlist show`, `streams` and the lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from soundcloud_async import AsyncPaginator, SoundCloud
from soundcloud_async.cli._command import Invocation, runs_async

if TYPE_CHECKING:
    from soundcloud_async.models import Playlist, Track, User
from soundcloud_async.cli._refs import SITE, resolve_ref
from soundcloud_async.cli._session import Identity, open_client

__all__ = ["LIST_COMMANDS", "limit_option", "playlist_show", "resolve", "streams", "track", "user"]

_KIND_OF = {"tracks": "track", "users": "user", "playlists": "playlist"}

limit_option = click.option(
    "--limit",
    type=click.IntRange(0),
    default=50,
    show_default=True,
    help="Most items to list; 0 for all of them.",
)


@click.command()
@click.argument("url")
@runs_async
async def resolve(run: Invocation, url: str) -> None:
    """Look up a soundcloud.com URL (or its path: artist/track): track, user or playlist."""
    if not url.startswith(("http://", "https://")):
        url = SITE + url.removeprefix("soundcloud.com/")
    async with await open_client(run.options, Identity.ANY) as sc:
        resource = await sc.resolve(url)
    if isinstance(resource, str):  # a redirect off the API origin, not followed
        run.out.one({"url": resource})
        return
    kind = type(resource).__name__.lower()
    run.out.one(resource, title=f"{kind} {resource.urn}")


def _show(kind: str) -> Callable[[Invocation, str], Any]:
    async def body(run: Invocation, ref: str) -> None:
        async with await open_client(run.options, Identity.ANY) as sc:
            found = await resolve_ref(sc, ref, kind, (kind,))
            resource: Track | User | Playlist
            if kind == "tracks":
                resource = await sc.tracks.get(found.urn)
            elif kind == "users":
                resource = await sc.users.get(found.urn)
            else:
                resource = await sc.playlists.get(found.urn)
            run.out.one(resource, title=f"{_KIND_OF[kind]} {found.urn}")

    return body


def _show_command(kind: str, name: str, doc: str) -> click.Command:
    body = _show(kind)
    body.__doc__ = doc
    body.__name__ = name
    return click.command(name)(click.argument("ref", metavar="URN|ID|URL")(runs_async(body)))


track = _show_command("tracks", "track", "Show a track (by URN, id or URL).")
user = _show_command("users", "user", "Show a user (by URN, id or URL).")
playlist_show = _show_command("playlists", "show", "Show a playlist (by URN, id or URL).")


@click.command()
@click.argument("ref", metavar="TRACK")
@runs_async
async def streams(run: Invocation, ref: str) -> None:
    """Show a track's stream URLs (not fetched)."""
    async with await open_client(run.options, Identity.ANY) as sc:
        found = await resolve_ref(sc, ref, "tracks", ("tracks",))
        run.out.one(await sc.tracks.streams(found.urn), title=f"streams of {found.urn}")


# A list: (the signed-in user's method, a given user's method, the items' kind).
Lister = Callable[..., AsyncPaginator[Any]]
LISTS: dict[str, tuple[Callable[[SoundCloud], Lister], Callable[[SoundCloud], Lister], str]] = {
    "likes": (lambda sc: sc.me.liked_tracks, lambda sc: sc.users.liked_tracks, "track"),
    "tracks": (lambda sc: sc.me.tracks, lambda sc: sc.users.tracks, "track"),
    "playlists": (lambda sc: sc.me.playlists, lambda sc: sc.users.playlists, "playlist"),
    "followers": (lambda sc: sc.me.followers, lambda sc: sc.users.followers, "user"),
    "followings": (lambda sc: sc.me.followings, lambda sc: sc.users.followings, "user"),
}


async def open_list(sc: SoundCloud, name: str, user_ref: str | None) -> tuple[Lister, str | None]:
    """The list method for `name`, and the user it lists for (None: the signed-in user)."""
    mine, theirs, _ = LISTS[name]
    if user_ref is None:
        return mine(sc), None
    found = await resolve_ref(sc, user_ref, "users", ("users",))
    return (lambda **kw: theirs(sc)(found.urn, **kw)), found.urn


def _list_command(name: str, doc: str) -> click.Command:
    async def body(run: Invocation, user_ref: str | None, limit: int) -> None:
        identity = Identity.USER if user_ref is None else Identity.ANY
        async with await open_client(run.options, identity) as sc:
            lister, _ = await open_list(sc, name, user_ref)
            items = lister(max_items=limit or None)
            await run.out.many(aiter(items), LISTS[name][2])

    body.__doc__ = doc
    body.__name__ = name
    command = runs_async(body)
    command = limit_option(command)
    command = click.argument("user_ref", metavar="[USER]", required=False)(command)
    return click.command(name)(command)


LIST_COMMANDS = [
    _list_command("likes", "List liked tracks: yours, or USER's (URN, id or URL)."),
    _list_command("tracks", "List tracks: yours, or USER's."),
    _list_command("playlists", "List playlists: yours, or USER's."),
    _list_command("followers", "List followers: yours, or USER's."),
    _list_command("followings", "List the users followed: by you, or by USER."),
]
