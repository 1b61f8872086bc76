"""Fixtures for the fake SoundCloud's tests: a small seeded fake, a manual clock, clients."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from soundcloud_async.testing import FakeSoundCloud

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"


class ManualClock:
    """A clock that only moves when told to (starts mid-2025)."""

    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingSleep:
    """An injectable sleep that returns at once and remembers what it was asked to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def fake(clock: ManualClock, sleep: RecordingSleep) -> FakeSoundCloud:
    # Small but complete: a few hundred followers keep paging tests fast.
    return FakeSoundCloud(
        seed=7,
        users=20,
        tracks=150,
        playlists=20,
        popular_followers=450,
        clock=clock,
        sleep=sleep,
        redirect_uris=("https://app.example.com/callback",),
    )


@pytest.fixture
async def client(fake: FakeSoundCloud) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=fake.transport(), base_url=API) as http:
        yield http


@pytest.fixture
def user_headers(fake: FakeSoundCloud) -> dict[str, str]:
    return {"Authorization": f"OAuth {fake.issue_token()['access_token']}"}


@pytest.fixture
def app_headers(fake: FakeSoundCloud) -> dict[str, str]:
    return {"Authorization": f"OAuth {fake.issue_token(app_only=True)['access_token']}"}
