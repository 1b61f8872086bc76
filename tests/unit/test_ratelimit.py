"""Rate-limit parsing: Retry-After, SoundCloud's reset_time, every 429 body shape, raw headers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from soundcloud_async._json import parse_json
from soundcloud_async._ratelimit import (
    MAX_ANNOUNCED_WAIT,
    RateLimit,
    RateLimitHeaders,
    announced_wait,
    parse_rate_limit,
    parse_reset_time,
    parse_retry_after,
    seconds_until,
)

NOW = datetime(2015, 6, 1, 9, 0, 0, tzinfo=UTC)

# The four 429 body shapes of docs/soundcloud-behaviour.md, "Rate limits and 429 responses".
DOCUMENTED_429 = {
    "errors": [
        {
            "meta": {
                "rate_limit": {
                    "group": "plays",
                    "max_nr_of_requests": 15000,
                    "time_window": "PT24H",
                },
                "remaining_requests": 0,
                "reset_time": "2015/06/01 09:49:40 +0000",
            }
        }
    ]
}
NAME_VARIANT_429 = {
    "errors": [
        {
            "meta": {
                "rate_limit": {
                    "bucket": "by-client",
                    "max_nr_of_requests": 450000,
                    "time_window": "PT24H",
                    "name": "plays",
                },
                "remaining_requests": 0,
                "reset_time": "2017/03/02 10:00:00 +0000",
            }
        }
    ]
}
TOKEN_ENDPOINT_429 = {
    "errors": [
        {
            "meta": {
                "rate_limit": {
                    "bucket": "by-ip",
                    "max_nr_of_requests": 30,
                    "time_window": "PT1H",
                    "name": "client-credentials-exchange",
                },
                "remaining_requests": 0,
                "reset_time": "2022/01/10 12:30:00 +0000",
            }
        }
    ]
}
ERROR_SHAPE_429 = {
    "code": 429,
    "message": "rate_limit_exceeded",
    "link": "https://developers.soundcloud.com/docs/api/rate-limits#errors",
    "status": "429 - Too Many Requests",
    "errors": [{"error_message": "rate_limit_exceeded"}],
    "error": None,
    "error_code": "rate_limit_exceeded",
}
GATEWAY_429 = {"error": "Rate Limit Exceeded"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("  7 ", 7.0),
        ("1.5", 1.5),
        ("Mon, 01 Jun 2015 09:01:30 GMT", 90.0),  # IMF-fixdate, RFC 9110 §5.6.7
        ("Monday, 01-Jun-15 09:00:10 GMT", 10.0),  # obsolete RFC 850 form
        ("Mon Jun  1 09:00:05 2015", 5.0),  # obsolete asctime form
        ("Sun, 31 May 2015 09:00:00 GMT", 0.0),  # a date in the past means "now"
        (None, None),
        ("", None),
        ("-1", None),
        ("-0.5", None),
        ("+5", None),
        ("nan", None),
        ("NaN", None),
        ("inf", None),
        ("infinity", None),
        ("1e3", None),
        ("1_000", None),
        # Huge delays (float() makes 400 digits infinite) are all "not soon": one cap.
        ("9" * 400, MAX_ANNOUNCED_WAIT),
        ("1" + "0" * 400, MAX_ANNOUNCED_WAIT),
        ("1" + "0" * 29, MAX_ANNOUNCED_WAIT),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_ANNOUNCED_WAIT),
        ("soon", None),
        ("Mon, 99 Foo 2015 99:99:99 GMT", None),
        ("12 seconds", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015/06/01 09:49:40 +0000", datetime(2015, 6, 1, 9, 49, 40, tzinfo=UTC)),
        (" 2015/06/01 09:49:40 +0000 ", datetime(2015, 6, 1, 9, 49, 40, tzinfo=UTC)),
        (
            "2015/06/01 11:49:40 +0200",
            datetime(2015, 6, 1, 9, 49, 40, tzinfo=UTC),
        ),
        ("2015-06-01T09:49:40Z", None),
        ("2015/13/01 09:49:40 +0000", None),
        ("", None),
        (None, None),
        (1433152180, None),
        (["2015/06/01 09:49:40 +0000"], None),
    ],
)
def test_parse_reset_time(value: object, expected: datetime | None) -> None:
    assert parse_reset_time(value) == expected


def test_seconds_until_treats_naive_as_utc_and_never_goes_negative() -> None:
    assert seconds_until(datetime(2015, 6, 1, 9, 0, 30), now=NOW) == 30.0
    assert seconds_until(NOW - timedelta(hours=1), now=NOW) == 0.0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            DOCUMENTED_429,
            RateLimit(
                group="plays",
                max_requests=15000,
                time_window="PT24H",
                remaining=0,
                reset_at=datetime(2015, 6, 1, 9, 49, 40, tzinfo=UTC),
            ),
        ),
        (
            NAME_VARIANT_429,
            RateLimit(
                group="plays",
                bucket="by-client",
                max_requests=450000,
                time_window="PT24H",
                remaining=0,
                reset_at=datetime(2017, 3, 2, 10, 0, tzinfo=UTC),
            ),
        ),
        (
            TOKEN_ENDPOINT_429,
            RateLimit(
                group="client-credentials-exchange",
                bucket="by-ip",
                max_requests=30,
                time_window="PT1H",
                remaining=0,
                reset_at=datetime(2022, 1, 10, 12, 30, tzinfo=UTC),
            ),
        ),
        (ERROR_SHAPE_429, None),
        (GATEWAY_429, None),
        ({"error": "rate_limit_exceeded"}, None),
        ("Please slow down.", None),
        (None, None),
        ([DOCUMENTED_429], None),
        ({"errors": "rate limited"}, None),
        ({"errors": [None, 1, "x", {"meta": None}, {"meta": []}]}, None),
        ({"errors": [{"meta": {"rate_limit": None}}]}, None),
        ({"errors": [{"meta": {"rate_limit": None, "reset_time": None}}]}, RateLimit()),
        (
            {"errors": [{"meta": {"rate_limit": {"group": None, "max_nr_of_requests": True}}}]},
            RateLimit(),
        ),
        (
            {
                "errors": [
                    {"meta": {"rate_limit": {"name": "plays", "max_nr_of_requests": "15000"}}}
                ]
            },
            RateLimit(group="plays", max_requests=15000),
        ),
        (
            # remaining_requests and reset_time inside rate_limit instead of beside it
            {
                "errors": [
                    {
                        "meta": {
                            "rate_limit": {
                                "group": "plays",
                                "remaining_requests": 3,
                                "reset_time": "2015/06/01 09:49:40 +0000",
                            }
                        }
                    }
                ]
            },
            RateLimit(
                group="plays", remaining=3, reset_at=datetime(2015, 6, 1, 9, 49, 40, tzinfo=UTC)
            ),
        ),
        (
            # the first entry without a limit is skipped
            {"errors": [{"error_message": "x"}, DOCUMENTED_429["errors"][0]]},
            parse_rate_limit(DOCUMENTED_429),
        ),
    ],
)
def test_parse_rate_limit_accepts_every_shape(body: object, expected: RateLimit | None) -> None:
    assert parse_rate_limit(body) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (json.dumps(DOCUMENTED_429).encode(), DOCUMENTED_429),
        (b'{"error":"Rate Limit Exceeded"}', GATEWAY_429),
        (b"[1, 2]", [1, 2]),
        (b"Please slow down.", None),
        (b"<html><body>502</body></html>", None),
        (b"", None),
        (b" ", None),
        (b"\xff\xfe\xfa", None),
        (b"[" * 100_000 + b"]" * 100_000, None),
    ],
)
def test_parse_json_never_raises(content: bytes, expected: object) -> None:
    assert parse_json(content) == expected


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"retry-after": "12"}, DOCUMENTED_429, 12.0),  # the header wins over the body
        ({}, DOCUMENTED_429, 49 * 60 + 40.0),
        ({"retry-after": "soon"}, DOCUMENTED_429, 49 * 60 + 40.0),  # garbage header ignored
        ({"retry-after": "Mon, 01 Jun 2015 09:00:45 GMT"}, None, 45.0),
        ({}, GATEWAY_429, None),
        ({}, ERROR_SHAPE_429, None),
        ({}, None, None),
        ({"x-ratelimit-reset": "30"}, None, None),  # meaningless headers never decide
        ({}, {"errors": [{"meta": {"reset_time": "not a time"}}]}, None),
    ],
)
def test_announced_wait(headers: dict[str, str], body: object, expected: float | None) -> None:
    assert announced_wait(httpx.Headers(headers), body, now=NOW) == expected


def test_rate_limit_headers_are_kept_raw() -> None:
    response = httpx.Response(
        200,
        headers={
            "x-ratelimit-limit": "-1",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "0",
        },
    )
    assert RateLimitHeaders.from_response(response) == RateLimitHeaders(
        limit="-1", remaining="0", reset="0", retry_after=None, status_code=200
    )


def test_rate_limit_headers_absent() -> None:
    response = httpx.Response(429, headers={"retry-after": "5"})
    assert RateLimitHeaders.from_response(response) == RateLimitHeaders(
        retry_after="5", status_code=429
    )
