"""One SQLite file for the stores of several worker processes: stdlib only, never on the loop.

sqlite3 blocks, so each store call runs in a worker thread (`asyncio.to_thread`) with its own
short-lived connection: the event loop never waits on disk, and no connection is shared
between threads. SQLite's own locking (with a busy timeout) serialises writers, also across
processes, and a committed transaction is durable in the default journal mode.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path

from soundcloud_async.errors import ConfigurationError

__all__ = ["check_table_name", "open_database"]

_TABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def check_table_name(table: str) -> str:
    """Return `table` if it is a plain SQL identifier (it is put into statements as is).

    Raises:
        ConfigurationError: It is not.
    """
    if not _TABLE_NAME.fullmatch(table):
        raise ConfigurationError("table must be a plain SQL identifier")
    return table


def open_database(
    path: Path, *, busy_timeout: float, create_table: str
) -> contextlib.closing[sqlite3.Connection]:
    """Open a connection (closed by the caller's `with`), creating file and table if new.

    The file is created with mode 0600: the stores keep tokens and PKCE verifiers.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    connection = sqlite3.connect(path, timeout=busy_timeout)
    try:
        with connection:
            connection.execute(create_table)
    except BaseException:
        connection.close()
        raise
    return contextlib.closing(connection)
