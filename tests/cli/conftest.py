"""The `soundcloud` command as users run it: a subprocess against the fake over loopback.

One fake SoundCloud is served for the whole session from a background thread (its own event
loop), so tests can block on subprocesses while it answers. Anything that touches the fake's
state from a test goes through `FakeServer.call`, which runs it on the server's loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from soundcloud_async import FileTokenStore
from soundcloud_async.testing import FakeSoundCloud, serve, user_token

T = TypeVar("T")

# The console script next to the interpreter: what `pip install "soundcloud-async[cli]"` gives.
SCRIPT = str(Path(sys.executable).with_name("soundcloud"))
TIMEOUT = 60


class FakeServer:
    """A `FakeSoundCloud` served on 127.0.0.1 by a thread running its own event loop.

    `release_slow()` ends every `fake.faults.slow(...)` wait: the fake's injected sleep waits
    for that instead of a clock, so no test sleeps for real.
    """

    def __init__(self) -> None:
        self.fake = FakeSoundCloud(seed=1, sleep=self._gated_sleep)
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._gate: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)

    async def _gated_sleep(self, _seconds: float) -> None:
        assert self._gate is not None
        await self._gate.wait()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop, self._gate = asyncio.Event(), asyncio.Event()
        async with serve(self.fake) as url:
            self.url = url
            self._ready.set()
            await self._stop.wait()
            self._gate.set()

    def start(self) -> None:
        self._thread.start()
        assert self._ready.wait(10), "the fake did not start"

    def stop(self) -> None:
        assert self._loop is not None
        assert self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def call(self, function: Callable[[], T]) -> T:
        """Run `function` on the server's loop (the fake's state lives there)."""
        assert self._loop is not None
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def job() -> None:
            try:
                future.set_result(function())
            except BaseException as error:  # handed to the caller
                future.set_exception(error)

        self._loop.call_soon_threadsafe(job)
        return future.result(10)

    def release_slow(self) -> None:
        def release() -> None:
            assert self._gate is not None
            self._gate.set()
            self._gate = asyncio.Event()  # later slow faults wait again

        self.call(release)


@pytest.fixture(scope="session")
def server() -> Iterator[FakeServer]:
    running = FakeServer()
    running.start()
    yield running
    running.stop()


@dataclass
class Cli:
    """Runs `soundcloud ...` with an environment pointing at the fake and a private config."""

    env: dict[str, str]
    config: Path
    server: FakeServer

    def __call__(self, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [SCRIPT, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def start(self, *args: str, command: Sequence[str] = (SCRIPT,)) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*command, *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def many(self, *commands: Sequence[str]) -> list[subprocess.CompletedProcess[str]]:
        """Run several commands at once (start-up dominates), in order of the results."""
        started = [(list(args), self.start(*args)) for args in commands]
        done = []
        for args, process in started:
            out, err = process.communicate(timeout=TIMEOUT)
            done.append(subprocess.CompletedProcess(args, process.returncode, out, err))
        return done

    @property
    def user_token_file(self) -> Path:
        origin = self.server.url.removeprefix("http://").replace(":", "_")
        return self.config / "soundcloud-async" / "tokens" / origin / "user.json"

    def log_in(self, user: object = None) -> None:
        """Save a token of the fake's user where `soundcloud login` would."""
        token = self.server.call(lambda: user_token(self.server.fake, user))  # type: ignore[arg-type]
        asyncio.run(FileTokenStore(self.user_token_file).save(token))


def _env(server: FakeServer, config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOUNDCLOUD_")}
    env.update(
        SOUNDCLOUD_BASE_URL=server.url,
        SOUNDCLOUD_AUTH_BASE_URL=server.url,
        SOUNDCLOUD_CLIENT_ID=server.fake.client_id,
        SOUNDCLOUD_CLIENT_SECRET=server.fake.client_secret,
        XDG_CONFIG_HOME=str(config),
    )
    return env


@pytest.fixture
def cli(server: FakeServer, tmp_path: Path) -> Cli:
    """App credentials set, nobody logged in."""
    config = tmp_path / "config"
    return Cli(_env(server, config), config, server)


@pytest.fixture
def user_cli(cli: Cli) -> Cli:
    """The fake's login user is logged in."""
    cli.log_in()
    return cli


def json_lines(text: str) -> list[dict[str, Any]]:
    import json

    return [json.loads(line) for line in text.splitlines() if line.strip()]
