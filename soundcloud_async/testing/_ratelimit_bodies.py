"""Every 429 body SoundCloud is known to send (docs/soundcloud-behaviour.md, Rate limits).

| variant      | body                                                                   |
|--------------|------------------------------------------------------------------------|
| `documented` | `{"errors":[{"meta":{"rate_limit":{"group":"plays",...},"reset_time"}}]}` |
| `legacy`     | the 2017 form: `name` instead of `group`, plus `bucket`                |
| `envelope`   | the 2021+ error envelope with `error_code: "rate_limit_exceeded"`      |
| `spam`       | the spec's TooManyRequests: envelope plus `spam_warning_urn`           |
| `gateway`    | `{"error": "Rate Limit Exceeded"}`, no reset information               |
| `oauth`      | `{"error": "rate_limit_exceeded"}` (secure.soundcloud.com, 2026)        |
| `plain`      | text/plain `Please slow down.` (edge, 2022)                            |
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from starlette.responses import Response

from soundcloud_async.testing._errors import error_body, json_response
from soundcloud_async.testing._timefmt import sc_time

RateLimitVariant = Literal["documented", "legacy", "envelope", "spam", "gateway", "oauth", "plain"]
RATE_LIMIT_VARIANTS: tuple[RateLimitVariant, ...] = get_args(RateLimitVariant)
_RATE_LIMIT_LINK = "https://developers.soundcloud.com/docs/api/rate-limits#errors"


def _meta_body(limit: dict[str, Any], reset_at: float | None) -> dict[str, Any]:
    meta: dict[str, Any] = {"rate_limit": limit, "remaining_requests": 0}
    if reset_at is not None:
        meta["reset_time"] = sc_time(reset_at)
    return {"errors": [{"meta": meta}]}


def _envelope(spam: bool) -> dict[str, Any]:
    body = error_body(429, "rate_limit_exceeded")
    body["link"] = _RATE_LIMIT_LINK
    if spam:
        body["spam_warning_urn"] = "soundcloud:spam-warnings:1"
    else:
        body["error_code"] = "rate_limit_exceeded"
    return body


def rate_limit_body(variant: RateLimitVariant, reset_at: float | None) -> dict[str, Any] | str:
    """The body of a 429 `variant`; `reset_at` (epoch seconds) only shows in the meta forms."""
    plays = {"max_nr_of_requests": 15000, "time_window": "PT24H"}
    if variant == "documented":
        return _meta_body({"group": "plays", **plays}, reset_at)
    if variant == "legacy":
        return _meta_body({"bucket": "by-client", "name": "plays", **plays}, reset_at)
    if variant in ("envelope", "spam"):
        return _envelope(spam=variant == "spam")
    if variant == "gateway":
        return {"error": "Rate Limit Exceeded"}
    if variant == "oauth":
        return {"error": "rate_limit_exceeded"}
    if variant == "plain":
        return "Please slow down."
    raise ValueError(f"unknown 429 variant {variant!r}; use one of {RATE_LIMIT_VARIANTS}")


def rate_limit_response(
    variant: RateLimitVariant, reset_at: float | None, retry_after: str | None
) -> Response:
    """A complete 429 response, with `Retry-After` when asked for."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    body = rate_limit_body(variant, reset_at)
    if isinstance(body, str):
        return Response(body, 429, headers=headers, media_type="text/plain; charset=utf-8")
    return json_response(body, 429, headers)


def token_rate_limit_body(limit: int, window: float, reset_at: float) -> dict[str, Any]:
    """The client-credentials exchange throttle (issue #212 shape), per app."""
    rate_limit = {
        "bucket": "by-client",
        "name": "client-credentials-exchange",
        "max_nr_of_requests": limit,
        "time_window": _iso_duration(window),
    }
    body = _meta_body(rate_limit, reset_at)
    body["error"] = "rate_limit_exceeded"
    return body


def _iso_duration(seconds: float) -> str:
    whole = int(seconds)
    return f"PT{whole // 3600}H" if whole % 3600 == 0 and whole else f"PT{whole}S"
