"""Signed cookie values: HMAC-SHA256 over the value and its issue time, stdlib only.

A cookie can be read and replayed by the browser that holds it, but not forged or altered:
the session cookie names the SoundCloud user, so a forged one would be an account takeover.
Each purpose (session, pending login) gets its own key derived from the app's secret, so a
value signed for one purpose is never accepted for another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Callable

from soundcloud_async.errors import ConfigurationError

__all__ = ["MIN_SECRET_KEY_LENGTH", "Signer"]

# 32 characters of a random key carry at least 128 bits for any sane alphabet; shorter keys
# are usually passwords or placeholders, which HMAC cannot make safe.
MIN_SECRET_KEY_LENGTH = 32


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs short text values for cookies and checks them in constant time.

    Args:
        secret_key: The app's secret (at least 32 characters); never shown in reprs.
        purpose: What the values are for; values signed for another purpose are refused.
        clock: Epoch seconds, injectable so tests can age a cookie without waiting.
    """

    def __init__(
        self, secret_key: str, *, purpose: str, clock: Callable[[], float] = time.time
    ) -> None:
        if len(secret_key) < MIN_SECRET_KEY_LENGTH:
            raise ConfigurationError(
                f"secret_key must be at least {MIN_SECRET_KEY_LENGTH} characters of random "
                "data (e.g. secrets.token_urlsafe(32))"
            )
        self._key = hmac.new(secret_key.encode(), purpose.encode(), hashlib.sha256).digest()
        self.purpose = purpose
        self._clock = clock

    def __repr__(self) -> str:
        return f"Signer(purpose={self.purpose!r})"

    def sign(self, value: str) -> str:
        """Return `value` with its issue time and signature, in cookie-safe characters."""
        payload = _b64encode(f"{int(self._clock())}:{value}".encode())
        return f"{payload}.{self._mac(payload)}"

    def unsign(self, signed: str | None, *, max_age: float) -> str | None:
        """Return the value if the signature holds and it is younger than `max_age` seconds.

        Anything else (absent, altered, expired, signed for another purpose) is None: the
        caller treats every failure the same, so there is nothing to probe.
        """
        if not signed or signed.count(".") != 1:
            return None
        payload, mac = signed.split(".")
        if not hmac.compare_digest(mac.encode(), self._mac(payload).encode()):
            return None
        try:
            issued, _, value = _b64decode(payload).decode().partition(":")
            age = self._clock() - int(issued)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        # A minute of slack below zero: several servers sharing the key may disagree slightly.
        return value if -60 <= age <= max_age else None

    def _mac(self, payload: str) -> str:
        return _b64encode(hmac.new(self._key, payload.encode(), hashlib.sha256).digest())
