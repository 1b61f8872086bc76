"""`SQLitePendingLoginStore`: logins in progress in one SQLite file, for several workers.

With `uvicorn --workers N` the browser's callback may reach another process than its
`/login`; in memory, that process knows nothing of the login and the user sees "login
expired". A file every worker opens fixes that on one machine. `pop` reads and deletes in one
write transaction, so two callbacks racing with the same login complete it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from soundcloud_async.fastapi._pending import PendingLogin
from soundcloud_async.fastapi._sqlite import check_table_name, open_database

__all__ = ["SQLitePendingLoginStore"]

_Row = tuple[str, str, str, float]


class SQLitePendingLoginStore:
    """A `PendingLoginStore` in a SQLite database file (mode 0600: it holds PKCE verifiers).

    Args:
        path: The database file; created on first use (the user-token store's file is fine).
        table: Table to keep pending logins in (created if missing).
        max_entries: Oldest logins are dropped beyond this, so a flood of `/login` requests
            costs bounded disk; expired ones are dropped on every `put`.
        busy_timeout: Seconds to wait for another writer before failing.
        clock: Epoch seconds (injectable for tests).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "soundcloud_pending_logins",
        max_entries: int = 10_000,
        busy_timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.table = check_table_name(table)
        self._max_entries = max_entries
        self._busy_timeout = float(busy_timeout)
        self._clock = clock

    def __repr__(self) -> str:
        return f"SQLitePendingLoginStore({str(self.path)!r}, table={self.table!r})"

    async def put(self, login_id: str, login: PendingLogin) -> None:
        """Remember `login` (committed when this returns), dropping expired and excess ones."""
        row = (login.state, login.code_verifier, login.redirect_uri, login.expires_at)
        await asyncio.to_thread(self._put, login_id, row)

    async def pop(self, login_id: str) -> PendingLogin | None:
        """Remove and return the login if it exists and has not expired."""
        row = await asyncio.to_thread(self._pop, login_id)
        if row is None or row[3] <= self._clock():
            return None
        state, code_verifier, redirect_uri, expires_at = row
        return PendingLogin(state, code_verifier, redirect_uri, expires_at)

    def _put(self, login_id: str, row: _Row) -> None:
        table = self.table
        with self._connect() as connection, connection:
            connection.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (self._clock(),))  # noqa: S608
            connection.execute(
                f"INSERT OR REPLACE INTO {table} (login_id, state, code_verifier, "  # noqa: S608
                "redirect_uri, expires_at) VALUES (?, ?, ?, ?, ?)",
                (login_id, *row),
            )
            connection.execute(
                f"DELETE FROM {table} WHERE login_id IN (SELECT login_id FROM {table} "  # noqa: S608
                "ORDER BY expires_at DESC LIMIT -1 OFFSET ?)",
                (self._max_entries,),
            )

    def _pop(self, login_id: str) -> _Row | None:
        table = self.table
        with self._connect() as connection:
            # One write transaction from the read on: a concurrent pop of the same id waits,
            # then finds nothing (single use across processes).
            connection.execute("BEGIN IMMEDIATE")
            try:
                row = connection.execute(
                    f"SELECT state, code_verifier, redirect_uri, expires_at FROM {table} "  # noqa: S608
                    "WHERE login_id = ?",
                    (login_id,),
                ).fetchone()
                connection.execute(f"DELETE FROM {table} WHERE login_id = ?", (login_id,))  # noqa: S608
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
        return None if row is None else (str(row[0]), str(row[1]), str(row[2]), float(row[3]))

    def _connect(self) -> contextlib.closing[sqlite3.Connection]:
        return open_database(
            self.path,
            busy_timeout=self._busy_timeout,
            create_table=f"CREATE TABLE IF NOT EXISTS {self.table} (login_id TEXT PRIMARY KEY, "
            "state TEXT NOT NULL, code_verifier TEXT NOT NULL, redirect_uri TEXT NOT NULL, "
            "expires_at REAL NOT NULL)",
        )
