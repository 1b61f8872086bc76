"""httpx event hooks that log every exchange at DEBUG, with secrets redacted.

Logger `soundcloud_async.http`. URLs go through `redact_url` (tokens, codes and secrets in a
query string are replaced); headers and bodies are never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from soundcloud_async._redact import redact_url

__all__ = ["event_hooks"]

logger = logging.getLogger("soundcloud_async.http")


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
    """Fresh hook lists for one `httpx.AsyncClient` (httpx mutates them in place)."""
    return {"request": [_log_request], "response": [_log_response]}
