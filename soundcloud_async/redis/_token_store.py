"""`RedisTokenStore`: one token shared by every process and host that reaches one Redis.

Refresh tokens are single-use (see docs/soundcloud-behaviour.md, "Tokens and OAuth"), so the
renewal must happen once for all of them. `SoundCloudAuth` already renews once per process, and
under the store's `lock()` it re-reads the store before spending the refresh token; this store
makes that lock span hosts (`LeaseLock`) and fences saves, so a holder whose lease ran out
cannot overwrite the token a later holder saved.

Valid-token calls never reach Redis: the client keeps the token and its expiry in memory and
loads from the store only to renew.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from redis.asyncio import Redis

from soundcloud_async import Token
from soundcloud_async._loop_lock import LoopLock
from soundcloud_async._shared_failure import SharedFailure
from soundcloud_async.errors import ConfigurationError
from soundcloud_async.redis import _scripts
from soundcloud_async.redis._calls import DEFAULT_PREFIX, RedisCalls, check_prefix, key_part
from soundcloud_async.redis._lease import LeaseLock

__all__ = ["RedisTokenStore"]

logger = logging.getLogger("soundcloud_async.redis")

# A failed renewal is shared for a day at most: a refused grant stays refused, a transient
# failure only matters to renewals already waiting when it happened.
_FAILURE_TTL_MS = 24 * 3600 * 1000
DEFAULT_IDLE_TTL = 30 * 24 * 3600.0


class RedisTokenStore:
    """A `LockableTokenStore` in Redis: refresh once across every host, never lose a token.

    Keys (`{prefix}:token:{key}` and its `:lock`, `:meta`, `:failure` siblings) hold no secret;
    the token key holds the token JSON only, with a TTL: an app token's expiry, else `idle_ttl`.

    Args:
        redis: A `redis.asyncio.Redis` you own (and close).
        key: Names this token, e.g. `"app"` or a user id; shown in keys (digested if unusual).
        prefix: Namespace of every key.
        lease: Seconds a lock holder that died keeps the others waiting, at most.
        lock_timeout: Seconds to wait for the lock before `TokenRefreshError("lock_timeout")`.
        timeout: Seconds any one Redis call may take before `RedisUnavailableError`.
        idle_ttl: Seconds a refreshable token is kept after its last save (None: forever).
        poll: Seconds between attempts to take a held lock (jittered).
        clock: Epoch seconds, for TTLs (injectable for tests).
    """

    def __init__(
        self,
        redis: Redis,
        key: str = "app",
        *,
        prefix: str = DEFAULT_PREFIX,
        lease: float = 10.0,
        lock_timeout: float = 60.0,
        timeout: float = 2.0,
        idle_ttl: float | None = DEFAULT_IDLE_TTL,
        poll: float = 0.02,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not key:
            raise ValueError("key must not be empty")
        if idle_ttl is not None and not idle_ttl > 0:
            raise ValueError(f"idle_ttl must be > 0 or None, got {idle_ttl!r}")
        self.key = key
        base = f"{check_prefix(prefix)}:token:{{{key_part(key)}}}"  # one hash slot per token
        self.token_key, self.meta_key = base, f"{base}:meta"
        self.failure_key = f"{base}:failure"
        self._redis = redis
        self._calls = RedisCalls(f"RedisTokenStore({key!r})", timeout)
        self._idle_ttl = idle_ttl
        self._clock = clock
        self._save = redis.register_script(_scripts.SAVE)
        self._clear = redis.register_script(_scripts.CLEAR)
        self._lease = LeaseLock(
            redis,
            self._calls,
            lock_key=f"{base}:lock",
            meta_key=self.meta_key,
            token_key=self.token_key,
            lease=lease,
            lock_timeout=lock_timeout,
            poll=poll,
        )
        self._local_locks = LoopLock()
        self._fence: int | None = None

    def __repr__(self) -> str:
        return f"RedisTokenStore(key={self.key!r}, token_key={self.token_key!r})"

    async def load(self) -> Token | None:
        """Return the stored token, or None.

        Raises:
            ConfigurationError: The key holds something that is not a token.
            RedisUnavailableError: Redis failed or was too slow.
        """
        data = await self._calls.run("load", lambda: self._redis.get(self.token_key))
        if data is None:
            return None
        try:
            return Token.from_json(data)
        except ConfigurationError as exc:
            raise ConfigurationError(f"Redis key {self.token_key}: {exc}") from None

    async def save(self, token: Token) -> None:
        """Replace the stored token, unless a later lock holder already saved a newer one.

        A refused save is logged, not raised: the caller's token is still valid, and the
        store already holds the newer one every other process will use.
        """
        fence = "" if self._fence is None else str(self._fence)
        args: list[str | int] = [token.to_json(), fence, self._ttl_ms(token)]
        keys = [self.token_key, self.meta_key]
        saved = await self._calls.run("save", lambda: self._save(keys=keys, args=args))
        if not int(saved):
            logger.warning(
                "%r: not saving a token over a newer one (this holder's lock lease ran out)", self
            )

    async def clear(self) -> None:
        """Forget the token (sign-out); lock holders from before cannot bring it back."""
        keys = [self.token_key, self.meta_key]
        await self._calls.run("clear", lambda: self._clear(keys=keys, args=[]))

    def lock(self) -> AbstractAsyncContextManager[None]:
        """Hold the lock shared by every process and host using this key.

        Raises:
            TokenRefreshError: Not obtained within `lock_timeout` (`error_code="lock_timeout"`).
            RedisUnavailableError: Redis failed or was too slow.
        """
        return self._locked()

    @asynccontextmanager
    async def _locked(self) -> AsyncIterator[None]:
        # Waiters of this process queue here, not on Redis: one poller per process.
        async with self._local_locks.get(), self._lease.held() as fence:
            self._fence = fence
            try:
                yield
            finally:
                self._fence = None

    async def save_failure(self, failure: SharedFailure) -> None:
        """Record the last failed renewal for the other processes (no secrets in it)."""
        data = failure.to_json()
        await self._calls.run(
            "save failure", lambda: self._redis.set(self.failure_key, data, px=_FAILURE_TTL_MS)
        )

    async def load_failure(self) -> SharedFailure | None:
        """Return the last failed renewal recorded by any process (None if unreadable)."""
        data = await self._calls.run("load failure", lambda: self._redis.get(self.failure_key))
        return None if data is None else SharedFailure.from_json(data)

    def _ttl_ms(self, token: Token) -> int:
        # An app token without a refresh token is worthless once expired; a refreshable one
        # stays while it is used (each rotation saves it again).
        if token.expires_at is not None and not token.refresh_token:
            return max(1000, round((token.expires_at - self._clock()) * 1000))
        return 0 if self._idle_ttl is None else round(self._idle_ttl * 1000)
