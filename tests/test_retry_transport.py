"""RetryTransport over respx: what is retried, how often, how long it waits, and what it leaks."""

from __future__ import annotations

import gzip
import io
import json
import logging
import ssl
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import attrs
import httpx
import pytest
import respx

from soundcloud_async._ratelimit import RateLimitHeaders
from soundcloud_async._replay import can_replay
from soundcloud_async._retry import RetryPolicy
from soundcloud_async._transport import STREAM_EXTENSION, RetryTransport
from soundcloud_async.errors import (
    RateLimitError,
    ServerError,
    error_from_response,
    raise_for_status,
)

API = "https://api.soundcloud.com"
PATH = "/tracks/soundcloud:tracks:1"
START = datetime(2015, 6, 1, 9, 0, 0, tzinfo=UTC)
NO_JITTER = RetryPolicy(jitter=0.0)
# Building an SSL context costs ~40 ms; respx never opens a socket, so share one.
SSL_CONTEXT = ssl.create_default_context()


class FakeTime:
    """A clock that only moves when the transport sleeps."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds

    def clock(self) -> float:
        return self.elapsed

    def now(self) -> datetime:
        return START + timedelta(seconds=self.elapsed)


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_mocked=True, assert_all_called=True) as mock:
        yield mock


def _transport(time: FakeTime, policy: RetryPolicy = NO_JITTER) -> RetryTransport:
    return RetryTransport(
        httpx.AsyncHTTPTransport(verify=SSL_CONTEXT),
        policy=policy,
        sleep=time.sleep,
        clock=time.clock,
        now=time.now,
        jitter_source=lambda: 0.0,
    )


def _client(transport: RetryTransport) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=API, transport=transport)


def _reset_body(seconds_from_start: float) -> dict[str, object]:
    reset = START + timedelta(seconds=seconds_from_start)
    return {
        "errors": [
            {
                "meta": {
                    "rate_limit": {"group": "plays", "max_nr_of_requests": 15000},
                    "remaining_requests": 0,
                    "reset_time": reset.strftime("%Y/%m/%d %H:%M:%S +0000"),
                }
            }
        ]
    }


# Each row: method, scripted outcomes (status or exception), expected calls, expected sleeps,
# expected final status (None: the last exception is raised).
MATRIX = [
    ("GET", [503, 503, 200], 3, [0.5, 1.0], 200),
    ("GET", [500, 502, 504, 200], 4, [0.5, 1.0, 2.0], 200),
    ("GET", [500, 500, 500, 500], 4, [0.5, 1.0, 2.0], 500),  # 3 retries, then surface
    ("HEAD", [502, 200], 2, [0.5], 200),
    ("PUT", [504, 200], 2, [0.5], 200),
    ("DELETE", [500, 204], 2, [0.5], 204),
    ("POST", [500], 1, [], 500),  # may have been processed: never replayed
    ("POST", [502], 1, [], 502),
    ("POST", [504], 1, [], 504),
    ("PATCH", [500], 1, [], 500),
    ("POST", [503, 201], 2, [0.5], 201),  # refused before processing: safe
    ("POST", [429, 201], 2, [0.5], 201),
    ("DELETE", [429, 429, 204], 3, [0.5, 1.0], 204),
    ("GET", [400], 1, [], 400),
    ("GET", [401], 1, [], 401),
    ("GET", [404], 1, [], 404),
    ("GET", [422], 1, [], 422),
    ("GET", [501], 1, [], 501),
    ("POST", [httpx.ConnectError("refused"), 201], 2, [0.5], 201),
    ("POST", [httpx.ConnectTimeout("connect"), 201], 2, [0.5], 201),
    ("POST", [httpx.ReadTimeout("read")], 1, [], None),
    ("POST", [httpx.RemoteProtocolError("disconnected")], 1, [], None),
    ("GET", [httpx.ReadTimeout("read"), 200], 2, [0.5], 200),
    ("PUT", [httpx.ReadError("reset"), 200], 2, [0.5], 200),
    ("GET", [httpx.ConnectError("refused")] * 4, 4, [0.5, 1.0, 2.0], None),
    ("GET", [httpx.LocalProtocolError("bad")], 1, [], None),
]


def _outcome(item: int | Exception) -> httpx.Response | Exception:
    return item if isinstance(item, Exception) else httpx.Response(item)


@pytest.mark.parametrize(("method", "script", "calls", "sleeps", "final"), MATRIX)
async def test_status_and_error_matrix(
    router: respx.MockRouter,
    time: FakeTime,
    method: str,
    script: list[int | Exception],
    calls: int,
    sleeps: list[float],
    final: int | None,
) -> None:
    route = router.route(method=method, path=PATH).mock(side_effect=[_outcome(i) for i in script])
    async with _client(_transport(time)) as client:
        if final is None:
            last = script[-1]
            assert isinstance(last, Exception)
            with pytest.raises(type(last)):
                await client.request(method, PATH)
        else:
            assert (await client.request(method, PATH)).status_code == final
    assert route.call_count == calls
    assert time.sleeps == sleeps


async def test_post_500_reaches_the_server_exactly_once(
    router: respx.MockRouter, time: FakeTime
) -> None:
    route = router.post("/tracks/1/comments").mock(return_value=httpx.Response(500))
    async with _client(_transport(time)) as client:
        response = await client.post("/tracks/1/comments", json={"comment": {"body": "hi"}})
    assert route.call_count == 1
    assert time.sleeps == []
    with pytest.raises(ServerError):
        raise_for_status(response)


async def test_use_sleep_replaces_the_sleep_here_and_in_policy_copies(
    router: respx.MockRouter, time: FakeTime
) -> None:
    async def real_sleep(seconds: float) -> None:
        raise AssertionError(f"slept {seconds} s with the sleep use_sleep replaced")

    router.get(PATH).mock(
        side_effect=[httpx.Response(503), httpx.Response(200)] * 2,
    )
    transport = RetryTransport(
        httpx.AsyncHTTPTransport(verify=SSL_CONTEXT),
        policy=NO_JITTER,
        sleep=real_sleep,
        clock=time.clock,
        jitter_source=lambda: 0.0,
    )
    transport.use_sleep(time.sleep)
    copy = transport.with_policy(NO_JITTER)
    async with _client(transport) as client:
        assert (await client.get(PATH)).status_code == 200
    async with _client(copy) as client:
        assert (await client.get(PATH)).status_code == 200
    assert time.sleeps == [0.5, 0.5]


@pytest.mark.parametrize(
    ("headers", "body", "expected_sleep"),
    [
        ({"retry-after": "2"}, b"", 2.0),
        (
            {"retry-after": (START + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")},
            b"",
            30.0,
        ),
        ({}, json.dumps(_reset_body(20)).encode(), 20.0),  # SoundCloud's reset_time
        ({"retry-after": "garbage"}, json.dumps(_reset_body(20)).encode(), 20.0),
        ({"retry-after": "-5"}, b"", 0.5),  # invalid: backoff
        ({}, b'{"error":"Rate Limit Exceeded"}', 0.5),  # gateway 429, no reset info: backoff
        ({}, b"Please slow down.", 0.5),
        ({"x-ratelimit-reset": "3600"}, b"", 0.5),  # meaningless headers never decide
    ],
)
async def test_429_wait_sources(
    router: respx.MockRouter,
    time: FakeTime,
    headers: dict[str, str],
    body: bytes,
    expected_sleep: float,
) -> None:
    route = router.get(PATH).mock(
        side_effect=[httpx.Response(429, headers=headers, content=body), httpx.Response(200)]
    )
    async with _client(_transport(time)) as client:
        assert (await client.get(PATH)).status_code == 200
    assert route.call_count == 2
    assert time.sleeps == [expected_sleep]


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({}, json.dumps(_reset_body(3600)).encode()),  # reset in 1 h
        ({"retry-after": "3600"}, b""),
        ({"retry-after": "61"}, b'{"error":"Rate Limit Exceeded"}'),
    ],
)
async def test_long_wait_surfaces_429_without_sleeping(
    router: respx.MockRouter, time: FakeTime, headers: dict[str, str], body: bytes
) -> None:
    route = router.get(PATH).mock(return_value=httpx.Response(429, headers=headers, content=body))
    async with _client(_transport(time)) as client:
        response = await client.get(PATH)
    assert route.call_count == 1
    assert time.sleeps == []
    error = error_from_response(response, now=time.now())
    assert isinstance(error, RateLimitError)
    assert error.retry_after is not None
    assert error.retry_after > 60


async def test_surfaced_429_body_is_intact_even_when_compressed(
    router: respx.MockRouter, time: FakeTime
) -> None:
    body = json.dumps(_reset_body(3600)).encode()
    router.get(PATH).mock(
        return_value=httpx.Response(
            429, headers={"content-encoding": "gzip"}, content=gzip.compress(body)
        )
    )
    async with _client(_transport(time)) as client:
        response = await client.get(PATH)
    assert response.json() == json.loads(body)
    assert time.sleeps == []  # the compressed reset_time was read: 1 h is over the cap


async def test_compressed_429_reset_time_is_honoured(
    router: respx.MockRouter, time: FakeTime
) -> None:
    compressed = gzip.compress(json.dumps(_reset_body(15)).encode())
    router.get(PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"content-encoding": "gzip"}, content=compressed),
            httpx.Response(200),
        ]
    )
    async with _client(_transport(time)) as client:
        assert (await client.get(PATH)).status_code == 200
    assert time.sleeps == [15.0]


async def test_deadline_bounds_total_sleep(router: respx.MockRouter, time: FakeTime) -> None:
    policy = RetryPolicy(jitter=0.0, max_retries=50, deadline=10.0)
    route = router.get(PATH).mock(return_value=httpx.Response(503))
    async with _client(_transport(time, policy)) as client:
        assert (await client.get(PATH)).status_code == 503
    assert time.sleeps == [0.5, 1.0, 2.0, 4.0]  # the next 8 s would end at 15.5 s
    assert sum(time.sleeps) <= 10.0
    assert route.call_count == 5


async def test_deadline_stops_an_honoured_wait(router: respx.MockRouter, time: FakeTime) -> None:
    policy = RetryPolicy(jitter=0.0, deadline=50.0)
    route = router.get(PATH).mock(return_value=httpx.Response(429, headers={"retry-after": "30"}))
    async with _client(_transport(time, policy)) as client:
        assert (await client.get(PATH)).status_code == 429
    assert time.sleeps == [30.0]
    assert route.call_count == 2


async def test_deadline_counts_time_spent_in_requests(
    router: respx.MockRouter, time: FakeTime
) -> None:
    policy = RetryPolicy(jitter=0.0, deadline=5.0)

    def slow_503(request: httpx.Request) -> httpx.Response:
        time.elapsed += 4.8  # the server took its time
        return httpx.Response(503)

    route = router.get(PATH).mock(side_effect=slow_503)
    async with _client(_transport(time, policy)) as client:
        assert (await client.get(PATH)).status_code == 503
    assert route.call_count == 1
    assert time.sleeps == []


async def test_default_jitter_stays_within_bounds(router: respx.MockRouter, time: FakeTime) -> None:
    router.get(PATH).mock(side_effect=[httpx.Response(503)] * 3 + [httpx.Response(200)])
    samples = iter([0.0, 0.5, 0.999])
    transport = RetryTransport(
        httpx.AsyncHTTPTransport(verify=SSL_CONTEXT),
        sleep=time.sleep,
        clock=time.clock,
        now=time.now,
        jitter_source=lambda: next(samples),
    )
    async with _client(transport) as client:
        assert (await client.get(PATH)).status_code == 200
    assert time.sleeps == pytest.approx([0.5, 1.0 * (1 - 0.25 * 0.5), 2.0 * (1 - 0.25 * 0.999)])


# --- request bodies ----------------------------------------------------------------------------


async def _upload_chunks() -> AsyncIterator[bytes]:
    yield b"audio-part-1"
    yield b"audio-part-2"


@pytest.mark.parametrize(
    ("method", "outcome"),
    [
        ("POST", httpx.Response(503)),
        ("POST", httpx.Response(429, headers={"retry-after": "1"})),
        ("PUT", httpx.Response(500)),
        ("POST", httpx.ConnectError("refused")),
    ],
)
async def test_streamed_body_is_never_replayed(
    router: respx.MockRouter,
    time: FakeTime,
    method: str,
    outcome: httpx.Response | Exception,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="soundcloud_async.retry")
    route = router.route(method=method, path="/tracks").mock(side_effect=[outcome])
    async with _client(_transport(time)) as client:
        if isinstance(outcome, Exception):
            with pytest.raises(httpx.ConnectError):
                await client.request(method, "/tracks", content=_upload_chunks())
        else:
            response = await client.request(method, "/tracks", content=_upload_chunks())
            assert response.status_code == outcome.status_code
    assert route.call_count == 1
    assert time.sleeps == []
    assert "cannot be rewound" in caplog.text


async def test_seekable_multipart_upload_is_rewound_and_replayed(
    router: respx.MockRouter, time: FakeTime
) -> None:
    route = router.post("/tracks").mock(side_effect=[httpx.Response(503), httpx.Response(201)])
    audio = io.BytesIO(b"RIFF....WAVEfmt " * 100)
    async with _client(_transport(time)) as client:
        response = await client.post(
            "/tracks",
            data={"track[title]": "demo"},
            files={"track[asset_data]": ("demo.wav", audio, "audio/wav")},
        )
    assert response.status_code == 201
    assert route.call_count == 2
    first, second = (call.request.content for call in route.calls)
    assert first == second
    assert b"RIFF....WAVEfmt " * 100 in second


class _Pipe(io.RawIOBase):
    """A readable, non-seekable file object, like a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


