"""`sc.oauth` (PKCE login on the auth host) and `sc.sign_out()` through the facade."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from soundcloud_async import (
    APIStatusError,
    MemoryTokenStore,
    OAuthCallbackError,
    SoundCloud,
    TokenRefreshError,
)
from soundcloud_async.oauth import code_challenge

from ..endpoints._responses import load
from .conftest import (
    ACCESS,
    API,
    AUTH,
    CLIENT_ID,
    CLIENT_SECRET,
    authorization,
    make_client,
    transport,
    user_token,
)

REDIRECT_URI = "https://app.example.com/callback?source=sc"


async def test_login_round_trip_makes_the_client_act_as_the_user(
    router: respx.MockRouter,
) -> None:
    """Authorize URL → callback → code exchange on the auth host → API calls use the new token."""
    token_route = router.post(f"{AUTH}/oauth/token").respond(200, json=load("token.json"))
    me_route = router.get(f"{API}/me").respond(200, json=load("me.json"))
    async with make_client(client_secret=CLIENT_SECRET, token=None) as sc:
        login = sc.oauth.start_authorization(REDIRECT_URI, scope="non-expiring")
        url = httpx.URL(login.url)
        assert (url.scheme, url.host, url.path) == ("https", "secure.soundcloud.com", "/authorize")
        assert dict(url.params) == {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": REDIRECT_URI,
            "code_challenge": code_challenge(login.code_verifier),
            "code_challenge_method": "S256",
            "state": login.state,
            "scope": "non-expiring",
        }
        code = sc.oauth.verify_callback(
            {"code": "0f6e3a1b", "state": login.state}, expected_state=login.state
        )
        token = await sc.oauth.exchange_code(
            code, code_verifier=login.code_verifier, redirect_uri=login.redirect_uri
        )
        await sc.me.get()
    exchange = token_route.calls.last.request
    assert exchange.headers["content-type"] == "application/x-www-form-urlencoded"
    assert dict(httpx.QueryParams(exchange.content.decode())) == {
        "grant_type": "authorization_code",
        "code": "0f6e3a1b",
        "code_verifier": login.code_verifier,
        "redirect_uri": REDIRECT_URI,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert authorization(exchange) is None
    assert token.access_token == "2-293541--ACCESS-REDACTED"
    assert (token.app_only, sc.token) == (False, token)
    assert authorization(me_route.calls.last.request) == f"OAuth {token.access_token}"


def test_verify_callback_refuses_a_foreign_state_or_an_error(sc: SoundCloud) -> None:
    """A state that differs (CSRF) or an `error=` redirect never yields a code."""
    with pytest.raises(OAuthCallbackError, match="state"):
        sc.oauth.verify_callback({"code": "c", "state": "theirs"}, expected_state="ours")
    with pytest.raises(OAuthCallbackError, match="access_denied"):
        sc.oauth.verify_callback({"error": "access_denied", "state": "s"}, expected_state="s")


async def test_a_refused_code_keeps_the_current_token(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """invalid_grant → TokenRefreshError; the client keeps acting with its previous token."""
    router.post(f"{AUTH}/oauth/token").respond(400, json={"error": "invalid_grant"})
    before = sc.token
    with pytest.raises(TokenRefreshError, match="invalid_grant"):
        await sc.oauth.exchange_code("used", code_verifier="v" * 43, redirect_uri=REDIRECT_URI)
    assert sc.token == before


async def test_sign_out_posts_the_token_to_the_auth_host_and_forgets_it(
    router: respx.MockRouter,
) -> None:
    """The API guide's form: POST {auth}/sign-out with JSON `{"access_token": ...}`."""
    route = router.post(f"{AUTH}/sign-out").respond(200, json={"status": "200 - OK"})
    store = MemoryTokenStore(user_token())
    async with make_client(token=None, token_store=store) as sc:
        await sc.sign_out()
        assert sc.token is None
    request = route.calls.last.request
    assert json.loads(request.content) == {"access_token": ACCESS}
    assert authorization(request) is None
    assert await store.load() is None


@pytest.mark.parametrize("missing", [404, 405])
async def test_sign_out_falls_back_to_the_api_host_operation(
    router: respx.MockRouter, missing: int
) -> None:
    """If the auth host has no such route, the published spec's POST /sign-out is sent."""
    router.post(f"{AUTH}/sign-out").respond(missing)
    route = router.post(f"{API}/sign-out").respond(200, json={"status": "200 - OK"})
    async with make_client(token=user_token()) as sc:
        await sc.sign_out()
        assert sc.token is None
    request = route.calls.last.request
    assert (request.method, request.content) == ("POST", b"")
    assert authorization(request) == f"OAuth {ACCESS}"


async def test_sign_out_of_an_already_dead_session_succeeds(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """401 means the session is gone already: no error, token forgotten."""
    router.post(f"{AUTH}/sign-out").respond(401, json={"error": "invalid_token"})
    await sc.sign_out()
    assert sc.token is None


async def test_sign_out_failure_still_forgets_the_token(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """A 500 surfaces as an API error, yet the local copy is gone (sign-out always logs out)."""
    route = router.post(f"{AUTH}/sign-out").respond(500, json={"error": "boom"})
    with pytest.raises(APIStatusError):
        await sc.sign_out()
    assert (sc.token, route.call_count) == (None, 1)  # a POST 500 is not retried


async def test_sign_out_without_any_token_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credentials or a client that never fetched a token: nothing to end, no request."""
    for name in ("SOUNDCLOUD_CLIENT_ID", "SOUNDCLOUD_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        anything = router.route()
        async with SoundCloud(transport=transport()) as bare:
            await bare.sign_out()
        async with SoundCloud(CLIENT_ID, CLIENT_SECRET, transport=transport()) as fresh:
            await fresh.sign_out()
    assert anything.call_count == 0
