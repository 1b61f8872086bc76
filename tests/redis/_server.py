"""A real `redis-server` on a free loopback port in a temp dir, for tests and the bench.

No persistence (`--save "" --appendonly no`): a killed server comes back empty unless the test
says otherwise. Missing binary: `RedisMissing`, which the fixtures turn into a skip, or into a
failure under `CI=true` (CI must run these tests).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["RedisMissing", "RedisServer", "free_port"]


class RedisMissing(RuntimeError):
    """No redis-server binary on PATH."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """One redis-server process; `start()` again after `kill()` reuses the same port and dir."""

    def __init__(self, directory: Path, *, persist: bool = False) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisMissing(
                "redis-server is not installed (Debian: apt-get install redis-server; "
                "`make test` installs it when run as root)"
            )
        self.binary = binary
        self.directory = directory
        self.port = free_port()
        # persist: every write fsynced to an append-only file, so a SIGKILL loses nothing.
        self.persist = persist
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        args = [
            self.binary,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(self.directory),
            "--save", "",
            "--appendonly", "yes" if self.persist else "no",
            "--appendfsync", "always",
            "--protected-mode", "yes",
            "--enable-debug-command", "local",  # DEBUG SLEEP: a slow Redis
        ]  # fmt: skip
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start within 10 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"
