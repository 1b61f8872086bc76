"""Handing out the pages of one iteration, with an optional bounded read-ahead."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Generic, TypeVar

from soundcloud_async._pages import FetchedPage

T = TypeVar("T")


class PageStream(Generic[T]):
    """Hands out pages in order, reading at most `depth` pages ahead of the caller.

    A background task fetches the chain; a semaphore of `depth + 1` slots (the caller's page
    plus the read-ahead) bounds how many pages exist at once.
    """

    def __init__(self, pages: AsyncGenerator[FetchedPage[T], None], depth: int) -> None:
        self._pages = pages
        self._depth = depth
        self._queue: asyncio.Queue[FetchedPage[T] | Exception | None] = asyncio.Queue()
        self._slots = asyncio.Semaphore(depth + 1)
        self._pump: asyncio.Task[None] | None = None
        self._finished = False
        self.closed = False

    async def next(self) -> FetchedPage[T] | None:
        """Return the next page, None at the end; re-raise the failure that stopped the chain."""
        if self._finished:
            return None
        if self._depth == 0:
            fetched = await anext(self._pages, None)
            return None if self.closed else fetched  # closed by another task meanwhile
        if self._pump is None:
            self._pump = asyncio.create_task(self._run())
        else:
            self._slots.release()  # the caller has released its previous page
        item = await self._queue.get()
        if isinstance(item, Exception):
            self._finished = True
            raise item
        self._finished = item is None
        return item

    async def _run(self) -> None:
        try:
            while True:
                await self._slots.acquire()
                fetched = await anext(self._pages, None)
                self._queue.put_nowait(fetched)
                if fetched is None:
                    return
                del fetched  # the queue owns it now; the slot count stays truthful
        except Exception as exc:  # handed to the caller, who knows where to resume
            self._queue.put_nowait(exc)

    async def aclose(self) -> None:
        """Cancel any read-ahead request and wait until it has really stopped."""
        self._finished = self.closed = True
        pump, self._pump = self._pump, None
        self._queue.put_nowait(None)  # wakes a caller waiting in `next()` in another task
        if pump is not None and not pump.done():
            pump.cancel()
            # asyncio.wait never raises the pump's CancelledError, so a cancellation of the
            # caller's own task still propagates.
            await asyncio.wait({pump})
        # Without read-ahead the chain may be mid-request in the consuming task; that task
        # finishes it and then sees `closed`.
        if not getattr(self._pages, "ag_running", False):
            await self._pages.aclose()
