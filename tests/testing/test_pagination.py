"""Cursor pages: both envelopes, limits, absolute next_href on the request's origin, stability."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from soundcloud_async.testing import FakeSoundCloud

from .conftest import API


async def _walk(
    client: httpx.AsyncClient, url: str, headers: dict[str, str]
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_href: str | None = url
    while next_href:
        page = (await client.get(next_href, headers=headers)).json()
        items += page["collection"]
        next_href = page["next_href"]
    return items


async def test_thousands_of_followers_page_without_loss_or_repeat(
    user_headers: dict[str, str],
) -> None:
    fake = FakeSoundCloud(seed=3)  # the default sizes: 2 500 listeners follow the popular user
    headers = {"Authorization": f"OAuth {fake.issue_token()['access_token']}"}
    async with httpx.AsyncClient(transport=fake.transport(), base_url=API) as http:
        url = f"/users/{fake.popular_user.urn}/followers?linked_partitioning=true&limit=200"
        followers = await _walk(http, url, headers)
        count = (await http.get(f"/users/{fake.popular_user.urn}", headers=headers)).json()
    urns = [user["urn"] for user in followers]
    assert len(urns) == len(set(urns)) == count["followers_count"] >= 2500


async def test_linked_page_and_bare_array(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    page = (
        await client.get("/tracks", params={"linked_partitioning": "true"}, headers=user_headers)
    ).json()
    assert set(page) == {"collection", "next_href"}
    assert len(page["collection"]) == 50  # the spec's default limit
    bare = (await client.get("/tracks", headers=user_headers)).json()
    assert [t["urn"] for t in bare] == [t["urn"] for t in page["collection"]]


async def test_activities_carry_future_href(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    page = (await client.get("/me/feed", params={"limit": 2}, headers=user_headers)).json()
    assert set(page) == {"collection", "next_href", "future_href"}
    assert page["future_href"].startswith(API)


@pytest.mark.parametrize(("asked", "served"), [(500, 200), (0, 1), ("abc", 50)])
async def test_limit_is_clamped(
    client: httpx.AsyncClient, user_headers: dict[str, str], asked: object, served: int
) -> None:
    params: dict[str, Any] = {"limit": asked, "linked_partitioning": "true"}
    page = (await client.get("/users", params=params, headers=user_headers)).json()
    assert len(page["collection"]) == served
    assert f"limit={served}" in page["next_href"]


async def test_next_href_is_absolute_on_the_request_origin(
    fake: FakeSoundCloud, user_headers: dict[str, str]
) -> None:
    for base in ("https://api.soundcloud.com", "http://127.0.0.1:8123"):
        async with httpx.AsyncClient(transport=fake.transport(), base_url=base) as http:
            params: dict[str, Any] = {"linked_partitioning": "true", "limit": 5, "q": "e"}
            page = (await http.get("/users", params=params, headers=user_headers)).json()
        next_url = httpx.URL(page["next_href"])
        assert next_url.copy_with(query=None, path="/") == httpx.URL(base + "/")
        assert next_url.params["q"] == "e"  # the caller's filters stay in the link


async def test_paging_is_stable_while_items_are_added_and_removed(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    popular, newcomer = fake.popular_user, fake.login_user
    await client.delete(f"/me/followings/{popular.urn}", headers=user_headers)
    url = f"/users/{popular.urn}/followers?linked_partitioning=true&limit=100"
    before = [u["urn"] for u in await _walk(client, url, user_headers)]
    first = (await client.get(url, headers=user_headers)).json()
    # Meanwhile: someone new follows (lands at the head) and an already-seen follower leaves.
    await client.put(f"/me/followings/{popular.urn}", headers=user_headers)
    leaver = first["collection"][0]["urn"]
    leaver_headers = {"Authorization": f"OAuth {fake.issue_token(leaver)['access_token']}"}
    await client.delete(f"/me/followings/{popular.urn}", headers=leaver_headers)
    rest = await _walk(client, first["next_href"], user_headers)
    resumed = [u["urn"] for u in first["collection"]] + [u["urn"] for u in rest]
    assert resumed == before  # nothing repeated, nothing that existed skipped
    assert newcomer.urn not in resumed


async def test_a_foreign_cursor_is_a_400(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    response = await client.get("/users", params={"cursor": "not-ours"}, headers=user_headers)
    assert response.status_code == 400


async def test_offset_is_honoured_without_a_cursor(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    all_users = (await client.get("/users", params={"limit": 10}, headers=user_headers)).json()
    skipped = (
        await client.get("/users", params={"limit": 5, "offset": 5}, headers=user_headers)
    ).json()
    assert skipped == all_users[5:]
