"""Hooks see every attempt of a call, in order, without secrets; a broken hook breaks nothing."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import (
    RateLimitEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    ServerError,
    SoundCloud,
)
from soundcloud_async.testing import FakeSoundCloud

from .conftest import (
    API,
    AUTH,
    NO_WAIT,
    SECRET_TOKEN,
    TRACK,
    TRACK_BODY,
    assert_no_secret,
    client,
    refreshed,
    token,
)

RATE_LIMIT_BODY = {
    "errors": [
        {
            "meta": {
                "rate_limit": {
                    "group": "plays",
                    "bucket": "by-client",
                    "max_nr_of_requests": 15000,
                    "time_window": "PT24H",
                },
                "remaining_requests": 0,
                "reset_time": "2030/01/01 00:00:00 +0000",
            }
        }
    ]
}


class Recorder:
    """Sync and async hooks that keep every event in one ordered list."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def sync(self, event: Any) -> None:
        self.events.append(event)

    async def asynchronous(self, event: Any) -> None:
        self.events.append(event)

    def hooks(self) -> dict[str, Any]:
        return {
            "on_request": self.sync,
            "on_response": self.asynchronous,
            "on_retry": self.sync,
            "on_rate_limit": self.asynchronous,
        }


async def test_hooks_see_every_attempt_of_a_retried_call_in_order() -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(429, json=RATE_LIMIT_BODY, headers={"Retry-After": "0"}),
            httpx.Response(200, json=TRACK_BODY, headers={"x-amz-cf-id": "cf-123"}),
        ]
    )
    recorder = Recorder()
    async with client(router, **recorder.hooks()) as sc:
        await sc.tracks.get(TRACK, secret_token=SECRET_TOKEN)

    kinds = [(type(e).__name__, e.attempt) for e in recorder.events]
    assert kinds == [
        ("RequestEvent", 1),
        ("ResponseEvent", 1),
        ("RetryEvent", 1),
        ("RequestEvent", 2),
        ("ResponseEvent", 2),
        ("RateLimitEvent", 2),
        ("RetryEvent", 2),
        ("RequestEvent", 3),
        ("ResponseEvent", 3),
    ]
    first, retry_503, limit, last = (
        recorder.events[0],
        recorder.events[2],
        recorder.events[5],
        recorder.events[8],
    )
    assert isinstance(first, RequestEvent)
    assert first.method == "GET"
    assert first.url_template == "/tracks/{track_urn}"
    assert "secret_token=%5Bredacted%5D" in first.url or "[redacted]" in first.url
    assert isinstance(retry_503, RetryEvent)
    assert (retry_503.cause, retry_503.delay, retry_503.announced_wait) == ("503", 0.0, None)
    assert isinstance(limit, RateLimitEvent)
    assert (limit.group, limit.bucket, limit.max_requests) == ("plays", "by-client", 15000)
    assert limit.time_window == "PT24H"
    assert limit.retry_after == 0.0
    assert limit.reset_at is not None
    assert limit.reset_at.year == 2030
    assert isinstance(last, ResponseEvent)
    assert (last.status_code, last.request_id) == (200, "cf-123")
    assert_no_secret(recorder.events)


async def test_a_token_refresh_is_seen_as_its_own_request_without_secrets() -> None:
    router = respx.MockRouter()
    router.post(f"{AUTH}/oauth/token").mock(return_value=refreshed())
    router.get(f"{API}/tracks/{TRACK}").mock(return_value=httpx.Response(200, json=TRACK_BODY))
    recorder = Recorder()
    async with client(router, token=token(expired=True), **recorder.hooks()) as sc:
        await sc.tracks.get(TRACK)

    requests = [e for e in recorder.events if isinstance(e, RequestEvent)]
    assert [(e.method, e.url_template) for e in requests] == [
        ("POST", "/oauth/token"),
        ("GET", "/tracks/{track_urn}"),
    ]
    assert_no_secret(recorder.events)


async def test_a_hook_that_raises_is_logged_and_the_call_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json=TRACK_BODY)]
    )

    def broken(event: object) -> None:
        raise RuntimeError("hook bug")

    async def broken_async(event: object) -> None:
        raise RuntimeError("async hook bug")

    caplog.set_level(logging.ERROR, logger="soundcloud_async.hooks")
    async with client(router, on_request=broken, on_response=broken_async, on_retry=broken) as sc:
        track = await sc.tracks.get(TRACK)

    assert track.title == "Obs"
    assert len([r for r in caplog.records if r.name == "soundcloud_async.hooks"]) == 5


async def test_a_failing_call_reports_each_attempt_then_raises() -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(return_value=httpx.Response(500))
    recorder = Recorder()
    async with client(router, **recorder.hooks()) as sc:
        with pytest.raises(ServerError):
            await sc.tracks.get(TRACK)
    statuses = [e.status_code for e in recorder.events if isinstance(e, ResponseEvent)]
    assert statuses == [500, 500, 500, 500]  # the first attempt and three retries
    assert len([e for e in recorder.events if isinstance(e, RetryEvent)]) == 3


async def test_hooks_over_the_fake_on_loopback(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> None:
    fake_soundcloud.faults.server_error(1, status=503, path="/tracks")
    recorder = Recorder()
    async with SoundCloud(
        fake_soundcloud.client_id,
        fake_soundcloud.client_secret,
        base_url=soundcloud_server,
        auth_base_url=soundcloud_server,
        retry=NO_WAIT,
        **recorder.hooks(),
    ) as sc:
        page = await sc.search.tracks(max_items=1)
    assert page.items
    seen = [(type(e).__name__, e.url_template, e.attempt) for e in recorder.events]
    assert seen == [
        ("RequestEvent", "/oauth/token", 1),
        ("ResponseEvent", "/oauth/token", 1),
        ("RequestEvent", "/tracks", 1),
        ("ResponseEvent", "/tracks", 1),
        ("RetryEvent", "/tracks", 1),
        ("RequestEvent", "/tracks", 2),
        ("ResponseEvent", "/tracks", 2),
    ]
    assert_no_secret(recorder.events)
    assert fake_soundcloud.client_secret not in repr(recorder.events)


async def test_an_on_token_hook_that_raises_does_not_fail_the_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    router = respx.MockRouter()
    router.post(f"{AUTH}/oauth/token").mock(return_value=refreshed())
    router.get(f"{API}/tracks/{TRACK}").mock(return_value=httpx.Response(200, json=TRACK_BODY))

    def broken(new_token: object) -> None:
        raise RuntimeError("could not write the token to my database")

    caplog.set_level(logging.ERROR, logger="soundcloud_async.hooks")
    async with client(router, token=token(expired=True), on_token=broken) as sc:
        track = await sc.tracks.get(TRACK)
        assert sc.token is not None
    assert track.title == "Obs"
    assert any("broken" in record.getMessage() for record in caplog.records)
