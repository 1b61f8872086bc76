"""A cursor resumes only the list it came from, and `page_size` applies when resuming.

Before: a cursor of "followers of A" was accepted by "followers of B" and by "followings of A"
and silently listed the wrong people; `page_size` was ignored next to a cursor.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from soundcloud_async import PaginationError, SoundCloud
from soundcloud_async.testing import FakeSoundCloud


class Counting(httpx.AsyncBaseTransport):
    """The fake's transport, keeping the URL of every API request."""

    def __init__(self, fake: FakeSoundCloud) -> None:
        self._inner = fake.transport()
        self.urls: list[httpx.URL] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "/oauth" not in request.url.path:
            self.urls.append(request.url)
        return await self._inner.handle_async_request(request)


@pytest.fixture
def fake() -> FakeSoundCloud:
    return FakeSoundCloud(seed=3, users=8, tracks=10, playlists=1, popular_followers=12)


@pytest.fixture
async def sc_and_wire(fake: FakeSoundCloud) -> AsyncIterator[tuple[SoundCloud, Counting]]:
    wire = Counting(fake)
    async with SoundCloud(
        client_id=fake.client_id, client_secret=fake.client_secret, transport=wire
    ) as sc:
        yield sc, wire


async def test_a_cursor_of_one_user_is_refused_for_another(
    fake: FakeSoundCloud, sc_and_wire: tuple[SoundCloud, Counting]
) -> None:
    sc, wire = sc_and_wire
    page = await sc.users.followers(fake.popular_user.urn, page_size=5)
    assert page.cursor is not None
    sent = len(wire.urls)
    with pytest.raises(PaginationError, match="belongs to another list"):
        sc.users.followers(fake.login_user.urn, cursor=page.cursor)
    with pytest.raises(PaginationError, match="belongs to another list"):
        sc.users.followings(fake.popular_user.urn, cursor=page.cursor)
    with pytest.raises(PaginationError, match="belongs to another list"):
        sc.me.followers(cursor=page.cursor)
    assert len(wire.urls) == sent  # refused before any request


async def test_the_same_list_resumes_and_honours_page_size(
    fake: FakeSoundCloud, sc_and_wire: tuple[SoundCloud, Counting]
) -> None:
    sc, wire = sc_and_wire
    urn = fake.popular_user.urn
    everyone = [user.id async for user in sc.users.followers(urn)]
    first = await sc.users.followers(urn, page_size=5)
    second = await sc.users.followers(urn, page_size=3, cursor=first.cursor)
    assert len(second.items) == 3
    assert wire.urls[-1].params["limit"] == "3"
    assert [u.id for u in first.items + second.items] == everyone[:8]


async def test_a_paginator_cursor_mid_page_keeps_its_page_and_loses_nothing(
    fake: FakeSoundCloud, sc_and_wire: tuple[SoundCloud, Counting]
) -> None:
    sc, _ = sc_and_wire
    urn = fake.popular_user.urn
    everyone = [user.id async for user in sc.users.followers(urn)]
    seen = []
    listing = sc.users.followers(urn, page_size=5)
    async for user in listing:
        seen.append(user.id)
        if len(seen) == 3:
            break
    rest = [user.id async for user in sc.users.followers(urn, page_size=2, cursor=listing.cursor)]
    assert seen + rest == everyone
