"""`sc.raw(call)`: the parsed value of a call together with its final HTTP response.

A context variable holds a `_Capture` while `sc.raw` awaits the call; every response the
client sends back in that same task overwrites it, so the last one (after retries, a
refresh-and-replay or a redirect) is what the caller gets. Token requests run in a task the
auth object owns, so they never land in it.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from soundcloud_async._error_body import request_id_of
from soundcloud_async._ratelimit import RateLimitHeaders
from soundcloud_async._redact import REDACTED, SECRET_HEADERS

__all__ = ["RawResponse", "capture_raw", "captured"]

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


class _Capture:
    __slots__ = ("response", "task")

    def __init__(self) -> None:
        self.task = asyncio.current_task()
        self.response: httpx.Response | None = None


_CAPTURE: contextvars.ContextVar[_Capture | None] = contextvars.ContextVar(
    "soundcloud_async.raw", default=None
)


def captured(response: httpx.Response) -> httpx.Response:
    """Keep `response` for the `sc.raw` awaiting in this task, if any; return it."""
    capture = _CAPTURE.get()
    if capture is not None and capture.task is asyncio.current_task():
        capture.response = response
    return response


async def capture_raw(call: Awaitable[T]) -> RawResponse[T]:
    """Await `call` and return its value with its final response (see `SoundCloud.raw`)."""
    capture = _Capture()
    token = _CAPTURE.set(capture)
    try:
        parsed = await call
    finally:
        _CAPTURE.reset(token)
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
