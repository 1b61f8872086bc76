"""One observed request: what its hooks are told and what its span records, attempt by attempt.

`Observer.send` builds a `Call` only for a client with a hook or while a tracer provider is set;
`RetryTransport` finds it in a context variable (`_observe.current_call`) to report each attempt,
retry and 429. A client that observes nothing never imports this module, nor the hook event
classes.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from soundcloud_async import _otel
from soundcloud_async._error_body import request_id_of
from soundcloud_async._hooks import (
    Hooks,
    RateLimitEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    call_hook,
)
from soundcloud_async._observe import Send
from soundcloud_async._ratelimit import parse_rate_limit
from soundcloud_async._redact import redact_url

__all__ = ["Call", "traced"]


class Call:
    """One request through the client: its template, attempt count and span."""

    __slots__ = ("attempts", "hooks", "span", "telemetry", "template")

    def __init__(
        self, hooks: Hooks | None, telemetry: _otel.Telemetry | None, template: str | None
    ):
        self.hooks = hooks if hooks is not None else Hooks()
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


async def traced(
    call: Call, telemetry: _otel.Telemetry, request: httpx.Request, send: Send
) -> httpx.Response:
    """Run `send()` in the CLIENT span of `call`, then end the span and record the duration."""
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
