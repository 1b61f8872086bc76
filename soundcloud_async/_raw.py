"""`sc.raw(call)`: the parsed value of a call together with its final HTTP response.

While `sc.raw` awaits the call, a `RawCapture` sits in a context variable (`_observe`); every
response the client sends back in that same task overwrites its response, so the last one
(after retries, a refresh-and-replay or a redirect) is what the caller gets. Token requests run
in a task the auth object owns, so they never land in it. This module is imported by the first
`sc.raw`, not by clients that never use it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from soundcloud_async._error_body import request_id_of
from soundcloud_async._observe import RAW_CAPTURE
from soundcloud_async._ratelimit import RateLimitHeaders
from soundcloud_async._redact import REDACTED, SECRET_HEADERS

__all__ = ["RawCapture", "RawResponse", "capture_raw"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """A call's parsed value and what its final HTTP response said.

    Attributes:
        parsed: What the call returns (a model, a page, None ...).
        status_code: HTTP status of the final response.
        headers: Its headers as a plain dict (lower-case names; repeated ones joined by ", ").
        rate_limit: Its raw rate-limit headers.
        request_id: Its edge or trace id (`x-amz-cf-id` ...), for a support ticket.
    """

    parsed: T
    status_code: int
    headers: dict[str, str]
    rate_limit: RateLimitHeaders
    request_id: str | None


class RawCapture:
    """The last response the task that awaits `sc.raw` received."""

    __slots__ = ("response", "task")

    def __init__(self) -> None:
        self.task = asyncio.current_task()
        self.response: httpx.Response | None = None

    def offer(self, response: httpx.Response) -> None:
        """Keep `response` if it belongs to the awaiting task (not to one it started)."""
        if self.task is asyncio.current_task():
            self.response = response


async def capture_raw(call: Awaitable[T]) -> RawResponse[T]:
    """Await `call` and return its value with its final response (see `SoundCloud.raw`)."""
    capture = RawCapture()
    token = RAW_CAPTURE.set(capture)
    try:
        parsed = await call
    finally:
        RAW_CAPTURE.reset(token)
    response = capture.response
    if response is None:
        raise ValueError(
            "sc.raw() needs a call of this client that sends a request, e.g. "
            "sc.raw(sc.tracks.get(urn)); this one sent none"
        )
    headers = {
        key: REDACTED if key in SECRET_HEADERS else ", ".join(response.headers.get_list(key))
        for key in response.headers
    }
    return RawResponse(
        parsed=parsed,
        status_code=response.status_code,
        headers=headers,
        rate_limit=RateLimitHeaders.from_headers(response.headers, response.status_code),
        request_id=request_id_of(response.headers),
    )
