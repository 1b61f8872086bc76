"""The options every command shares and the `SoundCloud` client they lead to.

A command asks for a user (`login required`), prefers one (reads: your token sees your private
tracks), or needs none. Each gets a client with the matching `FileTokenStore`, so a refreshed
token is saved for the next run.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from soundcloud_async import FileTokenStore, RetryPolicy, SoundCloud
from soundcloud_async.cli._config import app_token_path, user_token_path
from soundcloud_async.cli._errors import ExitCode, fail

__all__ = ["Globals", "Identity", "open_client"]


class Identity(enum.Enum):
    """Whose token a command runs with."""

    USER = "user"  # the logged-in user, or exit with the auth code
    ANY = "any"  # the logged-in user when there is one, else an app-only token
    LOGIN = "login"  # the user's store, empty until the code exchange fills it


@dataclass(frozen=True, slots=True)
class Globals:
    """The root options (`soundcloud --json --base-url ... COMMAND`)."""

    json: bool
    base_url: str | None
    auth_base_url: str | None
    retries: int | None

    def retry_policy(self) -> RetryPolicy | None:
        """`--retries N`, or the SDK's default policy."""
        return None if self.retries is None else RetryPolicy(max_retries=self.retries)


async def open_client(options: Globals, identity: Identity) -> SoundCloud:
    """A client for `identity`; its token file is loaded on the first request."""
    user_store = FileTokenStore(user_token_path(options.base_url))
    if identity is not Identity.LOGIN:
        token = await user_store.load()
        logged_in = token is not None and not token.app_only
        if identity is Identity.USER and not logged_in:
            fail("not logged in: run `soundcloud login` first", ExitCode.AUTH)
        if not logged_in:
            user_store = FileTokenStore(app_token_path(options.base_url))
    return SoundCloud(
        token_store=user_store,
        base_url=options.base_url,
        auth_base_url=options.auth_base_url,
        retry=options.retry_policy(),
    )
