"""Per-user token stores, and the adapter that hands one user's slot to a `SoundCloud` client.

A web app keeps one token per user; the client only knows a store of one token
(`LockableTokenStore`). `UserScopedTokenStore` bridges the two and carries a per-user lock:
two concurrent requests of the same user then refresh the single-use refresh token once,
while other users never wait for each other (see docs/soundcloud-behaviour.md, Tokens and OAuth).
"""

from __future__ import annotations

import asyncio
import weakref
from contextlib import AbstractAsyncContextManager
from typing import Protocol, runtime_checkable

from soundcloud_async import Token
from soundcloud_async.token_store import LockableTokenStore

__all__ = [
    "MemoryUserTokenStore",
    "SharedUserTokenStore",
    "UserLocks",
    "UserScopedTokenStore",
    "UserTokenStore",
]


@runtime_checkable
class UserTokenStore(Protocol):
    """Where an app keeps each user's SoundCloud token; implement it over your database.

    `save` must be durable when it returns: the previous refresh token is already spent.
    User ids are strings (by default the SoundCloud user URN, `soundcloud:users:123`).
    """

    async def load(self, user_id: str) -> Token | None:
        """Return the user's token, or None if the user has none (never logged in, logged out)."""
        ...

    async def save(self, user_id: str, token: Token) -> None:
        """Durably replace the user's token."""
        ...

    async def clear(self, user_id: str) -> None:
        """Forget the user's token (logout); no error if there is none."""
        ...


@runtime_checkable
class SharedUserTokenStore(UserTokenStore, Protocol):
    """A `UserTokenStore` whose per-user slot brings its own cross-process lock.

    Per-user clients then use that slot as is (e.g. `RedisUserTokenStore`: one refresh per
    user across every worker and host), instead of a lock that only covers one process.
    """

    def token_store_for(self, user_id: str) -> LockableTokenStore:
        """The user's slot as a lockable token store."""
        ...


class MemoryUserTokenStore:
    """Tokens in a dict: for tests and single-process demos (every login is lost on restart)."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}

    def __repr__(self) -> str:
        return f"MemoryUserTokenStore(users={len(self._tokens)})"

    async def load(self, user_id: str) -> Token | None:
        """Return the user's token."""
        return self._tokens.get(user_id)

    async def save(self, user_id: str, token: Token) -> None:
        """Replace the user's token."""
        self._tokens[user_id] = token

    async def clear(self, user_id: str) -> None:
        """Forget the user's token."""
        self._tokens.pop(user_id, None)


class UserLocks:
    """One `asyncio.Lock` per user, alive only while some request holds a reference to it.

    Weak values keep the table as small as the set of users with requests in flight, so a
    long-running app does not grow a lock per user who ever logged in.
    """

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def __repr__(self) -> str:
        return f"UserLocks(active={len(self._locks)})"

    def lock_for(self, user_id: str) -> asyncio.Lock:
        """Return the lock shared by every current request of `user_id`."""
        lock = self._locks.get(user_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user_id] = lock
        return lock


class UserScopedTokenStore:
    """One user's slot of a `UserTokenStore`, as the `LockableTokenStore` a client expects.

    The lock is per process: several worker processes sharing a database still rely on the
    client re-reading the store after `invalid_grant` (see `SoundCloudAuth`).
    """

    def __init__(self, store: UserTokenStore, user_id: str, lock: asyncio.Lock) -> None:
        self._store = store
        self.user_id = user_id
        self._lock = lock

    def __repr__(self) -> str:
        return f"UserScopedTokenStore(user_id={self.user_id!r}, store={self._store!r})"

    async def load(self) -> Token | None:
        """Return this user's token."""
        return await self._store.load(self.user_id)

    async def save(self, token: Token) -> None:
        """Durably replace this user's token (called with each rotated token)."""
        await self._store.save(self.user_id, token)

    async def clear(self) -> None:
        """Forget this user's token (sign-out)."""
        await self._store.clear(self.user_id)

    def lock(self) -> AbstractAsyncContextManager[None]:
        """Serialise token refreshes of this user's concurrent requests."""
        return self._lock
