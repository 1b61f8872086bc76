"""The `soundcloud` command (install the `cli` extra): a thin layer on the SDK's facade.

`main()` is the console script; `python -m soundcloud_async` runs it too. Commands live in
small modules by job (auth, reads, search, export, writes, playlists, the fake), all built on
`SoundCloud` and its public models.
"""

from __future__ import annotations

from ._app import cli
from ._auth_cmds import login, logout, whoami
from ._export_cmd import export
from ._fake_cmd import fake
from ._playlist_cmds import playlist
from ._read_cmds import LIST_COMMANDS, resolve, streams, track, user
from ._search_cmds import search
from ._write_cmds import comment, follow, like, repost, unfollow, unlike, upload

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
