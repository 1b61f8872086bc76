"""Sans-I/O tests: PKCE, the authorize URL, the callback check and the token parser."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from soundcloud_async._token_endpoint import (
    authorization_code_request,
    client_credentials_request,
    error_code,
    parse_token_response,
    refresh_request,
)
from soundcloud_async.errors import ConfigurationError, TokenRefreshError
from soundcloud_async.oauth import (
    OAuthCallbackError,
    code_challenge,
    generate_code_verifier,
    start_authorization,
    verify_callback,
)

from .conftest import CLIENT_ID, CLIENT_SECRET, NOW, OLD_REFRESH, TOKEN_URL, form, token_body


def test_code_challenge_matches_rfc7636_appendix_b() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize("length", [43, 64, 128])
def test_generated_verifier_has_the_length_and_alphabet(length: int) -> None:
    verifier = generate_code_verifier(length)
    assert len(verifier) == length
    digest = hashlib.sha256(verifier.encode()).digest()
    assert code_challenge(verifier) == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@pytest.mark.parametrize("length", [42, 129])
def test_verifier_length_out_of_range_is_refused(length: int) -> None:
    with pytest.raises(ConfigurationError, match="43"):
        generate_code_verifier(length)


@pytest.mark.parametrize("verifier", ["short", "a" * 129, "a" * 42 + " ", "ä" * 50])
def test_challenge_of_an_invalid_verifier_is_refused(verifier: str) -> None:
    with pytest.raises(ConfigurationError, match="verifier"):
        code_challenge(verifier)


def test_authorize_url_carries_pkce_and_state() -> None:
    login = start_authorization(CLIENT_ID, "https://app.example/callback", scope="non-expiring")
    url = httpx.URL(login.url)
    assert (url.scheme, url.host, url.path) == ("https", "secure.soundcloud.com", "/authorize")
    assert dict(url.params) == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": "https://app.example/callback",
        "code_challenge": code_challenge(login.code_verifier),
        "code_challenge_method": "S256",
        "state": login.state,
        "scope": "non-expiring",
    }
    assert len(login.state) >= 32
    assert login.state not in repr(login)
    assert login.code_verifier not in repr(login)


def test_each_authorization_gets_a_new_state_and_verifier() -> None:
    first = start_authorization(CLIENT_ID, "https://app.example/cb", auth_base_url="http://x/")
    second = start_authorization(CLIENT_ID, "https://app.example/cb", auth_base_url="http://x/")
    assert first.url.startswith("http://x/authorize?")
    assert first.state != second.state
    assert first.code_verifier != second.code_verifier


def test_verify_callback_returns_the_code() -> None:
    assert verify_callback({"code": "C0DE", "state": "s" * 40}, expected_state="s" * 40) == "C0DE"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"code": "C0DE", "state": "forged"}, "state_mismatch"),
        ({"code": "C0DE"}, "state_mismatch"),
        ({"state": "s" * 40}, "missing_code"),
        ({"error": "access_denied", "state": "s" * 40}, "access_denied"),
        ({"error": "<script>secret</script>"}, "invalid_error"),
    ],
)
def test_verify_callback_refuses(params: dict[str, str], code: str) -> None:
    with pytest.raises(OAuthCallbackError) as caught:
        verify_callback(params, expected_state="s" * 40)
    assert caught.value.error_code == code
    assert "s" * 40 not in str(caught.value)
    assert "secret" not in str(caught.value)


def test_client_credentials_request_on_the_wire() -> None:
    request = client_credentials_request(CLIENT_ID, CLIENT_SECRET)
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert (request.method, str(request.url)) == ("POST", TOKEN_URL)
    assert request.headers["authorization"] == f"Basic {expected}"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form(request) == {"grant_type": "client_credentials"}


def test_refresh_request_on_the_wire() -> None:
    request = refresh_request(OLD_REFRESH, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    assert (request.method, str(request.url)) == ("POST", TOKEN_URL)
    assert "authorization" not in request.headers
    assert form(request) == {
        "grant_type": "refresh_token",
        "refresh_token": OLD_REFRESH,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }


def test_public_client_code_exchange_sends_no_secret() -> None:
    request = authorization_code_request(
        client_id=CLIENT_ID,
        client_secret=None,
        code="C0DE",
        code_verifier="v" * 43,
        redirect_uri="https://app.example/cb",
        auth_base_url="https://auth.test/",
    )
    assert str(request.url) == "https://auth.test/oauth/token"
    assert form(request) == {
        "grant_type": "authorization_code",
        "code": "C0DE",
        "code_verifier": "v" * 43,
        "redirect_uri": "https://app.example/cb",
        "client_id": CLIENT_ID,
    }


def _response(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", TOKEN_URL), **kwargs)  # type: ignore[arg-type]


def test_parse_token_response_makes_expiry_absolute() -> None:
    token = parse_token_response(_response(200, json=token_body()), now=NOW, app_only=False)
    assert token.expires_at == NOW + 3599
    assert token.lifetime == 3599
    assert token.refresh_token is not None
    assert token.scope == ""
    assert not token.app_only


def test_parse_token_response_accepts_a_token_without_expiry_or_refresh() -> None:
    body = {"access_token": "A", "scope": "non-expiring"}
    token = parse_token_response(_response(200, json=body), now=NOW, app_only=True)
    assert (token.expires_at, token.refresh_token, token.app_only) == (None, None, True)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"text": "<html><body>Service Unavailable</body></html>"},
        {"content": b""},
        {"json": {}},
        {"json": []},
        {"json": {"access_token": 5}},
        {"json": {"access_token": ""}},
        {"json": {"access_token": "A", "expires_in": "soon"}},
        {"json": {"access_token": "A", "expires_in": -1}},
        {"json": {"access_token": "A", "expires_in": True}},
        {"json": {"access_token": "A", "refresh_token": {"x": 1}}},
        {"json": {"access_token": "A", "scope": 3}},
    ],
)
def test_garbage_from_the_token_endpoint_is_a_typed_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(TokenRefreshError) as caught:
        parse_token_response(_response(200, **kwargs), now=NOW, app_only=False)
    assert caught.value.error_code == "invalid_response"
    assert caught.value.status_code == 200
    assert "HTTP 200" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "kwargs", "code"),
    [
        (400, {"json": {"error": "invalid_grant", "error_description": "x"}}, "invalid_grant"),
        (401, {"json": {"error": "invalid_client"}}, "invalid_client"),
        (400, {"json": {"code": 400, "message": "invalid_grant", "link": "l"}}, "invalid_grant"),
        (
            400,
            {"json": {"code": 400, "message": "", "error_code": "invalid_grant"}},
            "invalid_grant",
        ),
        (
            401,
            {"json": {"errors": [{"error_message": "unauthorized_client"}]}},
            "unauthorized_client",
        ),
        (500, {"text": "<html>oops</html>"}, None),
        (503, {"content": b""}, None),
        (429, {"json": {"error": "Rate Limit Exceeded"}}, None),
    ],
)
def test_token_endpoint_errors_carry_the_code(
    status: int, kwargs: dict[str, object], code: str | None
) -> None:
    with pytest.raises(TokenRefreshError) as caught:
        parse_token_response(_response(status, **kwargs), now=NOW, app_only=False)
    assert (caught.value.status_code, caught.value.error_code) == (status, code)
    assert f"HTTP {status}" in str(caught.value)


def test_token_endpoint_429_carries_retry_after() -> None:
    response = _response(429, headers={"Retry-After": "30"}, json={"error": "rate_limit_exceeded"})
    with pytest.raises(TokenRefreshError) as caught:
        parse_token_response(response, now=NOW, app_only=True)
    assert caught.value.retry_after == 30.0
    assert caught.value.error_code == "rate_limit_exceeded"


def test_token_endpoint_429_reset_time_becomes_retry_after() -> None:
    # NOW is 2023-11-14 22:13:20 UTC; the reset is two minutes later (docs/soundcloud-behaviour.md).
    meta = {
        "rate_limit": {"name": "client-credentials-exchange"},
        "reset_time": "2023/11/14 22:15:20 +0000",
    }
    response = _response(429, json={"errors": [{"meta": meta}]})
    with pytest.raises(TokenRefreshError) as caught:
        parse_token_response(response, now=NOW, app_only=True)
    assert caught.value.retry_after == 120.0


def test_error_code_ignores_prose() -> None:
    assert error_code({"error": "The grant is invalid, token=abc"}) is None
    assert error_code("invalid_grant") is None
