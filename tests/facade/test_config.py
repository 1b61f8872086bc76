"""Settings, credentials, ownership of connections and the state `SoundCloud` exposes."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from soundcloud_async import (
    ConfigurationError,
    MemoryTokenStore,
    RateLimitHeaders,
    SoundCloud,
    Token,
)

from ..endpoints._responses import RATE_HEADERS, load
from .conftest import ACCESS, CLIENT_ID, CLIENT_SECRET, NO_WAIT, REFRESH, user_token

ENV = (
    "SOUNDCLOUD_CLIENT_ID",
    "SOUNDCLOUD_CLIENT_SECRET",
    "SOUNDCLOUD_BASE_URL",
    "SOUNDCLOUD_AUTH_BASE_URL",
)
APP_ACCESS = "2-293541--ACCESS-REDACTED"  # tests/endpoints/fixtures/token.json


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No test here depends on the developer's own SOUNDCLOUD_* variables."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


class Recorder(httpx.MockTransport):
    """Answers the token endpoint with a token and anything else with a user; remembers all."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = False
        super().__init__(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=load("token.json"))
        return httpx.Response(200, json=load("user.json"), headers=RATE_HEADERS)

    async def aclose(self) -> None:
        self.closed = True

    def urls(self) -> list[str]:
        return [f"{r.method} {r.url.copy_with(query=None)}" for r in self.requests]


def basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


async def test_env_credentials_and_one_transport_serve_token_and_api(
    clean_env: pytest.MonkeyPatch,
) -> None:
    """Env credentials mint an app token through `transport=`, then the API call uses it."""
    clean_env.setenv("SOUNDCLOUD_CLIENT_ID", "env-id")
    clean_env.setenv("SOUNDCLOUD_CLIENT_SECRET", "env-secret")
    server = Recorder()
    async with SoundCloud(transport=server) as sc:
        before = sc.token
        await sc.users.get(3207)
    token_request, api_request = server.requests
    assert before is None
    assert server.urls() == [
        "POST https://secure.soundcloud.com/oauth/token",
        "GET https://api.soundcloud.com/users/soundcloud%3Ausers%3A3207",
    ]
    assert token_request.headers["authorization"] == basic("env-id", "env-secret")
    assert token_request.content == b"grant_type=client_credentials"
    assert api_request.headers["authorization"] == f"OAuth {APP_ACCESS}"
    assert api_request.headers["user-agent"].startswith("soundcloud-async/")
    token = sc.token
    assert token is not None
    assert (token.access_token, token.app_only) == (APP_ACCESS, True)


async def test_explicit_arguments_win_over_the_environment(
    clean_env: pytest.MonkeyPatch,
) -> None:
    """Arguments beat SOUNDCLOUD_* for credentials and both origins."""
    for name in ENV:
        clean_env.setenv(name, f"https://env-{name.lower()}.example" if "URL" in name else "env")
    server = Recorder()
    sc = SoundCloud(
        "arg-id",
        "arg-secret",
        base_url="https://api.example.test/",
        auth_base_url="https://auth.example.test",
        transport=server,
    )
    async with sc:
        await sc.me.get()
    assert server.urls() == [
        "POST https://auth.example.test/oauth/token",
        "GET https://api.example.test/me",
    ]
    assert server.requests[0].headers["authorization"] == basic("arg-id", "arg-secret")
    assert "arg-id" in repr(sc)


async def test_environment_origins_are_used_when_arguments_are_absent(
    clean_env: pytest.MonkeyPatch,
) -> None:
    """SOUNDCLOUD_BASE_URL / SOUNDCLOUD_AUTH_BASE_URL move both hosts (e.g. to a fake)."""
    clean_env.setenv("SOUNDCLOUD_BASE_URL", "http://127.0.0.1:8123")
    clean_env.setenv("SOUNDCLOUD_AUTH_BASE_URL", "http://127.0.0.1:8124")
    server = Recorder()
    async with SoundCloud(CLIENT_ID, CLIENT_SECRET, transport=server) as sc:
        await sc.me.get()
        login = sc.oauth.start_authorization("https://app.example.com/cb")
    assert server.urls() == [
        "POST http://127.0.0.1:8124/oauth/token",
        "GET http://127.0.0.1:8123/me",
    ]
    assert login.url.startswith("http://127.0.0.1:8124/authorize?")


async def test_no_credentials_fail_on_first_use_naming_the_variable() -> None:
    """Construction works; the first call raises ConfigurationError and sends nothing."""
    server = Recorder()
    async with SoundCloud(transport=server) as sc:
        with pytest.raises(ConfigurationError, match="SOUNDCLOUD_CLIENT_ID"):
            await sc.me.get()
        with pytest.raises(ConfigurationError, match="SOUNDCLOUD_CLIENT_ID"):
            await sc.users.followers(3207)
        with pytest.raises(ConfigurationError, match="SOUNDCLOUD_CLIENT_ID"):
            sc.oauth.start_authorization("https://app.example.com/cb")
    assert (server.requests, sc.token) == ([], None)


async def test_a_client_id_alone_cannot_mint_a_token() -> None:
    """Without secret and token, the first call explains that client_secret is missing."""
    server = Recorder()
    async with SoundCloud(CLIENT_ID, transport=server) as sc:
        with pytest.raises(ConfigurationError, match="client_secret"):
            await sc.me.get()
    assert server.requests == []


