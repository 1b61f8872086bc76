"""OpenTelemetry: one CLIENT span per request named by its template, retries as resends and
events, a child span per token request, and the three metrics; asserted with the SDK's
in-memory exporter and reader."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import Counter, Histogram, MeterProvider
from opentelemetry.sdk.metrics.export import AggregationTemporality, InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from soundcloud_async import APIConnectionError, RateLimitError, RetryPolicy, ServerError
from soundcloud_async.testing import FakeSoundCloud, client_for

from .conftest import API, AUTH, TRACK, TRACK_BODY, assert_no_secret, client, refreshed, token
from .test_hooks import RATE_LIMIT_BODY

_EXPORTER = InMemorySpanExporter()


class _Switch(SpanProcessor):
    """Exports only while a test of this module runs: the global provider outlives them, and
    the rest of the suite should not fill the in-memory exporter."""

    def __init__(self, inner: SpanProcessor) -> None:
        self.inner = inner
        self.on = False

    def on_end(self, span: ReadableSpan) -> None:
        if self.on:
            self.inner.on_end(span)


_SWITCH = _Switch(SimpleSpanProcessor(_EXPORTER))
_READER = InMemoryMetricReader(
    preferred_temporality={
        Counter: AggregationTemporality.DELTA,
        Histogram: AggregationTemporality.DELTA,
    }
)


@pytest.fixture(scope="session")
def providers() -> None:
    # Global providers can be set once per process: one pair for the whole session.
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(_SWITCH)
    trace.set_tracer_provider(tracer_provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[_READER]))


@pytest.fixture
def spans(providers: None) -> Iterator[InMemorySpanExporter]:
    _EXPORTER.clear()
    _READER.get_metrics_data()  # drop what earlier tests recorded
    _SWITCH.on = True
    yield _EXPORTER
    _SWITCH.on = False
    _EXPORTER.clear()


def points() -> dict[str, list[Any]]:
    """Data points recorded since the last call, by metric name."""
    found: dict[str, list[Any]] = {}
    data = _READER.get_metrics_data()
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found.setdefault(metric.name, []).extend(metric.data.data_points)
    return found


def scan(finished: tuple[ReadableSpan, ...]) -> None:
    values = [dict(span.attributes or {}) for span in finished]
    values += [dict(event.attributes or {}) for span in finished for event in span.events]
    values += [span.name for span in finished]
    assert_no_secret(values)


async def test_a_429_then_200_call_is_one_span_with_a_resend(
    spans: InMemorySpanExporter,
) -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(
        side_effect=[
            httpx.Response(429, json=RATE_LIMIT_BODY, headers={"Retry-After": "0"}),
            httpx.Response(200, json=TRACK_BODY),
        ]
    )
    async with client(router) as sc:
        await sc.tracks.get(TRACK, secret_token="s-SECRETobs77")

    (span,) = spans.get_finished_spans()
    assert span.name == "GET /tracks/{track_urn}"
    assert span.kind is trace.SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["url.template"] == "/tracks/{track_urn}"
    assert attributes["server.address"] == "api.soundcloud.com"
    assert attributes["server.port"] == 443
    assert attributes["http.response.status_code"] == 200
    assert attributes["http.request.resend_count"] == 1
    assert "error.type" not in attributes
    (event,) = span.events
    assert event.name == "soundcloud.retry"
    assert dict(event.attributes or {})["soundcloud.retry.cause"] == "429"
    scan(spans.get_finished_spans())

    recorded = points()
    (duration,) = recorded["http.client.request.duration"]
    assert duration.count == 1
    assert duration.attributes["http.response.status_code"] == 200
    assert duration.attributes["url.template"] == "/tracks/{track_urn}"
    (retries,) = recorded["soundcloud.client.retries"]
    assert (retries.value, retries.attributes["soundcloud.retry.cause"]) == (1, "429")
    (limited,) = recorded["soundcloud.client.rate_limited"]
    assert limited.value == 1
    assert limited.attributes["soundcloud.rate_limit.bucket"] == "by-client"
    assert limited.attributes["soundcloud.rate_limit.group"] == "plays"


async def test_a_refresh_during_a_call_is_a_child_span(spans: InMemorySpanExporter) -> None:
    router = respx.MockRouter()
    router.post(f"{AUTH}/oauth/token").mock(return_value=refreshed())
    router.get(f"{API}/tracks/{TRACK}").mock(return_value=httpx.Response(200, json=TRACK_BODY))
    async with client(router, token=token(expired=True)) as sc:
        await sc.tracks.get(TRACK)

    by_name = {span.name: span for span in spans.get_finished_spans()}
    call, renewal = by_name["GET /tracks/{track_urn}"], by_name["POST /oauth/token"]
    assert renewal.parent is not None
    assert renewal.parent.span_id == call.context.span_id
    assert renewal.context.trace_id == call.context.trace_id
    assert dict(renewal.attributes or {})["server.address"] == "secure.soundcloud.com"
    scan(spans.get_finished_spans())


async def test_a_failing_call_records_its_error_type(spans: InMemorySpanExporter) -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(return_value=httpx.Response(500))
    router.get("/tracks/soundcloud:tracks:2").mock(side_effect=httpx.ConnectError("refused"))
    router.get("/tracks/soundcloud:tracks:3").mock(
        return_value=httpx.Response(429, json=RATE_LIMIT_BODY, headers={"Retry-After": "3600"})
    )
    async with client(router) as sc:
        with pytest.raises(ServerError):
            await sc.tracks.get(TRACK)
        with pytest.raises(APIConnectionError):
            await sc.tracks.get(2)
        with pytest.raises(RateLimitError):
            await sc.tracks.get(3)

    status, connect, limited = spans.get_finished_spans()
    assert dict(status.attributes or {})["error.type"] == "500"
    assert dict(status.attributes or {})["http.request.resend_count"] == 3
    assert status.status.status_code is trace.StatusCode.ERROR
    assert dict(connect.attributes or {})["error.type"] == "ConnectError"
    assert "http.response.status_code" not in dict(connect.attributes or {})
    assert dict(limited.attributes or {})["error.type"] == "429"
    scan(spans.get_finished_spans())
    recorded = points()
    errors = sorted(
        p.attributes.get("error.type") for p in recorded["http.client.request.duration"]
    )
    assert errors == ["429", "500", "ConnectError"]


def test_importing_the_library_does_not_import_opentelemetry() -> None:
    code = (
        "import sys, soundcloud_async; "
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


async def test_spans_over_the_fake_on_loopback(
    spans: InMemorySpanExporter, fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> None:
    fake_soundcloud.faults.rate_limit(1, retry_after=0, path="/tracks/")
    urn = f"soundcloud:tracks:{fake_soundcloud.track_ids()[0]}"
    async with client_for(
        fake_soundcloud, base_url=soundcloud_server, retry=RetryPolicy(initial_delay=0.0)
    ) as sc:
        await sc.tracks.get(urn)

    by_name = {span.name: span for span in spans.get_finished_spans()}
    call, renewal = by_name["GET /tracks/{track_urn}"], by_name["POST /oauth/token"]
    assert renewal.parent is not None
    assert renewal.parent.span_id == call.context.span_id
    attributes = dict(call.attributes or {})
    assert attributes["server.address"] == httpx.URL(soundcloud_server).host
    assert attributes["server.port"] == httpx.URL(soundcloud_server).port
    assert attributes["http.request.resend_count"] == 1
    assert attributes["http.response.status_code"] == 200
    scan(spans.get_finished_spans())
    assert fake_soundcloud.client_secret not in repr([s.attributes for s in by_name.values()])
