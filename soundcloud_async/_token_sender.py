"""How `SoundCloudAuth` sends its own requests (token grants, sign-out) outside any caller.

Token requests run in a task owned by the auth object (see `_flight.py`), so they cannot ride
on the caller's request through the httpx auth flow. They go through the client the facade
binds (`use_client`: same transport, retries, hooks and timeouts as API calls), else through
a small client of the auth object's own over the `transport=` it was given.
"""

from __future__ import annotations

import httpx

from soundcloud_async._constants import DEFAULT_TIMEOUT

__all__ = ["TokenSender", "send_via"]


async def send_via(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send `request` through `client` with `auth=None`; the response body is read."""
    # A request built outside a client misses its timeout: take the client's unless the
    # request carries one already (the triggering API call's).
    request.extensions.setdefault("timeout", client.timeout.as_dict())
    # auth=None: a SoundCloudAuth on that client must not decorate (or wait for) this request.
    return await client.send(request, auth=None)


class TokenSender:
    """Sends a built request without any auth and returns the read response."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None) -> None:
        self._transport = transport
        self._bound: httpx.AsyncClient | None = None
        self._own: httpx.AsyncClient | None = None

    def use_client(self, http_client: httpx.AsyncClient) -> None:
        """Send through `http_client` from now on (it stays the caller's to close)."""
        self._bound = http_client

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send `request` with `auth=None` (never decorated by, or waiting for, ourselves)."""
        return await send_via(self._client(), request)

    async def aclose(self) -> None:
        """Close the client this sender opened itself (a given transport stays open)."""
        own, self._own = self._own, None
        if own is not None and self._transport is None:
            await own.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._bound is not None:
            return self._bound
        if self._own is None:
            # With a caller's transport we never close this client: closing it would close
            # that transport, which belongs to the caller.
            self._own = httpx.AsyncClient(transport=self._transport, timeout=DEFAULT_TIMEOUT)
        return self._own
