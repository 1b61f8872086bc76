"""`RedisRateBudget`: budgets every process and host draws from, one round trip per request.

The bucket arithmetic is `soundcloud_async.budgets.BucketState`, run as one Lua script
(`_scripts.RESERVE`) over every bucket a request draws from, on Redis's clock, so hosts whose
clocks disagree still share one window.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Literal

from redis.asyncio import Redis

from soundcloud_async.budgets import (
    DEFAULT_RULES,
    BudgetRule,
    BudgetSlot,
    MemoryRateBudget,
    Reservation,
    Sleep,
    rules_with_pacing,
    wait_for,
)
from soundcloud_async.errors import RedisUnavailableError
from soundcloud_async.redis import _scripts
from soundcloud_async.redis._calls import DEFAULT_PREFIX, RedisCalls, check_prefix

__all__ = ["RedisRateBudget"]

logger = logging.getLogger("soundcloud_async.redis")

OnUnavailable = Literal["fail", "local"]


class RedisRateBudget:
    """A `RateBudget` in Redis, shared by every client of every process that uses it.

    Args:
        redis: A `redis.asyncio.Redis` you own (and close).
        rules: The rules to apply (default: SoundCloud's published limits).
        requests_per_second: Also pace every request of an app to this rate, across hosts.
        prefix: Namespace of the keys (`{prefix}:{budget}:<rule>:<digest>`).
        host_id: Names this machine for per-host rules (default: the host name).
        timeout: Seconds one Redis call may take.
        on_unavailable: `"fail"` (default): a Redis failure raises `RedisUnavailableError`
            and nothing is sent. `"local"`: count in this process instead until Redis
            answers again (each process then allows the whole budget on its own).
        clock: Epoch seconds to use instead of Redis's clock (tests).
        sleep: Awaited with each short wait (injectable for tests).
    """

    def __init__(
        self,
        redis: Redis,
        rules: Sequence[BudgetRule] = DEFAULT_RULES,
        *,
        requests_per_second: float | None = None,
        prefix: str = DEFAULT_PREFIX,
        host_id: str | None = None,
        timeout: float = 2.0,
        on_unavailable: OnUnavailable = "fail",
        clock: Callable[[], float] | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if on_unavailable not in ("fail", "local"):
            raise ValueError(f"on_unavailable must be 'fail' or 'local', got {on_unavailable!r}")
        self.rules = rules_with_pacing(rules, requests_per_second)
        self._local = MemoryRateBudget(self.rules, host_id=host_id)
        self.host_id = self._local.host_id
        self._prefix = f"{check_prefix(prefix)}:{{budget}}"  # one hash slot for all buckets
        self._calls = RedisCalls("RedisRateBudget", timeout)
        self._on_unavailable = on_unavailable
        self._clock = clock
        self._sleep = sleep
        self._reserve = redis.register_script(_scripts.RESERVE)
        self._drain = redis.register_script(_scripts.DRAIN)
        self._degraded = False

    def __repr__(self) -> str:
        return (
            f"RedisRateBudget(rules={[rule.name for rule in self.rules]}, prefix={self._prefix!r})"
        )

    def key_of(self, slot: BudgetSlot) -> str:
        """The Redis key of a bucket."""
        return f"{self._prefix}:{slot.key}"

    async def acquire(self, slots: Sequence[BudgetSlot], *, max_wait: float) -> Reservation:
        """Take one request from every slot if none has to wait longer than `max_wait`, and
        wait that long.

        Raises:
            RedisUnavailableError: Redis failed (with `on_unavailable="fail"`).
        """
        keys = [self.key_of(slot) for slot in slots]
        args: list[str | float] = [self._now(), max_wait]
        for slot in slots:
            args += [slot.rule.limit, slot.rule.per]
        try:
            reply = await self._calls.run("reserve", lambda: self._reserve(keys=keys, args=args))
        except RedisUnavailableError as error:
            self._fall_back(error)
            return await wait_for(self._local.reserve_now(slots, max_wait=max_wait), self._sleep)
        self._recovered()
        granted, wait, index = int(reply[0]), float(reply[1]), int(reply[2])
        reservation = Reservation(bool(granted), wait, slots[index - 1] if index else None)
        return await wait_for(reservation, self._sleep)

    async def drain(self, slots: Sequence[BudgetSlot], *, until: float) -> None:
        """Empty the slots for every host until `until` (epoch seconds)."""
        self._local.drain_now(slots, until=until)  # also right after a fall-back
        keys = [self.key_of(slot) for slot in slots]
        args: list[str | float] = [self._now(), until, *(slot.rule.limit for slot in slots)]
        try:
            await self._calls.run("drain", lambda: self._drain(keys=keys, args=args))
        except RedisUnavailableError as error:
            self._fall_back(error)

    def _now(self) -> str | float:
        return "" if self._clock is None else self._clock()

    def _fall_back(self, error: RedisUnavailableError) -> None:
        if self._on_unavailable == "fail":
            raise error
        if not self._degraded:
            logger.warning("%s; counting budgets in this process until Redis is back", error)
            self._degraded = True

    def _recovered(self) -> None:
        if self._degraded:
            logger.warning("Redis answers again: budgets are shared again")
            self._degraded = False
