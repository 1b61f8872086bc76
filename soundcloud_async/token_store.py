"""Where tokens live between requests and processes.

SoundCloud refresh tokens are single-use (docs/soundcloud-behaviour.md, Tokens and OAuth): a
rotated token that is not saved, or two processes refreshing the same one, logs the user out. So
`SoundCloudAuth` saves every new token here before it is used, and holds the store's lock while
it refreshes.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import warnings
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Protocol, runtime_checkable

from soundcloud_async._files import fsync_directory, write_atomic
from soundcloud_async._loop_lock import LoopLock
from soundcloud_async._shared_failure import SharedFailure
from soundcloud_async._token import Token
from soundcloud_async.errors import ConfigurationError, TokenRefreshError

if sys.platform != "win32":
    import fcntl

__all__ = [
    "FailureSharingTokenStore",
    "FileTokenStore",
    "LockableTokenStore",
    "MemoryTokenStore",
    "TokenStore",
]


@runtime_checkable
class TokenStore(Protocol):
    """Persistent home of one token (one app, or one user).

    Implement it over your database to keep per-user tokens; `save` must be durable when it
    returns, because the previous refresh token is already dead at that point.
    """

    async def load(self) -> Token | None:
        """Return the stored token, or None when there is none."""
        ...

    async def save(self, token: Token) -> None:
        """Durably replace the stored token."""
        ...

    async def clear(self) -> None:
        """Forget the stored token (sign-out)."""
        ...


@runtime_checkable
class LockableTokenStore(TokenStore, Protocol):
    """A store shared by several clients or processes, with a lock held while refreshing.

    While one holder refreshes, the others wait and then find the new token in the store, so
    the single-use refresh token is spent exactly once.
    """

    def lock(self) -> AbstractAsyncContextManager[None]:
        """Return an async context manager holding the store's exclusive lock."""
        ...


@runtime_checkable
class FailureSharingTokenStore(Protocol):
    """A store that also keeps the last failed renewal, so its other users share it.

    Optional: `SoundCloudAuth` writes a failure here (under the store's lock) and reads it
    before it sends a refresh token itself; stores without it just do not share failures.
    """

    async def save_failure(self, failure: SharedFailure) -> None:
        """Durably record the last failed renewal."""
        ...

    async def load_failure(self) -> SharedFailure | None:
        """Return the last failed renewal, or None."""
        ...


class MemoryTokenStore:
    """Keeps the token in memory: shared between clients of one process, lost on exit."""

    def __init__(self, token: Token | None = None) -> None:
        """Start with `token` (or empty)."""
        self._token = token
        self._locks = LoopLock()
        self._failure: SharedFailure | None = None

    def __repr__(self) -> str:
        return f"MemoryTokenStore(token={self._token!r})"

    async def load(self) -> Token | None:
        """Return the token held in memory."""
        return self._token

    async def save(self, token: Token) -> None:
        """Replace the token held in memory."""
        self._token = token

    async def clear(self) -> None:
        """Forget the token."""
        self._token = None

    def lock(self) -> AbstractAsyncContextManager[None]:
        """Serialise refreshes of the clients of this process that share the store."""
        return self._locks.get()

    async def save_failure(self, failure: SharedFailure) -> None:
        """Keep the last failed renewal for the other clients of this store."""
        self._failure = failure

    async def load_failure(self) -> SharedFailure | None:
        """Return the last failed renewal."""
        return self._failure


class FileTokenStore:
    """A JSON file (mode 0600) shared safely by several processes.

    Writes go to a temporary file that is fsynced and atomically renamed over the old one, so
    a crash leaves either the old or the new token, never half of one. `lock()` takes an OS
    lock (`flock`) on a sidecar `<path>.lock` file, so processes sharing the file refresh once
    between them. Without `fcntl` (Windows) the lock only covers this process, and a
    `RuntimeWarning` says so.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, lock_timeout: float = 60.0, poll: float = 0.02
    ) -> None:
        """Use the token file at `path`; wait at most `lock_timeout` seconds for the lock."""
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.failure_path = self.path.with_name(self.path.name + ".failure")
        self._lock_timeout = lock_timeout
        self._poll = poll
        self._local_locks = LoopLock()
        if sys.platform == "win32":
            warnings.warn(
                "FileTokenStore: no fcntl on this platform, the lock covers one process only",
                RuntimeWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    async def load(self) -> Token | None:
        """Read the token file; None when it does not exist.

        Raises:
            ConfigurationError: The file exists but does not hold a valid token.
        """
        data = await asyncio.to_thread(_read, self.path)
        if data is None:
            return None
        try:
            return Token.from_json(data)
        except ConfigurationError as exc:
            raise ConfigurationError(f"token file {self.path}: {exc}") from None

    async def save(self, token: Token) -> None:
        """Atomically and durably replace the token file (mode 0600)."""
        await asyncio.to_thread(write_atomic, self.path, token.to_json().encode())

    async def clear(self) -> None:
        """Delete the token file."""
        await asyncio.to_thread(_remove, self.path)

    async def save_failure(self, failure: SharedFailure) -> None:
        """Record the last failed renewal in `<path>.failure` (mode 0600, no secrets)."""
        await asyncio.to_thread(write_atomic, self.failure_path, failure.to_json().encode())

    async def load_failure(self) -> SharedFailure | None:
        """Return the last failed renewal recorded by any process (None if unreadable)."""
        data = await asyncio.to_thread(_read, self.failure_path)
        return None if data is None else SharedFailure.from_json(data)

    def lock(self) -> AbstractAsyncContextManager[None]:
        """Hold the exclusive cross-process lock on `<path>.lock`.

        Raises:
            TokenRefreshError: The lock was not obtained within `lock_timeout` seconds.
        """
        return self._locked()

    @asynccontextmanager
    async def _locked(self) -> AsyncIterator[None]:
        async with self._local_locks.get():
            if sys.platform == "win32":
                yield
                return
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                await self._acquire(fd)
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    async def _acquire(self, fd: int) -> None:
        if sys.platform == "win32":
            return
        # Poll a non-blocking flock instead of blocking a worker thread: a cancelled waiter
        # must not acquire the lock later in a thread nobody watches.
        deadline = time.monotonic() + self._lock_timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TokenRefreshError(
                        f"timed out waiting for the token file lock {self.lock_path}",
                        error_code="lock_timeout",
                    ) from None
                await asyncio.sleep(self._poll)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    fsync_directory(path.parent)
