"""Every exception soundcloud-async raises, in one tree.

```text
SoundCloudError
├── ConfigurationError            missing or invalid settings (client id, secret, token, URN)
├── TokenRefreshError             the token endpoint refused to issue a token
├── OAuthCallbackError            the redirect back from the authorize page is unusable
├── ClientClosedError             the client was used after aclose() (also a RuntimeError)
├── APIConnectionError            no usable HTTP response: network, protocol or encoding failure
│   └── APITimeoutError
├── APIStatusError                status >= 400 (.status_code .method .url .error .request_id)
│   ├── BadRequestError           400
│   ├── AuthenticationError       401
│   ├── PermissionDeniedError     403
│   │   └── EdgeBlockedError      403 from SoundCloud's CDN edge (e.g. a datacenter IP block)
│   ├── NotFoundError             404
│   ├── UnprocessableEntityError  422
│   ├── RateLimitError            429 (.reset_at .retry_after .rate_limit)
│   │   └── BudgetExhaustedError  a client-side budget is spent: nothing was sent
│   └── ServerError               5xx
├── ResponseValidationError       a 2xx body that does not match the spec
├── PaginationError               a next_href that is unsafe or loops
└── RedisUnavailableError         a shared Redis store or budget did not answer in time
```

`error_from_response` is the one mapping from a response to its error. Messages and reprs hold
the method, the redacted URL and SoundCloud's own explanation, never a token or secret.

Every client imports this tree, but most never build an error: what only building one needs
(body parsing, redaction, rate-limit reading) is imported by the functions that build it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    # ErrorBody is public through this module (`from soundcloud_async.errors import ErrorBody`);
    # at run time `__getattr__` below imports it on first use.
    from soundcloud_async._error_body import ErrorBody as ErrorBody
    from soundcloud_async._ratelimit import RateLimit
    from soundcloud_async.budgets import BudgetRule


class SoundCloudError(Exception):
    """Base of every error this library raises."""


class ConfigurationError(SoundCloudError):
    """A setting is missing or invalid; the message names it."""


class TokenRefreshError(SoundCloudError):
    """The token endpoint said no (invalid_grant, invalid_client, 429, garbage).

    Attributes:
        error_code: The OAuth `error` code (RFC 6749 §5.2), e.g. `"invalid_grant"`.
        status_code: HTTP status of the token response, when there was one.
        retry_after: Seconds to wait before asking again, when the endpoint said so.
    """

    def __init__(
        self,
        message: str,
        *,
        error_code: str | None = None,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.status_code = status_code
        self.retry_after = retry_after

    @property
    def requires_login(self) -> bool:
        """True if the grant itself was refused (spent, revoked or missing refresh token).

        Only then must the user sign in again; any other failure (5xx, 429, timeout, a
        refused client authentication) leaves the stored login intact and may be retried.
        """
        return self.error_code in LOGIN_REQUIRED_CODES


# OAuth codes (RFC 6749 §5.2 and ours) that mean the grant is gone for good.
LOGIN_REQUIRED_CODES = frozenset({"invalid_grant", "invalid_token", "no_refresh_token"})


class OAuthCallbackError(SoundCloudError):
    """The redirect back from SoundCloud's authorize page cannot be trusted or used.

    Attributes:
        error_code: `state_mismatch`, `missing_code`, or the `error` SoundCloud sent
            (e.g. `access_denied` when the user declined).
    """

    def __init__(self, message: str, *, error_code: str) -> None:
        super().__init__(message)
        self.error_code = error_code


class ClientClosedError(SoundCloudError, RuntimeError):
    """A request was made on a `SoundCloud` client after `aclose()` (or its `async with`) ended.

    Also a `RuntimeError`, which httpx raises for the same mistake.
    """


class APIConnectionError(SoundCloudError):
    """No usable HTTP response: DNS, connect, TLS or protocol failure, or a body that broke off
    mid-way or cannot be decoded (e.g. corrupt gzip) after the retries the policy allows.

    A decoding failure is not strictly a connection failure, but the caller's remedy is the
    same (the bytes that arrived are unusable: try again later), so it is not a class apart.

    Attributes:
        request: The request that failed, when known (its headers hold credentials: never log
            them unredacted).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(SoundCloudError):
    """An HTTP status >= 400.

    Attributes:
        response: The response (already read).
        status_code: Its HTTP status.
        method: Method of the request, or "" when the response has no request.
        url: Request URL with secret query values redacted.
        error: SoundCloud's parsed error body, or None when the body held none.
        body_snippet: Start of a body that was not a SoundCloud error (HTML, text), or None.
        request_id: The edge or trace id SoundCloud answered with (`x-request-id`,
            `x-amz-cf-id`, ...), also at the end of the message: quote it to SoundCloud's
            support. None when the response carried none.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error: ErrorBody | None = None,
        body_snippet: str | None = None,
    ) -> None:
        from soundcloud_async._error_body import request_id_of
        from soundcloud_async._redact import redact_url

        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        request = _request_of(response)
        self.method = request.method if request is not None else ""
        self.url = redact_url(request.url) if request is not None else ""
        self.error = error
        self.body_snippet = body_snippet
        self.request_id = request_id_of(response.headers)


class BadRequestError(APIStatusError):
    """400: a parameter is missing or malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, expired or revoked (after one refresh-and-replay)."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this (e.g. an app-only token on /me)."""


