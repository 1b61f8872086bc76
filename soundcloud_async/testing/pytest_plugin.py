"""pytest fixtures for testing an app against the fake SoundCloud.

Enable them in a `conftest.py` (they need pytest-asyncio):

    pytest_plugins = ["soundcloud_async.testing.pytest_plugin"]

    async def test_search(soundcloud):
        page = await soundcloud.search.tracks(genres="Techno")
        assert page.items

Fixtures (each test gets fresh ones): `fake_soundcloud` (the `FakeSoundCloud`, seed 1),
`soundcloud` (an app-only client, in process), `soundcloud_user` (the fake's login user, in
process), `soundcloud_server` (the fake served on 127.0.0.1, its base URL) and
`soundcloud_over_socket` (an app-only client talking to that server over a real socket).
Override `fake_soundcloud` in your conftest to change the seed or sizes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from soundcloud_async.client import SoundCloud

from ._clients import client_for
from ._fake import FakeSoundCloud
from ._server import serve

__all__ = [
    "fake_soundcloud",
    "soundcloud",
    "soundcloud_over_socket",
    "soundcloud_server",
    "soundcloud_user",
]


@pytest.fixture
def fake_soundcloud() -> FakeSoundCloud:
    """A fresh fake with the default seed and sizes."""
    return FakeSoundCloud(seed=1)


@pytest_asyncio.fixture
async def soundcloud(fake_soundcloud: FakeSoundCloud) -> AsyncIterator[SoundCloud]:
    """An app-only client wired to `fake_soundcloud` in process."""
    async with client_for(fake_soundcloud) as client:
        yield client


@pytest_asyncio.fixture
async def soundcloud_user(fake_soundcloud: FakeSoundCloud) -> AsyncIterator[SoundCloud]:
    """A client acting as `fake_soundcloud.login_user`, in process."""
    async with client_for(fake_soundcloud, user=True) as client:
        yield client


@pytest_asyncio.fixture
async def soundcloud_server(fake_soundcloud: FakeSoundCloud) -> AsyncIterator[str]:
    """`fake_soundcloud` served by uvicorn on a free loopback port: its base URL."""
    async with serve(fake_soundcloud) as url:
        yield url


@pytest_asyncio.fixture
async def soundcloud_over_socket(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> AsyncIterator[SoundCloud]:
    """An app-only client talking to `soundcloud_server` over a real socket."""
    async with client_for(fake_soundcloud, base_url=soundcloud_server) as client:
        yield client
