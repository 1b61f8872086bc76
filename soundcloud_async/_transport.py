"""RetryTransport: the one place where failed HTTP exchanges are retried.

It wraps the real transport (httpx's extension point for retries), so auth, hooks and the
facade see one request and one final response. It speaks httpx only: the last response is
returned and the last exception re-raised as they are; turning them into domain errors is
`errors.py`'s job.

httpx reads a response body only after the transport has returned, so a connection that dies
mid-body would fail outside any retry loop. For idempotent requests this transport therefore
reads the (raw, still encoded) body itself, inside the loop, and hands httpx an in-memory copy;
a request carrying the `STREAM_EXTENSION` (a download read chunk by chunk) is returned as soon
as its headers arrive, and a failure in its body surfaces to the caller.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import httpx

from soundcloud_async._json import parse_json
from soundcloud_async._observe import current_call
from soundcloud_async._replay import can_replay
from soundcloud_async._retry import RetryPolicy

if TYPE_CHECKING:
    # Each only on demand: a budget gate when `budget=` is given, a Call when observed, the
    # rate-limit parsers (attrs classes) for a retried status or `last_rate_limit`.
    from soundcloud_async._budget_gate import BudgetGate
    from soundcloud_async._call import Call
    from soundcloud_async._ratelimit import RateLimitHeaders

__all__ = ["STREAM_EXTENSION", "Borrowed", "RetryTransport"]

logger = logging.getLogger("soundcloud_async.retry")

STREAM_EXTENSION = "soundcloud_async.stream"
"""Request extension: `extensions={STREAM_EXTENSION: True}` returns the response as soon as its
headers arrive, for a body the caller streams; a failure while reading it is not retried."""

# A 429 body is a few hundred bytes (see docs/soundcloud-behaviour.md, "Rate limits and 429
# responses"); one that declares more is not worth buffering to look for a reset_time.
_MAX_INSPECTED_BODY = 64 * 1024
# API bodies are JSON pages of at most a few MiB. A body that declares more is a download the
# caller should stream: it is handed over unread rather than held in memory here.
_MAX_BUFFERED_BODY = 32 * 1024 * 1024


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RetryTransport(httpx.AsyncBaseTransport):
    """An `httpx.AsyncBaseTransport` that retries what a `RetryPolicy` allows.

    Attributes:
        policy: The policy applied to every request.
        last_rate_limit: Raw rate-limit headers of the most recent response this transport
            received (shared by concurrent requests), or None before the first one; read
            from that response's headers when accessed.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _utc_now,
        jitter_source: Callable[[], float] = random.random,
        budget: BudgetGate | None = None,
    ) -> None:
        """Wrap `transport`.

        Args:
            transport: The transport that talks to the network (default
                `httpx.AsyncHTTPTransport()`), or a mock/ASGI transport in tests.
            policy: What to retry and how long to wait (default `RetryPolicy()`).
            sleep: Awaited with each delay; inject a recorder in tests.
            clock: Monotonic seconds, for the deadline.
            now: Current wall-clock time (aware), to read `Retry-After` dates and `reset_time`.
            jitter_source: Returns a float in [0, 1) for backoff jitter.
            budget: Client-side rate budget every attempt draws from before it is sent.
        """
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._now = now
        self._jitter_source = jitter_source
        self._budget = budget
        # Headers and status of the last response, read into RateLimitHeaders only when asked
        # for: four header lookups on every response cost more than the rest of this class.
        self._last_response: tuple[httpx.Headers, int] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying as the policy allows; return the last response.

        The body of an idempotent request (unless it carries `STREAM_EXTENSION`) is read here,
        so a failure mid-body is retried like one before the headers.
        """
        started = self._clock()
        replayable = can_replay(request)
        read_body = replayable and self._reads_body(request)
        call = current_call()  # None unless a hook or a tracer wants to hear about attempts
        retry_number = 0
        while True:
            retry_number += 1
            wait: float | None = None
            if self._budget is not None:
                await self._admit(self._budget, request, started)
            sent = self._clock()
            if call is not None:
                await call.attempt(request)
            try:
                response = await self._transport.handle_async_request(request)
                if read_body:
                    await _read_raw_body(response)
            except httpx.TransportError as error:
                delay = self._delay_after_error(request, error, retry_number, started, replayable)
                if delay is None:
                    raise
                outcome = type(error).__name__
            else:
                if call is not None:
                    await _report(call, request, response, self._clock() - sent, self._now())
                delay, wait = await self._delay_after_response(
                    request, response, retry_number, started, replayable
                )
                if delay is None:
                    return response
                await response.aclose()  # give the connection back before waiting
                outcome = str(response.status_code)
            self._log_retry(request, outcome, retry_number, delay)
            if call is not None:
                await call.retrying(request, delay, outcome, wait)
            await self._sleep(delay)

    async def _admit(self, budget: BudgetGate, request: httpx.Request, started: float) -> None:
        # Every attempt draws from the budget: a retry spends SoundCloud's limit like the first.
        max_wait = self.policy.longest_wait(self._clock() - started)
        await budget.admit(request, max_wait=max_wait, now=self._now)

    def _reads_body(self, request: httpx.Request) -> bool:
        # A POST is never replayed after its bytes may have reached the server, so reading its
        # body here would buy nothing.
        if request.extensions.get(STREAM_EXTENSION):
            return False
        return self.policy.is_idempotent(request.method)

    def use_sleep(self, sleep: Callable[[float], Awaitable[None]]) -> None:
        """Await `sleep` with each delay from now on, here and in later `with_policy` copies.

        For a transport built for you (a `SoundCloud` client's own): the testing kit gives it
        a recording sleep, so tests of 429s and 5xx never wait.
        """
        self._sleep = sleep

    def with_policy(self, policy: RetryPolicy) -> RetryTransport:
        """A transport over the same wrapped transport (and pool) with another policy.

        Closing it does not close the wrapped transport, which stays this one's.
        """
        return RetryTransport(
            Borrowed(self._transport),
            policy=policy,
            sleep=self._sleep,
            clock=self._clock,
            now=self._now,
            jitter_source=self._jitter_source,
        )

    @property
    def last_rate_limit(self) -> RateLimitHeaders | None:
        """Raw rate-limit headers of the most recent response, or None before the first one."""
        if self._last_response is None:
            return None
        headers, status_code = self._last_response
        from soundcloud_async._ratelimit import RateLimitHeaders

        return RateLimitHeaders.from_headers(headers, status_code)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()

    def _delay_after_error(
        self,
        request: httpx.Request,
        error: Exception,
        retry_number: int,
        started: float,
        replayable: bool,
    ) -> float | None:
        if not self.policy.retries_error(request.method, error):
            return None
        if not replayable:
            _log_not_replayable(request, type(error).__name__)
            return None
        return self._next_delay(request, type(error).__name__, retry_number, started, None)

    async def _delay_after_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        retry_number: int,
        started: float,
        replayable: bool,
    ) -> tuple[float | None, float | None]:
        """The delay before the next attempt (None: return this response) and the wait the
        server announced."""
        self._last_response = (response.headers, response.status_code)
        if not self.policy.retries_status(request.method, response.status_code):
            return None, None
        if not replayable:
            _log_not_replayable(request, str(response.status_code))
            return None, None
        body: object = None
        if response.status_code == 429:
            # SoundCloud puts its reset_time in the 429 body, not in a header (see
            # docs/soundcloud-behaviour.md, "Rate limits and 429 responses").
            body = await _inspect_body(response)
            if self._budget is not None:
                await self._budget.observe_429(request, body)
        from soundcloud_async._ratelimit import announced_wait

        wait = announced_wait(response.headers, body, now=self._now())
        outcome = str(response.status_code)
        return self._next_delay(request, outcome, retry_number, started, wait), wait

    def _next_delay(
        self,
        request: httpx.Request,
        outcome: str,
        retry_number: int,
        started: float,
        wait: float | None,
    ) -> float | None:
        delay = self.policy.next_delay(
            retry_number=retry_number,
            elapsed=self._clock() - started,
            announced_wait=wait,
            jitter_sample=self._jitter_source(),
        )
        if delay is None:
            logger.debug(
                "not retrying %s %s after %s (attempt %d, announced wait %s s)",
                request.method,
                request.url.path,
                outcome,
                retry_number,
                "none" if wait is None else f"{wait:.1f}",
            )
        return delay

    def _log_retry(
        self, request: httpx.Request, outcome: str, retry_number: int, delay: float
    ) -> None:
        # Path only: the query may carry a secret_token.
        logger.debug(
            "retrying %s %s after %s: retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            outcome,
            retry_number,
            self.policy.max_retries,
            delay,
        )


class Borrowed(httpx.AsyncBaseTransport):
    """A transport used but never closed through this wrapper (a caller's, possibly shared by
    many clients, or the one a `with_options` view shares with its client)."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport.handle_async_request(request)


async def _report(
    call: Call, request: httpx.Request, response: httpx.Response, elapsed: float, now: datetime
) -> None:
    await call.answered(request, response, elapsed)
    if response.status_code == 429:
        body = await _inspect_body(response)
        from soundcloud_async._ratelimit import announced_wait

        await call.rate_limited(request, body, announced_wait(response.headers, body, now=now))


def _log_not_replayable(request: httpx.Request, outcome: str) -> None:
    logger.debug(
        "not retrying %s %s after %s: the request body is a stream that cannot be rewound",
        request.method,
        request.url.path,
        outcome,
    )


async def _read_raw_body(response: httpx.Response, limit: int = _MAX_BUFFERED_BODY) -> bool:
    """Read `response`'s body as sent (still encoded) and put it back as an in-memory stream.

    The response stays unread for httpx, which decodes it and sets `elapsed` as usual; its
    connection goes back to the pool now. A response whose body is already in memory (built
    by `httpx.MockTransport`, respx) or that declares more than `limit` bytes is left alone.

    Returns:
        True when the raw body is now in memory.
    """
    if response.is_stream_consumed:
        return False
    length = response.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        return False
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        return False
    try:
        raw = b"".join([chunk async for chunk in stream])
    finally:
        await stream.aclose()
    response.stream = httpx.ByteStream(raw)
    return True


async def _inspect_body(response: httpx.Response) -> object:
    """The JSON of a small body, read so that `response` itself stays unread for httpx."""
    if response.is_stream_consumed:  # already read and decoded (MockTransport, respx)
        return parse_json(response.content)
    # Chunked (no Content-Length) 429s are small in every sample.
    if not await _read_raw_body(response, limit=_MAX_INSPECTED_BODY):
        return None
    try:
        # The raw bytes are decoded through a throwaway response: httpx decodes the real one.
        decoded = httpx.Response(
            response.status_code, headers=response.headers, stream=response.stream
        )
        return parse_json(await decoded.aread())
    except httpx.DecodingError:
        return None
