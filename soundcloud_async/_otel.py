"""OpenTelemetry spans and metrics of each call, following the HTTP client semantic conventions.

Off unless `opentelemetry-api` is installed (extra `otel`) AND the application has set a tracer
provider: the check looks at `sys.modules` first, so an application that never imported
OpenTelemetry pays one dictionary lookup per request and `import soundcloud_async` never
imports it.

Names (also in docs/guides/observability.md):
- span `{METHOD} {url.template}` (e.g. `GET /tracks/{track_urn}`; just `{METHOD}` for a path no
  operation has), kind CLIENT, one per request sent through the client, token requests
  included (a child of the call that needed the token);
- span event `soundcloud.retry` per retry; attribute `http.request.resend_count`;
- histogram `http.client.request.duration` (s), counters `soundcloud.client.retries` and
  `soundcloud.client.rate_limited` (429s, by the limit's bucket and group).
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

from soundcloud_async._version import __version__

__all__ = ["Telemetry", "active_telemetry"]

INSTRUMENTATION = "soundcloud_async"
DURATION = "http.client.request.duration"
RETRIES = "soundcloud.client.retries"
RATE_LIMITED = "soundcloud.client.rate_limited"
RETRY_EVENT = "soundcloud.retry"
# Semantic conventions' advisory buckets for http.client.request.duration (seconds).
_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)

_cache: dict[tuple[int, int], Telemetry] = {}


def active_telemetry() -> Telemetry | None:
    """The tracer and instruments to use now, or None when no tracer provider is set."""
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    provider = trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    from opentelemetry import metrics

    meter_provider = metrics.get_meter_provider()
    key = (id(provider), id(meter_provider))
    telemetry = _cache.get(key)
    if telemetry is None:
        telemetry = _cache[key] = Telemetry(provider, meter_provider)
    return telemetry


class Telemetry:
    """A tracer and the three instruments, bound to one tracer and one meter provider."""

    def __init__(self, tracer_provider: Any, meter_provider: Any) -> None:
        from opentelemetry import trace

        self.trace = trace
        self.tracer = tracer_provider.get_tracer(INSTRUMENTATION, __version__)
        meter = meter_provider.get_meter(INSTRUMENTATION, __version__)
        self.duration = meter.create_histogram(
            DURATION,
            unit="s",
            description="Duration of HTTP client requests, retries included.",
            explicit_bucket_boundaries_advisory=_DURATION_BUCKETS,
        )
        self.retries = meter.create_counter(
            RETRIES, unit="{retry}", description="Attempts sent again by the retry layer."
        )
        self.rate_limited = meter.create_counter(
            RATE_LIMITED, unit="{response}", description="429 responses from SoundCloud."
        )

    def start_span(self, request: httpx.Request, template: str | None, url: str) -> Any:
        """Start (not activate) the CLIENT span of one request."""
        name = request.method if template is None else f"{request.method} {template}"
        return self.tracer.start_span(
            name,
            kind=self.trace.SpanKind.CLIENT,
            attributes={**base_attributes(request, template), "url.full": url},
        )

    def end_span(
        self, span: Any, attributes: dict[str, Any], error_type: str | None, seconds: float
    ) -> None:
        """Set the outcome on `span`, end it and record the call's duration."""
        if error_type is not None:
            attributes["error.type"] = error_type
            span.set_status(self.trace.Status(self.trace.StatusCode.ERROR, error_type))
        span.set_attributes(attributes)
        span.end()
        self.duration.record(seconds, attributes)


def base_attributes(request: httpx.Request, template: str | None) -> dict[str, Any]:
    """Low-cardinality attributes of a request: method, host, port and template."""
    url = request.url
    attributes: dict[str, Any] = {
        "http.request.method": request.method,
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }
    if template is not None:
        attributes["url.template"] = template
    return attributes
