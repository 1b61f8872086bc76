"""A multipart/form-data body streamed from disk in chunks, with progress reports.

Track uploads go up to 4 GB (docs/soundcloud-behaviour.md, Uploads): the file is read 64 KiB at
a time while httpx sends, never as a whole. The body is an async iterator, which httpx cannot
rewind, so neither the retry transport nor the auth flow will ever send it twice: a replayed
upload would create a second track.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import mimetypes
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, BinaryIO

__all__ = [
    "CHUNK_SIZE",
    "Part",
    "ProgressCallback",
    "StreamingMultipart",
    "UploadSource",
    "file_part",
    "open_source",
]

CHUNK_SIZE = 64 * 1024

UploadSource = str | os.PathLike[str] | bytes | BinaryIO
"""A path, the content itself, or a binary file object opened by the caller (read from its
current position, never closed by us)."""

ProgressCallback = Callable[[int, int | None], Awaitable[None] | None]
"""Called with (bytes sent so far, total bytes or None when unknown), sync or async."""

# One form part: (field name, (file name or None, bytes or file, content type or None)).
Part = tuple[str, tuple[str | None, bytes | IO[bytes], str | None]]


def open_source(source: UploadSource, stack: ExitStack) -> tuple[BinaryIO, str | None]:
    """Open `source` for streaming; a file we open is closed when `stack` closes.

    Returns:
        The file object and the file name to announce (the path's name, or the object's).

    Raises:
        TypeError: `source` is none of the accepted kinds (a str is a path, never content).
        FileNotFoundError: a path that does not exist (raised before any request is made).
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source)), None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        return stack.enter_context(path.open("rb")), path.name
    if callable(getattr(source, "read", None)):
        name = getattr(source, "name", None)
        return source, Path(name).name if isinstance(name, str) else None
    raise TypeError(f"cannot upload a {type(source).__name__}: pass a path, bytes or a file")


def file_part(name: str, source: UploadSource, stack: ExitStack) -> Part:
    """A file part named `name`, its content type guessed from the file name."""
    file, file_name = open_source(source, stack)
    content_type = mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"
    return name, (file_name or "upload", file, content_type)


class StreamingMultipart:
    """The body of a multipart request, produced as it is sent.

    Args:
        parts: The form fields in order, as generated form models' `to_multipart()` returns.
        progress: Told how many bytes were handed to the transport after every chunk.
    """

    def __init__(self, parts: Sequence[Part], progress: ProgressCallback | None = None) -> None:
        self.boundary = secrets.token_hex(16)
        self._progress = progress
        self._segments: list[bytes | IO[bytes]] = []
        for name, (file_name, payload, content_type) in parts:
            self._segments.append(self._part_header(name, file_name, content_type))
            self._segments.append(payload)
            self._segments.append(b"\r\n")
        self._segments.append(f"--{self.boundary}--\r\n".encode())
        sizes = [_remaining(segment) for segment in self._segments]
        self.total: int | None = None if None in sizes else sum(s for s in sizes if s is not None)

    @property
    def headers(self) -> dict[str, str]:
        """Content-Type with the boundary, and Content-Length when every size is known."""
        headers = {"Content-Type": f"multipart/form-data; boundary={self.boundary}"}
        if self.total is not None:
            headers["Content-Length"] = str(self.total)
        return headers

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        for segment in self._segments:
            async for chunk in _chunks(segment):
                yield chunk
                sent += len(chunk)
                await self._report(sent)

    async def _report(self, sent: int) -> None:
        if self._progress is not None:
            result = self._progress(sent, self.total)
            if inspect.isawaitable(result):
                await result

    def _part_header(self, name: str, file_name: str | None, content_type: str | None) -> bytes:
        disposition = f'form-data; name="{_quote(name)}"'
        if file_name is not None:
            disposition += f'; filename="{_quote(file_name)}"'
        lines = [f"--{self.boundary}", f"Content-Disposition: {disposition}"]
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _chunks(segment: bytes | IO[bytes]) -> AsyncIterator[bytes]:
    if isinstance(segment, bytes):
        yield segment
        return
    # Disk reads block; a worker thread keeps the event loop (and other requests) running.
    read = segment.read if isinstance(segment, io.BytesIO) else None
    while True:
        chunk = read(CHUNK_SIZE) if read else await asyncio.to_thread(segment.read, CHUNK_SIZE)
        if not chunk:
            return
        yield chunk


def _remaining(segment: bytes | IO[bytes]) -> int | None:
    if isinstance(segment, bytes):
        return len(segment)
    try:
        if not segment.seekable():
            return None
        position = segment.tell()
        end = segment.seek(0, os.SEEK_END)
        segment.seek(position)
    except (OSError, ValueError):
        return None
    return end - position


def _quote(value: str) -> str:
    # RFC 7578 §4.2: percent-encode what would end the quoted string or the header line.
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
