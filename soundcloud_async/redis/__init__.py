"""soundcloud-async on Redis: tokens refreshed once and rate budgets shared by every host.

    from redis.asyncio import Redis
    from soundcloud_async import SoundCloud
    from soundcloud_async.redis import RedisRateBudget, RedisTokenStore

    redis = Redis.from_url("redis://localhost:6379/0")
    sc = SoundCloud(
        token_store=RedisTokenStore(redis, key="app"),
        budget=RedisRateBudget(redis),
    )

The Redis client stays yours (open and close it). Every Redis call has a timeout; a failure
raises `RedisUnavailableError` (never a redis-py exception). Install with
`pip install "soundcloud-async[redis]"`.
"""

from typing import TYPE_CHECKING, Any

try:
    import redis as _redis  # noqa: F401  (only to fail early with the fix in the message)
except ImportError as _missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        'soundcloud_async.redis needs redis-py: pip install "soundcloud-async[redis]"'
    ) from _missing

from soundcloud_async.redis._budget import RedisRateBudget
from soundcloud_async.redis._token_store import RedisTokenStore
from soundcloud_async.redis._users import RedisUserTokenStore

if TYPE_CHECKING:
    from soundcloud_async.redis._pending import RedisPendingLoginStore

__all__ = [
    "RedisPendingLoginStore",
    "RedisRateBudget",
    "RedisTokenStore",
    "RedisUserTokenStore",
]


def __getattr__(name: str) -> Any:
    # The pending-login store holds soundcloud_async.fastapi's PendingLogin, and that package
    # needs FastAPI: import it only for the users who ask for it.
    if name == "RedisPendingLoginStore":
        from soundcloud_async.redis._pending import RedisPendingLoginStore

        return RedisPendingLoginStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
