"""The standalone flows (used outside a request, e.g. a FastAPI /callback) over respx."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
import respx

from soundcloud_async import errors
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.oauth import (
    exchange_code,
    fetch_app_token,
    refresh_token,
    sign_out,
    start_authorization,
    verify_callback,
)
from soundcloud_async.token_store import FileTokenStore, MemoryTokenStore

from .conftest import (
    API,
    AUTH,
    CLIENT_ID,
    CLIENT_SECRET,
    ME_URL,
    NEW_ACCESS,
    NEW_REFRESH,
    NOW,
    OLD_ACCESS,
    OLD_REFRESH,
    TOKEN_URL,
    FakeClock,
    expired_token,
    form,
    fresh_token,
    http_client,
    token_body,
)

SIGN_OUT_URL = f"{API}/sign-out"
GUIDE_SIGN_OUT_URL = f"{AUTH}/sign-out"


async def test_login_with_pkce_end_to_end(router: respx.MockRouter, clock: FakeClock) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    login = start_authorization(CLIENT_ID, "https://app.example/cb")
    code = verify_callback(
        {"code": "AUTH-CODE-9", "state": login.state}, expected_state=login.state
    )
    # A client that already carries SoundCloudAuth must not decorate the exchange itself.
    app_auth = SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, token=fresh_token(), clock=clock)
    async with http_client(app_auth, timeout=4.0) as client:
        token = await exchange_code(
            client,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            code=code,
            code_verifier=login.code_verifier,
            redirect_uri=login.redirect_uri,
            clock=clock,
        )
    request = token_route.calls.last.request
    assert token_route.call_count == 1
    assert "authorization" not in request.headers
    assert request.extensions["timeout"]["read"] == 4.0
    assert form(request) == {
        "grant_type": "authorization_code",
        "code": "AUTH-CODE-9",
        "code_verifier": login.code_verifier,
        "redirect_uri": "https://app.example/cb",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert (token.access_token, token.refresh_token) == (NEW_ACCESS, NEW_REFRESH)
    assert (token.expires_at, token.app_only) == (NOW + 3599, False)


async def test_fetch_app_token_uses_basic_auth(router: respx.MockRouter, clock: FakeClock) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body(refresh=None))
    async with http_client() as client:
        token = await fetch_app_token(
            client, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, clock=clock
        )
    request = token_route.calls.last.request
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {basic}"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form(request) == {"grant_type": "client_credentials"}
    assert token.app_only
    assert token.refresh_token is None


async def test_refresh_token_rotates(router: respx.MockRouter, clock: FakeClock) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    async with http_client() as client:
        token = await refresh_token(
            client, expired_token(), client_id=CLIENT_ID, client_secret=CLIENT_SECRET, clock=clock
        )
    assert form(token_route.calls.last.request)["refresh_token"] == OLD_REFRESH
    assert token.refresh_token == NEW_REFRESH


async def test_refresh_token_needs_a_refresh_token(router: respx.MockRouter) -> None:
    async with http_client() as client:
        with pytest.raises(errors.ConfigurationError, match="no refresh token"):
            await refresh_token(
                client, fresh_token(refresh=None), client_id=CLIENT_ID, client_secret=None
            )


async def test_exchange_of_a_used_code_is_invalid_grant(router: respx.MockRouter) -> None:
    router.post(TOKEN_URL).respond(400, json={"error": "invalid_grant"})
    async with http_client() as client:
        with pytest.raises(errors.TokenRefreshError) as caught:
            await exchange_code(
                client,
                client_id=CLIENT_ID,
                client_secret=CLIENT_SECRET,
                code="AUTH-CODE-9",
                code_verifier="v" * 43,
                redirect_uri="https://app.example/cb",
            )
    assert (caught.value.error_code, caught.value.status_code) == ("invalid_grant", 400)


@pytest.mark.parametrize("status", [200, 401])
async def test_sign_out_uses_the_guides_form_and_forgets_the_stored_token(
    router: respx.MockRouter, tmp_path: Path, status: int
) -> None:
    guide = router.post(GUIDE_SIGN_OUT_URL).respond(status, json={"status": "200 - OK"})
    api_host = router.post(SIGN_OUT_URL)
    store = FileTokenStore(tmp_path / "token.json")
    await store.save(fresh_token())
    async with http_client() as client:
        await sign_out(client, fresh_token(), store=store)
    request = guide.calls.last.request
    assert json.loads(request.content) == {"access_token": OLD_ACCESS}
    assert request.headers["content-type"] == "application/json"
    assert api_host.call_count == 0
    assert await store.load() is None


@pytest.mark.parametrize("status", [404, 405])
async def test_sign_out_falls_back_to_the_api_host_when_the_auth_host_has_no_route(
    router: respx.MockRouter, status: int
) -> None:
    router.post(GUIDE_SIGN_OUT_URL).respond(status, json={"code": status, "message": ""})
    api_host = router.post(SIGN_OUT_URL).respond(json={"status": "200 - OK"})
    async with http_client() as client:
        await sign_out(client, fresh_token())
    assert api_host.calls.last.request.headers["authorization"] == f"OAuth {OLD_ACCESS}"


async def test_failed_sign_out_still_forgets_and_raises(router: respx.MockRouter) -> None:
    router.post(GUIDE_SIGN_OUT_URL).respond(500, json={"code": 500, "message": "boom"})
    store = MemoryTokenStore(fresh_token())
    async with http_client() as client:
        with pytest.raises(errors.ServerError):
            await sign_out(client, fresh_token(), store=store)
    assert await store.load() is None


async def test_auth_sign_out_forgets_everywhere(router: respx.MockRouter, clock: FakeClock) -> None:
    route = router.post(GUIDE_SIGN_OUT_URL).respond(json={"status": "200 - OK"})
    token_route = router.post(TOKEN_URL)
    store = MemoryTokenStore(expired_token())
    auth = SoundCloudAuth(CLIENT_ID, token_store=store, clock=clock)
    async with http_client(auth) as client:
        await auth.sign_out(client)
        with pytest.raises(errors.ConfigurationError):
            await client.get(ME_URL)  # signed out and no secret: nothing to authenticate with
    assert json.loads(route.calls.last.request.content) == {"access_token": OLD_ACCESS}
    assert token_route.call_count == 0
    assert auth.token is None
    assert await store.load() is None
