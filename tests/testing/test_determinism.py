"""Same seed, same world; reprs without secrets."""

from __future__ import annotations

import httpx

from soundcloud_async.testing import FakeSoundCloud, client_for

from .conftest import API, ManualClock


async def _snapshot(fake: FakeSoundCloud) -> list[bytes]:
    headers = {"Authorization": f"OAuth {fake.issue_token()['access_token']}"}
    paths = [
        "/me",
        "/tracks?limit=200",
        "/playlists?limit=50",
        f"/users/{fake.popular_user.urn}/followers",
        "/me/feed?limit=20",
        "/users?limit=200&offset=10",
    ]
    async with httpx.AsyncClient(transport=fake.transport(), base_url=API) as http:
        return [(await http.get(path, headers=headers)).content for path in paths]


def _fake(seed: int) -> FakeSoundCloud:
    return FakeSoundCloud(
        seed, users=15, tracks=80, playlists=10, popular_followers=40, clock=ManualClock()
    )


async def test_same_seed_gives_identical_payloads() -> None:
    first, second = await _snapshot(_fake(11)), await _snapshot(_fake(11))
    assert first == second
    assert _fake(11).issue_token() == _fake(11).issue_token()


async def test_another_seed_gives_another_world() -> None:
    assert await _snapshot(_fake(11)) != await _snapshot(_fake(12))


def test_repr_hides_secrets_and_tokens() -> None:
    fake = FakeSoundCloud(
        users=2, tracks=1, playlists=0, popular_followers=0, client_secret="hunter2"
    )
    token = fake.issue_token()["access_token"]
    text = repr(fake) + repr(fake.token_requests) + repr(fake.faults) + repr(fake.popular_user)
    assert "hunter2" not in text
    assert token not in text
    assert "client_id='fake-client-id'" in repr(fake)


def test_popular_user_and_lookups() -> None:
    fake = FakeSoundCloud(users=3, tracks=10, playlists=2, popular_followers=30)
    popular = fake.popular_user
    assert (
        fake.user(popular.urn) == fake.user(popular.permalink) == fake.user(popular.id) == popular
    )
    assert popular.permalink_url == "https://soundcloud.com/popular-artist"
    assert fake.login_user != popular
    assert fake.track_ids(fake.login_user)


async def test_popular_followers_is_the_popular_users_follower_count() -> None:
    """`FakeSoundCloud(popular_followers=300)` gives exactly 300 followers, listed and counted."""
    fake = FakeSoundCloud(7, users=30, tracks=40, playlists=4, popular_followers=300)
    async with client_for(fake) as sc:
        popular = await sc.users.get(fake.popular_user.urn)
        followers = [user.urn async for user in sc.users.followers(fake.popular_user.urn)]
    assert popular.followers_count == 300
    assert len(followers) == len(set(followers)) == 300
