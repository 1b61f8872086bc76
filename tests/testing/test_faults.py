"""Failure switches: 429 variants, 5xx, HTML pages, slow answers, dropped connections."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import httpx
import pytest

from soundcloud_async._ratelimit import announced_wait
from soundcloud_async.testing import RATE_LIMIT_VARIANTS, FakeSoundCloud

from .conftest import API, AUTH, ManualClock, RecordingSleep

_WITH_RESET = {"documented", "legacy"}


@pytest.mark.parametrize("variant", RATE_LIMIT_VARIANTS)
@pytest.mark.parametrize("reset_in", [None, 30.0])
async def test_rate_limit_variants(
    fake: FakeSoundCloud,
    client: httpx.AsyncClient,
    user_headers: dict[str, str],
    clock: ManualClock,
    variant: str,
    reset_in: float | None,
) -> None:
    fake.faults.rate_limit(2, variant=variant, reset_in=reset_in)  # type: ignore[arg-type]
    for _ in range(2):
        response = await client.get("/me", headers=user_headers)
        assert response.status_code == 429
        assert "retry-after" not in response.headers
        now = datetime.fromtimestamp(clock(), UTC)
        body = response.json() if variant != "plain" else response.text
        expected = reset_in if variant in _WITH_RESET and reset_in is not None else None
        assert announced_wait(response.headers, body, now=now) == expected
    assert (await client.get("/me", headers=user_headers)).status_code == 200


async def test_retry_after_header(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    fake.faults.rate_limit(variant="gateway", retry_after=7)
    fake.faults.rate_limit(variant="plain", retry_after="Wed, 21 Oct 2015 07:28:00 GMT")
    assert (await client.get("/me", headers=user_headers)).headers["retry-after"] == "7"
    plain = await client.get("/me", headers=user_headers)
    assert plain.headers["retry-after"].endswith("GMT")
    assert plain.headers["content-type"].startswith("text/plain")


async def test_unknown_variant_fails_at_once(fake: FakeSoundCloud) -> None:
    with pytest.raises(ValueError, match="unknown 429 variant"):
        fake.faults.rate_limit(variant="teapot")  # type: ignore[arg-type]


async def test_server_errors_and_html_pages(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    fake.faults.server_error(status=503)
    fake.faults.html_error(status=502)
    unavailable = await client.get("/me", headers=user_headers)
    assert (unavailable.status_code, unavailable.json()["code"]) == (503, 503)
    page = await client.get("/me", headers=user_headers)
    assert page.status_code == 502
    assert page.headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in page.text
    assert fake.faults.pending == 0


async def test_faults_can_be_scoped_by_path_and_method(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    fake.faults.status(status=500, path="/tracks", method="POST")
    assert (await client.get("/tracks", headers=user_headers)).status_code == 200
    assert (await client.get("/me", headers=user_headers)).status_code == 200
    assert fake.faults.pending == 1
    assert (await client.post("/tracks", headers=user_headers)).status_code == 500
    fake.faults.rate_limit(path="/oauth/token", variant="oauth")
    token = await client.post(
        f"{AUTH}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(fake.client_id, fake.client_secret),
    )
    assert token.json() == {"error": "rate_limit_exceeded"}


async def test_slow_uses_the_injected_sleep(
    fake: FakeSoundCloud,
    client: httpx.AsyncClient,
    user_headers: dict[str, str],
    sleep: RecordingSleep,
) -> None:
    fake.faults.slow(2, seconds=1.5)
    for _ in range(3):
        assert (await client.get("/me", headers=user_headers)).status_code == 200
    assert sleep.calls == [1.5, 1.5]


async def test_slow_with_the_default_sleep_really_waits() -> None:
    fake = FakeSoundCloud(users=2, tracks=1, playlists=0, popular_followers=0)  # asyncio.sleep
    headers = {"Authorization": f"OAuth {fake.issue_token()['access_token']}"}
    fake.faults.slow(seconds=0.05)
    async with httpx.AsyncClient(transport=fake.transport(), base_url=API) as http:
        started = time.perf_counter()
        assert (await http.get("/me", headers=headers)).status_code == 200
    assert time.perf_counter() - started >= 0.05


async def test_drop_is_a_transport_error_in_process(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    fake.faults.drop(method="GET")
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get("/me", headers=user_headers)
    assert (await client.get("/me", headers=user_headers)).status_code == 200


def test_faults_repr_and_validation(fake: FakeSoundCloud) -> None:
    fake.faults.drop(3)
    assert repr(fake.faults) == "Faults(pending=3)"
    fake.faults.clear()
    assert fake.faults.pending == 0
    with pytest.raises(ValueError, match="count"):
        fake.faults.drop(0)