class EdgeBlockedError(PermissionDeniedError):
    """403 from SoundCloud's CDN (CloudFront's "The request could not be satisfied" page).

    The request never reached SoundCloud's API: the edge refused it, most often because the
    client's IP range (a cloud datacenter, a VPN) is blocked. A new token or other arguments
    will not help; another network may. `request_id` is the CloudFront id (`x-amz-cf-id`).
    """


class NotFoundError(APIStatusError):
    """404: no such resource, or it is private."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but refused (e.g. an invalid upload)."""


class RateLimitError(APIStatusError):
    """429: a SoundCloud rate limit was hit.

    `retry_after` and `reset_at` are one answer in two forms (`reset_at` is the error's
    creation time plus `retry_after`): from `Retry-After` when it is readable, else from the
    body's `reset_time`; a longer wait than 10**9 s (about 31 years, including values that
    overflow a float or a date) is capped to it. Both are None when no wait was announced.

    Attributes:
        retry_after: Seconds until a retry may succeed, when the response said so.
        reset_at: When a retry may succeed (aware datetime), when the response said so.
        rate_limit: The limit parsed from the body (group, window, raw `reset_at`, ...).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error: ErrorBody | None = None,
        body_snippet: str | None = None,
        retry_after: float | None = None,
        reset_at: datetime | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        super().__init__(message, response=response, error=error, body_snippet=body_snippet)
        self.retry_after = retry_after
        self.reset_at = reset_at
        self.rate_limit = rate_limit


class BudgetExhaustedError(RateLimitError):
    """A client-side budget (`SoundCloud(budget=...)`) is spent for longer than the retry
    policy's `max_retry_wait`: the request was never sent.

    `response` is a 429 built here (header `x-soundcloud-async-budget` names the rule), so code
    that handles SoundCloud's own 429s handles this one the same way; `reset_at` is when the
    budget has room again and `rate_limit.group` is the rule's name.
    """


class ServerError(APIStatusError):
    """5xx: SoundCloud or its CDN failed; retried already when that was safe."""


class ResponseValidationError(SoundCloudError):
    """A success body that does not match the schema.

    Attributes:
        response: The offending response, when known.
        path: Where in the body the value that does not fit sits, e.g.
            `collection[3].user.followers_count` (`None` when the body as a whole is wrong).
    """

    def __init__(
        self, message: str, *, response: httpx.Response | None = None, path: str | None = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.path = path


class PaginationError(SoundCloudError):
    """A next_href that points elsewhere, repeats, or a malformed page."""


class RedisUnavailableError(SoundCloudError):
    """Redis, holding shared tokens or budgets, failed or did not answer within the timeout.

    Raised instead of redis-py's own exceptions (the cause stays in `__cause__`). Nothing was
    lost: a token is only replaced in Redis once SoundCloud issued its successor.
    """


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (unlisted 4xx: `APIStatusError`)."""
    if 500 <= status_code <= 599:
        return ServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


