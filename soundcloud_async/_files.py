"""Files replaced atomically and durably: a crash leaves the old content or the new, never half.

The token file store and the CLI's export state both write this way: a temporary file in the
same directory, flushed and fsynced, renamed over the target, then the directory fsynced so
the rename itself survives a power loss.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

__all__ = ["fsync_directory", "write_atomic"]


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` (creating its directory), atomically and durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file 0600 from the start: a secret is never world-readable.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Flush `directory`'s entries: a rename or unlink is only durable then (POSIX rename(2))."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
