"""`RedisUserTokenStore`: each user's token in Redis, for web apps on many workers and hosts.

Every user's slot is a `RedisTokenStore` (key `user:<id>`), so two hosts serving the same user
refresh that user's single-use refresh token once between them (see
docs/soundcloud-behaviour.md, "Tokens and OAuth"). `soundcloud_async.fastapi` asks
`token_store_for(user_id)` for that slot, lock included.
"""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from soundcloud_async import Token
from soundcloud_async.redis._calls import DEFAULT_PREFIX
from soundcloud_async.redis._token_store import DEFAULT_IDLE_TTL, RedisTokenStore

__all__ = ["RedisUserTokenStore"]


class RedisUserTokenStore:
    """A `UserTokenStore` in Redis; each user's slot is a `RedisTokenStore`.

    Args:
        redis: A `redis.asyncio.Redis` you own (and close).
        prefix: Namespace of every key.
        idle_ttl: Seconds a user's token is kept after its last refresh (None: forever); a user
            idle for longer signs in again.
        options: Passed on to each `RedisTokenStore` (`lease`, `lock_timeout`, `timeout`, ...).
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
        idle_ttl: float | None = DEFAULT_IDLE_TTL,
        **options: Any,
    ) -> None:
        self._redis = redis
        self._options: dict[str, Any] = {"prefix": prefix, "idle_ttl": idle_ttl, **options}
        self.token_store_for("probe")  # invalid options fail here, not at the first login

    def __repr__(self) -> str:
        return f"RedisUserTokenStore(prefix={self._options['prefix']!r})"

    def token_store_for(self, user_id: str) -> RedisTokenStore:
        """The user's slot as a lockable token store (what a per-user client uses)."""
        return RedisTokenStore(self._redis, f"user:{user_id}", **self._options)

    async def load(self, user_id: str) -> Token | None:
        """Return the user's token, or None."""
        return await self.token_store_for(user_id).load()

    async def save(self, user_id: str, token: Token) -> None:
        """Replace the user's token (outside any lock: a login always wins)."""
        await self.token_store_for(user_id).save(token)

    async def clear(self, user_id: str) -> None:
        """Forget the user's token (logout)."""
        await self.token_store_for(user_id).clear()
