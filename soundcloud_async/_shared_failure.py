"""A failed renewal, as written to a shared token store so other processes share the outcome.

Processes sharing a `FileTokenStore` refresh one at a time under its OS lock. Without this
record, each one that waited would send the same refresh token again when the first one failed
(SoundCloud answered `invalid_grant`, or a 5xx): N processes, N token requests. With it, a
waiter that was already waiting when the failure happened gets that failure without a request;
a refused grant is final for that refresh token whenever it is read.

The record names the grant by a SHA-256 digest, never by the token itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

import attrs

from soundcloud_async._token import Token
from soundcloud_async.errors import TokenRefreshError

__all__ = ["SharedFailure", "grant_key"]


def grant_key(base: Token | None, client_id: str | None) -> str:
    """Name the grant a renewal spends: the refresh token, else the app's credentials grant."""
    secret = base.refresh_token or base.access_token if base is not None else None
    material = f"token:{secret}" if secret else f"client_credentials:{client_id}"
    return hashlib.sha256(material.encode()).hexdigest()


@attrs.frozen
class SharedFailure:
    """How one renewal of `grant` failed, at `at` (epoch seconds)."""

    grant: str
    at: float
    message: str
    error_code: str | None = None
    status_code: int | None = None
    retry_after: float | None = None

    @classmethod
    def of(cls, grant: str, error: TokenRefreshError, *, at: float) -> SharedFailure:
        """Record `error` (its message holds no secrets: see `_token_endpoint`)."""
        return cls(grant, at, str(error), error.error_code, error.status_code, error.retry_after)

    def applies_to(self, grant: str, *, waiting_since: float) -> bool:
        """Whether a renewal of `grant`, waiting since then, must fail the same way."""
        if grant != self.grant:
            return False
        # Strictly later: a renewal that starts after the failure (same process, or a frozen
        # test clock) tries again instead of inheriting a transient error.
        return self.error().requires_login or self.at > waiting_since

    def error(self) -> TokenRefreshError:
        """The failure as the error the renewal that saw it raised."""
        return TokenRefreshError(
            self.message,
            error_code=self.error_code,
            status_code=self.status_code,
            retry_after=self.retry_after,
        )

    def to_json(self) -> str:
        """Serialise for a token store."""
        return json.dumps(attrs.asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> SharedFailure | None:
        """Parse `to_json()` output; None for anything unreadable (then nothing is shared)."""
        try:
            data = json.loads(text)
            if not isinstance(data, Mapping):
                return None
            return cls(**{field.name: data[field.name] for field in attrs.fields(cls)})
        except (ValueError, KeyError, TypeError, RecursionError):
            return None
