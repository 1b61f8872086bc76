"""`RecordingSleep`: a sleep for tests that returns at once and remembers what it was asked.

The pytest plugin's clients retry with it, so a test of a 500 or a 429 costs no wall time and
can still assert the waits the library chose (backoff, `Retry-After`).
"""

from __future__ import annotations

import asyncio

__all__ = ["RecordingSleep"]


class RecordingSleep:
    """An awaitable `sleep(seconds)` that does not wait; `waits` lists every requested delay.

    It still yields to the event loop once, as a real sleep would, so other tasks run.
    """

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __repr__(self) -> str:
        return f"RecordingSleep(waits={self.waits!r})"

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)

    @property
    def total(self) -> float:
        """Seconds that would have been slept so far."""
        return sum(self.waits)
