"""SoundCloud's rate-limit signals, parsed in one place for the retry layer and the errors.

SoundCloud documents no `Retry-After` header; what it does send is a 429 body in several shapes
and, on many responses, `x-ratelimit-*` headers with meaningless values (`-1/0/0`) (see
docs/soundcloud-behaviour.md, "Rate limits and 429 responses"). Every parser here accepts any
input and returns `None` for what it cannot read: a malformed throttle message must never crash
a caller.
The clock is always passed in (`now`) so tests decide what time it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import attrs
import httpx

# SoundCloud v1 timestamps, including the 429 `reset_time` (see docs/soundcloud-behaviour.md,
# "Rate limits and 429 responses").
RESET_TIME_FORMAT = "%Y/%m/%d %H:%M:%S %z"

# RFC 9110 §10.2.3: delay-seconds is 1*DIGIT. A fraction is tolerated; signs, exponents,
# underscores, "nan" and "inf" (all of which float() would accept) are not.
_DELAY_SECONDS = re.compile(r"\d+(\.\d+)?")

MAX_ANNOUNCED_WAIT = 1e9
"""Longest wait (about 31 years) a server announcement is taken at. Larger values, up to ones
that overflow a float or a datetime, all mean "not soon" and are capped to this, so the wait
and `now + wait` stay representable and agree."""


@attrs.frozen
class RateLimit:
    """The limit a SoundCloud 429 body says was exceeded.

    Attributes:
        group: Limit name, sent as `group` (2015, docs) or `name` (2017, token endpoint 2022),
            e.g. `"plays"` or `"client-credentials-exchange"`.
        bucket: What is counted, e.g. `"by-client"` or `"by-ip"`.
        max_requests: `max_nr_of_requests` allowed per window.
        time_window: ISO-8601 duration of the window, e.g. `"PT24H"`.
        remaining: `remaining_requests` in the current window.
        reset_at: When the window resets (timezone-aware), from `reset_time`.
    """

    group: str | None = None
    bucket: str | None = None
    max_requests: int | None = None
    time_window: str | None = None
    remaining: int | None = None
    reset_at: datetime | None = None


@attrs.frozen
class RateLimitHeaders:
    """Raw rate-limit headers of one response, exactly as sent.

    SoundCloud often sends `x-ratelimit-limit: -1`, `-remaining: 0`, `-reset: 0` on successful
    responses, so these are exposed for inspection only and
    never drive a retry decision.

    Attributes:
        limit: `x-ratelimit-limit`, or None when absent.
        remaining: `x-ratelimit-remaining`, or None when absent.
        reset: `x-ratelimit-reset`, or None when absent.
        retry_after: `Retry-After`, or None when absent.
        status_code: Status of the response these headers came from.
    """

    limit: str | None = None
    remaining: str | None = None
    reset: str | None = None
    retry_after: str | None = None
    status_code: int | None = None

    @classmethod
    def from_response(cls, response: httpx.Response) -> RateLimitHeaders:
        """Capture the raw rate-limit headers of `response`."""
        return cls.from_headers(response.headers, response.status_code)

    @classmethod
    def from_headers(cls, headers: httpx.Headers, status_code: int | None) -> RateLimitHeaders:
        """Capture the raw rate-limit headers of a response's `headers`."""
        return cls(
            limit=headers.get("x-ratelimit-limit"),
            remaining=headers.get("x-ratelimit-remaining"),
            reset=headers.get("x-ratelimit-reset"),
            retry_after=headers.get("retry-after"),
            status_code=status_code,
        )


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Parse a `Retry-After` value (RFC 9110 §10.2.3) into seconds to wait.

    Args:
        value: The header value: delay-seconds or an HTTP-date.
        now: The current time (timezone-aware), to turn a date into a delay.

    Returns:
        Seconds to wait (0.0 for a date in the past, at most `MAX_ANNOUNCED_WAIT`), or None
        when absent or unreadable.
    """
    if value is None:
        return None
    text = value.strip()
    if _DELAY_SECONDS.fullmatch(text):
        # float() turns 400 digits into inf: a huge delay, capped like any other.
        return min(float(text), MAX_ANNOUNCED_WAIT)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return seconds_until(when, now=now)


def parse_reset_time(value: object) -> datetime | None:
    """Parse SoundCloud's `reset_time` ("2015/06/01 09:49:40 +0000"); None when unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), RESET_TIME_FORMAT)
    except ValueError:
        return None


def seconds_until(when: datetime, *, now: datetime) -> float:
    """Seconds from `now` to `when`, in [0, `MAX_ANNOUNCED_WAIT`]; naive datetimes are UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - now).total_seconds()), MAX_ANNOUNCED_WAIT)


def retry_at(wait: float, *, now: datetime) -> datetime:
    """The moment `wait` seconds (as `announced_wait` returns them) after `now`."""
    return now + timedelta(seconds=min(wait, MAX_ANNOUNCED_WAIT))


def parse_rate_limit(body: object) -> RateLimit | None:
    """Read the limit from a SoundCloud 429 body of any shape.

    The documented shape is `{"errors": [{"meta": {"rate_limit": {...}, "remaining_requests":
    0, "reset_time": "..."}}]}`; the Error shape, the gateway's
    `{"error": "Rate Limit Exceeded"}` and plain text carry no limit and give None.
    """
    for meta in _error_metas(body):
        limit = meta.get("rate_limit")
        limit = limit if isinstance(limit, Mapping) else {}
        if not limit and "reset_time" not in meta:
            continue
        return RateLimit(
            group=_text(limit.get("group")) or _text(limit.get("name")),
            bucket=_text(limit.get("bucket")),
            max_requests=_integer(limit.get("max_nr_of_requests")),
            time_window=_text(limit.get("time_window")),
            remaining=_integer(_first_present(meta, limit, "remaining_requests")),
            reset_at=parse_reset_time(_first_present(meta, limit, "reset_time")),
        )
    return None


def announced_wait(headers: httpx.Headers, body: object, *, now: datetime) -> float | None:
    """Seconds the server asked us to wait: `Retry-After` first, else the 429 `reset_time`.

    The retry layer and `RateLimitError` both use this one answer, so the wait slept through
    and the `retry_after` / `reset_at` reported always agree.

    Returns:
        The wait in seconds, in [0, `MAX_ANNOUNCED_WAIT`], or None when the response announces
        nothing usable (the caller then falls back to its own backoff).
    """
    retry_after = parse_retry_after(headers.get("retry-after"), now=now)
    if retry_after is not None:
        return retry_after
    limit = parse_rate_limit(body)
    if limit is not None and limit.reset_at is not None:
        return seconds_until(limit.reset_at, now=now)
    return None


def _error_metas(body: object) -> list[Mapping[str, object]]:
    if not isinstance(body, Mapping):
        return []
    errors = body.get("errors")
    if not isinstance(errors, list):
        return []
    metas = [entry.get("meta") for entry in errors if isinstance(entry, Mapping)]
    return [meta for meta in metas if isinstance(meta, Mapping)]


def _first_present(
    primary: Mapping[str, object], fallback: Mapping[str, object], key: str
) -> object:
    # The docs put remaining_requests/reset_time beside rate_limit; tolerate them inside it.
    return primary[key] if key in primary else fallback.get(key)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,18}", value.strip()):
        return int(value)
    return None
