"""Exit codes and the one-line error report: every failure class gets its own code.

Scripts branch on the code (`soundcloud track 1 || case $? in 4) ...`), people read the line on
stderr; nobody gets a traceback for a failure the SDK already explained.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from datetime import UTC
from typing import Any, NoReturn

import click

from soundcloud_async import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    OAuthCallbackError,
    PermissionDeniedError,
    RateLimitError,
    SoundCloudError,
    TokenRefreshError,
)

__all__ = ["EXIT_CODES_HELP", "CliError", "ExitCode", "fail", "run"]


class ExitCode:
    """The process exit codes (documented in `soundcloud --help` and docs/guides/cli.md)."""

    OK = 0
    ERROR = 1  # any other SoundCloud failure (5xx after retries, a body that did not parse)
    USAGE = 2  # bad arguments or files (click uses 2 for its own usage errors too)
    AUTH = 3  # not logged in, no credentials, token refused, 401/403
    NOT_FOUND = 4
    RATE_LIMITED = 5
    NETWORK = 6  # no response: connection refused, DNS, timeout
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


EXIT_CODES_HELP = """Exit codes:
    0  ok
    1  other error (a server error after retries, an unexpected answer)
    2  usage (arguments, files)
    3  auth (not logged in, no app credentials, token refused)
    4  not found
    5  rate limited (the message says when the limit resets)
    6  network (no response)
  130  interrupted"""


class CliError(Exception):
    """A failure the CLI itself detected, with the exit code it maps to."""

    def __init__(self, message: str, code: int = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = ExitCode.USAGE) -> NoReturn:
    """Stop the command with `message` on stderr and exit `code`."""
    raise CliError(message, code)


def run(coroutine: Coroutine[Any, Any, None]) -> None:
    """Run a command's coroutine; turn any failure into one stderr line and its exit code."""
    try:
        asyncio.run(coroutine)
    except KeyboardInterrupt:
        _exit("interrupted", ExitCode.INTERRUPTED)
    except CliError as error:
        _exit(str(error), error.code)
    except SoundCloudError as error:
        _exit(_describe(error), code_for(error))
    except ValueError as error:  # the SDK's checks of ids and arguments, before any request
        _exit(str(error), ExitCode.USAGE)
    except OSError as error:  # a file to upload or export to
        _exit(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "), ExitCode.USAGE)


def code_for(error: SoundCloudError) -> int:
    """The exit code of an SDK error."""
    auth = (
        AuthenticationError,
        PermissionDeniedError,
        TokenRefreshError,
        ConfigurationError,
        OAuthCallbackError,
    )
    if isinstance(error, auth):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(error, RateLimitError):
        return ExitCode.RATE_LIMITED
    if isinstance(error, APIConnectionError):
        return ExitCode.NETWORK
    return ExitCode.ERROR


def _describe(error: SoundCloudError) -> str:
    # The SDK's messages never hold secrets (tokens, codes, secret URL values are redacted).
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    if isinstance(error, RateLimitError):
        when = (
            error.reset_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            if error.reset_at
            else None
        )
        hint = f"; the limit resets at {when}" if when else "; try again later"
        return f"rate limited: {message}{hint}"
    if isinstance(error, AuthenticationError | TokenRefreshError):
        return f"{message} (run `soundcloud login` again)"
    return message


def _exit(message: str, code: int) -> NoReturn:
    click.echo(f"soundcloud: error: {message}", err=True)
    sys.stderr.flush()
    raise click.exceptions.Exit(code)
