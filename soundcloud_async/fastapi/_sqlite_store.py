"""`SQLiteUserTokenStore`: per-user tokens in one SQLite file, stdlib only (see `_sqlite`).

A committed transaction is durable, which is what a spent refresh token needs (see
docs/soundcloud-behaviour.md, Tokens and OAuth).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import time
from pathlib import Path

from soundcloud_async import Token
from soundcloud_async.fastapi._sqlite import check_table_name, open_database

__all__ = ["SQLiteUserTokenStore"]


class SQLiteUserTokenStore:
    """A `UserTokenStore` in a SQLite database file (created with mode 0600: tokens are secrets).

    Args:
        path: The database file; created on first use.
        table: Table to keep tokens in (created if missing).
        busy_timeout: Seconds to wait for another writer before failing.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "soundcloud_tokens",
        busy_timeout: float = 5.0,
    ) -> None:
        self.path = Path(path)
        self.table = check_table_name(table)
        self._busy_timeout = float(busy_timeout)

    def __repr__(self) -> str:
        return f"SQLiteUserTokenStore({str(self.path)!r}, table={self.table!r})"

    async def load(self, user_id: str) -> Token | None:
        """Return the user's token, or None.

        Raises:
            ConfigurationError: The stored row is not a valid token.
        """
        raw = await asyncio.to_thread(self._load, user_id)
        return None if raw is None else Token.from_json(raw)

    async def save(self, user_id: str, token: Token) -> None:
        """Insert or replace the user's token; committed when this returns."""
        await asyncio.to_thread(self._save, user_id, token.to_json())

    async def clear(self, user_id: str) -> None:
        """Delete the user's token."""
        await asyncio.to_thread(self._clear, user_id)

    def _load(self, user_id: str) -> str | None:
        query = f"SELECT token FROM {self.table} WHERE user_id = ?"  # noqa: S608 (checked name)
        with self._connect() as connection:
            row = connection.execute(query, (user_id,)).fetchone()
        return None if row is None else str(row[0])

    def _save(self, user_id: str, raw: str) -> None:
        statement = (
            f"INSERT INTO {self.table} (user_id, token, updated_at) VALUES (?, ?, ?) "  # noqa: S608
            "ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, "
            "updated_at = excluded.updated_at"
        )
        with self._connect() as connection, connection:
            connection.execute(statement, (user_id, raw, time.time()))

    def _clear(self, user_id: str) -> None:
        statement = f"DELETE FROM {self.table} WHERE user_id = ?"  # noqa: S608 (checked name)
        with self._connect() as connection, connection:
            connection.execute(statement, (user_id,))

    def _connect(self) -> contextlib.closing[sqlite3.Connection]:
        return open_database(
            self.path,
            busy_timeout=self._busy_timeout,
            create_table=f"CREATE TABLE IF NOT EXISTS {self.table} (user_id TEXT PRIMARY KEY, "
            "token TEXT NOT NULL, updated_at REAL NOT NULL)",
        )