def error_from_response(response: httpx.Response, *, now: datetime | None = None) -> APIStatusError:
    """Build the typed error for a response with status >= 400.

    Args:
        response: The response; its body should be read (an unread body is treated as empty).
        now: Current time (aware), to turn a 429 `reset_time` into `retry_after`.

    Returns:
        An instance of the class `error_class_for(response.status_code)` names.
    """
    from soundcloud_async._error_body import (
        ErrorBody,
        body_snippet,
        is_edge_block,
        redact_for_request,
    )
    from soundcloud_async._json import parse_json

    request = _request_of(response)
    content = _content_of(response)
    error = ErrorBody.parse(parse_json(content))
    error = error.redacted(request) if error is not None else None
    snippet = None if error is not None else body_snippet(content, request)
    cls = error_class_for(response.status_code)
    if cls is RateLimitError:
        return _rate_limit_error(response, error, snippet, now or datetime.now(UTC))
    if cls is PermissionDeniedError and error is None and is_edge_block(content, response.headers):
        cls = EdgeBlockedError
        snippet = snippet or "The request could not be satisfied"
        detail = (
            "refused by SoundCloud's CDN edge before reaching the API (CloudFront: "
            f"{snippet!r}); this network or IP range is likely blocked"
        )
        return cls(_message(response, detail), response=response, body_snippet=snippet)
    detail = _detail(response, error, snippet, content)
    message = _message(response, redact_for_request(detail, request))
    return cls(message, response=response, error=error, body_snippet=snippet)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for a response with status >= 400 (the body must be read).

    Raises:
        APIStatusError: The subclass matching the status.
    """
    if response.status_code >= 400:
        raise error_from_response(response)


def error_from_transport_error(error: httpx.RequestError) -> APIConnectionError:
    """Wrap an httpx request failure: `APITimeoutError` for timeouts, else `APIConnectionError`.

    `error` is any `httpx.RequestError`: a transport failure, or a `DecodingError` raised while
    httpx decoded the body.

    Raise the result `from error` to keep the cause.
    """
    from soundcloud_async._error_body import redact_for_request
    from soundcloud_async._redact import redact_url

    try:
        request: httpx.Request | None = error.request
    except RuntimeError:  # httpx raises when the error was created without a request
        request = None
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reason = redact_for_request(str(error), request) or type(error).__name__
    where = f" ({request.method} {redact_url(request.url)})" if request is not None else ""
    return cls(f"{type(error).__name__}: {reason}{where}", request=request)


def _rate_limit_error(
    response: httpx.Response, error: ErrorBody | None, snippet: str | None, now: datetime
) -> RateLimitError:
    from soundcloud_async._error_body import redact_for_request
    from soundcloud_async._json import parse_json
    from soundcloud_async._ratelimit import announced_wait, parse_rate_limit, retry_at

    body = parse_json(_content_of(response))
    limit = parse_rate_limit(body)
    # The retry layer's own answer, so the wait it honoured and the one reported agree; the
    # body's raw reset_time stays on `.rate_limit.reset_at`.
    retry_after = announced_wait(response.headers, body, now=now)
    reset_at = None if retry_after is None else retry_at(retry_after, now=now)
    summary = _describe_limit(limit) or (error.summary(response.status_code) if error else None)
    summary = summary or snippet
    parts = [summary or "rate limited"]
    if retry_after is not None:
        parts.append(f"retry after {retry_after:.0f} s")
    detail = redact_for_request("; ".join(parts), _request_of(response))
    return RateLimitError(
        _message(response, detail),
        response=response,
        error=error,
        body_snippet=snippet,
        retry_after=retry_after,
        reset_at=reset_at,
        rate_limit=limit,
    )


def _detail(
    response: httpx.Response, error: ErrorBody | None, snippet: str | None, content: bytes
) -> str:
    # "empty body" only when nothing arrived: a body with codes and no text still says something.
    if error is not None:
        return error.summary(response.status_code)
    if snippet is not None:
        return snippet
    return "empty body" if not content.strip() else "a body without an error message"


def budget_exhausted_error(
    request: httpx.Request, rule: BudgetRule, wait: float, *, now: datetime
) -> BudgetExhaustedError:
    """The error for a request a client-side budget refused for `wait` seconds."""
    from soundcloud_async._ratelimit import RateLimit, retry_at

    response = httpx.Response(
        429, request=request, headers={"x-soundcloud-async-budget": rule.name}
    )
    reset_at = retry_at(wait, now=now)
    limit = RateLimit(
        group=rule.name,
        max_requests=rule.limit,
        time_window=f"PT{rule.per:g}S",
        remaining=0,
        reset_at=reset_at,
    )
    detail = (
        f"client-side budget {rule.name!r} is spent ({rule.limit} requests per {rule.per:g} s); "
        f"retry after {wait:.0f} s; nothing was sent"
    )
    return BudgetExhaustedError(
        _message(response, detail),
        response=response,
        retry_after=wait,
        reset_at=reset_at,
        rate_limit=limit,
    )


def _describe_limit(limit: RateLimit | None) -> str | None:
    if limit is None:
        return None
    text = f"rate limit {limit.group or 'unknown'!r} exceeded"
    if limit.max_requests is not None:
        text += f" ({limit.max_requests} requests per {limit.time_window or 'window'})"
    return text


def _message(response: httpx.Response, detail: str) -> str:
    from soundcloud_async._error_body import request_id_of
    from soundcloud_async._redact import redact_url

    request = _request_of(response)
    where = f" ({request.method} {redact_url(request.url)})" if request is not None else ""
    status = f"{response.status_code} {response.reason_phrase}".strip()  # 499 has no phrase
    request_id = request_id_of(response.headers)
    quoted = f" [request id {request_id}]" if request_id else ""
    return f"{status}: {detail}{where}{quoted}"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request
        return None


def _content_of(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


# Hidden from type checkers (they read ErrorBody from the TYPE_CHECKING import): a visible
# module __getattr__ would let any misspelt name type-check as Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # PEP 562: `ErrorBody` (an attrs class) loads with the first error body, or first use.
        if name == "ErrorBody":
            from soundcloud_async._error_body import ErrorBody

            return ErrorBody
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "ErrorBody"})