async def test_non_seekable_multipart_upload_is_not_replayed(
    router: respx.MockRouter, time: FakeTime
) -> None:
    route = router.post("/tracks").mock(side_effect=[httpx.Response(503)])
    async with _client(_transport(time)) as client:
        pipe: io.RawIOBase = _Pipe(b"audio")
        response = await client.post(
            "/tracks",
            files={"track[asset_data]": ("demo.wav", pipe, "audio/wav")},  # type: ignore[dict-item]
        )
    assert response.status_code == 503
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("request_kwargs", "expected"),
    [
        ({}, True),
        ({"content": b"raw"}, True),
        ({"json": {"a": 1}}, True),
        ({"data": {"a": "1"}}, True),
        ({"files": {"f": ("a.txt", b"bytes")}}, True),
        ({"files": {"f": ("a.txt", io.BytesIO(b"x"))}}, True),
        ({"files": {"f": ("a.txt", _Pipe(b"x"))}}, False),
        ({"content": iter([b"a", b"b"])}, False),
    ],
)
def test_can_replay(request_kwargs: dict[str, object], expected: bool) -> None:
    request = httpx.Request("POST", API, **request_kwargs)  # type: ignore[arg-type]
    assert can_replay(request) is expected


# --- observability and hygiene ----------------------------------------------------------------


