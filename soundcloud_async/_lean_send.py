"""The request path of the client a `SoundCloud` builds: httpx's, without what it never uses.

`httpx.AsyncClient.request` merges the call's URL, headers, cookies and params into the
client's, then sends through three generic layers (auth, redirects, one attempt), each with
its own bookkeeping. A generated operation already has its absolute URL (`_request_url.py`),
never overrides auth or timeouts and never follows a redirect, so `build` makes the request
directly and `send` runs the same steps as httpx 0.28 in one loop: the auth flow (a 401
replay included), the event hooks, the transport (retries inside), cookies, httpx's own
"HTTP Request" log line, `elapsed`, reading the body. One thing is left out: httpx prepares
the next request of a redirect it does not follow (`response.next_request`); the generated
operations never read it, and `Runtime.request` (resolve, preview), which does care about a
redirect, goes through httpx's own `send`.

Everything else takes httpx's path (`LeanClient.request` decides, per call). About a tenth of
a mocked call (bench/ section 1).
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

__all__ = ["LeanClient"]

# The arguments a generated operation passes besides method and url (templates/
# endpoint_module.py.jinja, build_request); any other one takes httpx's path.
_PLAIN_ARGUMENTS = frozenset({"json", "content", "headers"})
# The one httpx internal the loop needs (see `_send_once`); without it, httpx's own path.
_AVAILABLE = callable(getattr(httpx.AsyncClient, "_transport_for_url", None))
# httpx logs each exchange on this logger (our redacting filter is installed on it).
_httpx_logger = logging.getLogger("httpx")


class LeanClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose `request` skips httpx's merging and layers when it can."""

    def __init__(self, **kwargs: Any) -> None:
        if kwargs.get("follow_redirects"):
            raise TypeError("LeanClient never follows redirects")
        super().__init__(**kwargs)

    async def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        # httpx's signature: the keyword arguments are passed on as they came.
        plain = _AVAILABLE and kwargs.keys() <= _PLAIN_ARGUMENTS
        if plain and isinstance(url, httpx.URL) and url.is_absolute_url:
            return await self.send_built(self.build_plain(method, url, **kwargs))
        return await super().request(method, url, **kwargs)

    def build_plain(
        self,
        method: str,
        url: httpx.URL,
        *,
        json: Any = None,
        content: Any = None,
        headers: Any = None,
    ) -> httpx.Request:
        """What `build_request` gives for an absolute URL and these arguments."""
        merged = self.headers
        if headers is not None:
            merged = httpx.Headers(merged)
            merged.update(headers)
        cookies = self.cookies
        return httpx.Request(
            method,
            url,
            json=json,
            content=content,
            headers=merged,
            cookies=cookies if cookies else None,
            extensions={"timeout": self.timeout.as_dict()},
        )

    async def send_built(self, request: httpx.Request) -> httpx.Response:
        """Send a request from `build_plain`; subclasses wrap this to observe it."""
        return await self.send_lean(request)

    async def send_lean(self, request: httpx.Request) -> httpx.Response:
        """`send(request)` with the client's auth, no redirect followed, body read."""
        auth = self.auth
        if auth is None:  # never for a SoundCloud client; httpx has its own defaults
            return await super().send(request)
        history: list[httpx.Response] = []
        flow = auth.async_auth_flow(request)
        try:
            request = await flow.__anext__()
            while True:
                response = await self._send_once(request, history)
                try:
                    try:
                        next_request = await flow.asend(response)
                    except StopAsyncIteration:
                        break
                    await response.aread()
                    request = next_request
                    history.append(response)
                except BaseException:
                    await response.aclose()
                    raise
        finally:
            await flow.aclose()
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response

    async def _send_once(
        self, request: httpx.Request, history: list[httpx.Response]
    ) -> httpx.Response:
        hooks = self.event_hooks
        for hook in hooks["request"]:
            await hook(request)
        started = time.perf_counter()
        try:
            # Looked up per request, as httpx does: respx's "httpx" mode replaces this lookup.
            transport = self._transport_for_url(request.url)
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request  # as httpx's client does: the transport does not set it
            raise
        response.request = request
        response.stream = _Timed(response, started)
        self.cookies.extract_cookies(response)
        if _httpx_logger.isEnabledFor(logging.INFO):
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        if history:
            response.history = list(history)
        for hook in hooks["response"]:
            await hook(response)
        return response


class _Timed(httpx.AsyncByteStream):
    """A response's stream that sets `response.elapsed` when closed, as httpx's client does."""

    def __init__(self, response: httpx.Response, started: float) -> None:
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        self._stream = stream
        self._response = response
        self._started = started

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)
        await self._stream.aclose()
