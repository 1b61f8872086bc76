"""The text of a `ResponseValidationError` for a success body that does not fit the spec.

Generated models raise `PayloadMismatch` with the JSON path, the expected and the found type;
this turns it (or any other parse failure) into the message and `.path` users see, for a whole
body and for one item of a list page.
"""

from __future__ import annotations

import httpx
from soundcloud_async_generated.types import PayloadMismatch

from soundcloud_async._redact import redact_url
from soundcloud_async.errors import ResponseValidationError

__all__ = ["describe_invalid_body", "invalid_page_item"]


def describe_invalid_body(exc: Exception) -> tuple[str, str | None]:
    """The text and JSON path for why a body does not fit: a typed mismatch names both."""
    if isinstance(exc, PayloadMismatch):
        operation = f" (operation {exc.operation})" if exc.operation else ""
        expected = " or ".join(exc.expected)
        text = f"at {exc.location}: expected {expected}, found {exc.found}{operation}"
        return text, exc.location if exc.path else None
    return f"{type(exc).__name__}: {exc}", None


def invalid_page_item(
    exc: Exception, index: int, url: httpx.URL | str, response: httpx.Response
) -> ResponseValidationError:
    """The error for item `index` of a list page that does not fit its model."""
    if isinstance(exc, PayloadMismatch):
        # The path starts at the body: `collection[3]...` in an envelope, `[3]...` in a bare array.
        enveloped = response.content.lstrip().startswith(b"{")
        exc.inside(*(("collection", index) if enveloped else (index,)))
    detail, path = describe_invalid_body(exc)
    method = response.request.method
    return ResponseValidationError(
        f"{method} {redact_url(url)} answered {response.status_code} with a page whose item "
        f"{index} does not match the spec: {detail}",
        response=response,
        path=path,
    )
