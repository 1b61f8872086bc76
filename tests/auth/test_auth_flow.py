"""SoundCloudAuth over respx: header, proactive refresh, 401 replay, app tokens, hooks."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
import respx

from soundcloud_async import errors
from soundcloud_async._token import Token
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.errors import TokenRefreshError
from soundcloud_async.token_store import FileTokenStore, MemoryTokenStore

from .conftest import (
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
    bearer,
    expired_token,
    form,
    fresh_token,
    http_client,
    token_body,
)


def make_auth(clock: FakeClock, **kwargs: object) -> SoundCloudAuth:
    return SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, clock=clock, **kwargs)  # type: ignore[arg-type]


def me_accepts(*tokens: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200 if bearer(request) in tokens else 401, json={"ok": True})

    return handler


async def test_sends_the_oauth_header_without_token_requests(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL)
    me = router.get(ME_URL).mock(side_effect=me_accepts(OLD_ACCESS))
    async with http_client(make_auth(clock, token=fresh_token())) as client:
        response = await client.get(ME_URL)
    assert response.status_code == 200
    assert me.calls.last.request.headers["authorization"] == f"OAuth {OLD_ACCESS}"
    assert token_route.call_count == 0


@pytest.mark.parametrize(
    ("lifetime", "seconds_left", "refreshes"),
    [(3600, 301, 0), (3600, 299, 1), (120, 61, 0), (120, 59, 1)],
)
async def test_refreshes_proactively_within_the_margin(
    router: respx.MockRouter, clock: FakeClock, lifetime: float, seconds_left: float, refreshes: int
) -> None:
    token = Token(OLD_ACCESS, OLD_REFRESH, expires_at=NOW + seconds_left, lifetime=lifetime)
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    router.get(ME_URL).mock(side_effect=me_accepts(OLD_ACCESS, NEW_ACCESS))
    async with http_client(make_auth(clock, token=token)) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert token_route.call_count == refreshes


async def test_expired_token_is_refreshed_with_the_refresh_grant(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    me = router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock, token=expired_token())
    async with http_client(auth, timeout=7.0) as client:
        assert (await client.get(ME_URL)).status_code == 200
    refresh = token_route.calls.last.request
    assert form(refresh)["grant_type"] == "refresh_token"
    assert form(refresh)["refresh_token"] == OLD_REFRESH
    assert refresh.extensions["timeout"]["read"] == 7.0
    assert bearer(me.calls.last.request) == NEW_ACCESS
    assert auth.token is not None
    assert auth.token.refresh_token == NEW_REFRESH
    assert auth.token.expires_at == NOW + 3599


async def test_401_refreshes_once_and_replays_once(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    me = router.post(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    async with http_client(make_auth(clock, token=fresh_token())) as client:
        response = await client.post(ME_URL, json={"title": "replayed body"})
    assert response.status_code == 200
    assert token_route.call_count == 1
    assert [bearer(call.request) for call in me.calls] == [OLD_ACCESS, NEW_ACCESS]
    assert me.calls.last.request.content == b'{"title":"replayed body"}'


async def test_second_401_is_final(router: respx.MockRouter, clock: FakeClock) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    me = router.get(ME_URL).respond(401, json={"code": 401, "message": "Unauthorized"})
    async with http_client(make_auth(clock, token=fresh_token())) as client:
        response = await client.get(ME_URL)
    assert response.status_code == 401
    assert token_route.call_count == 1
    assert me.call_count == 2
    with pytest.raises(errors.AuthenticationError) as caught:
        errors.raise_for_status(response)
    assert caught.value.status_code == 401


async def test_streamed_body_is_not_replayed_but_renewed_next_time(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"audio"

    token_route = router.post(TOKEN_URL).respond(json=token_body())
    upload = router.post(f"{ME_URL}/upload").respond(401)
    me = router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    async with http_client(make_auth(clock, token=fresh_token())) as client:
        assert (await client.post(f"{ME_URL}/upload", content=chunks())).status_code == 401
        assert (upload.call_count, token_route.call_count) == (1, 0)
        assert (await client.get(ME_URL)).status_code == 200
    assert token_route.call_count == 1
    assert bearer(me.calls.last.request) == NEW_ACCESS


async def test_rotated_token_is_stored_before_the_replay(
    router: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    stored_at_replay: list[str | None] = []
    announced: list[Token] = []

    def me(request: httpx.Request) -> httpx.Response:
        if bearer(request) == OLD_ACCESS:
            return httpx.Response(401)
        stored_at_replay.append(json.loads(path.read_text())["refresh_token"])
        assert [t.refresh_token for t in announced] == [NEW_REFRESH]
        return httpx.Response(200, json={})

    router.post(TOKEN_URL).respond(json=token_body())
    router.get(ME_URL).mock(side_effect=me)
    auth = make_auth(
        clock, token=fresh_token(), token_store=FileTokenStore(path), on_token=announced.append
    )
    async with http_client(auth) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert stored_at_replay == [NEW_REFRESH]


async def test_async_on_token_hook_is_awaited(router: respx.MockRouter, clock: FakeClock) -> None:
    seen: list[str] = []

    async def persist(token: Token) -> None:
        seen.append(token.access_token)

    router.post(TOKEN_URL).respond(json=token_body())
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock, token=expired_token(), on_token=persist)
    async with http_client(auth) as client:
        await client.get(ME_URL)
    assert seen == [NEW_ACCESS]


async def test_app_token_is_fetched_once_and_reused(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body(refresh=None))
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock)
    async with http_client(auth) as client:
        for _ in range(3):
            assert (await client.get(ME_URL)).status_code == 200
    assert token_route.call_count == 1
    assert form(token_route.calls.last.request) == {"grant_type": "client_credentials"}
    assert auth.token is not None
    assert auth.token.app_only


async def test_app_token_in_a_shared_store_is_reused_by_another_client(
    router: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body(refresh=None))
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    for _ in range(2):  # two workers, one token file
        auth = make_auth(clock, token_store=FileTokenStore(tmp_path / "app.json"))
        async with http_client(auth) as client:
            assert (await client.get(ME_URL)).status_code == 200
    assert token_route.call_count == 1


async def test_expired_app_token_without_refresh_token_is_replaced(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL).respond(json=token_body(refresh=None))
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock, token=expired_token(refresh=None, app_only=True))
    async with http_client(auth) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert form(token_route.calls.last.request) == {"grant_type": "client_credentials"}


async def test_401_with_a_just_issued_app_token_mints_no_new_one(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    # /me refuses app tokens (docs/soundcloud-behaviour.md, Hosts); a fresh app token is not stale.
    token_route = router.post(TOKEN_URL).respond(json=token_body(refresh=None))
    me = router.get(ME_URL).respond(401)
    async with http_client(make_auth(clock)) as client:
        assert (await client.get(ME_URL)).status_code == 401
        clock.advance(30)
        assert (await client.get(ME_URL)).status_code == 401
    assert (token_route.call_count, me.call_count) == (1, 2)


async def test_invalid_grant_recovers_with_the_newer_stored_token(
    router: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    newer = Token("ACCESS-other-3333", "REFRESH-other-3333", expires_at=NOW + 3000, lifetime=3600)

    def other_process_won(request: httpx.Request) -> httpx.Response:
        path.write_text(newer.to_json())  # rotated elsewhere while our refresh was in flight
        return httpx.Response(400, json={"error": "invalid_grant"})

    token_route = router.post(TOKEN_URL).mock(side_effect=other_process_won)
    router.get(ME_URL).mock(side_effect=me_accepts(newer.access_token))
    auth = make_auth(clock, token=expired_token(), token_store=FileTokenStore(path))
    async with http_client(auth) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert token_route.call_count == 1
    assert auth.token == newer


async def test_invalid_grant_refreshes_a_newer_but_expired_stored_token(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    store = MemoryTokenStore()
    newer = expired_token("ACCESS-other-3333", "REFRESH-other-3333")

    def token(request: httpx.Request) -> httpx.Response:
        if form(request)["refresh_token"] == OLD_REFRESH:
            store._token = newer  # another client rotated it meanwhile
            return httpx.Response(400, json={"error": "invalid_grant"})
        return httpx.Response(200, json=token_body())

    token_route = router.post(TOKEN_URL).mock(side_effect=token)
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock, token=expired_token(), token_store=store)
    async with http_client(auth) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert [form(c.request)["refresh_token"] for c in token_route.calls] == [
        OLD_REFRESH,
        "REFRESH-other-3333",
    ]
    assert await store.load() == auth.token


async def test_invalid_grant_without_a_newer_token_raises_after_one_request(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    store = MemoryTokenStore(expired_token())
    token_route = router.post(TOKEN_URL).respond(400, json={"error": "invalid_grant"})
    me = router.get(ME_URL)
    async with http_client(make_auth(clock, token_store=store)) as client:
        with pytest.raises(TokenRefreshError) as caught:
            await client.get(ME_URL)
    assert caught.value.error_code == "invalid_grant"
    assert (token_route.call_count, me.call_count) == (1, 0)


async def test_invalid_grant_on_an_app_token_falls_back_to_client_credentials(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(400, json={"error": "invalid_grant"}),
            httpx.Response(200, json=token_body(refresh=None)),
        ]
    )
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    auth = make_auth(clock, token=expired_token(app_only=True))
    async with http_client(auth) as client:
        assert (await client.get(ME_URL)).status_code == 200
    grants = [form(call.request)["grant_type"] for call in token_route.calls]
    assert grants == ["refresh_token", "client_credentials"]


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, content=b""),
        httpx.Response(200, json={"token_type": "bearer"}),
        httpx.Response(401, json={"error": "invalid_client"}),
        httpx.Response(429, json={"error": "rate_limit_exceeded"}, headers={"Retry-After": "9"}),
    ],
)
async def test_token_endpoint_failures_surface_as_token_refresh_error(
    router: respx.MockRouter, clock: FakeClock, response: httpx.Response
) -> None:
    router.post(TOKEN_URL).mock(return_value=response)
    me = router.get(ME_URL)
    async with http_client(make_auth(clock)) as client:
        with pytest.raises(TokenRefreshError) as caught:
            await client.get(ME_URL)
    assert caught.value.status_code == response.status_code
    assert me.call_count == 0


async def test_user_token_without_refresh_token_is_never_downgraded(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    token_route = router.post(TOKEN_URL)
    router.get(ME_URL)
    auth = make_auth(clock, token=expired_token(refresh=None))
    async with http_client(auth) as client:
        with pytest.raises(TokenRefreshError, match="sign the user in again"):
            await client.get(ME_URL)
    assert token_route.call_count == 0


async def test_public_client_without_token_is_a_configuration_error(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    router.get(ME_URL)
    auth = SoundCloudAuth(CLIENT_ID, clock=clock)
    async with http_client(auth) as client:
        with pytest.raises(errors.ConfigurationError, match="client secret"):
            await client.get(ME_URL)


def test_client_id_is_required() -> None:
    with pytest.raises(errors.ConfigurationError, match="client_id"):
        SoundCloudAuth("")


def test_sync_clients_are_refused(clock: FakeClock) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    auth = make_auth(clock, token=fresh_token())
    with (
        httpx.Client(auth=auth, transport=transport) as client,
        pytest.raises(RuntimeError, match="async-only"),
    ):
        client.get(ME_URL)


async def test_explicit_token_beats_an_older_one_left_in_the_store(
    router: respx.MockRouter, clock: FakeClock
) -> None:
    older = Token("ACCESS-older-0000", "REFRESH-older-0000", expires_at=NOW - 7200, lifetime=3600)
    token_route = router.post(TOKEN_URL).respond(json=token_body())
    router.get(ME_URL).mock(side_effect=me_accepts(NEW_ACCESS))
    store = MemoryTokenStore(older)
    async with http_client(make_auth(clock, token=expired_token(), token_store=store)) as client:
        assert (await client.get(ME_URL)).status_code == 200
    assert form(token_route.calls.last.request)["refresh_token"] == OLD_REFRESH
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token == NEW_REFRESH
