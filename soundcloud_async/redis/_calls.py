"""Every Redis call of this package: bounded by a timeout, failures turned into our error.

A store or budget on Redis sits in front of every token renewal and every budgeted request, so
a Redis that hangs must not hang them: each call gets `timeout` seconds. redis-py's own
exceptions (and OSError, TimeoutError) become `RedisUnavailableError`, which names Redis and the
operation and never a value (a value may be a token).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import RedisError

from soundcloud_async.errors import RedisUnavailableError

__all__ = ["DEFAULT_PREFIX", "RedisCalls", "check_prefix", "key_part"]

T = TypeVar("T")

DEFAULT_PREFIX = "soundcloud_async"

# Safe to show in a key: no spaces (redis-cli users copy keys) and no braces (hash tags).
_PLAIN = re.compile(r"[\w:.@/-]{1,200}")


def check_prefix(prefix: str) -> str:
    """Return `prefix` if it can start a key, else raise ValueError."""
    if not _PLAIN.fullmatch(prefix):
        raise ValueError(f"prefix must match {_PLAIN.pattern}, got {prefix!r}")
    return prefix


def key_part(value: str) -> str:
    """`value` as it may appear in a key: itself when plain, else a digest of it."""
    if _PLAIN.fullmatch(value):
        return value
    return "sha256-" + hashlib.sha256(value.encode()).hexdigest()[:32]


class RedisCalls:
    """Runs Redis calls with a timeout and maps their failures.

    Args:
        what: Names the owner in messages, e.g. "RedisTokenStore('app')".
        timeout: Seconds one call may take.
    """

    def __init__(self, what: str, timeout: float) -> None:
        if not timeout > 0:
            raise ValueError(f"timeout must be > 0, got {timeout!r}")
        self.what = what
        self.timeout = timeout

    async def run(self, operation: str, call: Callable[[], Awaitable[T]]) -> T:
        """Await `call()` within the timeout.

        Raises:
            RedisUnavailableError: Redis failed, refused or did not answer in time.
        """
        try:
            async with asyncio.timeout(self.timeout):
                return await call()
        except TimeoutError:
            raise RedisUnavailableError(
                f"Redis did not answer {operation} within {self.timeout:g} s ({self.what})"
            ) from None
        except (RedisError, OSError) as exc:
            raise RedisUnavailableError(
                f"Redis failed on {operation}: {type(exc).__name__} ({self.what})"
            ) from exc
