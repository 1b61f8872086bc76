"""No secret reaches a log record, a repr or an exception text, whatever path is taken."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
import respx

from soundcloud_async import errors
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.oauth import exchange_code, start_authorization, verify_callback
from soundcloud_async.token_store import FileTokenStore, MemoryTokenStore

from .conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    ME_URL,
    NEW_ACCESS,
    NEW_REFRESH,
    OLD_ACCESS,
    OLD_REFRESH,
    TOKEN_URL,
    FakeClock,
    bearer,
    expired_token,
    fresh_token,
    http_client,
    token_body,
)

AUTH_CODE = "AUTH-CODE-secret-77"
SECRETS = [CLIENT_SECRET, OLD_ACCESS, OLD_REFRESH, NEW_ACCESS, NEW_REFRESH, AUTH_CODE]


def assert_no_secret(texts: list[str], extra: list[str]) -> None:
    assert texts, "nothing was captured: the check would be vacuous"
    for text in texts:
        for secret in SECRETS + extra:
            assert secret not in text


async def _happy_paths(router: respx.MockRouter, clock: FakeClock, tmp_path: Path) -> list[str]:
    router.post(TOKEN_URL).respond(json=token_body())
    router.get(ME_URL).mock(
        side_effect=lambda r: httpx.Response(200 if bearer(r) == NEW_ACCESS else 401)
    )
    store = FileTokenStore(tmp_path / "token.json")
    auth = SoundCloudAuth(
        CLIENT_ID, CLIENT_SECRET, token=fresh_token(), token_store=store, clock=clock
    )
    async with http_client(auth) as client:
        await client.get(ME_URL)  # 401 -> refresh -> replay
        await client.get(ME_URL)
    return [repr(auth), str(auth), repr(auth.token), repr(store), repr(await store.load())]


async def _failure_paths(router: respx.MockRouter, clock: FakeClock) -> list[str]:
    texts = []
    router.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(400, json={"error": "invalid_grant", "error_description": OLD_REFRESH}),
            httpx.Response(200, text=f"<html>{OLD_ACCESS}</html>"),
        ]
    )
    for _ in range(2):
        auth = SoundCloudAuth(
            CLIENT_ID, CLIENT_SECRET, token_store=MemoryTokenStore(expired_token()), clock=clock
        )
        async with http_client(auth) as client:
            with pytest.raises(errors.TokenRefreshError) as caught:
                await client.get(ME_URL)
        texts += [str(caught.value), repr(caught.value), repr(caught.value.args)]
    return texts


async def test_no_secret_in_logs_reprs_or_errors(
    router: respx.MockRouter, clock: FakeClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts = await _happy_paths(router, clock, tmp_path)
    router.routes.clear()
    texts += await _failure_paths(router, clock)
    login = start_authorization(CLIENT_ID, "https://app.example/cb")
    with pytest.raises(errors.SoundCloudError) as caught:
        verify_callback({"code": AUTH_CODE, "state": "forged"}, expected_state=login.state)
    texts += [repr(login), str(login), str(caught.value), repr(caught.value)]
    router.routes.clear()
    router.post(TOKEN_URL).respond(400, json={"error": "invalid_grant", "code": AUTH_CODE})
    async with http_client() as client:
        with pytest.raises(errors.TokenRefreshError) as exchange_error:
            await exchange_code(
                client,
                client_id=CLIENT_ID,
                client_secret=CLIENT_SECRET,
                code=AUTH_CODE,
                code_verifier=login.code_verifier,
                redirect_uri=login.redirect_uri,
            )
    texts += [str(exchange_error.value), repr(exchange_error.value)]
    logged = [record.getMessage() for record in caplog.records]
    assert any("token" in line for line in logged), "the auth layer logs its renewals"
    assert_no_secret(texts + logged, [login.state, login.code_verifier])
