"""`RedisPendingLoginStore`: logins in progress in Redis, for `--workers N` and many hosts.

The browser's `/callback` may reach another worker or host than its `/login`; each finds the
login in Redis. `pop` is one `GETDEL`, so two callbacks racing with the same login complete it
once, and each entry expires with the login.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable

from redis.asyncio import Redis

from soundcloud_async.fastapi._pending import PendingLogin
from soundcloud_async.redis._calls import DEFAULT_PREFIX, RedisCalls, check_prefix

__all__ = ["RedisPendingLoginStore"]


class RedisPendingLoginStore:
    """A `PendingLoginStore` in Redis (the values hold PKCE verifiers; the keys hold no secret).

    Args:
        redis: A `redis.asyncio.Redis` you own (and close); Redis 6.2 or later (`GETDEL`).
        prefix: Namespace of the keys (`{prefix}:login:<digest of the login id>`).
        timeout: Seconds one Redis call may take before `RedisUnavailableError`.
        clock: Epoch seconds (injectable for tests).
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis
        self._prefix = f"{check_prefix(prefix)}:login"
        self._calls = RedisCalls("RedisPendingLoginStore", timeout)
        self._clock = clock

    def __repr__(self) -> str:
        return f"RedisPendingLoginStore(prefix={self._prefix!r})"

    def _key(self, login_id: str) -> str:
        # The login id is what the signed cookie carries: keep even that out of key names.
        return f"{self._prefix}:{hashlib.sha256(login_id.encode()).hexdigest()}"

    async def put(self, login_id: str, login: PendingLogin) -> None:
        """Remember `login` until `login.expires_at`."""
        ttl_ms = round((login.expires_at - self._clock()) * 1000)
        if ttl_ms <= 0:
            return  # already expired: `pop` would refuse it anyway
        data = json.dumps(
            {
                "state": login.state,
                "code_verifier": login.code_verifier,
                "redirect_uri": login.redirect_uri,
                "expires_at": login.expires_at,
            }
        )
        key = self._key(login_id)
        await self._calls.run("put login", lambda: self._redis.set(key, data, px=ttl_ms))

    async def pop(self, login_id: str) -> PendingLogin | None:
        """Remove and return the login (None if unknown, used, expired or unreadable)."""
        key = self._key(login_id)
        data = await self._calls.run("pop login", lambda: self._redis.getdel(key))
        if data is None:
            return None
        try:
            fields = json.loads(data)
            login = PendingLogin(
                state=str(fields["state"]),
                code_verifier=str(fields["code_verifier"]),
                redirect_uri=str(fields["redirect_uri"]),
                expires_at=float(fields["expires_at"]),
            )
        except (ValueError, KeyError, TypeError):
            return None
        return login if login.expires_at > self._clock() else None
