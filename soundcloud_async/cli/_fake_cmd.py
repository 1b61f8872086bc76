"""`soundcloud fake serve`: the fake SoundCloud of `soundcloud_async.testing`, standalone."""

from __future__ import annotations

import click

from soundcloud_async.cli._errors import ExitCode

__all__ = ["fake"]


@click.group()
def fake() -> None:
    """A fake SoundCloud on this machine, to try every command offline."""


@fake.command(
    "serve",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def serve(args: tuple[str, ...]) -> None:
    """Serve it (--port 8080 --seed 1 ...; --help lists the options)."""
    try:
        # The fake's own command line; it needs the `testing` extra (Starlette, uvicorn).
        from soundcloud_async.testing._cli import main
    except ImportError as error:
        click.echo(
            f"soundcloud: error: the fake needs the testing extra "
            f"(pip install 'soundcloud-async[testing]'): {error}",
            err=True,
        )
        raise click.exceptions.Exit(ExitCode.USAGE) from None
    raise click.exceptions.Exit(main(["serve", *args]))
