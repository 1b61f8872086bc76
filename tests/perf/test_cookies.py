"""Cookies: a response without `Set-Cookie` costs no cookie-jar work; one with it is kept."""

from __future__ import annotations

import http.cookiejar
import time
from pathlib import Path

import httpx
import pytest

from soundcloud_async import SoundCloud, Token

TRACK = (Path(__file__).parents[1] / "endpoints" / "fixtures" / "track.json").read_bytes()
URN = "soundcloud:tracks:13158665"


def _client(handler: httpx.MockTransport) -> SoundCloud:
    token = Token("ACCESS-cookies", "REFRESH-cookies", expires_at=time.time() + 10**6)
    return SoundCloud("client-id-cookies", token=token, transport=handler)


async def test_no_set_cookie_never_reaches_the_cookie_jar(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx hands every response to the standard library's jar through urllib adapters; a
    # response that sets nothing must skip all of it (bench/ section 1: ~18 % of a call).
    extracted: list[object] = []
    original = http.cookiejar.CookieJar.extract_cookies

    def spy(self: http.cookiejar.CookieJar, response: object, request: object) -> None:
        extracted.append(response)
        original(self, response, request)  # type: ignore[arg-type]

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", spy)
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=TRACK))
    async with _client(answer) as sc:
        track = await sc.tracks.get(URN)
        await sc.tracks.get(URN)
    assert track.urn == URN
    assert extracted == []


async def test_a_cookie_that_is_set_is_sent_back() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        headers = {"set-cookie": "sc_session=abc123; Path=/"} if len(seen) == 1 else {}
        return httpx.Response(200, headers=headers, content=TRACK)

    async with _client(httpx.MockTransport(handler)) as sc:
        await sc.tracks.get(URN)
        await sc.tracks.get(URN)
    assert seen == [None, "sc_session=abc123"]
