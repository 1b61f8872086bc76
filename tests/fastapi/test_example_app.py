"""The example app end to end: paging by cursor, 429 → 503, clean shutdown."""

from __future__ import annotations

import asyncio

import httpx

from examples.fastapi_app import create_app
from soundcloud_async.fastapi import LoginSettings, MemoryUserTokenStore
from soundcloud_async.testing import FakeSoundCloud, client_for

from .conftest import CALLBACK_URL, SECRET_KEY, Harness, TransportFactory, make_config


async def _follow(browser: httpx.AsyncClient, url: str | None) -> tuple[list[str], int]:
    urns: list[str] = []
    pages = 0
    while url is not None:
        answer = await browser.get(url)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        urns += [item["urn"] for item in body["items"]]
        url, pages = body["next"], pages + 1
    return urns, pages


async def test_likes_page_through_every_liked_track_by_cursor(harness: Harness) -> None:
    async with client_for(harness.fake, user=True) as direct:
        expected = [track.urn async for track in direct.me.liked_tracks()]
    async with harness.browser() as browser:
        await harness.log_in(browser)
        urns, pages = await _follow(browser, "/likes?page_size=2")
    assert len(expected) >= 5
    assert urns == expected
    assert len(set(urns)) == len(urns)
    assert pages == -(-len(expected) // 2)


async def test_search_pages_resume_from_the_next_url(harness: Harness) -> None:
    async with harness.browser() as browser:
        first = (await browser.get("/search", params={"q": "a", "page_size": 3})).json()
        assert first["next"].startswith("http://testserver/search?")
        assert "q=a" in first["next"]
        assert "page_size=3" in first["next"]
        second = (await browser.get(first["next"])).json()
    assert len(first["items"]) == len(second["items"]) == 3
    assert not {i["urn"] for i in first["items"]} & {i["urn"] for i in second["items"]}


async def test_a_damaged_cursor_is_a_400(harness: Harness) -> None:
    async with harness.browser() as browser:
        answer = await browser.get("/search", params={"q": "a", "cursor": "not-a-cursor"})
    assert answer.status_code == 400


async def test_rate_limit_becomes_503_with_retry_after(harness: Harness) -> None:
    harness.fake.faults.rate_limit(1, reset_in=3600, path="/tracks")
    async with harness.browser() as browser:
        answer = await browser.get("/search", params={"q": "a"})
        later = await browser.get("/search", params={"q": "a"})
    assert answer.status_code == 503
    assert 3590 <= int(answer.headers["retry-after"]) <= 3600
    assert answer.json()["error"]["code"] == "rate_limited"
    assert later.status_code == 200


async def test_index_shows_who_is_logged_in(harness: Harness) -> None:
    async with harness.browser() as browser:
        anonymous = await browser.get("/")
        await harness.log_in(browser)
        logged_in = await browser.get("/")
    assert "Log in with SoundCloud" in anonymous.text
    assert harness.fake.login_user.urn in logged_in.text


async def test_shutdown_closes_pool_and_client_and_leaves_no_task() -> None:
    fake = FakeSoundCloud(
        seed=2, users=6, tracks=30, playlists=2, popular_followers=5, redirect_uris=(CALLBACK_URL,)
    )
    factory = TransportFactory(fake)
    login = LoginSettings(secret_key=SECRET_KEY, secure_cookies=False)
    app = create_app(make_config(fake, factory, MemoryUserTokenStore()), login=login)
    tasks_before = asyncio.all_tasks()
    async with app.router.lifespan_context(app):
        state = app.state.soundcloud
        harness = Harness(fake, app, factory, MemoryUserTokenStore())
        async with harness.browser() as browser:
            await harness.log_in(browser)
            answers = await asyncio.gather(*(browser.get("/me") for _ in range(5)))
            assert {a.status_code for a in answers} == {200}
    assert app.state.soundcloud is None
    assert harness.transport.closed
    assert state.app_client.http.is_closed
    await asyncio.sleep(0)
    assert asyncio.all_tasks() == tasks_before
