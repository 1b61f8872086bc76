"""pytest fixtures for testing an app against the fake SoundCloud.

Enable them in a `conftest.py` (the `testing` extra installs pytest and pytest-asyncio; the
fixtures are pytest-asyncio fixtures, so they work in its strict and auto modes alike):

    pytest_plugins = ["soundcloud_async.testing.pytest_plugin"]

    @pytest.mark.asyncio  # not needed with asyncio_mode = "auto"
    async def test_search(soundcloud: SoundCloud) -> None:
        page = await soundcloud.search.tracks(genres="Techno")
        assert page.items

Fixtures (each test gets fresh ones): `fake_soundcloud` (the `FakeSoundCloud`, seed 1),
`soundcloud` (an app-only client, in process), `soundcloud_user` (the fake's login user, in
process), `soundcloud_server` (the fake served on 127.0.0.1, its base URL),
`soundcloud_over_socket` (an app-only client talking to that server over a real socket), and
`soundcloud_sleep` (the `RecordingSleep` of those clients: their retries never wait for real,
and `soundcloud_sleep.waits` lists the delays the library chose). Override `fake_soundcloud`
in your conftest to change the seed or sizes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from soundcloud_async.client import SoundCloud
from soundcloud_async.testing._clients import client_for
from soundcloud_async.testing._fake import FakeSoundCloud
from soundcloud_async.testing._server import serve
from soundcloud_async.testing._sleep import RecordingSleep

__all__ = [
    "fake_soundcloud",
    "soundcloud",
    "soundcloud_over_socket",
    "soundcloud_server",
    "soundcloud_sleep",
    "soundcloud_user",
]


@pytest.fixture
def fake_soundcloud() -> FakeSoundCloud:
    """A fresh fake with the default seed and sizes."""
    return FakeSoundCloud(seed=1)


@pytest.fixture
def soundcloud_sleep() -> RecordingSleep:
    """The sleep of this plugin's clients: retries wait no wall time, `waits` lists the delays."""
    return RecordingSleep()


@pytest_asyncio.fixture
async def soundcloud(
    fake_soundcloud: FakeSoundCloud, soundcloud_sleep: RecordingSleep
) -> AsyncIterator[SoundCloud]:
    """An app-only client wired to `fake_soundcloud` in process."""
    async with client_for(fake_soundcloud, sleep=soundcloud_sleep) as client:
        yield client


@pytest_asyncio.fixture
async def soundcloud_user(
    fake_soundcloud: FakeSoundCloud, soundcloud_sleep: RecordingSleep
) -> AsyncIterator[SoundCloud]:
    """A client acting as `fake_soundcloud.login_user`, in process."""
    async with client_for(fake_soundcloud, user=True, sleep=soundcloud_sleep) as client:
        yield client


@pytest_asyncio.fixture
async def soundcloud_server(fake_soundcloud: FakeSoundCloud) -> AsyncIterator[str]:
    """`fake_soundcloud` served by uvicorn on a free loopback port: its base URL."""
    async with serve(fake_soundcloud) as url:
        yield url


@pytest_asyncio.fixture
async def soundcloud_over_socket(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str, soundcloud_sleep: RecordingSleep
) -> AsyncIterator[SoundCloud]:
    """An app-only client talking to `soundcloud_server` over a real socket."""
    async with client_for(
        fake_soundcloud, base_url=soundcloud_server, sleep=soundcloud_sleep
    ) as client:
        yield client
