"""The in-process transport: httpx talks to the fake's ASGI app without a socket."""

from __future__ import annotations

import httpx
from starlette.types import ASGIApp

from soundcloud_async.testing._faults import ConnectionDropped


class FakeTransport(httpx.AsyncBaseTransport):
    """`httpx.ASGITransport` over the fake, for every host (API and auth alike).

    A dropped-connection fault surfaces as `httpx.RemoteProtocolError`, the error httpx
    raises when a real server closes the socket without answering.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()
