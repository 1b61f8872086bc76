"""Public hooks: what a caller may be told about each attempt of each request.

Hook arguments are small frozen dataclasses of plain values (no httpx objects, no headers), so
a hook can log or export them as they are: URLs are redacted with `redact_url` before they get
here and no header is ever passed. A hook may be sync or async; one that raises is logged on
`soundcloud_async.hooks` and the call goes on as if it had returned.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

__all__ = [
    "Hook",
    "Hooks",
    "RateLimitEvent",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "call_hook",
]

logger = logging.getLogger("soundcloud_async.hooks")

E = TypeVar("E")

Hook = Callable[[E], Awaitable[None] | None]
"""A hook: called with one event, sync or async; its return value is ignored."""


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """One attempt is about to be sent.

    Attributes:
        method: HTTP method, e.g. `"GET"`.
        url: The full URL, secrets redacted.
        url_template: The operation's path template (`/tracks/{track_urn}`), or None when the
            path matches no operation of the spec (e.g. `sc.request(...)` on a new path).
        attempt: 1 for the first attempt of a call, 2 for its first resend, and so on.
    """

    method: str
    url: str
    url_template: str | None
    attempt: int


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """One attempt got a response (its body is read unless the request streams it).

    Attributes:
        method, url, url_template, attempt: As in `RequestEvent`.
        status_code: The HTTP status.
        elapsed: Seconds from sending this attempt to its response.
        request_id: SoundCloud's edge or trace id of the response (`x-amz-cf-id`, ...), if any.
    """

    method: str
    url: str
    url_template: str | None
    attempt: int
    status_code: int
    elapsed: float
    request_id: str | None


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """An attempt failed and will be sent again after `delay` seconds.

    Attributes:
        method, url, url_template: As in `RequestEvent`.
        attempt: The attempt that failed (the next one is `attempt + 1`).
        delay: Seconds the retry layer waits before the next attempt.
        cause: The status that failed (`"429"`, `"503"`) or the exception's class name
            (`"ConnectError"`, `"ReadTimeout"`).
        announced_wait: The wait the server announced (`Retry-After` or a 429 body's
            `reset_time`), in seconds, or None.
    """

    method: str
    url: str
    url_template: str | None
    attempt: int
    delay: float
    cause: str
    announced_wait: float | None


@dataclass(frozen=True, slots=True)
class RateLimitEvent:
    """SoundCloud answered 429: the limit its body names and when it resets.

    Attributes:
        method, url, url_template, attempt: As in `RequestEvent`.
        group: The limit's name (`"plays"`, `"client-credentials-exchange"`), if given.
        bucket: What is counted (`"by-client"`, `"by-ip"`), if given.
        max_requests: Requests allowed per window, if given.
        time_window: The window as an ISO-8601 duration (`"PT24H"`), if given.
        remaining: Requests left in the window, if given.
        reset_at: When the window resets (aware datetime), if given.
        retry_after: Seconds until a retry may succeed, as the retry layer reads them.
    """

    method: str
    url: str
    url_template: str | None
    attempt: int
    group: str | None
    bucket: str | None
    max_requests: int | None
    time_window: str | None
    remaining: int | None
    reset_at: datetime | None
    retry_after: float | None


@dataclass(frozen=True, slots=True)
class Hooks:
    """The hooks of one client; each is optional."""

    on_request: Hook[RequestEvent] | None = None
    on_response: Hook[ResponseEvent] | None = None
    on_retry: Hook[RetryEvent] | None = None
    on_rate_limit: Hook[RateLimitEvent] | None = None

    def __bool__(self) -> bool:
        return any(
            hook is not None
            for hook in (self.on_request, self.on_response, self.on_retry, self.on_rate_limit)
        )


async def call_hook(hook: Callable[[Any], Any] | None, event: object) -> None:
    """Call `hook(event)`, awaiting its result if needed; log (never raise) what it raised."""
    if hook is None:
        return
    try:
        result = hook(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        # A broken hook must not fail the request it observes; the traceback is the
        # caller's own code, and the event holds no secret.
        logger.exception("hook %s raised on %s", _name(hook), type(event).__name__)


def _name(hook: Callable[..., Any]) -> str:
    return getattr(hook, "__qualname__", None) or repr(hook)
