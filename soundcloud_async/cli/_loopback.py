"""A one-shot HTTP server on 127.0.0.1 that receives the login redirect.

RFC 8252 §7.3: a native app gets the authorization code through a loopback redirect. The
server answers exactly one `GET /callback`, shows a page telling the user to go back to the
terminal, and hands the query to the login command. Other paths (a favicon) get a 404.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl, urlsplit

__all__ = ["CALLBACK_PATH", "Callback", "loopback_callback"]

CALLBACK_PATH = "/callback"
_MAX_HEADER = 16 * 1024
_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>soundcloud</title></head>"
    "<body><h1>{title}</h1><p>You can close this tab and go back to the terminal.</p>"
    "</body></html>"
)


class Callback:
    """The redirect URI to register, and the query of the redirect once it arrived."""

    def __init__(self, port: int) -> None:
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        self._params: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()

    async def wait(self, seconds: float) -> dict[str, str]:
        """The callback's query parameters; TimeoutError when none came within `seconds`."""
        async with asyncio.timeout(seconds):
            return await asyncio.shield(self._params)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one connection (asyncio.start_server's callback)."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        method, _, rest = head.decode("latin-1").partition(" ")
        target = urlsplit(rest.partition(" ")[0])
        if method != "GET" or target.path != CALLBACK_PATH or self._params.done():
            await _respond(writer, 404, "Not found")
            return
        params = dict(parse_qsl(target.query))
        title = "Login failed" if "error" in params else "Logged in"
        await _respond(writer, 200, title)
        self._params.set_result(params)


async def _respond(writer: asyncio.StreamWriter, status: int, title: str) -> None:
    body = _PAGE.format(title=title).encode()
    reason = "OK" if status == 200 else "Not Found"
    writer.write(
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )
    with contextlib.suppress(ConnectionError):
        await writer.drain()
    writer.close()


@contextlib.asynccontextmanager
async def loopback_callback(port: int) -> AsyncIterator[Callback]:
    """Listen on 127.0.0.1:`port` (0: any free port) until the block ends."""
    holder: list[Callback] = []

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await holder[0].handle(reader, writer)

    server = await asyncio.start_server(on_connection, "127.0.0.1", port, limit=_MAX_HEADER)
    async with server:
        holder.append(Callback(server.sockets[0].getsockname()[1]))
        yield holder[0]
