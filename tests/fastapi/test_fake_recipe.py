"""Pointing your own app at the fake: standalone plus env vars, or inside the app's lifespan.

Both as the README's "Testing your app" recipe says, with the app served by uvicorn on
loopback. In the lifespan case the host uvicorn keeps its own logs (startup, access lines).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from examples.fastapi_app import create_app
from soundcloud_async.fastapi import AppSoundCloud, SoundCloudConfig, open_soundcloud
from soundcloud_async.testing import FakeSoundCloud, serve
from soundcloud_async.testing._server import EmbeddedServer, serve_asgi, wait_started

from ..docs._process import Output

REPO = Path(__file__).resolve().parents[2]
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def host_logging() -> Iterator[None]:
    """The host uvicorn configures the process's uvicorn loggers; put them back afterwards."""
    saved = {
        name: (logger.level, list(logger.handlers), logger.propagate, list(logger.filters))
        for name in UVICORN_LOGGERS
        for logger in [logging.getLogger(name)]
    }
    yield
    for name, (level, handlers, propagate, filters) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate = propagate
        logger.filters[:] = filters


def search_app(lifespan_fake: FakeSoundCloud | None) -> FastAPI:
    """A user's app: one route on the app-only client; the fake served in its lifespan if given."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if lifespan_fake is None:  # credentials and URLs from SOUNDCLOUD_* variables
            async with open_soundcloud(app, SoundCloudConfig()):
                yield
            return
        async with (
            serve(lifespan_fake) as url,
            open_soundcloud(
                app,
                SoundCloudConfig(
                    client_id=lifespan_fake.client_id,
                    client_secret=lifespan_fake.client_secret,
                    base_url=url,
                    auth_base_url=url,
                ),
            ),
        ):
            yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/search")
    async def search(sc: AppSoundCloud, q: str) -> list[str]:
        page = await sc.search.tracks(q=q, page_size=3)
        return [track.urn for track in page.items if isinstance(track.urn, str)]

    return app


async def test_fake_in_the_lifespan_keeps_the_host_uvicorn_logs(
    fake: FakeSoundCloud, host_logging: None
) -> None:
    """`serve(fake)` in a lifespan: the host's startup and access lines still appear, the
    fake adds none of its own (before: the host's access log went silent)."""
    config = uvicorn.Config(search_app(fake), host="127.0.0.1", port=0, log_level="info")
    access, errors = Recorder(), Recorder()
    logging.getLogger("uvicorn.access").addHandler(access)
    logging.getLogger("uvicorn.error").addHandler(errors)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = EmbeddedServer(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await wait_started(server, task)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        async with httpx.AsyncClient(base_url=url) as browser:
            found = await browser.get("/search", params={"q": "a"})
    finally:
        server.should_exit = True
        await task
        sock.close()
    assert found.status_code == 200, found.text
    assert len(found.json()) == 3
    assert [m for m in access.messages if "/search" in m], access.messages
    assert not [m for m in access.messages if "/oauth/token" in m or "/tracks" in m]
    assert "Application startup complete." in errors.messages
    started = [m for m in errors.messages if m.startswith("Started server process")]
    assert len(started) == 1, errors.messages  # the host's; the embedded fake's INFO stays out
    assert logging.getLogger("uvicorn.access").getEffectiveLevel() == logging.INFO


@pytest.fixture
def standalone_fake() -> Iterator[list[str]]:
    """`python -m soundcloud_async.testing serve --port 0`: the `NAME=value` lines it prints."""
    command = [sys.executable, "-m", "soundcloud_async.testing", "serve", "--port", "0"]
    command += ["--users", "4", "--tracks", "20", "--playlists", "1", "--popular-followers", "3"]
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True) as process:
        output = Output(process.stdout)
        try:
            yield [output.wait_for(r"^export (\w+=\S+)$")[1] for _ in range(4)]
        finally:
            process.terminate()
            process.wait(timeout=10)
            output.drain()
    assert process.returncode == 0


async def test_standalone_fake_and_env_vars_serve_an_unchanged_app(
    standalone_fake: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The standalone fake prints `export` lines; an app configured only by them talks to it."""
    assert len(standalone_fake) == 4, standalone_fake
    for name, _, value in (line.partition("=") for line in standalone_fake):
        monkeypatch.setenv(name, value)
    app = search_app(None)
    async with (
        app.router.lifespan_context(app),
        serve_asgi(app) as url,
        httpx.AsyncClient(base_url=url) as browser,
    ):
        found = await browser.get("/search", params={"q": "a"})
    assert found.status_code == 200, found.text
    assert found.json()
    assert all(urn.startswith("soundcloud:tracks:") for urn in found.json())


async def test_the_example_app_runs_on_any_port(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SOUNDCLOUD_* and no APP_BASE_URL: the example starts the fake in its lifespan, and a
    login on whatever port uvicorn chose comes back to that port."""
    for name in ("SOUNDCLOUD_CLIENT_ID", "APP_BASE_URL", "APP_TOKEN_DB"):
        monkeypatch.delenv(name, raising=False)
    app = create_app()
    async with serve_asgi(app, lifespan="on") as url, httpx.AsyncClient(base_url=url) as browser:
        start = await browser.get("/auth/login")
        assert start.status_code == 302, start.text
        async with httpx.AsyncClient() as at_soundcloud:  # the fake, also on loopback
            approved = await at_soundcloud.get(start.headers["location"])
        callback = approved.headers["location"]
        assert callback.startswith(f"{url}/auth/callback?")
        done = await browser.get(callback)
        assert done.status_code == 302, done.text
        me = await browser.get("/me")
    assert me.status_code == 200
    assert me.json()["urn"].startswith("soundcloud:users:")
