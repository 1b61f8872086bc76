"""Responses in SoundCloud's shapes: JSON bodies, status bodies and the error envelope.

Errors use the 2021+ envelope `{code, message, link, status, errors[], error}`
(docs/soundcloud-behaviour.md, "Error bodies"); OAuth errors on the token endpoint use RFC 6749's
`{error, error_description}` instead (see `_oauth_routes.py`).
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

JSON_TYPE = "application/json; charset=utf-8"
DOCS_LINK = "https://developers.soundcloud.com/docs/api/explorer/open-api"


class ApiError(Exception):
    """Raised by a handler to answer with SoundCloud's error envelope."""

    def __init__(
        self, status: int, message: str = "", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def status_line(status: int) -> str:
    """`"404 - Not Found"`, SoundCloud's `status` string."""
    return f"{status} - {HTTPStatus(status).phrase}"


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A compact JSON response with SoundCloud's content type."""
    content = json.dumps(body, separators=(",", ":")).encode()
    return Response(content, status_code=status, headers=headers, media_type=JSON_TYPE)


def error_body(status: int, message: str) -> dict[str, Any]:
    """SoundCloud's error envelope for `status`."""
    return {
        "code": status,
        "message": message,
        "link": DOCS_LINK,
        "status": status_line(status),
        "errors": [{"error_message": message}] if message else [],
        "error": None,
    }


def error_response(error: ApiError) -> Response:
    """Render an `ApiError`."""
    return json_response(error_body(error.status, error.message), error.status, error.headers)


def status_response(status: int = 200) -> Response:
    """The `{"status": "200 - OK"}` body of writes that return no resource."""
    return json_response({"status": status_line(status)}, status)


def not_found(what: str = "resource") -> ApiError:
    """A 404 for an unknown or invisible resource."""
    return ApiError(404, f"{what} not found")
