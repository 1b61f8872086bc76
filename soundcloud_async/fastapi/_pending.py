"""Logins in progress: the PKCE verifier and `state` between `/login` and `/callback`.

They stay on the server (RFC 9700 §2.1.1 / RFC 7636): the browser only carries a signed,
random login id. `pop` is single use, so a replayed callback finds nothing, and entries
expire, so an abandoned login cannot be completed hours later.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

__all__ = ["MemoryPendingLoginStore", "PendingLogin", "PendingLoginStore"]


@dataclass(frozen=True, slots=True)
class PendingLogin:
    """What `/callback` needs from `/login`; the secrets are kept out of the repr."""

    state: str = field(repr=False)
    code_verifier: str = field(repr=False)
    redirect_uri: str
    expires_at: float


@runtime_checkable
class PendingLoginStore(Protocol):
    """Holds pending logins; implement it over Redis or a database for several workers."""

    async def put(self, login_id: str, login: PendingLogin) -> None:
        """Remember `login` under `login_id` until `login.expires_at`."""
        ...

    async def pop(self, login_id: str) -> PendingLogin | None:
        """Remove and return the login (None if unknown, already used or expired)."""
        ...


class MemoryPendingLoginStore:
    """Pending logins in a dict, bounded: one process only (use a shared store for more).

    Args:
        max_entries: Oldest entries are dropped beyond this, so a flood of `/login` requests
            costs bounded memory.
        clock: Epoch seconds (injectable for tests).
    """

    def __init__(
        self, *, max_entries: int = 10_000, clock: Callable[[], float] = time.time
    ) -> None:
        self._logins: dict[str, PendingLogin] = {}
        self._max_entries = max_entries
        self._clock = clock

    def __repr__(self) -> str:
        return f"MemoryPendingLoginStore(pending={len(self._logins)})"

    async def put(self, login_id: str, login: PendingLogin) -> None:
        """Remember `login`, dropping expired and (if still full) the oldest entries."""
        now = self._clock()
        for key in [k for k, v in self._logins.items() if v.expires_at <= now]:
            del self._logins[key]
        while len(self._logins) >= self._max_entries:
            del self._logins[next(iter(self._logins))]  # dicts keep insertion order
        self._logins[login_id] = login

    async def pop(self, login_id: str) -> PendingLogin | None:
        """Remove and return the login if it has not expired."""
        login = self._logins.pop(login_id, None)
        if login is None or login.expires_at <= self._clock():
            return None
        return login
