"""Thousands of items over a real socket: every one once, resumable, constant memory."""

from __future__ import annotations

import tracemalloc

from soundcloud_async import ServerError, SoundCloud
from soundcloud_async.testing import FakeSoundCloud


async def test_every_follower_of_the_popular_user_arrives_once(
    soundcloud_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    popular = fake_soundcloud.popular_user
    expected = (await soundcloud_over_socket.users.get(popular.urn)).followers_count
    assert isinstance(expected, int)
    assert expected >= 2500
    pages = 0
    seen: set[str] = set()
    async for page in soundcloud_over_socket.users.followers(popular.urn).pages():
        pages += 1
        seen.update(str(user.urn) for user in page.items)
    assert len(seen) == expected
    assert pages == -(-expected // 200)


async def test_a_listing_broken_mid_way_resumes_from_its_cursor(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    popular = fake_soundcloud.popular_user
    seen: list[str] = []
    listing = user_over_socket.users.followers(popular.urn, page_size=150)
    try:
        async for user in listing:
            seen.append(str(user.urn))
            if len(seen) == 700:
                fake_soundcloud.faults.server_error(10, status=500, path="/users/")
    except ServerError:
        pass
    fake_soundcloud.faults.clear()
    async for user in user_over_socket.users.followers(popular.urn, cursor=listing.cursor):
        seen.append(str(user.urn))
    assert len(seen) == len(set(seen)) >= 2500


async def test_memory_stays_flat_while_streaming(
    soundcloud_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    urn = fake_soundcloud.popular_user.urn
    tracemalloc.start()
    try:
        count = 0
        async for _ in soundcloud_over_socket.users.followers(urn):
            count += 1
            if count == 400:
                tracemalloc.reset_peak()
                baseline = tracemalloc.get_traced_memory()[0]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count >= 2500
    # Two pages of 200 users are a few hundred kB; 2 500 users held at once would be several MB.
    assert peak - baseline < 3_000_000
