"""What the budget tests share: a recording SoundCloud stand-in, a clock that moves when slept."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from soundcloud_async import RateBudget, RetryPolicy, SoundCloud, Token

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


def client(api: Api, budget: RateBudget, **options: object) -> SoundCloud:
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


def plays_429() -> httpx.Response:
    reset = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y/%m/%d %H:%M:%S +0000")
    limit = {"group": "plays", "max_nr_of_requests": 15000, "time_window": "PT24H"}
    meta = {"rate_limit": limit, "remaining_requests": 0, "reset_time": reset}
    return httpx.Response(429, json={"errors": [{"meta": meta}]})
