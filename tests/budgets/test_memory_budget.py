"""Client-side budgets in one process (`MemoryRateBudget`), through `SoundCloud(budget=...)`.

A MockTransport answers below the retry layer, as README "Testing your app" shows; the budget's
clock and sleep are injected, so waits are recorded, never slept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from soundcloud_async import (
    DEFAULT_RULES,
    BudgetExhaustedError,
    BudgetRule,
    MemoryRateBudget,
    RateLimitError,
    RetryPolicy,
    SoundCloud,
    Token,
)
from soundcloud_async.budgets import pacing_rule

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"
TRACK = "soundcloud:tracks:13158665"
FIXTURES = Path(__file__).parents[1] / "endpoints" / "fixtures"
TRACK_BODY = json.loads((FIXTURES / "track.json").read_text(encoding="utf-8"))
STREAMS_BODY = json.loads((FIXTURES / "streams.json").read_text(encoding="utf-8"))
STATUS_BODY = json.loads((FIXTURES / "status.json").read_text(encoding="utf-8"))
NO_WAIT = RetryPolicy(initial_delay=0.0, jitter=0.0)


class Clock:
    """Epoch seconds that only move when the budget sleeps."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Api:
    """Answers like SoundCloud and records what reached it."""

    def __init__(self, streams: Callable[[], httpx.Response] | None = None) -> None:
        self.seen: list[str] = []
        self._streams = streams

    def __call__(self, request: httpx.Request) -> httpx.Response:
        form = request.content.decode() if request.method == "POST" else ""
        self.seen.append(f"{request.method} {request.url.path} {form}".strip())
        if request.url.path == "/oauth/token":
            fresh = {"access_token": f"A{len(self.seen)}", "expires_in": 3600}
            return httpx.Response(200, json={**fresh, "refresh_token": f"R{len(self.seen)}"})
        if request.url.path.endswith("/streams"):
            return self._streams() if self._streams else httpx.Response(200, json=STREAMS_BODY)
        if request.method == "POST":
            return httpx.Response(200, json=STATUS_BODY)
        return httpx.Response(200, json=TRACK_BODY)

    def count(self, prefix: str) -> int:
        return sum(1 for line in self.seen if line.startswith(prefix))


def client(api: Api, budget: MemoryRateBudget, **options: object) -> SoundCloud:
    return SoundCloud(
        "client-id",
        "client-secret",
        base_url=API,
        auth_base_url=AUTH,
        retry=NO_WAIT,
        transport=httpx.MockTransport(api),
        budget=budget,
        **options,  # type: ignore[arg-type]
    )


def user_token() -> Token:
    return Token("ACCESS-user", refresh_token="REFRESH-user", expires_at=1_900_000_000.0)


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
    assert error.rate_limit is not None and error.rate_limit.group == "likes"
    assert "likes" in str(error) and "nothing was sent" in str(error)
    assert "ACCESS-user" not in str(error) and "ACCESS-user" not in repr(error)
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


def plays_429() -> httpx.Response:
    reset = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y/%m/%d %H:%M:%S +0000")
    limit = {"group": "plays", "max_nr_of_requests": 15000, "time_window": "PT24H"}
    meta = {"rate_limit": limit, "remaining_requests": 0, "reset_time": reset}
    return httpx.Response(429, json={"errors": [{"meta": meta}]})


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
    assert "my-client-id" not in slot.key and slot.key.startswith(DEFAULT_RULES[0].name)
