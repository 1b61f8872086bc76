"""One token operation at a time, run as a task the auth object owns (not the caller).

A renewal spends a single-use refresh token (see docs/soundcloud-behaviour.md, "Tokens and
OAuth"). If it ran inside the request that started it, cancelling that request after
SoundCloud rotated the token would throw the new token away. So every renewal, sign-out and
`set_token` runs in a `Flight` task: callers await it through `asyncio.shield`, a cancelled
caller stops waiting but the task still finishes and saves its result, and every caller that
joined gets the same outcome (token or exception) from one token request.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["Flight"]


class Flight:
    """Serialises token operations of one auth object within one event loop at a time.

    A client is bound to the loop it is used in; it moves to a new loop once the old one is
    closed (e.g. a second `asyncio.run`), and refuses to be used from two running loops.
    """

    def __init__(self) -> None:
        self._current: asyncio.Task[Any] | None = None
        self._kind = ""

    async def join_or_start(self, kind: str, start: Callable[[], Awaitable[T]]) -> T:
        """Await the running `kind` operation, or start `start()` once the loop is free.

        Args:
            kind: Operations of the same kind are shared (e.g. "renew"); others queue.
            start: Called to create the coroutine when a new operation starts; it must
                re-check whether it is still needed (someone may have just done it).
        """
        while True:
            task = self._live_task()
            if task is None:
                task = self._start(kind, start)
            elif self._kind != kind:
                await _settled(task)
                continue
            result: T = await asyncio.shield(task)
            return result

    async def run_alone(self, kind: str, start: Callable[[], Awaitable[T]]) -> T:
        """Wait until no operation runs, then run `start()` as the only one (never joined)."""
        while (task := self._live_task()) is not None:
            await _settled(task)
        result: T = await asyncio.shield(self._start(f"{kind}:alone", start))
        return result

    def _start(self, kind: str, start: Callable[[], Awaitable[T]]) -> asyncio.Task[T]:
        task = asyncio.get_running_loop().create_task(_as_coroutine(start))
        # Read the outcome even when every caller was cancelled: no "exception never
        # retrieved" warning, the error already reached whoever was still waiting.
        task.add_done_callback(_consume)
        self._current, self._kind = task, kind
        return task

    def _live_task(self) -> asyncio.Task[Any] | None:
        task = self._current
        if task is None or task.done():
            return None
        loop = asyncio.get_running_loop()
        owner = task.get_loop()
        if owner is loop:
            return task
        if owner.is_closed() or not owner.is_running():
            return None  # left over from a finished asyncio.run: that loop is gone
        raise RuntimeError(
            "this SoundCloud client is in use by another running event loop: one client "
            "belongs to one event loop at a time (create one client per loop or thread)"
        )


async def _as_coroutine(start: Callable[[], Awaitable[T]]) -> T:
    return await start()


async def _settled(task: asyncio.Task[Any]) -> None:
    # Wait for another operation to end, whatever its outcome (its own callers see that).
    with contextlib.suppress(Exception):
        await asyncio.shield(task)


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()
