"""Client-side budgets in one process (`MemoryRateBudget`), through `SoundCloud(budget=...)`.

A MockTransport answers below the retry layer, as README "Testing your app" shows; the budget's
clock and sleep are injected, so waits are recorded, never slept.
"""

from __future__ import annotations

import httpx
import pytest

from soundcloud_async import (
    DEFAULT_RULES,
    BudgetExhaustedError,
    BudgetRule,
    MemoryRateBudget,
    RateLimitError,
    SoundCloud,
    Token,
)
from soundcloud_async.budgets import pacing_rule

from ._support import API, TRACK, Api, Clock, client, plays_429, user_token


async def test_pacing_spaces_requests_by_the_rate() -> None:
    clock, api = Clock(), Api()
    budget = MemoryRateBudget((), requests_per_second=2, clock=clock, sleep=clock.sleep)
    async with client(api, budget, token=user_token()) as sc:
        for _ in range(5):
            await sc.tracks.get(TRACK)
    assert api.count("GET /tracks/") == 5
    # Two at once (the burst of one second), then one every half second.
    assert clock.slept == pytest.approx([0.5, 0.5, 0.5])


async def test_a_long_wait_raises_before_anything_is_sent() -> None:
    clock, api = Clock(), Api()
    likes = BudgetRule.parse("POST /likes/*: 2 per hour", name="likes")
    budget = MemoryRateBudget((likes,), clock=clock, sleep=clock.sleep)
    async with client(api, budget, token=user_token()) as sc:
        await sc.likes.add_track(TRACK)
        await sc.likes.add_track(TRACK)
        with pytest.raises(BudgetExhaustedError) as caught:
            await sc.likes.add_track(TRACK)
        await sc.tracks.get(TRACK)  # other requests are not counted against it
    assert api.count("POST /likes/") == 2
    error = caught.value
    assert isinstance(error, RateLimitError)
    assert error.status_code == 429
    assert error.response.headers["x-soundcloud-async-budget"] == "likes"
    assert error.retry_after == pytest.approx(1800.0)  # one request refills in 3600 / 2 s
    assert error.reset_at is not None
    assert error.rate_limit is not None
    assert error.rate_limit.group == "likes"
    assert "likes" in str(error)
    assert "nothing was sent" in str(error)
    assert "ACCESS-user" not in str(error)
    assert "ACCESS-user" not in repr(error)
    assert clock.slept == []


async def test_a_short_wait_within_max_retry_wait_is_waited() -> None:
    clock, api = Clock(), Api()
    likes = BudgetRule("likes", 1, 30.0, method="POST", path="/likes/*")
    budget = MemoryRateBudget((likes,), clock=clock, sleep=clock.sleep)
    async with client(api, budget, token=user_token()) as sc:
        await sc.likes.add_track(TRACK)
        await sc.likes.add_track(TRACK)  # 30 s < max_retry_wait (60 s): waited
    assert clock.slept == [30.0]
    assert api.count("POST /likes/") == 2


async def test_client_credentials_exchanges_are_rationed_across_clients() -> None:
    clock, api = Clock(), Api()
    ration = BudgetRule(
        "cc", 2, 12 * 3600.0, method="POST", path="*/token", grant_type="client_credentials"
    )
    budget = MemoryRateBudget((ration,), clock=clock, sleep=clock.sleep)
    for _ in range(2):
        async with client(api, budget) as sc:
            await sc.tracks.get(TRACK)
    async with client(api, budget) as sc:
        with pytest.raises(BudgetExhaustedError, match="'cc'"):
            await sc.tracks.get(TRACK)
    async with client(api, budget, token=Token("OLD", refresh_token="R", expires_at=1.0)) as sc:
        await sc.tracks.get(TRACK)  # a refresh is another grant: not counted
    assert api.count("POST /oauth/token grant_type=client_credentials") == 2
    assert api.count("POST /oauth/token grant_type=refresh_token") == 1


async def test_a_429_with_reset_time_closes_the_bucket_for_every_client() -> None:
    api = Api(streams=plays_429)
    budget = MemoryRateBudget(DEFAULT_RULES)
    async with client(api, budget, token=user_token()) as first:
        with pytest.raises(RateLimitError) as server_said:
            await first.tracks.streams(TRACK)
    assert not isinstance(server_said.value, BudgetExhaustedError)
    async with client(api, budget, token=user_token()) as second:
        with pytest.raises(BudgetExhaustedError) as caught:
            await second.tracks.streams(TRACK)
        await second.tracks.get(TRACK)  # not a play: still sent
    assert api.count("GET /tracks/") == 2  # one /streams (the 429), one track
    assert caught.value.retry_after == pytest.approx(7200, abs=5)


async def test_a_429_of_another_group_leaves_the_bucket_alone() -> None:
    def other_limit() -> httpx.Response:
        response = plays_429()
        return httpx.Response(429, content=response.content.replace(b"plays", b"likes"))

    api = Api(streams=other_limit)
    budget = MemoryRateBudget(DEFAULT_RULES)
    async with client(api, budget, token=user_token()) as sc:
        for _ in range(2):
            with pytest.raises(RateLimitError) as caught:
                await sc.tracks.streams(TRACK)
            assert not isinstance(caught.value, BudgetExhaustedError)
    assert api.count("GET /tracks/") == 2


def test_rules_parse_and_refuse_nonsense() -> None:
    rule = BudgetRule.parse("post /reposts/*: 10 per minute")
    assert (rule.method, rule.path, rule.limit, rule.per) == ("POST", "/reposts/*", 10, 60.0)
    assert rule.matches("POST", "/reposts/tracks/soundcloud:tracks:1", lambda: None)
    assert not rule.matches("GET", "/reposts/tracks/1", lambda: None)
    with pytest.raises(ValueError, match="METHOD /path"):
        BudgetRule.parse("ten likes a minute")
    with pytest.raises(ValueError, match="limit"):
        BudgetRule("x", 0, 1.0)
    with pytest.raises(ValueError, match="requests_per_second"):
        pacing_rule(0)
    with pytest.raises(ValueError, match="unique"):
        MemoryRateBudget((BudgetRule("a", 1, 1.0), BudgetRule("a", 2, 1.0)))
    with pytest.raises(ValueError, match="http_client"):
        SoundCloud(http_client=httpx.AsyncClient(base_url=API), budget=MemoryRateBudget())


def test_slot_keys_hold_no_client_id() -> None:
    from soundcloud_async.budgets import BudgetSlot

    slot = BudgetSlot.of(DEFAULT_RULES[0], client_id="my-client-id", host_id="h")
    assert "my-client-id" not in slot.key
    assert slot.key.startswith(DEFAULT_RULES[0].name)
