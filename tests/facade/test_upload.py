"""`sc.tracks.upload`: streamed from disk in bounded memory, exact multipart, never replayed.

No respx here: it reads the whole body before matching. `StreamingTransport` hands the request
to the handler unread, and the handler consumes `request.stream` chunk by chunk.
"""

from __future__ import annotations

import asyncio
import io
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from soundcloud_async import (
    APIConnectionError,
    AuthenticationError,
    RateLimitError,
    ServerError,
    SoundCloud,
)
from soundcloud_async.models import Sharing, Track

from ..endpoints._responses import load
from ..endpoints._samples import ARTWORK, AUDIO
from ..endpoints._spec_cases import parse_multipart
from .conftest import ACCESS, CLIENT_ID, NO_WAIT, user_token

SIZE = 20 * 1024 * 1024
MIB = 1024 * 1024


class StreamingTransport(httpx.MockTransport):
    """A MockTransport that does not buffer the request body (httpx's own does `aread()`)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.handler(request)  # type: ignore[no-any-return,misc]


class Server:
    """Answers POST /tracks after reading the body as a stream, counting what arrived."""

    def __init__(self, status: int = 201, *, keep: bool = False, error: Exception | None = None):
        self.status, self.keep, self.error = status, keep, error
        self.calls = self.received = self.largest_chunk = 0
        self.body = bytearray()
        self.tail = b""
        self.request: httpx.Request | None = None

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        self.request = request
        async for chunk in request.stream:  # type: ignore[union-attr]
            self.received += len(chunk)
            self.largest_chunk = max(self.largest_chunk, len(chunk))
            self.tail = (self.tail + chunk)[-256:]
            if self.keep:
                self.body += chunk
        if self.error is not None:
            raise self.error
        body = load("track.json") if self.status < 400 else {"error": "nope"}
        return httpx.Response(self.status, json=body)

    def parts(self) -> dict[str, list[tuple[Any, ...]]]:
        assert self.request is not None
        body, headers = bytes(self.body), self.request.headers
        return parse_multipart(
            httpx.Request("POST", self.request.url, headers=headers, content=body)
        )[1]


def client(server: Server) -> SoundCloud:
    transport = StreamingTransport(server)
    return SoundCloud(CLIENT_ID, token=user_token(), transport=transport, retry=NO_WAIT)


def big_file(tmp_path: Path) -> Path:
    """20 MiB, sparse, with markers at both ends to prove every byte went out in order."""
    path = tmp_path / "set.wav"
    with path.open("wb") as file:
        file.write(b"RIFF-START")
        file.seek(SIZE - 8)
        file.write(b"WAV--END")
    return path


async def test_a_20_mb_file_is_streamed_in_small_chunks(tmp_path: Path) -> None:
    """Memory peak far below the file size; Content-Length equals the bytes received."""
    path, server, progress = big_file(tmp_path), Server(), []
    sc = client(server)
    tracemalloc.start()
    try:
        track = await sc.tracks.upload(
            "Live set", asset=path, progress=lambda *a: progress.append(a)
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    await sc.aclose()
    assert server.request is not None
    assert peak < 5 * MIB, f"peak {peak / MIB:.1f} MiB while uploading {SIZE / MIB:.0f} MiB"
    assert int(server.request.headers["content-length"]) == server.received > SIZE
    assert server.largest_chunk <= 64 * 1024
    assert b"WAV--END\r\n--" in server.tail
    assert progress[-1] == (server.received, server.received)
    assert (type(track), server.calls) == (Track, 1)


async def test_a_small_upload_has_exact_multipart_parts(tmp_path: Path) -> None:
    """Title, metadata (enums as values, booleans as true/false) and both named file parts."""
    asset, cover = tmp_path / AUDIO.file_name, tmp_path / ARTWORK.file_name
    asset.write_bytes(AUDIO.data)
    cover.write_bytes(ARTWORK.data)
    server = Server(keep=True)
    async with client(server) as sc:
        track = await sc.tracks.upload(
            "Flickermood",
            asset=asset,
            artwork=cover,
            sharing=Sharing.PRIVATE,
            downloadable=False,
            commentable=True,
            tag_list='ambient "field recording"',
        )
    request = server.request
    assert request is not None
    assert (request.method, request.url.path) == ("POST", "/tracks")
    assert request.headers["authorization"] == f"OAuth {ACCESS}"
    assert int(request.headers["content-length"]) == len(server.body) == server.received
    assert server.parts() == {
        "track[sharing]": [(None, "text/plain", b"private")],
        "track[downloadable]": [(None, "text/plain", b"false")],
        "track[commentable]": [(None, "text/plain", b"true")],
        "track[tag_list]": [(None, "text/plain", b'ambient "field recording"')],
        "track[title]": [(None, "text/plain", b"Flickermood")],
        "track[asset_data]": [(AUDIO.file_name, AUDIO.mime_type, AUDIO.data)],
        "track[artwork_data]": [(ARTWORK.file_name, ARTWORK.mime_type, ARTWORK.data)],
    }
    assert track.urn == "soundcloud:tracks:13158665"


async def test_progress_counts_up_to_the_total_sync_and_async() -> None:
    """(sent, total) grows strictly and ends at (total, total); async callbacks are awaited."""
    seen: dict[str, list[tuple[int, int | None]]] = {"sync": [], "async": []}

    async def report(sent: int, total: int | None) -> None:
        await asyncio.sleep(0)
        seen["async"].append((sent, total))

    data = bytes(range(256)) * 1024  # 256 KiB: several chunks
    for kind, callback in (("sync", lambda *a: seen["sync"].append(a)), ("async", report)):
        server = Server()
        async with client(server) as sc:
            await sc.tracks.upload("t", asset=data, progress=callback)
        calls = seen[kind]
        sent = [s for s, _ in calls]
        assert sent == sorted(set(sent)), kind
        assert len(sent) > 4, kind
        assert {t for _, t in calls} == {server.received}
        assert calls[-1] == (server.received, server.received)


async def test_bytes_and_file_objects_are_sources(tmp_path: Path) -> None:
    """bytes → "upload"; an open file keeps its name, is read from its position, stays open."""
    path = tmp_path / AUDIO.file_name
    path.write_bytes(AUDIO.data)
    server = Server(keep=True)
    async with client(server) as sc:
        await sc.tracks.upload("b", asset=AUDIO.data)
        assert server.parts()["track[asset_data]"] == [
            ("upload", "application/octet-stream", AUDIO.data)
        ]
        server.body.clear()
        with path.open("rb") as file:
            file.seek(4)
            await sc.tracks.upload("f", asset=file)
            assert not file.closed
        assert server.parts()["track[asset_data]"] == [
            (AUDIO.file_name, AUDIO.mime_type, AUDIO.data[4:])
        ]


async def test_a_source_of_unknown_size_is_sent_chunked() -> None:
    """Unseekable source: no Content-Length, progress reports total None."""

    class Pipe:
        def __init__(self) -> None:
            self._data = io.BytesIO(b"x" * 200_000)

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

        def seekable(self) -> bool:
            return False

    server, progress = Server(), []
    async with client(server) as sc:
        await sc.tracks.upload("p", asset=Pipe(), progress=lambda *a: progress.append(a))  # type: ignore[arg-type]
    assert server.request is not None
    assert "content-length" not in server.request.headers
    assert progress[-1] == (server.received, None)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"asset": "missing.mp3"}, FileNotFoundError),
        ({"asset": AUDIO.data, "artwork": "missing.png"}, FileNotFoundError),
        ({"asset": AUDIO.data, "colour": "red"}, TypeError),
        ({"asset": 12345}, TypeError),
    ],
    ids=["missing-asset", "missing-artwork", "unknown-field", "bad-source"],
)
async def test_bad_arguments_fail_before_any_request(
    tmp_path: Path, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    """Nothing reaches the server when the call cannot be valid."""
    kwargs = {k: tmp_path / v if "missing" in str(v) else v for k, v in kwargs.items()}
    server = Server()
    async with client(server) as sc:
        with pytest.raises(error):
            await sc.tracks.upload("t", **kwargs)
    assert server.calls == 0


@pytest.mark.parametrize(
    ("server", "error"),
    [
        (Server(500), ServerError),
        (Server(503), ServerError),
        (Server(429), RateLimitError),
        (Server(401), AuthenticationError),
        (Server(error=httpx.ConnectError("reset")), APIConnectionError),
    ],
    ids=["500", "503", "429", "401", "connect-error"],
)
async def test_an_upload_is_never_sent_twice(server: Server, error: type[Exception]) -> None:
    """Retries (even for 429/503, which are retried for every method) would duplicate a track."""
    async with client(server) as sc:
        with pytest.raises(error):
            await sc.tracks.upload("t", asset=AUDIO.data)
    assert server.calls == 1
