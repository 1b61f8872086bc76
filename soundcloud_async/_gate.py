"""A gate in front of httpx's connection pool, so a burst of calls cannot jam it.

httpcore matches every queued request against every connection on each pool event; with 1 000
concurrent calls behind 100 connections that costs seconds of CPU, during which connects and
reads time out (bench/ section 5: a fresh client failed all 1 000 calls). Requests beyond the
pool's size wait on a semaphore here instead, which costs nothing per event.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx

from soundcloud_async._constants import DEFAULT_LIMITS, DEFAULT_MAX_CONNECTIONS

__all__ = ["gated_network"]


def gated_network() -> httpx.AsyncBaseTransport:
    """A new network transport with httpx's default limits behind a `_Gated`."""
    return _Gated(httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS), DEFAULT_MAX_CONNECTIONS)


class _Gated(httpx.AsyncBaseTransport):
    """Lets at most `slots` requests into httpx's connection pool at once; the rest wait here.

    A slot is held until the response is closed, like the connection it stands for; the wait
    is bounded by the request's pool timeout.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, slots: int) -> None:
        self._transport = transport
        self._slots = asyncio.Semaphore(slots)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._slots.locked():
            await self._wait(request)
        else:
            await self._slots.acquire()  # free: returns without suspending
        try:
            response = await self._transport.handle_async_request(request)
        except BaseException:
            self._slots.release()
            raise
        response.stream = _Releasing(response.stream, self._slots)
        return response

    async def _wait(self, request: httpx.Request) -> None:
        timeouts = request.extensions.get("timeout") or {}
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no connection slot within the pool timeout") from None

    async def aclose(self) -> None:
        await self._transport.aclose()


class _Releasing(httpx.AsyncByteStream):
    """A response body that gives its `_Gated` slot back when it is closed (once)."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, slots: asyncio.Semaphore
    ) -> None:
        self._stream = stream
        self._slots: asyncio.Semaphore | None = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            if isinstance(self._stream, httpx.AsyncByteStream):
                await self._stream.aclose()
        finally:
            slots, self._slots = self._slots, None
            if slots is not None:
                slots.release()
