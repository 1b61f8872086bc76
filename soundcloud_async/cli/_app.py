"""The `soundcloud` root command: shared options, the command list and the help text."""

from __future__ import annotations

import click

from soundcloud_async import __version__
from soundcloud_async.cli._errors import EXIT_CODES_HELP
from soundcloud_async.cli._session import Globals

__all__ = ["cli"]

HELP = f"""Script SoundCloud from the shell: log in once, then read, export and write.

\b
  soundcloud login                      # once; the token is kept in your config dir
  soundcloud resolve https://soundcloud.com/artist/track
  soundcloud --json likes | jq -r .title
  soundcloud export likes --out likes.jsonl   # resumable; --since-last for new ones

App-only commands (resolve, track, user, search ...) need only SOUNDCLOUD_CLIENT_ID and
SOUNDCLOUD_CLIENT_SECRET. `soundcloud fake serve` starts a fake SoundCloud to try everything
offline: point --base-url and --auth-base-url (or SOUNDCLOUD_BASE_URL and
SOUNDCLOUD_AUTH_BASE_URL) at it.

\b
{EXIT_CODES_HELP}
"""


@click.group(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--json", "json_mode", is_flag=True, help="JSON output (JSON lines for lists).")
@click.option(
    "--base-url",
    envvar="SOUNDCLOUD_BASE_URL",
    metavar="URL",
    help="API origin [env SOUNDCLOUD_BASE_URL; default https://api.soundcloud.com].",
)
@click.option(
    "--auth-base-url",
    envvar="SOUNDCLOUD_AUTH_BASE_URL",
    metavar="URL",
    help="Auth origin [env SOUNDCLOUD_AUTH_BASE_URL; default https://secure.soundcloud.com].",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    help="Retries of 429s, 5xx and connection errors [default: the SDK's 3].",
)
@click.version_option(__version__, "-V", "--version", prog_name="soundcloud")
@click.pass_context
def cli(
    ctx: click.Context,
    json_mode: bool,
    base_url: str | None,
    auth_base_url: str | None,
    retries: int | None,
) -> None:
    ctx.obj = Globals(
        json=json_mode, base_url=base_url, auth_base_url=auth_base_url, retries=retries
    )
