"""The retry, 429, 5xx and 401-refresh paths driven through respx the way the README says.

README "Testing your app" recommends `SoundCloud(transport=httpx.MockTransport(router.handler))`:
respx answers below the retry layer and the auth flow, so both run as in production. respx's
default mode (patching httpcore, `respx.mock`) reaches them too; `respx.mock(using="httpx")`
replaces the client's whole transport, so retries never run there, which the last test pins.
The MockTransport and ASGITransport hand back responses whose body is already read or in
memory: the retry layer must cope with those as well as with streamed ones.
"""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import (
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    SoundCloud,
    Token,
)
from soundcloud_async._ratelimit import MAX_ANNOUNCED_WAIT

API = "https://api.soundcloud.com"
AUTH = "https://secure.soundcloud.com"
TRACK_URN = "soundcloud:tracks:13158665"
TRACK_PATH = f"/tracks/{TRACK_URN}"
FIXTURES = Path(__file__).parents[1] / "endpoints" / "fixtures"
TRACK = json.loads((FIXTURES / "track.json").read_text(encoding="utf-8"))
# Zero backoff: the retries happen, no test waits for them.
NO_WAIT = RetryPolicy(initial_delay=0.0, jitter=0.0)

ClientFactory = Callable[[respx.MockRouter], AbstractAsyncContextManager[SoundCloud]]


def _token() -> Token:
    return Token("ACCESS-old", refresh_token="REFRESH-old")


@asynccontextmanager
async def _through_mock_transport(router: respx.MockRouter) -> AsyncIterator[SoundCloud]:
    """The README's mode: respx's router as the handler of an `httpx.MockTransport`."""
    async with SoundCloud(
        "client-id",
        "client-secret",
        token=_token(),
        base_url=API,
        auth_base_url=AUTH,
        retry=NO_WAIT,
        transport=httpx.MockTransport(router.handler),
    ) as sc:
        yield sc


@asynccontextmanager
async def _through_httpcore_patch(router: respx.MockRouter) -> AsyncIterator[SoundCloud]:
    """respx's default mode: httpcore is patched, below the client's own network transport."""
    router.start()
    try:
        async with SoundCloud(
            "client-id",
            "client-secret",
            token=_token(),
            base_url=API,
            auth_base_url=AUTH,
            retry=NO_WAIT,
        ) as sc:
            yield sc
    finally:
        router.stop(clear=False, reset=False)  # keep the calls for the test's assertions


MODES: dict[str, ClientFactory] = {
    "MockTransport(router.handler)": _through_mock_transport,
    "respx.mock (httpcore)": _through_httpcore_patch,
}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    router = respx.MockRouter(assert_all_mocked=True, assert_all_called=False)
    yield router
    router.reset()


@pytest.fixture(params=sorted(MODES))
def client(request: pytest.FixtureRequest) -> ClientFactory:
    return MODES[request.param]


def _rate_limited(reset_in: float) -> httpx.Response:
    reset = datetime.now(UTC) + timedelta(seconds=reset_in)
    body = {
        "errors": [
            {
                "meta": {
                    "rate_limit": {"group": "plays", "max_nr_of_requests": 15000},
                    "remaining_requests": 0,
                    "reset_time": reset.strftime("%Y/%m/%d %H:%M:%S +0000"),
                }
            }
        ]
    }
    return httpx.Response(429, json=body)


