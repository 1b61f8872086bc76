"""Observing each request a `SoundCloud` client sends: hooks, OpenTelemetry, raw capture.

`Observer.send` wraps the client's `send` (auth, redirects and retries inside it). While the
request is in flight, a `Call` sits in a context variable, where `RetryTransport` finds it to
report each attempt, retry and 429; without a `Call` (no hook, no tracer provider) the
transport reports nothing and pays one context-variable lookup per attempt.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from soundcloud_async import _otel, _raw
from soundcloud_async._error_body import request_id_of
from soundcloud_async._hooks import (
    Hooks,
    RateLimitEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    call_hook,
)
from soundcloud_async._ratelimit import parse_rate_limit
from soundcloud_async._redact import redact_url
from soundcloud_async._templates import url_template

__all__ = ["Call", "Observer", "current_call"]


class Call:
    """One request through the client: its template, attempt count and span."""

    __slots__ = ("attempts", "hooks", "span", "telemetry", "template")

    def __init__(self, hooks: Hooks, telemetry: _otel.Telemetry | None, template: str | None):
        self.hooks = hooks
        self.telemetry = telemetry
        self.template = template
        self.attempts = 0
        self.span: Any = None

    async def attempt(self, request: httpx.Request) -> int:
        """Count an attempt about to be sent and tell `on_request`; returns its number."""
        self.attempts += 1
        if self.hooks.on_request is not None:
            event = RequestEvent(
                request.method, redact_url(request.url), self.template, self.attempts
            )
            await call_hook(self.hooks.on_request, event)
        return self.attempts

    async def answered(
        self, request: httpx.Request, response: httpx.Response, elapsed: float
    ) -> None:
        """Tell `on_response` about one attempt's response."""
        if self.hooks.on_response is not None:
            event = ResponseEvent(
                request.method,
                redact_url(request.url),
                self.template,
                self.attempts,
                response.status_code,
                elapsed,
                request_id_of(response.headers),
            )
            await call_hook(self.hooks.on_response, event)

    async def retrying(
        self, request: httpx.Request, delay: float, cause: str, wait: float | None
    ) -> None:
        """Record a retry (span event, counter) and tell `on_retry`."""
        if self.telemetry is not None:
            attributes = _otel.base_attributes(request, self.template)
            self.telemetry.retries.add(1, {**attributes, "soundcloud.retry.cause": cause})
            self.span.add_event(
                _otel.RETRY_EVENT,
                {
                    "soundcloud.retry.attempt": self.attempts,
                    "soundcloud.retry.delay": delay,
                    "soundcloud.retry.cause": cause,
                },
            )
            self.span.set_attribute("http.request.resend_count", self.attempts)
        if self.hooks.on_retry is not None:
            event = RetryEvent(
                request.method,
                redact_url(request.url),
                self.template,
                self.attempts,
                delay,
                cause,
                wait,
            )
            await call_hook(self.hooks.on_retry, event)

    async def rate_limited(
        self, request: httpx.Request, body: object, retry_after: float | None
    ) -> None:
        """Count a 429 by its bucket and tell `on_rate_limit` what the body said."""
        limit = parse_rate_limit(body)
        group = limit.group if limit is not None else None
        bucket = limit.bucket if limit is not None else None
        if self.telemetry is not None:
            attributes = _otel.base_attributes(request, self.template)
            attributes["soundcloud.rate_limit.bucket"] = bucket or "unknown"
            attributes["soundcloud.rate_limit.group"] = group or "unknown"
            self.telemetry.rate_limited.add(1, attributes)
        if self.hooks.on_rate_limit is not None:
            event = RateLimitEvent(
                request.method,
                redact_url(request.url),
                self.template,
                self.attempts,
                group,
                bucket,
                limit.max_requests if limit is not None else None,
                limit.time_window if limit is not None else None,
                limit.remaining if limit is not None else None,
                limit.reset_at if limit is not None else None,
                retry_after,
            )
            await call_hook(self.hooks.on_rate_limit, event)


_CURRENT: contextvars.ContextVar[Call | None] = contextvars.ContextVar(
    "soundcloud_async.call", default=None
)


def current_call() -> Call | None:
    """The call being sent in this context, when it is observed."""
    return _CURRENT.get()


Send = Callable[[], Awaitable[httpx.Response]]


class Observer:
    """The hooks of one client, and the per-request wrapping that reports to them and to OTel."""

    def __init__(self, hooks: Hooks) -> None:
        self.hooks = hooks

    async def send(self, request: httpx.Request, send: Send) -> httpx.Response:
        """Run `send()` for `request`, observed when a hook or a tracer provider wants it."""
        telemetry = _otel.active_telemetry()
        if telemetry is None and not self.hooks:
            return _raw.captured(await send())
        call = Call(self.hooks, telemetry, url_template(request.method, request.url.path))
        token = _CURRENT.set(call)
        try:
            if telemetry is None:
                return _raw.captured(await send())
            return _raw.captured(await _traced(call, telemetry, request, send))
        finally:
            _CURRENT.reset(token)


async def _traced(
    call: Call, telemetry: _otel.Telemetry, request: httpx.Request, send: Send
) -> httpx.Response:
    span = call.span = telemetry.start_span(request, call.template, redact_url(request.url))
    attributes = _otel.base_attributes(request, call.template)
    started = time.perf_counter()
    error_type: str | None = None
    try:
        with telemetry.trace.use_span(
            span, end_on_exit=False, record_exception=False, set_status_on_exception=False
        ):
            response = await send()
        attributes["http.response.status_code"] = response.status_code
        if response.status_code >= 400:
            error_type = str(response.status_code)
        return response
    except BaseException as exc:
        # The class name only: an exception's text may quote a URL.
        error_type = type(exc).__qualname__
        raise
    finally:
        telemetry.end_span(span, attributes, error_type, time.perf_counter() - started)
