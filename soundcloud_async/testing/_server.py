"""Serving the fake over a real loopback socket with uvicorn.

`serve(fake)` runs uvicorn as a task of the caller's event loop on a port the OS picks, so
integration tests and benchmarks exercise real sockets, HTTP/1.1 parsing and keep-alive. The
fake's state is only ever touched from that one loop, so it needs no locking.

The embedded server may run inside an app that uvicorn itself serves (the fake started in the
app's lifespan), so it leaves the process's logging alone: see `EmbeddedConfig`.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import socket
from collections.abc import AsyncIterator, Generator
from typing import TYPE_CHECKING, Any, Literal

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from soundcloud_async.testing._faults import ConnectionDropped

if TYPE_CHECKING:
    from soundcloud_async.testing._fake import FakeSoundCloud

_STARTUP_TIMEOUT = 10.0

# True inside an embedded server's task: its INFO chatter ("Uvicorn running on ...") is not
# the host's, so `_EmbeddedChatter` keeps it out of the host's "uvicorn.error" log.
_IN_EMBEDDED_SERVER = contextvars.ContextVar("soundcloud_async_embedded_server", default=False)


class _EmbeddedChatter(logging.Filter):
    """Drops an embedded server's records below WARNING; its errors and the host's pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not _IN_EMBEDDED_SERVER.get()


_CHATTER_FILTER = _EmbeddedChatter()


class EmbeddedConfig(uvicorn.Config):
    """uvicorn settings that never touch the process's logging configuration.

    `uvicorn.Config` applies its `log_config` (dictConfig), sets the level of the "uvicorn.*"
    loggers and, with `access_log=False`, empties the handlers of "uvicorn.access". Those loggers
    are process-wide: started inside a host app's lifespan, the fake silenced the host uvicorn's
    own access and startup logs. The host owns logging; the embedded server only uses it.
    """

    def configure_logging(self) -> None:
        """Leave every logger as the host configured it."""


class QuietH11Protocol(H11Protocol):
    """h11 without access log lines: the "uvicorn.access" logger belongs to the host."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.access_log = False


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
    """uvicorn settings for the fake in a process of its own (the CLI): it owns the logging."""
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
    server stops accepting, finishes open requests and closes its sockets. Safe inside an app
    served by uvicorn (e.g. in its lifespan): the host's logging stays as it was.
    """
    async with serve_asgi(DropOnFault(fake.app), host=host, port=port) as url:
        yield url


@contextlib.asynccontextmanager
async def serve_asgi(
    app: ASGIApp,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    lifespan: Literal["on", "off"] = "off",
) -> AsyncIterator[str]:
    """Serve any ASGI `app` as `serve` serves the fake (quiet, on this loop); yield its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    config = EmbeddedConfig(
        app,
        host=host,
        port=port,
        http=QuietH11Protocol,
        ws="none",
        lifespan=lifespan,
        timeout_graceful_shutdown=2,
    )
    server = EmbeddedServer(config)
    logging.getLogger("uvicorn.error").addFilter(_CHATTER_FILTER)  # idempotent
    context = contextvars.copy_context()
    context.run(_IN_EMBEDDED_SERVER.set, True)
    task = asyncio.create_task(server.serve(sockets=[sock]), context=context)
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
