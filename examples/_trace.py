"""A per-call trace summary built from the client's hooks: what a tracing UI would show.

Each request (token requests included) becomes one line with its attempts, the waits between
them and what the responses said: the hooks give the same facts as
the OpenTelemetry spans (`GET /tracks/{track_urn}`, `http.request.resend_count`, retry
events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from soundcloud_async import RateLimitEvent, RequestEvent, ResponseEvent, RetryEvent

__all__ = ["TraceRecorder"]


@dataclass
class _Call:
    name: str
    outcomes: list[str] = field(default_factory=list)
    waited: float = 0.0
    elapsed: float = 0.0
    limit: str | None = None
    request_id: str | None = None


class TraceRecorder:
    """Hooks that gather one `_Call` per request; `lines()` renders them."""

    def __init__(self) -> None:
        self._calls: list[_Call] = []
        self._open: dict[str, _Call] = {}

    def hooks(self) -> dict[str, Any]:
        """The keyword arguments to pass to `SoundCloud(...)`."""
        return {
            "on_request": self.on_request,
            "on_response": self.on_response,
            "on_retry": self.on_retry,
            "on_rate_limit": self.on_rate_limit,
        }

    def on_request(self, event: RequestEvent) -> None:
        name = f"{event.method} {event.url_template or event.url}"
        if event.attempt == 1 or name not in self._open:
            self._open[name] = _Call(name)
            self._calls.append(self._open[name])

    def on_response(self, event: ResponseEvent) -> None:
        call = self._call(event.method, event.url_template, event.url)
        call.outcomes.append(str(event.status_code))
        call.elapsed += event.elapsed
        call.request_id = event.request_id or call.request_id

    def on_retry(self, event: RetryEvent) -> None:
        call = self._call(event.method, event.url_template, event.url)
        call.waited += event.delay
        if not event.cause.isdigit():
            call.outcomes.append(event.cause)

    def on_rate_limit(self, event: RateLimitEvent) -> None:
        call = self._call(event.method, event.url_template, event.url)
        bucket = f", bucket {event.bucket}" if event.bucket else ""
        call.limit = f"429s from the {event.group or 'unnamed'!r} limit{bucket}"

    def lines(self) -> list[str]:
        """One line per call: span name, attempts, waits, and the limit a 429 named."""
        rendered = []
        for call in self._calls:
            resends = len(call.outcomes) - 1
            text = f"{call.name:<24} {' -> '.join(call.outcomes):<24} resends={resends}"
            text += f"  waited {call.waited:.2f} s"
            if call.limit:
                text += f"  ({call.limit})"
            if call.request_id:
                text += f"  request id {call.request_id}"
            rendered.append(text)
        return rendered

    def _call(self, method: str, template: str | None, url: str) -> _Call:
        name = f"{method} {template or url}"
        return self._open.setdefault(name, _Call(name))
