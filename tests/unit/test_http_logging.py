"""The facade's event hooks log every exchange at DEBUG and never a secret."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from soundcloud_async import SoundCloud, Token

SECRET_TOKEN = "access-token-that-must-not-leak"
SECRET_QUERY = "secret-query-value"


async def test_requests_and_responses_are_logged_without_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"OAuth {SECRET_TOKEN}"
        return httpx.Response(404, json={"code": 404, "message": "gone"})

    token = Token(
        access_token=SECRET_TOKEN,
        refresh_token=None,
        expires_at=time.time() + 3600,
        lifetime=3600,
        scope="",
        app_only=False,
    )
    caplog.set_level(logging.DEBUG, logger="soundcloud_async")
    async with SoundCloud("id", token=token, transport=httpx.MockTransport(handler)) as sc:
        await sc.http.get(f"/tracks/1?client_secret={SECRET_QUERY}&code={SECRET_QUERY}")
    lines = [r.getMessage() for r in caplog.records if r.name == "soundcloud_async.http"]
    assert any(line.startswith("request GET ") and "/tracks/1" in line for line in lines)
    assert any(line.startswith("response GET ") and line.endswith("-> 404") for line in lines)
    assert SECRET_TOKEN not in caplog.text
    assert SECRET_QUERY not in caplog.text


async def test_nothing_is_formatted_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="soundcloud_async")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    async with SoundCloud("id", "secret", transport=transport) as sc:
        await sc.http.get("https://secure.soundcloud.com/ping", auth=None)
    assert not [r for r in caplog.records if r.name == "soundcloud_async.http"]
