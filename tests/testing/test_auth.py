"""OAuth on the fake auth host, driven by the library's own OAuth helpers where they exist."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from soundcloud_async import Token, oauth
from soundcloud_async.errors import OAuthCallbackError, TokenRefreshError
from soundcloud_async.testing import FakeSoundCloud

from .conftest import AUTH, ManualClock

REDIRECT = "https://app.example.com/callback"


async def _login(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> tuple[str, oauth.AuthorizationRequest]:
    """Walk the authorize redirect; return the code and the pending authorization."""
    pending = oauth.start_authorization(fake.client_id, REDIRECT, auth_base_url=AUTH)
    response = await client.get(pending.url)
    assert response.status_code == 302
    callback = httpx.URL(response.headers["location"])
    assert str(callback).startswith(REDIRECT)
    code = oauth.verify_callback(dict(callback.params), expected_state=pending.state)
    return code, pending


async def _exchange(
    fake: FakeSoundCloud,
    client: httpx.AsyncClient,
    code: str,
    verifier: str,
    redirect: str = REDIRECT,
) -> Token:
    return await oauth.exchange_code(
        client,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        code=code,
        code_verifier=verifier,
        redirect_uri=redirect,
        auth_base_url=AUTH,
    )


async def test_client_credentials_via_basic_and_via_form(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    token = await oauth.fetch_app_token(
        client, client_id=fake.client_id, client_secret=fake.client_secret, auth_base_url=AUTH
    )
    form = {
        "grant_type": "client_credentials",
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }
    in_body = await client.post(f"{AUTH}/oauth/token", data=form)
    assert in_body.status_code == 200
    assert in_body.json()["expires_in"] == 3600
    app_only = {"Authorization": f"OAuth {token.access_token}"}
    assert (await client.get("/tracks", headers=app_only)).status_code == 200
    assert fake.token_requests.count("client_credentials", client_id=fake.client_id) == 2


async def test_wrong_secret_is_invalid_client(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    with pytest.raises(TokenRefreshError) as raised:
        await oauth.fetch_app_token(
            client, client_id=fake.client_id, client_secret="nope", auth_base_url=AUTH
        )
    assert (raised.value.status_code, raised.value.error_code) == (401, "invalid_client")
    # Basic first, then once more with form fields (SoundCloud moved between the two).
    assert fake.token_requests.count(status=401) == 2


async def test_pkce_code_flow_logs_in_as_the_chosen_user(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    fake.authorize_as(fake.popular_user)
    code, pending = await _login(fake, client)
    token = await _exchange(fake, client, code, pending.code_verifier)
    me = await client.get("/me", headers={"Authorization": f"OAuth {token.access_token}"})
    assert me.json()["urn"] == fake.popular_user.urn
    assert fake.token_requests.count("authorization_code") == 1


@pytest.mark.parametrize("mistake", ["verifier", "redirect_uri"])
async def test_code_exchange_checks_verifier_and_redirect(
    fake: FakeSoundCloud, client: httpx.AsyncClient, mistake: str
) -> None:
    code, pending = await _login(fake, client)
    verifier = "x" * 64 if mistake == "verifier" else pending.code_verifier
    redirect = "https://evil.example.com/cb" if mistake == "redirect_uri" else REDIRECT
    with pytest.raises(TokenRefreshError) as raised:
        await _exchange(fake, client, code, verifier, redirect)
    assert (raised.value.status_code, raised.value.error_code) == (400, "invalid_grant")


async def test_replayed_code_is_refused_and_revokes_its_tokens(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    code, pending = await _login(fake, client)
    token = await _exchange(fake, client, code, pending.code_verifier)
    with pytest.raises(TokenRefreshError, match="invalid_grant"):
        await _exchange(fake, client, code, pending.code_verifier)
    me = await client.get("/me", headers={"Authorization": f"OAuth {token.access_token}"})
    assert me.status_code == 401


async def test_denied_login_redirects_with_access_denied(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    fake.deny_authorization()
    pending = oauth.start_authorization(fake.client_id, REDIRECT, auth_base_url=AUTH)
    callback = httpx.URL((await client.get(pending.url)).headers["location"])
    assert callback.params["error"] == "access_denied"
    assert callback.params["state"] == pending.state
    with pytest.raises(OAuthCallbackError, match="access_denied"):
        oauth.verify_callback(dict(callback.params), expected_state=pending.state)


async def test_unregistered_redirect_uri_is_not_redirected_to(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    fake.register_app("strict-app", "strict-secret", redirect_uris=("https://ok.example.com/cb",))
    pending = oauth.start_authorization("strict-app", REDIRECT, auth_base_url=AUTH)
    response = await client.get(pending.url)
    assert response.status_code == 400
    assert "location" not in response.headers


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "javascript:alert(document.cookie)",
        "https://evil.example/callback",
        "https://app.example.com/callback/../other",
        "http://[::1",  # malformed: an unclosed IPv6 bracket
        "",
    ],
)
async def test_authorize_redirects_only_to_registered_or_loopback_uris(
    client: httpx.AsyncClient, fake: FakeSoundCloud, redirect_uri: str
) -> None:
    """Like SoundCloud: an unregistered redirect URI is answered here (400), never redirected."""
    pending = oauth.start_authorization(fake.client_id, REDIRECT, auth_base_url=AUTH)
    url = httpx.URL(pending.url).copy_set_param("redirect_uri", redirect_uri)
    response = await client.get(url)
    assert response.status_code == 400
    assert "location" not in response.headers
    assert response.json()["error"] == "invalid_request"


@pytest.mark.parametrize(
    "redirect_uri",
    [
        REDIRECT,  # registered with the fake (conftest)
        "http://127.0.0.1:8765/callback",
        "http://localhost/cb",
        "http://[::1]:9000/cb",
    ],
)
async def test_authorize_accepts_registered_and_loopback_uris(
    client: httpx.AsyncClient, fake: FakeSoundCloud, redirect_uri: str
) -> None:
    pending = oauth.start_authorization(fake.client_id, redirect_uri, auth_base_url=AUTH)
    response = await client.get(pending.url)
    assert response.status_code == 302
    assert response.headers["location"].startswith(redirect_uri)


async def test_a_malformed_redirect_uri_in_the_code_exchange_is_a_400(
    client: httpx.AsyncClient, fake: FakeSoundCloud
) -> None:
    code, pending = await _login(fake, client)
    with pytest.raises(TokenRefreshError) as refused:
        await _exchange(fake, client, code, pending.code_verifier, redirect="http://[::1")
    assert (refused.value.status_code, refused.value.error_code) == (400, "invalid_grant")


async def test_register_redirect_uri_adds_one_for_the_default_app(
    client: httpx.AsyncClient, fake: FakeSoundCloud
) -> None:
    fake.register_redirect_uri("https://second.example/cb")
    pending = oauth.start_authorization(
        fake.client_id, "https://second.example/cb", auth_base_url=AUTH
    )
    assert (await client.get(pending.url)).status_code == 302


async def test_refresh_rotates_and_a_reused_refresh_token_is_invalid_grant(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    code, pending = await _login(fake, client)
    first = await _exchange(fake, client, code, pending.code_verifier)
    kwargs: dict[str, Any] = {
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        "auth_base_url": AUTH,
    }
    second = await oauth.refresh_token(client, first, **kwargs)
    assert second.refresh_token not in (None, first.refresh_token)
    with pytest.raises(TokenRefreshError) as raised:
        await oauth.refresh_token(client, first, **kwargs)
    assert (raised.value.status_code, raised.value.error_code) == (400, "invalid_grant")
    third = await oauth.refresh_token(client, second, **kwargs)
    me = await client.get("/me", headers={"Authorization": f"OAuth {third.access_token}"})
    assert me.status_code == 200
    assert fake.token_requests.count("refresh_token") == 3
    assert fake.token_requests.count("refresh_token", status=200) == 2


async def test_access_tokens_expire_with_the_clock(
    fake: FakeSoundCloud, client: httpx.AsyncClient, clock: ManualClock
) -> None:
    token = fake.issue_token()
    headers = {"Authorization": f"OAuth {token['access_token']}"}
    clock.advance(3599)
    assert (await client.get("/me", headers=headers)).status_code == 200
    clock.advance(1)
    expired = await client.get("/me", headers=headers)
    assert expired.status_code == 401
    assert expired.json()["code"] == 401


async def test_expire_access_tokens_keeps_refresh_tokens(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    token = fake.issue_token()
    fake.expire_access_tokens()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    assert (await client.get("/me", headers=headers)).status_code == 401
    form = {"grant_type": "refresh_token", "refresh_token": token["refresh_token"]}
    refreshed = await client.post(
        f"{AUTH}/oauth/token", data=form, auth=(fake.client_id, fake.client_secret)
    )
    fresh = {"Authorization": f"OAuth {refreshed.json()['access_token']}"}
    assert (await client.get("/me", headers=fresh)).status_code == 200


@pytest.mark.parametrize("path", ["/me", "/me/feed", "/me/likes/tracks"])
async def test_app_only_token_cannot_use_me(
    client: httpx.AsyncClient, app_headers: dict[str, str], path: str
) -> None:
    refused = await client.get(path, headers=app_headers)
    assert refused.status_code == 401
    assert "user token" in refused.json()["message"]


async def test_missing_or_unknown_token_is_401_in_soundcloud_shape(
    client: httpx.AsyncClient,
) -> None:
    for headers in ({}, {"Authorization": "OAuth made-up"}, {"Authorization": "Basic abc"}):
        response = await client.get("/tracks", headers=headers)
        assert response.status_code == 401
        assert set(response.json()) >= {"code", "message", "link", "status", "errors"}


async def test_sign_out_revokes_the_session(
    fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    token = fake.issue_token()
    headers = {"Authorization": f"OAuth {token['access_token']}"}
    assert (await client.post("/sign-out", headers=headers)).status_code == 200
    assert (await client.get("/me", headers=headers)).status_code == 401
    form = {"grant_type": "refresh_token", "refresh_token": token["refresh_token"]}
    refresh = await client.post(
        f"{AUTH}/oauth/token", data=form, auth=(fake.client_id, fake.client_secret)
    )
    assert refresh.json()["error"] == "invalid_grant"


async def test_client_credentials_are_rationed_per_app(clock: ManualClock) -> None:
    fake = FakeSoundCloud(
        users=2,
        tracks=1,
        playlists=0,
        popular_followers=0,
        clock=clock,
        client_credentials_limit=2,
        client_credentials_window=3600,
    )
    fake.register_app("other", "other-secret")
    async with httpx.AsyncClient(transport=fake.transport()) as http:

        async def ask(client_id: str, secret: str) -> httpx.Response:
            form = {"grant_type": "client_credentials"}
            return await http.post(f"{AUTH}/oauth/token", data=form, auth=(client_id, secret))

        assert [(await ask(fake.client_id, fake.client_secret)).status_code for _ in range(3)] == [
            200,
            200,
            429,
        ]
        throttled = await ask(fake.client_id, fake.client_secret)
        meta = throttled.json()["errors"][0]["meta"]
        assert meta["rate_limit"]["max_nr_of_requests"] == 2
        assert meta["reset_time"].endswith("+0000")
        assert (await ask("other", "other-secret")).status_code == 200  # per app
        clock.advance(3601)
        assert (await ask(fake.client_id, fake.client_secret)).status_code == 200
    assert (
        fake.token_requests.count("client_credentials", client_id=fake.client_id, status=429) == 2
    )
