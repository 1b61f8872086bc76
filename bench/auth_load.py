"""Section 7: 500 concurrent calls across a token expiry cause exactly one token request.

A MockTransport plays both hosts with SoundCloud's rules (docs/soundcloud-behaviour.md): refresh
tokens are single-use and rotate, and the API answers 401 to any access token but the newest.
Both hosts answer after a short await so the 500 calls really overlap, and the token endpoint
is slow enough for every call to arrive while the refresh is in flight. Scenarios:
  expired      the client's token expired 10 s ago;
  expiring     it expires in 60 s, inside the proactive refresh margin;
  revoked      it looks valid for an hour, but the server already rotated it: 500 x 401.
The baseline is the same 500 calls with a token that needs nothing (wall-time ratio: info).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from urllib.parse import parse_qs

import httpx

from soundcloud_async import SoundCloud, Token

from ._common import API, JSON_HEADERS, Row, exactly, track_body

SECTION = "7 auth under load"
CALLS = 500
URN = "soundcloud:tracks:13158665"


class TwoHosts:
    """The API and the token endpoint, counting token requests."""

    def __init__(self, access: str, refresh: str) -> None:
        self.access, self.refresh = access, refresh
        self.token_requests = self.unauthorized = 0
        self._serial = itertools.count(1)
        self._body = track_body()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return await self._token(request)
        await asyncio.sleep(0.001)
        if request.headers.get("authorization") != f"OAuth {self.access}":
            self.unauthorized += 1
            return httpx.Response(401, json={"code": 401, "message": "invalid_token"})
        return httpx.Response(200, headers=JSON_HEADERS, content=self._body)

    async def _token(self, request: httpx.Request) -> httpx.Response:
        self.token_requests += 1
        form = {key: values[0] for key, values in parse_qs(request.content.decode()).items()}
        await asyncio.sleep(0.05)
        if form.get("grant_type") != "refresh_token" or form.get("refresh_token") != self.refresh:
            return httpx.Response(400, json={"error": "invalid_grant"})
        serial = next(self._serial)
        self.access, self.refresh = f"access-{serial}", f"refresh-{serial}"
        body = {"access_token": self.access, "refresh_token": self.refresh, "expires_in": 3600}
        return httpx.Response(200, headers=JSON_HEADERS, content=json.dumps(body).encode())


async def _scenario(expires_in: float, revoked: bool) -> tuple[TwoHosts, int, float]:
    server = TwoHosts("access-0", "refresh-0")
    token = Token(
        access_token="access-old" if revoked else "access-0",
        refresh_token="refresh-0",
        expires_at=time.time() + expires_in,
        lifetime=3600.0,
    )
    async with SoundCloud(
        "bench-client",
        "bench-secret",
        token=token,
        base_url=API,
        auth_base_url=API,
        transport=httpx.MockTransport(server),
    ) as sc:
        started = time.perf_counter_ns()
        results = await asyncio.gather(
            *(sc.tracks.get(URN) for _ in range(CALLS)), return_exceptions=True
        )
        wall = (time.perf_counter_ns() - started) / 1e6
    errors = sum(isinstance(result, BaseException) for result in results)
    return server, errors, wall


async def run() -> list[Row]:
    _, _, baseline = await _scenario(3600.0, revoked=False)
    rows = [Row(SECTION, f"{CALLS} calls, valid token", "ms wall", baseline, 1.0)]
    for name, expires_in, revoked in (
        ("expired 10 s ago", -10.0, False),
        ("expiring in 60 s", 60.0, False),
        ("revoked on the server (401s)", 3600.0, True),
    ):
        server, errors, wall = await _scenario(expires_in, revoked)
        target, verdict = exactly(server.token_requests, 1)
        if errors:
            verdict = "miss"
        note = (
            f"{errors} errors, {server.unauthorized} x 401 replayed; {wall:.0f} ms wall "
            "(ratio = wall vs valid token)"
        )
        rows.append(Row(SECTION, f"{CALLS} calls, token {name}", "token requests",
                        server.token_requests, wall / baseline, f"{target}, 0 errors", verdict,
                        note))  # fmt: skip
    return rows
