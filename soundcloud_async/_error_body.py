"""SoundCloud error bodies, and the text an error may show about a response.

Kept apart from `errors.py` so the tree there stays readable. Bodies come in many shapes
(docs/soundcloud-behaviour.md, "Error bodies": the 2021+ envelope, legacy
`errors[].error_message`, OAuth `error`, gateway prose, HTML pages, empty bodies); all parse
without raising.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import re
from collections.abc import Mapping

import attrs
import httpx

from soundcloud_async._redact import SECRET_KEYS, redact_text

_SNIPPET_LENGTH = 200
# Headers that name one request at SoundCloud's edge or in its backend, most specific first
# (see docs/soundcloud-behaviour.md, "Errors and request ids").
REQUEST_ID_HEADERS = (
    "x-request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "x-amz-cf-id",
    "x-amzn-trace-id",
)
# CloudFront's own error page: the request never reached SoundCloud's API (see
# docs/soundcloud-behaviour.md, "Errors and request ids").
EDGE_BLOCK_MARKER = "the request could not be satisfied"
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


@attrs.frozen
class ErrorBody:
    """SoundCloud's error body (the spec's `Error` schema and its older shapes).

    Attributes:
        code: Numeric `code` (2021+ envelope), usually the HTTP status.
        message: The best human-readable explanation found in the body.
        link: Documentation `link`, when given.
        error_code: Machine code: `error_code`, or an OAuth-style `error` such as
            `"rate_limit_exceeded"`.
        details: Every `errors[].error_message`.
    """

    code: int | None = None
    message: str | None = None
    link: str | None = None
    error_code: str | None = None
    details: tuple[str, ...] = ()

    @classmethod
    def parse(cls, body: object) -> ErrorBody | None:
        """Read any JSON value; None when it holds no recognisable error field."""
        if not isinstance(body, Mapping):
            return None
        errors = body.get("errors")
        entries = errors if isinstance(errors, list) else []
        details = tuple(
            text
            for entry in entries
            if isinstance(entry, Mapping) and (text := _text(entry.get("error_message")))
        )
        error = _text(body.get("error"))
        oauth_code = _oauth_code(error)
        code = body.get("code")
        parsed = cls(
            code=code if isinstance(code, int) and not isinstance(code, bool) else None,
            message=_text(body.get("message"))
            or _text(body.get("error_description"))
            or (None if oauth_code else error)
            or next(iter(details), None)
            or _text(body.get("status")),
            link=_text(body.get("link")),
            error_code=_text(body.get("error_code")) or oauth_code,
            details=details,
        )
        return None if parsed == cls() else parsed

    def summary(self, status_code: int | None = None) -> str:
        """What the body says, for an error message: its text and its codes.

        A body with a code and no text (`{"error_code": "invalid_grant"}`, `{"code": 401,
        "message": ""}`) still says something, so a message never calls it empty. The numeric
        `code` is left out when it only repeats the HTTP status next to a text.
        """
        parts = [self.message] if self.message else []
        if self.error_code and self.error_code != self.message:
            parts.append(self.error_code if not parts else f"({self.error_code})")
        if self.code is not None and (not parts or self.code != status_code):
            parts.append(f"code {self.code}" if not parts else f"(code {self.code})")
        return " ".join(parts) or "an error body without text or code"

    def redacted(self, request: httpx.Request | None) -> ErrorBody:
        """A copy without any credential of `request` that the server echoed back."""

        def clean(text: str | None) -> str | None:
            return None if text is None else redact_for_request(text, request)

        return attrs.evolve(
            self,
            message=clean(self.message),
            link=clean(self.link),
            error_code=clean(self.error_code),
            details=tuple(redact_for_request(text, request) for text in self.details),
        )


def request_id_of(headers: httpx.Headers) -> str | None:
    """The first request id header of a response (`REQUEST_ID_HEADERS` order), if any."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value.strip()
    return None


def is_edge_block(content: bytes, headers: httpx.Headers) -> bool:
    """True for CloudFront's HTML "The request could not be satisfied" page."""
    if "html" not in headers.get("content-type", "").lower():
        return False
    return EDGE_BLOCK_MARKER in content[: 64 * 1024].decode("utf-8", errors="replace").lower()


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _oauth_code(error: str | None) -> str | None:
    # RFC 6749 §5.2 codes are snake_case ("rate_limit_exceeded", docs/soundcloud-behaviour.md);
    # the gateway's `error` is prose ("Rate Limit Exceeded") and is a message instead.
    if error is not None and error.islower() and error.replace("_", "").isalpha():
        return error
    return None


def body_snippet(content: bytes, request: httpx.Request | None) -> str | None:
    """Readable start of a non-JSON body: an HTML page's title or text, or plain text."""
    text = content[: 64 * 1024].decode("utf-8", errors="replace")
    title = _HTML_TITLE.search(text)
    if title is not None:
        text = title.group(1)
    elif text.lstrip().startswith("<"):
        text = _HTML_TAG.sub(" ", _HTML_HIDDEN.sub(" ", text))
    text = redact_for_request(" ".join(html.unescape(text).split()), request)
    if len(text) > _SNIPPET_LENGTH:
        text = text[: _SNIPPET_LENGTH - 1] + "…"
    return text or None


def redact_for_request(text: str, request: httpx.Request | None) -> str:
    """Remove from `text` every credential `request` carried, in case a body echoes one."""
    return redact_text(text, _secrets_of(request)) if request is not None else text


def _secrets_of(request: httpx.Request) -> list[str]:
    secrets: list[str] = []
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if credentials:
        secrets.append(credentials)
        if scheme.lower() == "basic":
            secrets.extend(_basic_credentials(credentials))
    params = list(request.url.params.multi_items())
    if "application/x-www-form-urlencoded" in request.headers.get("content-type", ""):
        with contextlib.suppress(httpx.RequestNotRead, UnicodeDecodeError):
            params += httpx.QueryParams(request.content.decode()).multi_items()
    secrets.extend(value for key, value in params if key.lower() in SECRET_KEYS)
    # Longest first, so a secret containing another is replaced whole.
    return sorted(set(secrets), key=len, reverse=True)


def _basic_credentials(encoded: str) -> list[str]:
    # The token endpoint authenticates with HTTP Basic client_id:client_secret
    # (see docs/soundcloud-behaviour.md, "Tokens and OAuth").
    try:
        decoded = base64.b64decode(encoded, validate=True).decode()
    except (binascii.Error, ValueError):
        return []
    _, _, secret = decoded.partition(":")
    return [secret]
