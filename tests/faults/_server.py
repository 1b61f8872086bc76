"""A raw asyncio HTTP/1.1 server on 127.0.0.1 that fails in ways uvicorn never does.

Each request is answered by the next `Fault` scripted for its method, then the connection is
closed (every answer says `Connection: close`), so every attempt is one connection and the
server's count of requests is the number of attempts the client made.
"""

from __future__ import annotations

import asyncio
import enum
import socket
import struct
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

__all__ = ["Fault", "FaultServer", "fault_server"]


class Fault(enum.Enum):
    """How one request is answered."""

    OK = "ok"  # the whole body, well framed
    RESET_BEFORE_HEADERS = "reset before headers"  # TCP RST instead of an answer
    RESET_AFTER_HEADERS = "reset after headers"  # headers, half the body, then RST
    CLOSE_MID_BODY = "close mid-body"  # chunked, one chunk, then FIN without the last chunk
    STALL_MID_BODY = "stall mid-body"  # headers, half the body, then silence
    WRONG_CONTENT_LENGTH = "wrong Content-Length"  # declares more than it sends, then FIN
    BAD_GZIP = "bad gzip"  # Content-Encoding: gzip over bytes that are not gzip


class FaultServer:
    """The scripted server; `attempts[method]` counts the requests it received."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.attempts: defaultdict[str, int] = defaultdict(int)
        self._script: defaultdict[str, list[Fault]] = defaultdict(list)
        self._release = asyncio.Event()  # ends the stalls when the test is over
        self.url = ""

    def script(self, method: str, faults: Iterable[Fault]) -> None:
        """Answer the next requests of `method` with `faults`, in order; then `Fault.OK`."""
        self._script[method].extend(faults)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            method = await _read_request(reader)
            if method is None:
                return
            self.attempts[method] += 1
            script = self._script[method]
            fault = script.pop(0) if script else Fault.OK
            await self._answer(fault, writer)
        finally:
            writer.transport.abort()  # RST if nothing was closed yet; a no-op otherwise

    async def _answer(self, fault: Fault, writer: asyncio.StreamWriter) -> None:
        body, half = self.body, self.body[: len(self.body) // 2]
        if fault is Fault.RESET_BEFORE_HEADERS:
            return _reset(writer)
        if fault is Fault.CLOSE_MID_BODY:
            writer.write(
                _head({"Transfer-Encoding": "chunked"}) + b"%x\r\n%s\r\n" % (len(half), half)
            )
            return await _close(writer)
        if fault is Fault.BAD_GZIP:
            writer.write(
                _head({"Content-Encoding": "gzip", "Content-Length": "13"}) + b"not gzip data"
            )
            return await _close(writer)
        length = len(body) + (100 if fault is Fault.WRONG_CONTENT_LENGTH else 0)
        head = _head({"Content-Length": str(length)})
        if fault in (Fault.OK, Fault.WRONG_CONTENT_LENGTH):
            writer.write(head + body)
            return await _close(writer)
        writer.write(head + half)
        await writer.drain()
        if fault is Fault.RESET_AFTER_HEADERS:
            await asyncio.sleep(0.01)  # let the client read the headers before the RST
            return _reset(writer)
        await self._release.wait()  # STALL_MID_BODY: until the client times out and the test ends
        return None

    def release(self) -> None:
        self._release.set()


async def _read_request(reader: asyncio.StreamReader) -> str | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
    await reader.readexactly(int(headers.get("content-length", "0")))
    return lines[0].split(" ", 1)[0]


def _head(headers: dict[str, str]) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _close(writer: asyncio.StreamWriter) -> None:
    await writer.drain()
    writer.close()
    await writer.wait_closed()


@asynccontextmanager
async def fault_server(body: bytes) -> AsyncIterator[FaultServer]:
    """Serve `body` on a free port of 127.0.0.1 until the block ends."""
    server = FaultServer(body)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    server.url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        server.release()
        listener.close()
        await listener.wait_closed()
