"""The login router against the fake: PKCE round trip, and every way a callback can be bad."""

from __future__ import annotations

import httpx

from soundcloud_async.fastapi import LoginSettings
from soundcloud_async.testing import user_token

from .conftest import AUTH, SECRET_KEY, Harness


async def test_login_round_trip_with_pkce_stores_the_token_and_sets_the_session(
    harness: Harness,
) -> None:
    fake = harness.fake
    async with harness.browser() as browser:
        start = await browser.get("/auth/login")
        assert start.status_code == 302
        authorize = httpx.URL(start.headers["location"])
        assert str(authorize).startswith(f"{AUTH}/authorize?")
        params = authorize.params
        assert params["code_challenge_method"] == "S256"
        assert len(params["code_challenge"]) == 43
        assert params["state"]
        assert params["redirect_uri"] == "http://testserver/auth/callback"
        login_cookie = start.headers["set-cookie"]
        assert "HttpOnly" in login_cookie
        assert "SameSite=lax" in login_cookie
        assert params["state"] not in login_cookie  # state and verifier stay on the server

        answer = await harness.visit_soundcloud(str(authorize))
        back = httpx.URL(answer.headers["location"])
        assert back.path == "/auth/callback"
        assert back.params["state"] == params["state"]
        done = await browser.get(str(back))

        assert done.status_code == 302, done.text
        assert done.headers["location"] == "/"
        assert "soundcloud_session" in browser.cookies
        assert "soundcloud_login" not in browser.cookies  # the pending login is used up
        me = await browser.get("/me")
    assert me.status_code == 200
    assert me.json() == {"urn": fake.login_user.urn, "username": fake.login_user.username}
    stored = await harness.user_tokens.load(fake.login_user.urn)
    assert stored is not None
    assert stored.refresh_token
    assert fake.token_requests.count("authorization_code") == 1


async def test_tampered_state_is_refused_and_stores_nothing(harness: Harness) -> None:
    async with harness.browser() as browser:
        back = httpx.URL(await harness.callback_url(browser))
        tampered = back.copy_set_param("state", back.params["state"][:-2] + "xx")
        refused = await browser.get(str(tampered))
        legit_afterwards = await browser.get(str(back))  # the pending login is spent
    assert refused.status_code == 400
    assert "text/html" in refused.headers["content-type"]
    assert back.params["code"] not in refused.text
    assert back.params["state"] not in refused.text
    assert legit_afterwards.status_code == 400
    await _assert_nothing_stored(harness)


async def test_replayed_callback_is_refused_even_with_the_login_cookie(
    harness: Harness,
) -> None:
    async with harness.browser() as browser:
        start = await browser.get("/auth/login")
        login_cookie = browser.cookies["soundcloud_login"]
        answer = await harness.visit_soundcloud(start.headers["location"])
        back = answer.headers["location"]
        assert (await browser.get(back)).status_code == 302
        stored = await harness.user_tokens.load(harness.fake.login_user.urn)
        browser.cookies.set("soundcloud_login", login_cookie)  # as a replaying attacker would
        replay = await browser.get(back)
    assert replay.status_code == 400
    assert "expired or was already used" in replay.text
    assert await harness.user_tokens.load(harness.fake.login_user.urn) == stored
    assert harness.fake.token_requests.count("authorization_code") == 1


async def test_callback_from_another_browser_is_refused(harness: Harness) -> None:
    async with harness.browser() as victim, harness.browser() as attacker:
        back = await harness.callback_url(attacker)  # the attacker's own code and state
        refused = await victim.get(back)  # ... planted in the victim's browser
    assert refused.status_code == 400
    await _assert_nothing_stored(harness)


async def test_missing_code_is_refused(harness: Harness) -> None:
    async with harness.browser() as browser:
        back = httpx.URL(await harness.callback_url(browser))
        without_code = back.copy_remove_param("code")
        refused = await browser.get(str(without_code))
    assert refused.status_code == 400
    assert "no login code" in refused.text
    await _assert_nothing_stored(harness)


async def test_denied_consent_is_a_clear_403_page(harness: Harness) -> None:
    harness.fake.deny_authorization()
    async with harness.browser() as browser:
        back = httpx.URL(await harness.callback_url(browser))
        assert back.params["error"] == "access_denied"
        refused = await browser.get(str(back))
    assert refused.status_code == 403
    assert "declined" in refused.text
    assert refused.headers["cache-control"] == "no-store"
    await _assert_nothing_stored(harness)


async def test_callback_without_a_login_cookie_is_refused(harness: Harness) -> None:
    async with harness.browser() as browser:
        refused = await browser.get("/auth/callback?code=abc&state=def")
    assert refused.status_code == 400
    await _assert_nothing_stored(harness)


async def test_logout_signs_out_and_forgets_token_and_cookie(harness: Harness) -> None:
    fake = harness.fake
    async with harness.browser() as browser:
        await harness.log_in(browser)
        out = await browser.post("/auth/logout")
        assert out.status_code == 303
        assert "soundcloud_session" not in browser.cookies
        after = await browser.get("/me")
    assert after.status_code == 401
    assert await harness.user_tokens.load(fake.login_user.urn) is None
    assert [path for path, _ in harness.transport.seen].count("/sign-out") == 1


async def test_session_cookie_cannot_be_forged(harness: Harness) -> None:
    other = harness.fake.popular_user.urn
    await harness.user_tokens.save(other, user_token(harness.fake, other))
    wrong_key = LoginSettings(secret_key="another-secret-key-0123456789abcdef")
    forgeries = [
        wrong_key.session_signer().sign(other),  # signed with another key
        LoginSettings(secret_key=SECRET_KEY).login_signer().sign(other),  # other purpose
    ]
    async with harness.browser() as browser:
        await harness.log_in(browser)
        payload, mac = browser.cookies["soundcloud_session"].split(".")
        forgeries.append(f"{payload[:-2]}AA.{mac}")  # altered payload
        statuses = []
        for forged in forgeries:
            browser.cookies.set("soundcloud_session", forged)
            statuses.append((await browser.get("/me")).status_code)
    assert statuses == [401, 401, 401]


async def _assert_nothing_stored(harness: Harness) -> None:
    assert await harness.user_tokens.load(harness.fake.login_user.urn) is None
    assert harness.fake.token_requests.count("authorization_code") == 0
