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
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

# The redaction patterns (soundcloud_async._redact) are imported by the first record that is
# logged: a process that logs nothing never compiles them (bench/ section 6).

__all__ = [
    "LOG_ENVIRONMENT_VARIABLE",
    "THIRD_PARTY_LOGGERS",
    "configure_from_environment",
    "event_hooks",
    "install_log_redaction",
]

LOG_ENVIRONMENT_VARIABLE = "SOUNDCLOUD_LOG"
_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
_configured = False

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
        from soundcloud_async._redact import redact_secrets

        if isinstance(record.msg, str):
            record.msg = redact_secrets(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        return True


def _redacted(arg: object) -> object:
    from soundcloud_async._redact import redact_secrets, redact_url

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


def configure_from_environment() -> None:
    """Honour `SOUNDCLOUD_LOG=info|debug` once per process: our loggers write to stderr.

    Read at the first client construction, like openai-python's `OPENAI_LOG`, so logs can be
    turned on without code. `info` shows httpx's one line per request (through the redacting
    filter above) and our warnings; `debug` adds our request, response, retry and token lines.
    An unknown value is ignored with a warning.
    """
    global _configured
    if _configured:
        return
    _configured = True
    value = os.environ.get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    if not value:
        return
    ours = logging.getLogger("soundcloud_async")
    level = _LEVELS.get(value)
    if level is None:
        ours.warning("%s=%r is not one of: info, debug", LOG_ENVIRONMENT_VARIABLE, value)
        return
    install_log_redaction()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    for target in (ours, logging.getLogger("httpx")):
        target.addHandler(handler)
        target.setLevel(level)


async def _log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        from soundcloud_async._redact import redact_url

        logger.debug("request %s %s", request.method, redact_url(request.url))


async def _log_response(response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        from soundcloud_async._redact import redact_url

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
