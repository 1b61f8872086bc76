"""`LeaseLock`: the cross-host lock of one `RedisTokenStore`, with a lease and a fence.

Taken with `SET NX PX`: a holder that dies (SIGKILL, lost host) holds it for at most one lease.
A live holder keeps extending the lease while it works, so a slow token request does not let a
second holder in. Taking the lock hands out a fence number (`_scripts.ACQUIRE`) that the store's
saves carry.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import time
from collections.abc import AsyncIterator

from redis.asyncio import Redis

from soundcloud_async.errors import RedisUnavailableError, TokenRefreshError
from soundcloud_async.redis import _scripts
from soundcloud_async.redis._calls import RedisCalls

__all__ = ["LeaseLock"]

logger = logging.getLogger("soundcloud_async.redis")


class LeaseLock:
    """One Redis lock key, held for `lease` seconds at a time and extended while in use."""

    def __init__(
        self,
        redis: Redis,
        calls: RedisCalls,
        *,
        lock_key: str,
        meta_key: str,
        token_key: str,
        lease: float,
        lock_timeout: float,
        poll: float,
    ) -> None:
        if not lease > 0 or not lock_timeout > 0 or not poll > 0:
            raise ValueError("lease, lock_timeout and poll must be > 0")
        self._calls = calls
        self._keys = [lock_key, meta_key, token_key]
        self._lease_ms = max(1, round(lease * 1000))
        self._lease = lease
        self._lock_timeout = lock_timeout
        self._poll = poll
        self._acquire = redis.register_script(_scripts.ACQUIRE)
        self._extend = redis.register_script(_scripts.EXTEND)
        self._release = redis.register_script(_scripts.RELEASE)

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[int]:
        """Hold the lock; yields this holder's fence number.

        Raises:
            TokenRefreshError: Not obtained within `lock_timeout` (`error_code="lock_timeout"`).
            RedisUnavailableError: Redis failed or was too slow.
        """
        owner = secrets.token_hex(16)
        fence = await self._take(owner)
        keeper = asyncio.create_task(self._keep(owner))
        try:
            yield fence
        finally:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper
            await self._give_back(owner)

    async def _take(self, owner: str) -> int:
        deadline = time.monotonic() + self._lock_timeout
        while True:
            fence = await self._calls.run(
                "lock", lambda: self._acquire(keys=self._keys, args=[owner, self._lease_ms])
            )
            if int(fence):
                return int(fence)
            if time.monotonic() >= deadline:
                raise TokenRefreshError(
                    f"timed out waiting for the Redis token lock ({self._calls.what})",
                    error_code="lock_timeout",
                )
            # Jitter: waiters on several hosts should not poll in lockstep.
            await asyncio.sleep(self._poll * (0.5 + random.random()))  # noqa: S311

    async def _keep(self, owner: str) -> None:
        # Extend at a third of the lease: two extensions may fail before another host gets in.
        while True:
            await asyncio.sleep(self._lease / 3)
            try:
                kept = await self._calls.run(
                    "extend lock",
                    lambda: self._extend(keys=self._keys[:1], args=[owner, self._lease_ms]),
                )
            except RedisUnavailableError as error:
                logger.warning("could not extend the token lock lease: %s", error)
                continue
            if not int(kept):
                logger.warning(
                    "the token lock lease ran out (%s): saves are fenced", self._calls.what
                )
                return

    async def _give_back(self, owner: str) -> None:
        try:
            await self._calls.run(
                "unlock", lambda: self._release(keys=self._keys[:1], args=[owner])
            )
        except RedisUnavailableError as error:
            # The lease frees it anyway; raising here would hide how the renewal itself ended.
            logger.warning(
                "could not release the token lock (it expires with its lease): %s", error
            )