async def test_a_429_with_a_far_reset_raises_rate_limit_error(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    route = router.get(f"{API}{TRACK_PATH}").mock(return_value=_rate_limited(3600))
    async with client(router) as sc:
        with pytest.raises(RateLimitError) as caught:
            await sc.tracks.get(TRACK_URN)
    assert route.call_count == 1  # an hour is past max_retry_wait: surfaced at once
    error = caught.value
    assert error.rate_limit is not None
    assert error.rate_limit.group == "plays"
    assert error.retry_after is not None
    assert 3500 < error.retry_after <= 3600
    assert error.reset_at is not None


async def test_a_429_with_a_past_reset_is_retried(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    route = router.get(f"{API}{TRACK_PATH}").mock(
        side_effect=[_rate_limited(-5), httpx.Response(200, json=TRACK)]
    )
    async with client(router) as sc:
        track = await sc.tracks.get(TRACK_URN)
    assert (track.urn, route.call_count) == (TRACK_URN, 2)


async def test_5xx_are_retried_for_a_get_until_the_budget_ends(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    route = router.get(f"{API}{TRACK_PATH}").mock(
        return_value=httpx.Response(502, text="<html>Bad Gateway</html>")
    )
    async with client(router) as sc:
        with pytest.raises(ServerError):
            await sc.tracks.get(TRACK_URN)
    assert route.call_count == 1 + NO_WAIT.max_retries


async def test_a_500_on_a_post_is_not_replayed(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    route = router.post(f"{API}{TRACK_PATH}/comments").mock(return_value=httpx.Response(500))
    async with client(router) as sc:
        with pytest.raises(ServerError):
            await sc.tracks.comment(TRACK_URN, "once")
    assert route.call_count == 1


async def test_a_401_refreshes_the_token_once_and_replays(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    tokens = router.post(f"{AUTH}/oauth/token").mock(
        return_value=httpx.Response(
            200,
            json={"access_token": "ACCESS-new", "refresh_token": "REFRESH-new", "expires_in": 3599},
        )
    )
    seen: list[str | None] = []

    def track(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        if request.headers.get("authorization") == "OAuth ACCESS-old":
            return httpx.Response(401, json={"code": 401, "message": "invalid_token"})
        return httpx.Response(200, json=TRACK)

    router.get(f"{API}{TRACK_PATH}").mock(side_effect=track)
    async with client(router) as sc:
        assert (await sc.tracks.get(TRACK_URN)).urn == TRACK_URN
    assert seen == ["OAuth ACCESS-old", "OAuth ACCESS-new"]
    assert tokens.call_count == 1
    assert b"refresh_token=REFRESH-old" in tokens.calls.last.request.content


@pytest.mark.parametrize(
    "retry_after",
    ["1" + "0" * 400, "1" + "0" * 29, "Fri, 31 Dec 9999 23:59:59 GMT"],
    ids=["400-zeros", "1e29", "year-9999"],
)
async def test_a_huge_retry_after_surfaces_at_once_with_consistent_times(
    router: respx.MockRouter, retry_after: str
) -> None:
    route = router.get(f"{API}{TRACK_PATH}").mock(
        return_value=httpx.Response(429, headers={"Retry-After": retry_after})
    )
    async with _through_mock_transport(router) as sc:
        before = datetime.now(UTC)
        with pytest.raises(RateLimitError) as caught:
            await sc.tracks.get(TRACK_URN)
        after = datetime.now(UTC)
    assert route.call_count == 1  # not mistaken for "no header" and retried with backoff
    error = caught.value
    assert error.retry_after == MAX_ANNOUNCED_WAIT
    assert error.reset_at is not None
    wait = timedelta(seconds=MAX_ANNOUNCED_WAIT)
    assert before + wait <= error.reset_at <= after + wait


async def test_an_asgi_app_429_raises_rate_limit_error() -> None:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [(b"content-type", b"application/json"), (b"retry-after", b"7200")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"error":"Rate Limit Exceeded"}'})

    async with SoundCloud(
        token=_token(), base_url=API, retry=NO_WAIT, transport=httpx.ASGITransport(app)
    ) as sc:
        with pytest.raises(RateLimitError) as caught:
            await sc.tracks.get(TRACK_URN)
    assert caught.value.retry_after == 7200.0
    assert "Rate Limit Exceeded" in str(caught.value)


async def test_a_files_upload_of_a_bytesio_is_replayed_after_a_401_and_a_503(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    """The retry layer and the auth flow agree that a seekable multipart body can be resent.

    (httpx.MockTransport reads the request body into memory, which made any body look
    replayable; the httpcore mode keeps httpx's multipart stream, as a real network does.)
    """
    router.post(f"{AUTH}/oauth/token").mock(
        return_value=httpx.Response(200, json={"access_token": "ACCESS-new", "expires_in": 3599})
    )
    answers = iter([httpx.Response(503), httpx.Response(200, json=TRACK)])
    bodies: list[bytes] = []

    def update(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        if request.headers["authorization"] == "OAuth ACCESS-old":
            return httpx.Response(401)
        return next(answers)

    router.put(f"{API}{TRACK_PATH}").mock(side_effect=update)
    artwork = io.BytesIO(b"\x89PNG artwork bytes")
    async with client(router) as sc:
        response = await sc.http.put(
            TRACK_PATH, files={"track[artwork_data]": ("cover.png", artwork, "image/png")}
        )
    assert response.status_code == 200
    assert len(bodies) == 3  # 401 (refresh, replay), 503 (retry), 200
    assert bodies[0] == bodies[1] == bodies[2]
    assert b"\x89PNG artwork bytes" in bodies[0]


async def test_respx_in_httpx_mode_bypasses_the_retry_layer(router: respx.MockRouter) -> None:
    """Why the README steers away from `respx.mock(using="httpx")`: no retry ever runs."""
    route = router.get(f"{API}{TRACK_PATH}").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=TRACK)]
    )
    with respx.mock(using="httpx", assert_all_called=False) as patched:
        patched.route(host="api.soundcloud.com").mock(side_effect=router.handler)
        async with SoundCloud(token=_token(), base_url=API, retry=NO_WAIT) as sc:
            with pytest.raises(ServerError):
                await sc.tracks.get(TRACK_URN)
    assert route.call_count == 1


async def test_not_found_after_a_retried_503_keeps_soundclouds_message(
    router: respx.MockRouter, client: ClientFactory
) -> None:
    route = router.get(f"{API}{TRACK_PATH}").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(404, json={"code": 404, "message": "404 - Not Found"}),
        ]
    )
    async with client(router) as sc:
        with pytest.raises(NotFoundError) as caught:
            await sc.tracks.get(TRACK_URN)
    assert route.call_count == 2
    assert caught.value.error is not None
    assert caught.value.error.message == "404 - Not Found"
