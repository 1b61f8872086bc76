"""The OAuth token value: what the token endpoint returned, with an absolute expiry.

Expiry is stored as wall-clock epoch seconds, not monotonic time: a token outlives the process
that fetched it (token stores, several workers sharing one file, restarts), and only the wall
clock means the same thing in all of them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

import attrs

from soundcloud_async.errors import ConfigurationError

__all__ = ["Token"]

# Serialisation format version, so a future field change can still read old files.
_FORMAT_VERSION = 1


def _check_access_token(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigurationError("Token.access_token must be a non-empty string")


@attrs.frozen(repr=False)
class Token:
    """An OAuth 2.1 token pair as SoundCloud issues it (docs/soundcloud-behaviour.md, Tokens).

    Secrets never appear in `repr()`/`str()`, so a token can be logged or put in an error.

    Attributes:
        access_token: Sent as `Authorization: OAuth <access_token>`.
        refresh_token: Single-use; every refresh returns a new one that must replace it.
        expires_at: Absolute expiry in epoch seconds (`time.time()`), None if unknown.
        lifetime: Seconds the token was valid for when issued (`expires_in`), None if unknown;
            caps the proactive refresh margin at half the lifetime.
        scope: Scope string granted by SoundCloud (usually empty).
        app_only: True for app tokens from the client-credentials grant: those may be replaced
            by a new app token, whereas a user token never silently becomes an app token.
    """

    access_token: str = attrs.field(validator=_check_access_token)
    refresh_token: str | None = None
    expires_at: float | None = None
    lifetime: float | None = None
    scope: str = ""
    app_only: bool = False

    def __repr__(self) -> str:
        # Here, not at import: importing _redact compiles patterns a token never needs.
        from soundcloud_async._redact import REDACTED

        refresh = REDACTED if self.refresh_token else None
        return (
            f"Token(access_token={REDACTED!r}, refresh_token={refresh!r}, "
            f"expires_at={self.expires_at!r}, scope={self.scope!r}, app_only={self.app_only!r})"
        )

    __str__ = __repr__

    def refresh_at(self, margin: float) -> float | None:
        """Return the time at which this token should be renewed proactively.

        Args:
            margin: Preferred seconds before expiry; capped at half the lifetime so that a
                short-lived token is not refreshed on every request.

        Returns:
            Epoch seconds, or None for a token without a known expiry.
        """
        if self.expires_at is None:
            return None
        if self.lifetime is not None:
            margin = min(margin, self.lifetime / 2)
        return self.expires_at - max(margin, 0.0)

    def same_grant(self, other: Token | None) -> bool:
        """Return True if `other` is this very token (same access token)."""
        return other is not None and other.access_token == self.access_token

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready mapping (contains the secrets: store it privately)."""
        return {
            "version": _FORMAT_VERSION,
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
            "lifetime": self.lifetime,
            "scope": self.scope,
            "app_only": self.app_only,
        }

    def to_json(self) -> str:
        """Serialise to a JSON string for a token store."""
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Token:
        """Build a token from `to_dict()` output.

        Raises:
            ConfigurationError: A field is missing or has the wrong type (the message names
                the field, never its value).
        """
        if not isinstance(data, Mapping):
            raise ConfigurationError("stored token must be a JSON object")
        return cls(
            access_token=_text(data, "access_token", required=True) or "",
            refresh_token=_text(data, "refresh_token"),
            expires_at=_number(data, "expires_at"),
            lifetime=_number(data, "lifetime"),
            scope=_text(data, "scope") or "",
            app_only=_flag(data, "app_only"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Token:
        """Parse `to_json()` output.

        Raises:
            ConfigurationError: The text is not JSON or not a valid token.
        """
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise ConfigurationError("stored token is not valid JSON") from None
        return cls.from_dict(data)


def _text(data: Mapping[str, object], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise ConfigurationError(f"stored token field {key!r} must be a string")
    return value


def _number(data: Mapping[str, object], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError(f"stored token field {key!r} must be a finite number")
    return float(value)


def _flag(data: Mapping[str, object], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ConfigurationError(f"stored token field {key!r} must be a boolean")
    return value
