"""The fault matrix: every way a connection can fail, over real loopback sockets, per method.

One row per (method, fault sequence): how many attempts reached the server and what the caller
got. GET and DELETE are replayed after a failure before or after the headers (the retry layer
reads their bodies itself); a POST is never sent twice once its bytes may have reached the
server; a body that cannot be decoded is not retried and surfaces as `APIConnectionError`.
Backoff is zero and the read timeout 0.2 s, so the whole matrix runs in about a second.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from soundcloud_async import (
    STREAM_EXTENSION,
    APIConnectionError,
    APITimeoutError,
    RetryPolicy,
    SoundCloud,
    Token,
)

from ._server import Fault, FaultServer, fault_server

FIXTURES = Path(__file__).parents[1] / "endpoints" / "fixtures"
TRACK_BODY = (FIXTURES / "track.json").read_bytes()
TRACK_URN = json.loads(TRACK_BODY)["urn"]
STATUS_BODY = (FIXTURES / "status.json").read_bytes()
MAX_RETRIES = 2
STALL_TIMEOUT = 0.2  # the read timeout that ends a stalled body


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with fault_server(TRACK_BODY) as server:
        yield server


def _client(server: FaultServer) -> SoundCloud:
    return SoundCloud(
        token=Token("ACCESS-fault-matrix"),
        base_url=server.url,
        retry=RetryPolicy(max_retries=MAX_RETRIES, initial_delay=0.0, jitter=0.0),
        timeout=httpx.Timeout(5.0, read=STALL_TIMEOUT),
    )


async def _call(sc: SoundCloud, method: str) -> object:
    if method == "GET":
        return (await sc.tracks.get(TRACK_URN)).urn
    if method == "DELETE":
        return (await sc.tracks.delete(TRACK_URN)).status
    return await sc.tracks.comment(TRACK_URN, "sent once")


F = Fault
EVERY_TIME = [*[F.RESET_AFTER_HEADERS] * (MAX_RETRIES + 1)]
# (method, faults in order, attempts the server saw, outcome: a value or an exception class)
MATRIX: list[tuple[str, list[Fault], int, object]] = [
    ("GET", [F.RESET_BEFORE_HEADERS], 2, TRACK_URN),
    ("GET", [F.RESET_AFTER_HEADERS], 2, TRACK_URN),
    ("GET", [F.CLOSE_MID_BODY], 2, TRACK_URN),
    ("GET", [F.STALL_MID_BODY], 2, TRACK_URN),
    ("GET", [F.WRONG_CONTENT_LENGTH], 2, TRACK_URN),
    ("GET", [F.RESET_AFTER_HEADERS, F.CLOSE_MID_BODY], 3, TRACK_URN),
    ("GET", [F.BAD_GZIP], 1, APIConnectionError),
    ("GET", EVERY_TIME, MAX_RETRIES + 1, APIConnectionError),
    ("GET", [F.STALL_MID_BODY] * (MAX_RETRIES + 1), MAX_RETRIES + 1, APITimeoutError),
    ("DELETE", [F.CLOSE_MID_BODY], 2, "200 - OK"),
    ("DELETE", [F.STALL_MID_BODY], 2, "200 - OK"),
    ("POST", [F.RESET_BEFORE_HEADERS], 1, APIConnectionError),
    ("POST", [F.RESET_AFTER_HEADERS], 1, APIConnectionError),
    ("POST", [F.CLOSE_MID_BODY], 1, APIConnectionError),
    ("POST", [F.STALL_MID_BODY], 1, APITimeoutError),
    ("POST", [F.WRONG_CONTENT_LENGTH], 1, APIConnectionError),
]


def _row_id(row: tuple[str, list[Fault], int, object]) -> str:
    method, faults, _, _ = row
    return f"{method}: " + ", then ".join(fault.value for fault in faults)


@pytest.mark.parametrize("row", MATRIX, ids=[_row_id(row) for row in MATRIX])
async def test_fault_matrix(row: tuple[str, list[Fault], int, object], server: FaultServer) -> None:
    method, faults, attempts, outcome = row
    server.body = STATUS_BODY if method == "DELETE" else TRACK_BODY
    server.script(method, faults)
    async with _client(server) as sc:
        if isinstance(outcome, type):
            with pytest.raises(outcome) as caught:
                await _call(sc, method)
            assert type(caught.value) is outcome  # a timeout is not a plain connection error
            assert isinstance(caught.value.__cause__, httpx.HTTPError)
        else:
            assert await _call(sc, method) == outcome
    assert server.attempts[method] == attempts


async def test_a_listing_page_that_breaks_mid_body_is_fetched_again(
    server: FaultServer,
) -> None:
    server.body = json.dumps({"collection": [json.loads(TRACK_BODY)]}).encode()
    server.script("GET", [F.CLOSE_MID_BODY])
    async with _client(server) as sc:
        tracks = [track async for track in sc.search.tracks(q="dawn")]
    assert [track.urn for track in tracks] == [TRACK_URN]
    assert server.attempts["GET"] == 2


async def test_a_listing_page_with_a_bad_gzip_body_is_a_connection_error(
    server: FaultServer,
) -> None:
    server.script("GET", [F.BAD_GZIP])
    async with _client(server) as sc:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            _ = [track async for track in sc.search.tracks(q="dawn")]
    assert server.attempts["GET"] == 1


async def test_a_streamed_download_is_not_retried_mid_body(server: FaultServer) -> None:
    """With STREAM_EXTENSION the response is handed over at its headers: no retry, no buffer."""
    server.script("GET", [F.RESET_AFTER_HEADERS])
    async with (
        _client(server) as sc,
        sc.http.stream(
            "GET", f"/tracks/{TRACK_URN}", extensions={STREAM_EXTENSION: True}
        ) as response,
    ):
        assert response.status_code == 200
        with pytest.raises(httpx.ReadError):
            await response.aread()
    assert server.attempts["GET"] == 1


async def test_a_stream_without_the_extension_is_read_and_retried_by_the_client(
    server: FaultServer,
) -> None:
    server.script("GET", [F.RESET_AFTER_HEADERS])
    async with _client(server) as sc, sc.http.stream("GET", f"/tracks/{TRACK_URN}") as response:
        assert await response.aread() == TRACK_BODY
    assert server.attempts["GET"] == 2