BAD_URLS = ["ftp://api.soundcloud.com", "api.soundcloud.com", "https://", "/v1", "mailto:x@y.z"]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("where", ["base_url", "auth_base_url", "env"])
def test_a_bad_origin_is_a_configuration_error(
    clean_env: pytest.MonkeyPatch, url: str, where: str
) -> None:
    """Anything but an absolute http(s) URL is refused at construction."""
    if where == "env":
        clean_env.setenv("SOUNDCLOUD_BASE_URL", url)
    kwargs: dict[str, Any] = {where: url} if where != "env" else {}
    with pytest.raises(ConfigurationError, match="absolute http"):
        SoundCloud(CLIENT_ID, CLIENT_SECRET, transport=Recorder(), **kwargs)


async def test_repr_never_shows_secrets_or_tokens() -> None:
    """Neither the client secret nor any access/refresh token appears in reprs."""
    server = Recorder()
    sc = SoundCloud(CLIENT_ID, CLIENT_SECRET, token=user_token(), transport=server)
    await sc.me.get()
    texts = [repr(sc), str(sc), repr(sc.token), repr(sc.http.auth), repr(sc.oauth)]
    async with SoundCloud(CLIENT_ID, CLIENT_SECRET, transport=server) as app:
        await app.me.get()
        texts += [repr(app), repr(app.token), repr(app.http.auth)]
    await sc.aclose()
    for secret in (CLIENT_SECRET, ACCESS, REFRESH, APP_ACCESS, "REFRESH-REDACTED-single-use"):
        assert not [text for text in texts if secret in text], secret
    assert CLIENT_ID in repr(sc)


async def test_closing_closes_only_what_the_client_owns() -> None:
    """Own client: closed on exit. A caller's transport or http_client: left open."""
    async with SoundCloud(CLIENT_ID, CLIENT_SECRET) as owned:
        open_inside = not owned.http.is_closed
    assert open_inside
    assert owned.http.is_closed

    shared = Recorder()
    async with SoundCloud(CLIENT_ID, token=user_token(), transport=shared) as first:
        await first.me.get()
    assert first.http.is_closed
    assert not shared.closed
    async with SoundCloud(CLIENT_ID, token=user_token(), transport=shared) as second:
        await second.me.get()  # the shared transport still works for the next client
    assert not shared.closed

    headers = {"Authorization": "OAuth caller-token"}
    async with httpx.AsyncClient(base_url="https://api.soundcloud.com", headers=headers,
                                 transport=shared) as http:  # fmt: skip
        async with SoundCloud(http_client=http) as borrowed:
            await borrowed.me.get()
            assert (borrowed.token, borrowed.last_rate_limit) == (None, None)
        assert not http.is_closed
        assert shared.requests[-1].headers["authorization"] == "OAuth caller-token"


async def test_last_rate_limit_reflects_the_latest_response() -> None:
    """None before any response, then the raw x-ratelimit-* headers of the last one."""
    server = Recorder()
    async with SoundCloud(CLIENT_ID, token=user_token(), transport=server, retry=NO_WAIT) as sc:
        assert sc.last_rate_limit is None
        await sc.me.get()
        assert sc.last_rate_limit == RateLimitHeaders(
            limit="-1", remaining="0", reset="0", retry_after=None, status_code=200
        )


async def test_a_fetched_token_is_exposed_saved_and_announced() -> None:
    """After the first call: `sc.token` is the new token, in the store and given to on_token."""
    announced: list[Token] = []
    store = MemoryTokenStore()
    server = Recorder()
    sc = SoundCloud(
        CLIENT_ID, CLIENT_SECRET, token_store=store, on_token=announced.append, transport=server
    )
    async with sc:
        before = sc.token
        await sc.me.get()
        await sc.me.get()
    token = sc.token
    assert before is None
    assert token is not None
    assert token.access_token == APP_ACCESS
    assert (announced, await store.load()) == ([token], token)
    assert [u.split()[0] for u in server.urls()] == ["POST", "GET", "GET"]  # one token request


async def test_a_callers_client_needs_a_base_url_and_settings_are_checked_early() -> None:
    """Both mistakes fail when the client is built, not at the first request."""
    async with httpx.AsyncClient() as bare:
        with pytest.raises(ConfigurationError, match="base_url"):
            SoundCloud(CLIENT_ID, http_client=bare)
    with pytest.raises(ValueError, match="page_size"):
        SoundCloud(CLIENT_ID, page_size=0)


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (10, {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}),
        (None, {"connect": None, "read": None, "write": None, "pool": None}),
        (httpx.Timeout(3.0, read=9.0), {"connect": 3.0, "read": 9.0, "write": 3.0, "pool": 3.0}),
    ],
)
async def test_timeout_takes_seconds_a_timeout_or_none(given: Any, sent: dict[str, Any]) -> None:
    """`timeout=2.5` (as in other SDKs) reaches every request, token request included."""
    server = Recorder()
    async with SoundCloud(CLIENT_ID, CLIENT_SECRET, transport=server, timeout=given) as sc:
        await sc.users.get(3207)
    assert [request.extensions["timeout"] for request in server.requests] == [sent, sent]


@pytest.mark.parametrize("given", [-1, -0.5, float("nan"), True, "3", [1.0]])
def test_a_timeout_that_is_no_duration_is_refused_at_once(given: Any) -> None:
    """Nonsense is a ValueError when the client is built, not a hang or an httpx error later."""
    with pytest.raises(ValueError, match="timeout"):
        SoundCloud(CLIENT_ID, CLIENT_SECRET, timeout=given)
