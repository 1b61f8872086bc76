"""Serving the fake over a real loopback socket with uvicorn.

`serve(fake)` runs uvicorn as a task of the caller's event loop on a port the OS picks, so
integration tests and benchmarks exercise real sockets, HTTP/1.1 parsing and keep-alive. The
fake's state is only ever touched from that one loop, so it needs no locking.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Generator
from typing import TYPE_CHECKING

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from ._fake import FakeSoundCloud

_STARTUP_TIMEOUT = 10.0


class EmbeddedServer(uvicorn.Server):
    """uvicorn without its signal handlers: signals belong to the program that embeds us."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class DropOnFault:
    """ASGI wrapper that turns a drop fault into a socket closed without any response.

    uvicorn answers an exception with a 500; a real dropped connection has no status at all,
    so the wrapper aborts the connection's transport (reachable from uvicorn's `send`) and
    waits for uvicorn to notice the disconnect.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        except ConnectionDropped:
            transport = getattr(getattr(send, "__self__", None), "transport", None)
            if transport is None:
                raise
            transport.abort()
            while (await receive())["type"] != "http.disconnect":
                pass


def config_for(
    fake: FakeSoundCloud, host: str, port: int, log_level: str = "warning"
) -> uvicorn.Config:
    """uvicorn settings for the fake: h11, no websockets, no lifespan, quiet."""
    return uvicorn.Config(
        DropOnFault(fake.app),
        host=host,
        port=port,
        http="h11",
        ws="none",
        lifespan="off",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
    )


@contextlib.asynccontextmanager
async def serve(
    fake: FakeSoundCloud, *, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[str]:
    """Serve `fake` on `host:port` (0 = a free port) and yield its base URL.

    Usage: `async with serve(fake) as url: httpx.AsyncClient(base_url=url)`. On exit the
    server stops accepting, finishes open requests and closes its sockets.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = EmbeddedServer(config_for(fake, host, port))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await wait_started(server, task)
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        try:
            await task
        finally:
            sock.close()


async def wait_started(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    """Return once uvicorn listens; raise if it stopped or took too long."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _STARTUP_TIMEOUT
    while not server.started:
        if task.done():
            task.result()  # re-raise why uvicorn stopped
            raise RuntimeError("uvicorn stopped before it started")
        if loop.time() > deadline:
            raise TimeoutError("the fake SoundCloud server did not start")
        await asyncio.sleep(0.005)
