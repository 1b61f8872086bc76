"""What this library logs, and what httpx and httpcore log about its requests: never a secret.

Our event hooks log every exchange at DEBUG on `soundcloud_async.http`, with URLs through
`redact_url`; headers and bodies are never logged.

httpx itself logs one INFO line per request (`HTTP Request: GET <url> "HTTP/1.1 200 OK"`) and
httpcore logs response headers at DEBUG (a `Location` may carry `secret_token`). Rather than
silencing those lines, which people rely on, a filter rewrites their records: URL arguments go
through `redact_url` and all text through `redact_secrets`. It is attached to those loggers
when the first client is built here, and stays, once, for the process: logger filters cannot
tell one `httpx.AsyncClient` from another, and the filter only ever replaces secret values.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from soundcloud_async._redact import redact_secrets, redact_url

__all__ = ["THIRD_PARTY_LOGGERS", "event_hooks", "install_log_redaction"]

logger = logging.getLogger("soundcloud_async.http")

# A logger's filters only see records logged on that very logger, not on its children, so
# each logger httpx and httpcore write to is named.
THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message and arguments so that no secret is rendered."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_secrets(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        return True


def _redacted(arg: object) -> object:
    if isinstance(arg, httpx.URL):
        return redact_url(arg)
    if isinstance(arg, str):
        return redact_secrets(arg)
    if isinstance(arg, bytes):
        return redact_secrets(arg.decode("latin-1")).encode("latin-1")
    return arg  # numbers keep their type: httpx formats the status with %d


_FILTER = RedactingFilter()


def install_log_redaction() -> None:
    """Attach the redacting filter to httpx's and httpcore's loggers (idempotent)."""
    for name in THIRD_PARTY_LOGGERS:
        third_party = logging.getLogger(name)
        if _FILTER not in third_party.filters:
            third_party.addFilter(_FILTER)


async def _log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request %s %s", request.method, redact_url(request.url))


async def _log_response(response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "response %s %s -> %d", request.method, redact_url(request.url), response.status_code
        )


def event_hooks() -> dict[str, list[Callable[[Any], Awaitable[None]]]]:
    """Fresh hook lists for one `httpx.AsyncClient` (httpx mutates them in place).

    Every client this library builds takes its hooks from here, so this is also where the
    redacting filter on httpx's own loggers is put in place.
    """
    install_log_redaction()
    return {"request": [_log_request], "response": [_log_response]}
