"""`with_options`, `raw` and the `request` escape hatch, over respx and over the fake."""

from __future__ import annotations

import httpx
import pytest
import respx

from soundcloud_async import (
    ClientClosedError,
    NotFoundError,
    RawResponse,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    SoundCloud,
)
from soundcloud_async.models import Track
from soundcloud_async.testing import FakeSoundCloud, client_for

from .conftest import ACCESS, API, AUTH, TRACK, TRACK_BODY, client, refreshed, token


async def test_with_options_shares_the_token_and_changes_the_retries() -> None:
    router = respx.MockRouter()
    renew = router.post(f"{AUTH}/oauth/token").mock(return_value=refreshed())
    failing = router.get(f"{API}/tracks/{TRACK}").mock(return_value=httpx.Response(503))
    async with client(router, token=token(expired=True)) as sc:
        impatient = sc.with_options(retry=RetryPolicy(max_retries=0), timeout=2.0)
        with pytest.raises(ServerError):
            await impatient.tracks.get(TRACK)
        assert failing.call_count == 1  # no retry on the view
        with pytest.raises(ServerError):
            await sc.tracks.get(TRACK)
        assert failing.call_count == 1 + 4  # the client keeps its own policy
        assert impatient.token is sc.token
        assert impatient.http.timeout.read == 2.0
    assert renew.call_count == 1  # one token for both


async def test_a_view_stops_with_its_client() -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(return_value=httpx.Response(200, json=TRACK_BODY))
    sc = client(router)
    view = sc.with_options(timeout=1.0)
    assert (await view.tracks.get(TRACK)).title == "Obs"
    await sc.aclose()
    with pytest.raises(ClientClosedError):
        await view.tracks.get(TRACK)


async def test_raw_returns_the_final_response_with_the_parsed_value() -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(
                200,
                json=TRACK_BODY,
                headers={"x-amz-cf-id": "cf-raw", "x-ratelimit-remaining": "41"},
            ),
        ]
    )
    async with client(router) as sc:
        raw = await sc.raw(sc.tracks.get(TRACK))
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, Track)
    assert raw.parsed.title == "Obs"
    assert raw.status_code == 200
    assert raw.headers["x-amz-cf-id"] == "cf-raw"
    assert raw.request_id == "cf-raw"
    assert raw.rate_limit.remaining == "41"


async def test_raw_of_a_failing_call_raises_the_usual_error() -> None:
    router = respx.MockRouter(base_url=API)
    router.get(f"/tracks/{TRACK}").mock(return_value=httpx.Response(404))
    async with client(router) as sc:
        with pytest.raises(NotFoundError):
            await sc.raw(sc.tracks.get(TRACK))


async def test_request_reaches_a_path_the_spec_lacks_with_the_same_pipeline() -> None:
    router = respx.MockRouter(base_url=API)
    new = router.post("/tracks/soundcloud:tracks:1/brand-new", params={"a": "1"}).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"ok": [1, 2]})]
    )
    router.get("/empty").mock(return_value=httpx.Response(204))
    router.get("/html").mock(return_value=httpx.Response(200, text="<html>no</html>"))
    router.get("/gone").mock(return_value=httpx.Response(404, json={"message": "gone"}))
    async with client(router, retry=RetryPolicy(initial_delay=0.0, jitter=0.0)) as sc:
        # A 503 is retried for a POST too: SoundCloud processed nothing.
        body = await sc.request(
            "POST", "/tracks/soundcloud:tracks:1/brand-new", params={"a": 1}, json={"x": 1}
        )
        assert body == {"ok": [1, 2]}
        assert new.calls.last.request.headers["authorization"] == f"OAuth {ACCESS}"
        assert new.calls.last.request.content == b'{"x":1}'
        assert await sc.request("get", "/empty") is None
        with pytest.raises(ResponseValidationError):
            await sc.request("GET", "/html")
        with pytest.raises(NotFoundError):
            await sc.request("GET", "/gone")
        assert await sc.request("GET", f"{API}/empty") is None  # absolute, same origin


@pytest.mark.parametrize(
    ("method", "path", "reason"),
    [
        ("GET", "https://evil.example/steal", "refusing to send the token to https://evil"),
        # Another scheme or port is another origin.
        ("GET", "http://api.soundcloud.com/tracks", "refusing to send the token"),
        ("GET", "https://api.soundcloud.com:8443/tracks", "refusing to send the token"),
        ("GET", "tracks", "must start with '/'"),
        ("TRACE", "/tracks", "method must be one of"),
    ],
)
async def test_request_refuses_other_origins_before_sending(
    method: str, path: str, reason: str
) -> None:
    router = respx.MockRouter(assert_all_called=False)
    anything = router.route().mock(return_value=httpx.Response(200, json={}))
    async with client(router) as sc:
        with pytest.raises(ValueError, match=reason):
            await sc.request(method, path)
    assert anything.call_count == 0


async def test_request_and_raw_over_the_fake_on_loopback(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> None:
    async with client_for(fake_soundcloud, base_url=soundcloud_server) as sc:
        body = await sc.request("GET", "/tracks", params={"limit": 2, "linked_partitioning": 1})
        assert isinstance(body, dict)
        assert len(body["collection"]) == 2
        urn = body["collection"][0]["urn"]
        raw = await sc.raw(sc.tracks.get(urn))
        assert raw.parsed.urn == urn
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        patient = sc.with_options(retry=RetryPolicy(max_retries=5, initial_delay=0.0))
        fake_soundcloud.faults.server_error(4, status=503, path="/tracks")
        assert (await patient.tracks.get(urn)).urn == urn
    assert fake_soundcloud.token_requests.count("client_credentials") == 1


async def test_with_options_refuses_a_callers_http_client() -> None:
    async with httpx.AsyncClient(base_url=API) as http:
        sc = SoundCloud(http_client=http)
        from soundcloud_async import ConfigurationError

        with pytest.raises(ConfigurationError):
            sc.with_options(timeout=1.0)
