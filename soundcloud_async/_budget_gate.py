"""`BudgetGate`: where the retry transport asks a `RateBudget` before each attempt leaves.

The transport calls `admit` before every attempt (retries spend SoundCloud's limits too) and
`observe_429` with every 429 body it reads. Neither exists on a client without a budget: the
transport checks one attribute and moves on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import httpx

from soundcloud_async._ratelimit import parse_rate_limit
from soundcloud_async.budgets import BudgetSlot, RateBudget
from soundcloud_async.errors import budget_exhausted_error

__all__ = ["BudgetGate"]

logger = logging.getLogger("soundcloud_async.budget")


class BudgetGate:
    """Applies one budget's rules to the requests of one app (`client_id`)."""

    def __init__(self, budget: RateBudget, *, client_id: str | None) -> None:
        self.budget = budget
        self._client_id = client_id

    def slots_for(self, request: httpx.Request) -> list[BudgetSlot]:
        """The buckets `request` draws from (none for most requests)."""
        method, path = request.method, request.url.path
        budget = self.budget
        return [
            BudgetSlot.of(rule, client_id=self._client_id, host_id=budget.host_id)
            for rule in budget.rules
            if rule.matches(method, path, lambda: _grant_type(request))
        ]

    async def admit(
        self,
        request: httpx.Request,
        *,
        max_wait: float,
        now: Callable[[], datetime],
    ) -> None:
        """Take `request`'s share of the budget; the budget sleeps a short wait.

        Raises:
            BudgetExhaustedError: A bucket is spent for longer than `max_wait` seconds.
            RedisUnavailableError: A shared budget cannot be reached (and may not fall back).
        """
        slots = self.slots_for(request)
        if not slots:
            return
        reservation = await self.budget.acquire(slots, max_wait=max(max_wait, 0.0))
        if not reservation.granted:
            assert reservation.slot is not None  # a refusal always names its bucket
            raise budget_exhausted_error(
                request, reservation.slot.rule, reservation.wait, now=now()
            )

    async def observe_429(self, request: httpx.Request, body: object) -> None:
        """Empty the buckets a 429 with a `reset_time` speaks for, until that time."""
        limit = parse_rate_limit(body)
        if limit is None or limit.reset_at is None:
            return
        slots = [
            slot
            for slot in self.slots_for(request)
            if slot.rule.drained_by(limit.group, limit.bucket)
        ]
        if slots:
            logger.info(
                "SoundCloud limit %r hit: budgets %s closed until %s",
                limit.group,
                [slot.rule.name for slot in slots],
                limit.reset_at.isoformat(),
            )
            await self.budget.drain(slots, until=limit.reset_at.timestamp())


def _grant_type(request: httpx.Request) -> str | None:
    # Token requests are small in-memory forms (see _token_endpoint); anything else has none.
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    grant_type: str | None = httpx.QueryParams(content.decode("utf-8", "replace")).get("grant_type")
    return grant_type
