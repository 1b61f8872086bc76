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
import re
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Literal, Protocol, runtime_checkable

import attrs
from attrs.validators import ge, gt

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

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_RULE_TEXT = re.compile(
    r"(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*:\s*(?P<limit>\d+)\s*(?:per|/)\s*"
    r"(?P<unit>second|minute|hour|day)s?",
)


def _upper(value: str | None) -> str | None:
    return None if value is None else value.upper()


@attrs.frozen
class BudgetRule:
    """`limit` requests per `per` seconds for the requests this rule matches.

    Attributes:
        name: Names the bucket (in Redis keys and errors); unique within a budget.
        limit: Requests allowed per window, and at once.
        per: Window in seconds.
        method: HTTP method matched (None: any).
        path: Path pattern matched; `*` stands for any run of characters, `/` included.
        grant_type: Only token requests (`POST .../oauth/token`) with this `grant_type`.
        scope: `"client"`: one bucket per app (client id); `"host"`: one per machine (the
            budget's `host_id`), for limits SoundCloud counts per IP address.
        group: SoundCloud's name for this limit in a 429 body (`"plays"`); a 429 naming
            another group leaves the bucket alone. None: any 429 this rule's request got.
        bucket: SoundCloud's `bucket` for the limit (`"by-ip"`), when it names one.
    """

    name: str
    limit: int = attrs.field(validator=ge(1))
    per: float = attrs.field(validator=gt(0.0))
    method: str | None = attrs.field(default=None, converter=_upper)
    path: str = "*"
    grant_type: str | None = None
    scope: Literal["client", "host"] = "client"
    group: str | None = None
    bucket: str | None = None
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    @_pattern.default
    def _compile(self) -> re.Pattern[str]:
        return re.compile(".*".join(re.escape(part) for part in self.path.split("*")))

    @classmethod
    def parse(cls, text: str, *, name: str | None = None) -> BudgetRule:
        """Read a rule written as `"POST /likes/*: 10 per minute"` (units: second ... day).

        Raises:
            ValueError: The text is not of that form.
        """
        found = _RULE_TEXT.fullmatch(text.strip())
        if found is None:
            raise ValueError(
                f"budget rule {text!r}: expected 'METHOD /path/*: N per second|minute|hour|day'"
            )
        method, path = found["method"].upper(), found["path"]
        return cls(
            name or f"{method} {path}",
            int(found["limit"]),
            _UNITS[found["unit"]],
            method=method,
            path=path,
        )

    def matches(self, method: str, path: str, grant_type: Callable[[], str | None]) -> bool:
        """Whether a `method` request to `path` counts against this rule.

        `grant_type` reads the form of a token request; it is only called when it matters.
        """
        if self.method is not None and method != self.method:
            return False
        if not self._pattern.fullmatch(path):
            return False
        return self.grant_type is None or grant_type() == self.grant_type

    def drained_by(self, group: str | None, bucket: str | None) -> bool:
        """Whether a 429 naming `group` and `bucket` empties this rule's bucket."""
        if self.group is not None and group != self.group:
            return False
        return self.bucket is None or bucket is None or bucket == self.bucket


def pacing_rule(requests_per_second: float) -> BudgetRule:
    """A rule spacing every request of one app: at most `requests_per_second` per second.

    Fractions pace slower than one per second (0.5: one request every two seconds).
    """
    if not requests_per_second > 0:
        raise ValueError(f"requests_per_second must be > 0, got {requests_per_second!r}")
    limit = max(1, int(requests_per_second))
    # "client-pacing" is no SoundCloud group: a 429 never drains the polite pace.
    return BudgetRule("pacing", limit, limit / requests_per_second, group="client-pacing")


# SoundCloud's published limits (see docs/soundcloud-behaviour.md, "Rate limits and 429
# responses"): app tokens per app and per IP, and plays per app. `/streams` hands out the
# stream URLs a play starts with, so both it and the legacy `/stream` are counted.
DEFAULT_RULES: tuple[BudgetRule, ...] = (
    BudgetRule(
        "client-credentials-by-app",
        50,
        12 * 3600.0,
        method="POST",
        path="*/token",
        grant_type="client_credentials",
        group="client-credentials-exchange",
        bucket="by-client",
    ),
    BudgetRule(
        "client-credentials-by-ip",
        30,
        3600.0,
        method="POST",
        path="*/token",
        grant_type="client_credentials",
        scope="host",
        group="client-credentials-exchange",
        bucket="by-ip",
    ),
    BudgetRule("plays", 15_000, 24 * 3600.0, method="GET", path="/tracks/*/stream*", group="plays"),
)


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
