"""The lean request path (`_lean_send.py`) does what httpx's `request` does, minus its layers.

Each test sends the same call twice through a `SoundCloud` client's `http`: once as a generated
operation does (`http.request` with an absolute URL: the lean path) and once through httpx's
own `build_request` + `send`, and compares what the transport, the logs and the caller saw.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from soundcloud_async import APIConnectionError, RetryPolicy, SoundCloud, Token
from soundcloud_async.client import retry_transport_of

TRACK = (Path(__file__).parents[1] / "endpoints" / "fixtures" / "track.json").read_bytes()
API = "https://api.soundcloud.com"
URN = "soundcloud:tracks:13158665"
SECRET = "s-LEANSECRET"

Sent = tuple[str, str, list[tuple[bytes, bytes]], bytes, dict[str, Any]]


def _client(transport: httpx.AsyncBaseTransport, **options: Any) -> SoundCloud:
    token = Token("ACCESS-lean", "REFRESH-lean", expires_at=time.time() + 10**6)
    return SoundCloud("client-id-lean", token=token, transport=transport, **options)


def _recorder(sent: list[Sent], respond: Callable[[], httpx.Response]) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        timeout = dict(request.extensions["timeout"])
        sent.append((request.method, str(request.url), request.headers.raw, body, timeout))
        return respond()

    return httpx.MockTransport(handler)


def _no_httpx_send(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Record every call of httpx's own `AsyncClient.send` (the lean path makes none)."""
    calls: list[httpx.Request] = []
    original = httpx.AsyncClient.send

    async def spy(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> Any:
        calls.append(request)
        return await original(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", spy)
    return calls


@pytest.mark.parametrize(
    ("method", "arguments"),
    [
        ("GET", {}),
        ("POST", {"json": {"comment": {"body": "lean", "timestamp": 1}}}),
        ("PUT", {"content": b"raw-bytes", "headers": {"X-Extra": "1", "Accept": "text/plain"}}),
        ("DELETE", {"headers": [("X-Twice", "a"), ("X-Twice", "b")]}),
    ],
)
async def test_the_lean_path_sends_what_httpx_would(
    method: str, arguments: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Sent] = []
    transport = _recorder(sent, lambda: httpx.Response(200, content=TRACK))
    url = httpx.URL(f"{API}/tracks/soundcloud%3Atracks%3A1?secret_token={SECRET}")
    async with _client(transport, timeout=7.5) as sc:
        httpx_sends = _no_httpx_send(monkeypatch)
        lean = await sc.http.request(method, url, **arguments)
        assert httpx_sends == []
        plain = await sc.http.send(sc.http.build_request(method, url, **arguments))
        assert len(httpx_sends) == 1
    assert sent[0] == sent[1]
    assert sent[0][4]["read"] == 7.5
    assert (lean.status_code, lean.content, lean.request.url) == (
        plain.status_code,
        plain.content,
        plain.request.url,
    )


async def test_cookies_set_by_one_answer_go_back_with_the_next() -> None:
    sent: list[Sent] = []
    answers = iter([{"set-cookie": "sc_a=1; Path=/"}, {}, {}])
    transport = _recorder(sent, lambda: httpx.Response(200, headers=next(answers), content=TRACK))
    async with _client(transport) as sc:
        await sc.tracks.get(URN)
        await sc.tracks.get(URN)
        await sc.http.send(sc.http.build_request("GET", f"{API}/tracks/{URN}"))
    cookies = [dict(headers).get(b"Cookie") for _, _, headers, _, _ in sent]
    assert cookies == [None, b"sc_a=1", b"sc_a=1"]


async def test_httpx_log_line_is_the_same_and_redacted(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=TRACK))
    url = httpx.URL(f"{API}/tracks/soundcloud%3Atracks%3A1?secret_token={SECRET}")
    async with _client(transport) as sc:
        with caplog.at_level(logging.INFO, logger="httpx"):
            await sc.http.request("GET", url)
            await sc.http.send(sc.http.build_request("GET", url))
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert len(lines) == 2
    assert lines[0] == lines[1]
    assert lines[0].startswith("HTTP Request: GET https://api.soundcloud.com/tracks/")
    assert SECRET not in caplog.text


class _Chunks(httpx.AsyncByteStream):
    """A body that arrives in pieces, like one read from a socket."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body[:100]
        yield self._body[100:]

    async def aclose(self) -> None:
        self.closed = True


async def test_a_streamed_body_is_read_closed_and_timed() -> None:
    streams: list[_Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        streams.append(_Chunks(TRACK))
        return httpx.Response(200, stream=streams[-1])

    async with _client(httpx.MockTransport(handler)) as sc:
        url = httpx.URL(f"{API}/tracks/soundcloud%3Atracks%3A1")
        lean = await sc.http.request("GET", url)
        plain = await sc.http.send(sc.http.build_request("GET", url))
    for response in (lean, plain):
        assert response.content == TRACK
        assert isinstance(response.elapsed, datetime.timedelta)
        assert response.is_closed
    assert [stream.closed for stream in streams] == [True, True]


async def test_event_hooks_added_to_http_run_on_generated_calls() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.method}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code} {response.request.method}")

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=TRACK))
    async with _client(transport) as sc:
        sc.http.event_hooks["request"].append(on_request)
        sc.http.event_hooks["response"].append(on_response)
        await sc.tracks.get(URN)
    assert seen == ["request GET", "response 200 GET"]


async def test_a_401_is_replayed_once_with_a_renewed_token() -> None:
    # The auth flow runs inside the lean loop: the 401 is read and kept in the history.
    authorizations: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(
                200, json={"access_token": "ACCESS-new", "refresh_token": "R2", "expires_in": 3600}
            )
        authorizations.append(request.headers["authorization"])
        status = 401 if len(authorizations) == 1 else 200
        return httpx.Response(status, content=TRACK)

    async with _client(httpx.MockTransport(handler), auth_base_url=API) as sc:
        response = await sc.http.request("GET", httpx.URL(f"{API}/tracks/soundcloud%3Atracks%3A1"))
    assert authorizations == ["OAuth ACCESS-lean", "OAuth ACCESS-new"]
    assert response.status_code == 200
    assert [old.status_code for old in response.history] == [401]


async def test_a_transport_failure_names_its_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    sleeps: list[float] = []

    async def no_sleep(delay: float) -> None:
        sleeps.append(delay)

    transport = httpx.MockTransport(handler)
    async with _client(transport, retry=RetryPolicy(max_retries=1)) as sc:
        retry = retry_transport_of(sc)
        assert retry is not None
        retry.use_sleep(no_sleep)
        with pytest.raises(httpx.ConnectError) as raw:
            await sc.http.request("GET", httpx.URL(f"{API}/tracks/soundcloud%3Atracks%3A1"))
        with pytest.raises(APIConnectionError) as typed:
            await sc.tracks.get(URN)
    assert raw.value.request.url.path == "/tracks/soundcloud:tracks:1"
    assert "GET https://api.soundcloud.com/tracks/" in str(typed.value)
    assert len(sleeps) == 2
