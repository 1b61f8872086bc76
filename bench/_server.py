"""Parent side: run the fake SoundCloud in ANOTHER process for the loopback sections (2, 5).

The server gets its own interpreter (and, on a 2-core machine, its own core), so the client's
event loop never serves requests and a client-side cost is never hidden by, or blamed on, the
server's.
"""

from __future__ import annotations

import contextlib
import json
import select
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from ._common import ROOT

_START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Server:
    """What the child printed once it was listening."""

    url: str
    name: str
    access_token: str
    refresh_token: str | None
    track_urn: str
    popular_user: str


@contextlib.contextmanager
def fake_server() -> Iterator[Server]:
    """Start `python -m bench._serve_fake`, yield its details, terminate it on exit."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bench._serve_fake"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield _details(child)
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _details(child: subprocess.Popen[str]) -> Server:
    assert child.stdout is not None
    # The child prints exactly one line once it listens; never wait for it forever.
    ready, _, _ = select.select([child.stdout], [], [], _START_TIMEOUT)
    line = child.stdout.readline() if ready else ""
    if not line:
        raise RuntimeError(f"the fake SoundCloud did not start (exit code {child.poll()})")
    data = json.loads(line)
    return Server(
        url=data["url"],
        name=data["server"],
        access_token=data["access_token"],
        refresh_token=data["refresh_token"],
        track_urn=data["track_urn"],
        popular_user=data["popular_user"],
    )
