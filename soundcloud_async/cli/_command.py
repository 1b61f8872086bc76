"""Glue between click's synchronous commands and the SDK's coroutines."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec

import click

from soundcloud_async.cli._errors import run
from soundcloud_async.cli._output import Output
from soundcloud_async.cli._session import Globals

__all__ = ["Invocation", "runs_async"]

P = ParamSpec("P")


class Invocation:
    """What a command body gets: the root options and the output in the chosen form."""

    def __init__(self, options: Globals) -> None:
        self.options = options
        self.out = Output(options.json)


def runs_async(
    body: Callable[Concatenate[Invocation, P], Coroutine[Any, Any, None]],
) -> Callable[P, None]:
    """Make an async command body a click callback, run with the CLI's error handling."""

    @functools.wraps(body)
    def callback(*args: P.args, **kwargs: P.kwargs) -> None:
        options = click.get_current_context().find_object(Globals)
        if options is None:  # only when a command is invoked outside the root group
            raise click.UsageError("run it as `soundcloud COMMAND`")
        run(body(Invocation(options), *args, **kwargs))

    return callback
