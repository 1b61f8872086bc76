"""An `asyncio.Lock` per event loop, for objects that outlive one `asyncio.run`.

An asyncio lock belongs to the loop it was first contended in; the same client or token store
used again under a second `asyncio.run` (module-scoped pytest fixtures, scripts that call
`asyncio.run` twice) would fail with "bound to a different event loop". Locks only exclude
within one loop anyway, so a fresh one per loop loses nothing.
"""

from __future__ import annotations

import asyncio

__all__ = ["LoopLock"]


class LoopLock:
    """Hands out the lock of the running event loop (a new one after the loop changed)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = asyncio.Lock()

    def get(self) -> asyncio.Lock:
        """Return the lock for the running loop."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop, self._lock = loop, asyncio.Lock()
        return self._lock
