"""Per-user clients through the app: isolation, refresh mid-request, one shared pool."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from soundcloud_async import Token
from soundcloud_async.testing import FakeUser, Faults

from .conftest import Harness


async def _log_in_as(harness: Harness, browser: httpx.AsyncClient, user: FakeUser) -> None:
    harness.fake.authorize_as(user)
    response = await harness.log_in(browser)
    assert response.status_code == 302, response.text


async def _access_token(harness: Harness, user: FakeUser) -> str:
    token = await harness.user_tokens.load(user.urn)
    assert token is not None
    return token.access_token


async def test_each_user_gets_only_their_own_token(harness: Harness) -> None:
    alice, bob = harness.fake.login_user, harness.fake.popular_user
    async with harness.browser() as as_alice, harness.browser() as as_bob:
        await _log_in_as(harness, as_alice, alice)
        await _log_in_as(harness, as_bob, bob)
        harness.transport.seen.clear()
        answers = await asyncio.gather(
            *(browser.get("/me") for _ in range(10) for browser in (as_alice, as_bob))
        )
    assert [a.json()["urn"] for a in answers] == [alice.urn, bob.urn] * 10
    used = [auth or "" for path, auth in harness.transport.seen if path == "/me"]
    assert sorted(used) == sorted(
        [f"OAuth {await _access_token(harness, alice)}"] * 10
        + [f"OAuth {await _access_token(harness, bob)}"] * 10
    )


async def test_expired_token_is_refreshed_once_and_saved_back(harness: Harness) -> None:
    fake, alice = harness.fake, harness.fake.login_user
    async with harness.browser() as browser:
        await _log_in_as(harness, browser, alice)
        before = await harness.user_tokens.load(alice.urn)
        fake.expire_access_tokens()
        # A slow token endpoint: without the per-user lock the other requests would spend
        # the same refresh token meanwhile.
        fake.faults.slow(1, seconds=0.05, path="/oauth/token")
        answers = await asyncio.gather(*(browser.get("/me") for _ in range(8)))
        after = await harness.user_tokens.load(alice.urn)
        again = await browser.get("/me")  # the next request starts from the saved token
    assert [a.status_code for a in answers] == [200] * 8
    assert fake.token_requests.count("refresh_token") == 1
    assert before is not None
    assert after is not None
    assert after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token
    assert again.status_code == 200
    assert harness.transport.seen[-1] == ("/me", f"OAuth {after.access_token}")


async def test_a_dead_user_token_answers_401_log_in_again(harness: Harness) -> None:
    alice = harness.fake.login_user
    dead = Token("revoked-access", refresh_token="revoked-refresh", expires_at=time.time() + 900)
    async with harness.browser() as browser:
        await _log_in_as(harness, browser, alice)
        await harness.user_tokens.save(alice.urn, dead)  # e.g. revoked on soundcloud.com
        answer = await browser.get("/me")
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "login_required"
    assert harness.fake.token_requests.count("refresh_token", status=400) == 1
    assert "revoked" not in answer.text


@pytest.mark.parametrize(
    ("fault", "status", "retry_after"),
    [
        (lambda faults: faults.server_error(100, status=500, path="/oauth/token"), 502, None),
        (
            lambda faults: faults.status(
                100, status=503, headers={"Retry-After": "120"}, path="/oauth/token"
            ),
            503,
            "120",
        ),
        (
            lambda faults: faults.rate_limit(100, reset_in=300, path="/oauth/token"),
            503,
            "300",
        ),
    ],
    ids=["500", "503", "429"],
)
async def test_a_failing_token_endpoint_is_not_a_logout(
    harness: Harness,
    fault: Callable[[Faults], object],
    status: int,
    retry_after: str | None,
) -> None:
    """A 5xx/429 from the token endpoint: 502/503 (Retry-After when known), login kept."""
    fake, alice = harness.fake, harness.fake.login_user
    async with harness.browser() as browser:
        await _log_in_as(harness, browser, alice)
        stored = await harness.user_tokens.load(alice.urn)
        fake.expire_access_tokens()
        fault(fake.faults)
        answer = await browser.get("/me")
        kept = await harness.user_tokens.load(alice.urn)
        fake.faults.clear()
        recovered = await browser.get("/me")
    assert answer.status_code == status
    assert answer.json()["error"]["code"] != "login_required"
    assert answer.headers.get("retry-after") == retry_after
    assert kept == stored
    assert recovered.status_code == 200
    assert recovered.json()["urn"] == alice.urn


async def test_twenty_concurrent_requests_share_one_pool(harness: Harness) -> None:
    fake = harness.fake
    async with harness.browser() as browser:
        await _log_in_as(harness, browser, fake.login_user)
        harness.transport.seen.clear()
        requests = [browser.get("/search", params={"q": "a"}) for _ in range(10)]
        requests += [browser.get("/me") for _ in range(10)]
        answers = await asyncio.gather(*requests)
    assert [a.status_code for a in answers] == [200] * 20
    assert len(harness.factory.created) == 1  # one transport for the app and every user
    paths = [path for path, _ in harness.transport.seen]
    assert paths.count("/tracks") == 10
    assert paths.count("/me") == 10
    assert fake.token_requests.count("client_credentials") == 1  # the app token is reused


async def test_without_a_login_user_endpoints_answer_401(harness: Harness) -> None:
    async with harness.browser() as browser:
        me, likes = await browser.get("/me"), await browser.get("/likes")
    assert (me.status_code, likes.status_code) == (401, 401)
    assert harness.transport.seen == []