async def test_last_rate_limit_exposes_raw_headers(
    router: respx.MockRouter, time: FakeTime
) -> None:
    router.get(PATH).mock(
        return_value=httpx.Response(
            200,
            headers={
                "x-ratelimit-limit": "-1",
                "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": "0",
            },
        )
    )
    transport = _transport(time)
    assert transport.last_rate_limit is None
    async with _client(transport) as client:
        await client.get(PATH)
    assert transport.last_rate_limit == RateLimitHeaders(
        limit="-1", remaining="0", reset="0", status_code=200
    )


async def test_retries_are_logged_without_secrets(
    router: respx.MockRouter, time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(PATH).mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(200)]
    )
    caplog.set_level(logging.DEBUG, logger="soundcloud_async.retry")
    async with _client(_transport(time)) as client:
        await client.get(
            PATH,
            params={"secret_token": "s-PRIVATE"},
            headers={"Authorization": "OAuth TOKEN-XYZ"},
        )
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        f"retrying GET {PATH} after 503: retry 1 of 3 in 0.50 s",
        f"retrying GET {PATH} after ConnectError: retry 2 of 3 in 1.00 s",
    ]
    assert all(record.levelno == logging.DEBUG for record in caplog.records)
    assert not any("TOKEN-XYZ" in m or "s-PRIVATE" in m for m in messages)


