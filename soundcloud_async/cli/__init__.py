"""The `soundcloud` command (install the `cli` extra): a thin layer on the SDK's facade.

`main()` is the console script; `python -m soundcloud_async` runs it too. Commands live in
small modules by job (auth, reads, search, export, writes, playlists, the fake), all built on
`SoundCloud` and its public models.
"""

from __future__ import annotations

from soundcloud_async.cli._app import cli
from soundcloud_async.cli._auth_cmds import login, logout, whoami
from soundcloud_async.cli._export_cmd import export
from soundcloud_async.cli._fake_cmd import fake
from soundcloud_async.cli._playlist_cmds import playlist
from soundcloud_async.cli._read_cmds import LIST_COMMANDS, resolve, streams, track, user
from soundcloud_async.cli._search_cmds import search
from soundcloud_async.cli._write_cmds import comment, follow, like, repost, unfollow, unlike, upload

__all__ = ["cli", "main"]

for _command in (
    login,
    logout,
    whoami,
    resolve,
    track,
    user,
    playlist,
    search,
    *LIST_COMMANDS,
    streams,
    export,
    like,
    unlike,
    repost,
    follow,
    unfollow,
    comment,
    upload,
    fake,
):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point (`soundcloud`)."""
    cli(prog_name="soundcloud")
