"""Client-side rate budgets: requests drawn from a shared allowance before they leave.

SoundCloud rations some requests per app, per IP or per user, and one process cannot see what
its siblings spend (see docs/soundcloud-behaviour.md, "Rate limits and 429 responses"). A
`RateBudget` counts them where every sender can see it: `MemoryRateBudget` for the clients of
one process, `soundcloud_async.redis.RedisRateBudget` for every process and host sharing a
Redis. Pass one to `SoundCloud(budget=...)`: each attempt that would match a `BudgetRule` first
takes one request from every matching bucket, waits a short wait, and raises
`BudgetExhaustedError` (a `RateLimitError`) for a long one, before anything is sent.

Each bucket is a token bucket: `limit` requests at once, refilled at `limit / per` per second.
A 429 that announces its `reset_time` empties the buckets of the request it answered until
then, so every sender stops together and starts again with a full bucket.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, runtime_checkable

import attrs

from soundcloud_async._budget_rules import DEFAULT_RULES, BudgetRule, pacing_rule

__all__ = [
    "DEFAULT_RULES",
    "BudgetRule",
    "BudgetSlot",
    "MemoryRateBudget",
    "RateBudget",
    "Reservation",
    "pacing_rule",
]

logger = logging.getLogger("soundcloud_async.budget")

Sleep = Callable[[float], Awaitable[None]]


@attrs.frozen
class BudgetSlot:
    """One bucket a request draws from: a rule applied to one app or one host.

    Attributes:
        rule: The rule.
        key: Names the bucket: the rule's name and a digest of its scope (never a secret).
    """

    rule: BudgetRule
    key: str

    @classmethod
    def of(cls, rule: BudgetRule, *, client_id: str | None, host_id: str) -> BudgetSlot:
        """The bucket of `rule` for this app (`client_id`) or this host (`host_id`)."""
        owner = host_id if rule.scope == "host" else f"client:{client_id or ''}"
        digest = hashlib.sha256(owner.encode()).hexdigest()[:16]
        return cls(rule, f"{rule.name}:{digest}")


@attrs.frozen
class Reservation:
    """The answer of `RateBudget.acquire`.

    Attributes:
        granted: True: one request is taken from every bucket and may leave now (after the
            `wait` seconds already waited). False: nothing was taken; the earliest chance is
            `wait` seconds away.
        wait: Seconds waited (granted) or still to wait (refused).
        slot: The bucket that decided the wait (None when nothing had to wait).
    """

    granted: bool
    wait: float
    slot: BudgetSlot | None = None


@runtime_checkable
class RateBudget(Protocol):
    """Shared buckets that requests draw from before they are sent.

    Attributes:
        rules: The rules `SoundCloud(budget=...)` applies with this budget.
        host_id: Names this machine for rules scoped to a host (SoundCloud counts per IP).
    """

    rules: tuple[BudgetRule, ...]
    host_id: str

    async def acquire(self, slots: Sequence[BudgetSlot], *, max_wait: float) -> Reservation:
        """Take one request from every slot, atomically, if the longest wait is <= max_wait;
        then wait that long before returning."""
        ...

    async def drain(self, slots: Sequence[BudgetSlot], *, until: float) -> None:
        """Empty the slots until `until` (epoch seconds); they are full again from then on."""
        ...


async def wait_for(reservation: Reservation, sleep: Sleep) -> Reservation:
    """Sleep the wait of a granted reservation (its request may leave then) and return it."""
    if reservation.granted and reservation.wait > 0:
        name = reservation.slot.rule.name if reservation.slot else "?"
        logger.debug("budget %r: waiting %.2f s", name, reservation.wait)
        await sleep(reservation.wait)
    return reservation


def rules_with_pacing(
    rules: Sequence[BudgetRule], requests_per_second: float | None
) -> tuple[BudgetRule, ...]:
    """`rules`, plus the pacing rule when `requests_per_second` is set; names must be unique."""
    combined = tuple(rules)
    if requests_per_second is not None:
        combined += (pacing_rule(requests_per_second),)
    names = [rule.name for rule in combined]
    if len(set(names)) != len(names):
        raise ValueError(f"budget rule names must be unique, got {names}")
    return combined


@attrs.define
class BucketState:
    """A token bucket: `tokens` at time `stamp`; `stamp` in the future means drained."""

    tokens: float
    stamp: float

    def wait(self, rule: BudgetRule, now: float) -> float:
        """Refill to `now`, then return the seconds until one request may leave."""
        rate = rule.limit / rule.per
        if now > self.stamp:
            self.tokens = min(float(rule.limit), self.tokens + (now - self.stamp) * rate)
            self.stamp = now
        # The same arithmetic runs in the Redis script (soundcloud_async/redis/_scripts.py).
        return (self.stamp - now) + max(0.0, 1.0 - self.tokens) / rate

    def drain(self, rule: BudgetRule, until: float) -> None:
        """Empty until `until`, full from then on (SoundCloud's window resets then)."""
        if until > self.stamp:
            self.tokens, self.stamp = float(rule.limit), until


class MemoryRateBudget:
    """Buckets in this process: shared by every client given this object.

    Args:
        rules: The rules to apply (default: SoundCloud's published limits).
        requests_per_second: Also pace every request of an app to this rate.
        host_id: Names this machine for per-host rules (default: the host name).
        clock: Epoch seconds (injectable for tests); wall time, since a 429's reset is a date.
        sleep: Awaited with each short wait (injectable for tests).
    """

    def __init__(
        self,
        rules: Sequence[BudgetRule] = DEFAULT_RULES,
        *,
        requests_per_second: float | None = None,
        host_id: str | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.rules = rules_with_pacing(rules, requests_per_second)
        self.host_id = host_id or socket.gethostname()
        self._clock = clock
        self._sleep = sleep
        self._buckets: dict[str, BucketState] = {}

    def __repr__(self) -> str:
        return f"MemoryRateBudget(rules={[rule.name for rule in self.rules]})"

    async def acquire(self, slots: Sequence[BudgetSlot], *, max_wait: float) -> Reservation:
        """Take one request from every slot if none has to wait longer than `max_wait`, and
        wait that long."""
        return await wait_for(self.reserve_now(slots, max_wait=max_wait), self._sleep)

    def reserve_now(self, slots: Sequence[BudgetSlot], *, max_wait: float) -> Reservation:
        """`reserve` without awaiting (no I/O here): also the Redis budget's local fallback."""
        now = self._clock()
        worst = Reservation(True, 0.0)
        for slot in slots:
            wait = self._bucket(slot, now).wait(slot.rule, now)
            if wait > worst.wait:
                worst = Reservation(True, wait, slot)
        if worst.wait > max_wait:
            return attrs.evolve(worst, granted=False)
        for slot in slots:
            self._buckets[slot.key].tokens -= 1.0
        return worst

    async def drain(self, slots: Sequence[BudgetSlot], *, until: float) -> None:
        """Empty the slots until `until`."""
        self.drain_now(slots, until=until)

    def drain_now(self, slots: Sequence[BudgetSlot], *, until: float) -> None:
        """`drain` without awaiting."""
        now = self._clock()
        for slot in slots:
            self._bucket(slot, now).drain(slot.rule, until)

    def _bucket(self, slot: BudgetSlot, now: float) -> BucketState:
        bucket = self._buckets.get(slot.key)
        if bucket is None:
            bucket = self._buckets[slot.key] = BucketState(float(slot.rule.limit), now)
        return bucket