async def test_giving_up_is_logged(
    router: respx.MockRouter, time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(PATH).mock(return_value=httpx.Response(429, headers={"retry-after": "3600"}))
    caplog.set_level(logging.DEBUG, logger="soundcloud_async.retry")
    async with _client(_transport(time)) as client:
        await client.get(PATH)
    assert [r.getMessage() for r in caplog.records] == [
        f"not retrying GET {PATH} after 429 (attempt 1, announced wait 3600.0 s)"
    ]


class _TrackedStream(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    async def aclose(self) -> None:
        self.closed = True


@attrs.define
class _ScriptedTransport(httpx.AsyncBaseTransport):
    """Inner transport that hands out trackable responses and records aclose()."""

    statuses: list[int]
    streams: list[_TrackedStream] = attrs.field(factory=list)
    closed: bool = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        stream = _TrackedStream()
        self.streams.append(stream)
        return httpx.Response(self.statuses.pop(0), stream=stream, request=request)

    async def aclose(self) -> None:
        self.closed = True


async def test_failed_responses_are_closed_and_aclose_is_delegated(time: FakeTime) -> None:
    inner = _ScriptedTransport([503, 502, 200])
    transport = RetryTransport(inner, policy=NO_JITTER, sleep=time.sleep, clock=time.clock)
    async with httpx.AsyncClient(base_url=API, transport=transport) as client:
        response = await client.get(PATH)
        assert response.status_code == 200
        assert [s.closed for s in inner.streams] == [True, True, True]  # last one read by httpx
    assert inner.closed
    assert len(time.sleeps) == 2


async def test_default_transport_and_policy() -> None:
    transport = RetryTransport()
    assert transport.policy == RetryPolicy()
    await transport.aclose()


# --- bodies read inside the loop -----------------------------------------------------------


class _BreakingBody(httpx.AsyncByteStream):
    """A body that sends half of itself, then fails like a reset connection."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"half":'
        raise httpx.ReadError("connection reset mid-body")

    async def aclose(self) -> None:
        self.closed = True


class _Scripted(httpx.AsyncBaseTransport):
    """Answers with the scripted responses in order, recording every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0)


def _scripted_transport(inner: _Scripted, time: FakeTime) -> RetryTransport:
    return RetryTransport(inner, policy=NO_JITTER, sleep=time.sleep, clock=time.clock, now=time.now)


async def test_a_get_whose_body_breaks_is_retried_and_the_broken_stream_closed(
    time: FakeTime,
) -> None:
    broken = _BreakingBody()
    inner = _Scripted(httpx.Response(200, stream=broken), httpx.Response(200, json={"ok": 1}))
    async with httpx.AsyncClient(base_url=API, transport=_scripted_transport(inner, time)) as c:
        response = await c.get(PATH)
    assert response.json() == {"ok": 1}
    assert (len(inner.requests), time.sleeps, broken.closed) == (2, [0.5], True)


@pytest.mark.parametrize(
    ("method", "extensions", "headers"),
    [
        ("POST", {}, {}),  # never replayed, so never read here
        ("GET", {STREAM_EXTENSION: True}, {}),  # the caller streams it
        ("GET", {}, {"content-length": str(64 * 1024 * 1024)}),  # a download, not a page
    ],
    ids=["post", "stream-extension", "over-32-MiB"],
)
async def test_bodies_left_to_the_caller_are_not_read_here(
    time: FakeTime, method: str, extensions: dict[str, object], headers: dict[str, str]
) -> None:
    inner = _Scripted(httpx.Response(200, headers=headers, stream=_BreakingBody()))
    async with httpx.AsyncClient(base_url=API, transport=_scripted_transport(inner, time)) as c:
        request = c.build_request(method, PATH, extensions=extensions)
        response = await c.send(request, stream=True)
        with pytest.raises(httpx.ReadError):
            await response.aread()
    assert len(inner.requests) == 1


async def test_a_read_body_keeps_its_encoding_for_httpx_to_decode(time: FakeTime) -> None:
    raw = gzip.compress(b'{"ok": true}')
    inner = _Scripted(
        httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(raw))
    )
    async with httpx.AsyncClient(base_url=API, transport=_scripted_transport(inner, time)) as c:
        response = await c.get(PATH)
    assert response.json() == {"ok": True}
    assert response.elapsed is not None  # httpx still closed the stream it read


async def test_a_pre_read_429_is_inspected_for_its_reset_time(time: FakeTime) -> None:
    # httpx.MockTransport and respx hand back responses whose body is already read.
    inner = _Scripted(httpx.Response(429, json=_reset_body(30)), httpx.Response(200))
    transport = _scripted_transport(inner, time)
    async with httpx.AsyncClient(base_url=API, transport=transport) as c:
        response = await c.post(PATH, json={"comment": {"body": "hi"}})
    assert (response.status_code, time.sleeps) == (200, [30.0])
