"""Observing each request a `SoundCloud` client sends: hooks, OpenTelemetry, raw capture.

`Observer.send` wraps the client's `send` (auth, redirects and retries inside it). While the
request is in flight, a `Call` (_call.py) sits in a context variable, where `RetryTransport`
finds it to report each attempt, retry and 429; without a `Call` (no hook, no tracer provider)
the transport reports nothing and pays one context-variable lookup per attempt, and neither
`Call` nor the hook event classes are ever imported. `sc.raw` listens through a second context
variable (`captured`).
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx

from soundcloud_async import _otel

if TYPE_CHECKING:
    from soundcloud_async._call import Call
    from soundcloud_async._hooks import Hooks
    from soundcloud_async._raw import RawCapture

__all__ = ["Observer", "captured", "current_call"]

_CURRENT: contextvars.ContextVar[Call | None] = contextvars.ContextVar(
    "soundcloud_async.call", default=None
)
# Set by `sc.raw` (_raw.capture_raw) while it awaits a call.
RAW_CAPTURE: contextvars.ContextVar[RawCapture | None] = contextvars.ContextVar(
    "soundcloud_async.raw", default=None
)


def current_call() -> Call | None:
    """The call being sent in this context, when it is observed."""
    return _CURRENT.get()


def captured(response: httpx.Response) -> httpx.Response:
    """Offer `response` to the `sc.raw` awaiting in this context, if any; return it."""
    capture = RAW_CAPTURE.get()
    if capture is not None:
        capture.offer(response)
    return response


Send = Callable[[], Awaitable[httpx.Response]]


class Observer:
    """The hooks of one client (None: it has none), and the per-request wrapping that reports
    to them and to OTel."""

    def __init__(self, hooks: Hooks | None) -> None:
        self.hooks = hooks

    async def send(self, request: httpx.Request, send: Send) -> httpx.Response:
        """Run `send()` for `request`, observed when a hook or a tracer provider wants it."""
        telemetry = _otel.active_telemetry()
        if telemetry is None and not self.hooks:
            return captured(await send())
        # Only observed requests need the reporting code (first one imports it).
        from soundcloud_async._call import Call, traced
        from soundcloud_async._templates import url_template

        call = Call(self.hooks, telemetry, url_template(request.method, request.url.path))
        token = _CURRENT.set(call)
        try:
            if telemetry is None:
                return captured(await send())
            return captured(await traced(call, telemetry, request, send))
        finally:
            _CURRENT.reset(token)
