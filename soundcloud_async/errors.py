"""SKELETON: the error tree of soundcloud-async. The issue-4 helper owns and completes this file.

SoundCloudError
├── ConfigurationError            missing or invalid settings (client id, secret, token, URN)
├── TokenRefreshError             the token endpoint refused to issue a token
├── APIConnectionError            the request never got an HTTP response
│   └── APITimeoutError
├── APIStatusError                an HTTP status >= 400
│   ├── BadRequestError           400
│   ├── AuthenticationError       401
│   ├── PermissionDeniedError     403
│   ├── NotFoundError             404
│   ├── UnprocessableEntityError  422
│   ├── RateLimitError            429
│   └── ServerError               5xx
├── ResponseValidationError       a 2xx body that does not match the spec
└── PaginationError               a next_href that is unsafe or loops
"""

from __future__ import annotations

import httpx


class SoundCloudError(Exception):
    """Base of every error this library raises."""


class ConfigurationError(SoundCloudError):
    """A setting is missing or invalid; the message names it."""


class TokenRefreshError(SoundCloudError):
    """The token endpoint said no (invalid_grant, invalid_client, 429, garbage)."""

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


class APIConnectionError(SoundCloudError):
    """No HTTP response: DNS, connect, TLS or protocol failure."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(SoundCloudError):
    """An HTTP status >= 400."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429."""


class ServerError(APIStatusError):
    """5xx."""


class ResponseValidationError(SoundCloudError):
    """A success body that does not match the schema."""


class PaginationError(SoundCloudError):
    """A next_href that points elsewhere, repeats, or a malformed page."""


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for a response with status >= 400 (the body must be read)."""
    if response.status_code >= 400:
        raise APIStatusError(f"HTTP {response.status_code}", response=response)
