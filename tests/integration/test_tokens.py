"""Tokens over real sockets: one refresh for many callers, rotation that survives a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from soundcloud_async import FileTokenStore, SoundCloud, TokenRefreshError
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._clients import client_for

from .conftest import FAST_RETRY


async def test_100_concurrent_calls_across_an_expiry_cause_one_refresh(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    await user_over_socket.me.get()
    fake_soundcloud.expire_access_tokens()
    results = await asyncio.gather(*(user_over_socket.me.get() for _ in range(100)))
    assert len({me.urn for me in results}) == 1
    assert fake_soundcloud.token_requests.count("refresh_token") == 1


async def test_app_tokens_are_fetched_once_for_concurrent_callers(
    soundcloud_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    await asyncio.gather(*(soundcloud_over_socket.search.tracks() for _ in range(50)))
    assert fake_soundcloud.token_requests.count("client_credentials") == 1


async def test_rotated_refresh_token_survives_a_client_restart(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str, tmp_path: Path
) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    first = client_for(fake_soundcloud, user=True, base_url=soundcloud_server, token_store=store)
    async with first:
        await first.me.get()
        fake_soundcloud.expire_access_tokens()
        await first.me.get()  # refresh: the old refresh token is now spent
        spent = first.token
    assert fake_soundcloud.token_requests.count("refresh_token") == 1

    fake_soundcloud.expire_access_tokens()
    # A new process: no token in memory, only the store, which holds the rotated token.
    second = client_for(
        fake_soundcloud, base_url=soundcloud_server, token_store=store, retry=FAST_RETRY
    )
    async with second:
        me = await second.me.get()
    assert me.urn == fake_soundcloud.login_user.urn
    assert fake_soundcloud.token_requests.count("refresh_token") == 2
    assert fake_soundcloud.token_requests.count("refresh_token", status=400) == 0
    stored = await store.load()
    assert stored is not None
    assert spent is not None
    assert stored.refresh_token != spent.refresh_token


async def test_a_spent_refresh_token_is_refused_by_the_fake(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> None:
    stale = client_for(fake_soundcloud, user=True, base_url=soundcloud_server)
    token = stale.token
    async with stale:
        fake_soundcloud.expire_access_tokens()
        await stale.me.get()  # spends token.refresh_token
    replay = SoundCloud(
        fake_soundcloud.client_id,
        fake_soundcloud.client_secret,
        token=token,
        base_url=soundcloud_server,
        auth_base_url=soundcloud_server,
    )
    async with replay:
        with pytest.raises(TokenRefreshError) as caught:
            await replay.me.get()
    assert caught.value.error_code == "invalid_grant"
