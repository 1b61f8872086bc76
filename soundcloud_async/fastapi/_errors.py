"""Opt-in exception handlers: SoundCloud failures become honest HTTP answers of the app.

The body is ours, never the exception text: a SoundCloud message is meant for developers
(it may quote URLs and parameters), and the visitor only needs to know what to do next. The
developer gets the text in the log (our exception messages never carry secrets) and, when the
app runs with `debug=True`, as `detail` in the body too.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.responses import Response

from soundcloud_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedisUnavailableError,
    SoundCloudError,
    TokenRefreshError,
)
from soundcloud_async.fastapi._dependencies import USER_MARKER

__all__ = ["DEFAULT_RETRY_AFTER", "install_error_handlers", "soundcloud_error_response"]

logger = logging.getLogger("soundcloud_async.fastapi")

# When SoundCloud's 429 names no reset time: long enough not to hammer it, short enough for
# a person to retry by hand (its per-app request windows are an hour to a day,
# see docs/soundcloud-behaviour.md, Rate limits).
DEFAULT_RETRY_AFTER = 60

_UPSTREAM = (502, "upstream_error", "SoundCloud could not handle the request; try again later")
_BY_TYPE: tuple[tuple[type[SoundCloudError], tuple[int, str, str]], ...] = (
    (ConfigurationError, (500, "misconfigured", "the server's SoundCloud setup is incomplete")),
    (NotFoundError, (404, "not_found", "SoundCloud has no such resource")),
    (PermissionDeniedError, (403, "forbidden", "SoundCloud does not allow this")),
    (APITimeoutError, (504, "upstream_timeout", "SoundCloud did not answer in time")),
    (APIConnectionError, (502, "upstream_unreachable", "SoundCloud could not be reached")),
    # Not SoundCloud's fault, and nothing was sent or lost: the app's own Redis is away.
    (RedisUnavailableError, (503, "store_unavailable", "the server's shared store is unavailable")),
)
_RELOGIN = (401, "login_required", "your SoundCloud login has expired; log in again")
# SoundCloud's token endpoint failing (5xx, 429, no answer in time) says nothing about the
# user's login: it stays stored and the next request renews it once SoundCloud recovers.
_TOKEN_BUSY = (
    503,
    "token_unavailable",
    "SoundCloud cannot renew your login right now; retry later",
)
_TOKEN_FAILED = (502, "token_failed", "SoundCloud could not renew your login; try again later")


def install_error_handlers(app: FastAPI) -> None:
    """Answer every `SoundCloudError` that escapes an endpoint with a JSON error.

    429 → 503 with `Retry-After`; 404 → 404; 403 → 403; a user's rejected or unrenewable
    token (the token endpoint refused the grant: `invalid_grant`, revoked) → 401 ("log in
    again"); a token endpoint that is busy (429, 503) → 503, one that fails otherwise (5xx,
    timeout) → 502, both with `Retry-After` when SoundCloud named a wait and the stored login
    kept; timeouts → 504; our own missing settings → 500; everything else upstream → 502.
    Each is logged on "soundcloud_async.fastapi" with the exception's message (ERROR for 500,
    502 and 504, else WARNING); with `app.debug` the body carries that message as `detail` too.
    """
    app.add_exception_handler(SoundCloudError, _handle)


async def _handle(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SoundCloudError)  # registered for SoundCloudError only
    return soundcloud_error_response(request, exc)


def soundcloud_error_response(request: Request, exc: SoundCloudError) -> JSONResponse:
    """The JSON response `install_error_handlers` sends for `exc` (for your own handlers)."""
    headers: dict[str, str] = {}
    if isinstance(exc, RateLimitError):
        seconds = _retry_after(exc)
        headers["Retry-After"] = str(seconds)
        status, code, message = (
            503,
            "rate_limited",
            f"SoundCloud's rate limit was reached; retry in {seconds} s",
        )
    elif isinstance(exc, TokenRefreshError) and not exc.requires_login:
        (status, code, message), headers = _token_endpoint_failure(exc)
    else:
        status, code, message = _classify(request, exc)
    _log(request, exc, status)
    # Debug mode only: the exception text in the body, for the developer at the browser.
    detail = str(exc) if getattr(request.scope.get("app"), "debug", False) else None
    return _json(status, code, message, headers, detail=detail)


def _log(request: Request, exc: SoundCloudError, answered: int) -> None:
    # Our own failures (500: misconfigured, 502/504: SoundCloud broken or gone) are errors
    # someone must act on; 4xx and the rate limit's 503 are the normal life of an app.
    level = logging.ERROR if answered >= 500 and answered != 503 else logging.WARNING
    logger.log(
        level,
        "SoundCloud call failed on %s %s, answered %s: %s (status=%s): %s",
        request.method,
        request.url.path,
        answered,
        type(exc).__name__,
        exc.status_code if isinstance(exc, APIStatusError | TokenRefreshError) else None,
        exc,
    )


def _token_endpoint_failure(
    exc: TokenRefreshError,
) -> tuple[tuple[int, str, str], dict[str, str]]:
    busy = exc.status_code in (429, 503)
    seconds = exc.retry_after
    if seconds is None and exc.status_code == 429:
        seconds = DEFAULT_RETRY_AFTER
    headers = {} if seconds is None else {"Retry-After": str(max(1, math.ceil(seconds)))}
    return (_TOKEN_BUSY if busy else _TOKEN_FAILED), headers


def _classify(request: Request, exc: SoundCloudError) -> tuple[int, str, str]:
    if isinstance(exc, AuthenticationError | TokenRefreshError):
        as_user = getattr(request.state, USER_MARKER, None) is not None
        return _RELOGIN if as_user else _UPSTREAM
    for kind, answer in _BY_TYPE:
        if isinstance(exc, kind):
            return answer
    return _UPSTREAM


def _retry_after(exc: RateLimitError) -> int:
    seconds: float | None = exc.retry_after
    if seconds is None and exc.reset_at is not None:
        seconds = exc.reset_at.timestamp() - time.time()
    if seconds is None:
        return DEFAULT_RETRY_AFTER
    return max(1, math.ceil(seconds))


def _json(
    status: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
    *,
    detail: str | None = None,
) -> JSONResponse:
    error = {"code": code, "message": message}
    if detail is not None:
        error["detail"] = detail
    return JSONResponse({"error": error}, status_code=status, headers=dict(headers or {}))
