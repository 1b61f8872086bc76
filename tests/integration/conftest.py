"""Integration tests: the facade against the fake SoundCloud served by uvicorn on 127.0.0.1.

`fake_soundcloud`, `soundcloud_server`, `soundcloud_over_socket` ... are the fixtures users get
from `soundcloud_async.testing.pytest_plugin` (enabled in tests/conftest.py), so this suite
also proves they work.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from soundcloud_async import RetryPolicy, SoundCloud
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._clients import client_for

# Real sleeps, kept short: the fake answers at once, so only the waits themselves cost time.
FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.05, jitter=0.0)


@pytest_asyncio.fixture
async def user_over_socket(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> AsyncIterator[SoundCloud]:
    """The fake's login user, over the real socket, with short backoff."""
    async with client_for(
        fake_soundcloud, user=True, base_url=soundcloud_server, retry=FAST_RETRY
    ) as client:
        yield client
