"""The storm and the budget hammer: worker processes (`_worker.py`) against the fake over loopback.

Shared by tests/redis/test_storm.py (few rounds) and `make bench` (the full figures). The fake
runs in the caller's event loop, served by uvicorn on 127.0.0.1; the workers are separate OS
processes in two groups ("hosts": their own working directory, TMPDIR and host id) that share
only Redis.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from soundcloud_async.testing import FakeSoundCloud

WORKER = Path(__file__).with_name("_worker.py")


class Workers:
    """Worker processes spoken to one JSON line at a time."""

    def __init__(self) -> None:
        self.processes: list[asyncio.subprocess.Process] = []

    async def start(
        self,
        mode: str,
        count: int,
        *,
        fake: FakeSoundCloud,
        redis_url: str,
        api: str,
        arg: str,
        root: Path,
    ) -> None:
        track = f"soundcloud:tracks:{fake.track_ids()[0]}"
        credentials = {
            "SOUNDCLOUD_CLIENT_ID": fake.client_id,
            "SOUNDCLOUD_CLIENT_SECRET": fake.client_secret,
        }
        for n in range(count):
            host = f"host-{'ab'[n % 2]}"
            home = root / host
            home.mkdir(parents=True, exist_ok=True)
            process = await asyncio.create_subprocess_exec(
                sys.executable, str(WORKER), mode, redis_url, api, host, track, arg,
                cwd=home,
                env={**os.environ, **credentials, "TMPDIR": str(home)},
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            self.processes.append(process)

    async def ask_all(
        self, line: str, processes: list[asyncio.subprocess.Process] | None = None
    ) -> list[dict[str, object]]:
        chosen = self.processes if processes is None else processes
        for process in chosen:
            assert process.stdin is not None
            process.stdin.write(f"{line}\n".encode())
        return list(await asyncio.gather(*(self._answer(p) for p in chosen)))

    @staticmethod
    async def _answer(process: asyncio.subprocess.Process) -> dict[str, object]:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
        if not line:
            raise RuntimeError(f"worker {process.pid} exited with {await process.wait()}")
        answer: dict[str, object] = json.loads(line)
        return answer

    async def close(self) -> None:
        for process in self.processes:
            if process.returncode is None:
                assert process.stdin is not None
                process.stdin.write(b"quit\n")
                process.stdin.close()
        for process in self.processes:
            try:
                await asyncio.wait_for(process.wait(), timeout=10)
            except TimeoutError:
                process.kill()
                await process.wait()


@dataclass
class StormFigures:
    """What a storm measured."""

    processes: int
    calls: int
    rounds: int
    refreshes: int = 0
    invalid_grant: int = 0
    ok: int = 0
    failed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    round_seconds: list[float] = field(default_factory=list)

    def add(self, answers: list[dict[str, object]]) -> None:
        for answer in answers:
            self.ok += int(answer["ok"])  # type: ignore[call-overload]
            self.failed += int(answer["failed"])  # type: ignore[call-overload]
            self.errors.update(answer["errors"])  # type: ignore[arg-type]


async def storm(
    fake: FakeSoundCloud,
    *,
    api: str,
    redis_url: str,
    root: Path,
    processes: int = 8,
    calls: int = 200,
    rounds: int = 5,
    kill_holder: bool = False,
    lease: float = 10.0,
    holder_lease: float = 1.0,
) -> StormFigures:
    """Each round: a warm-up, the access token expired, then `calls` concurrent calls each.

    With `kill_holder`, a separate process takes the store's lock (for `holder_lease` seconds)
    and is SIGKILLed holding it just before the expiry: the others must get past it within
    that lease. The workers' own `lease` is long: a loaded machine may starve a worker's event
    loop for a while, and a live holder must not lose its lease to that.
    """
    figures = StormFigures(processes, calls, rounds)
    workers = Workers()
    options = {"fake": fake, "redis_url": redis_url, "api": api, "root": root}
    await workers.start("storm", processes, arg=str(lease), **options)  # type: ignore[arg-type]
    try:
        for _ in range(rounds):
            figures.add(await workers.ask_all("go 5"))  # every process holds the current token
            if kill_holder:
                await kill_a_holder(holder_lease, **options)  # type: ignore[arg-type]
            fake.expire_access_tokens()
            started = time.monotonic()
            figures.add(await workers.ask_all(f"go {calls}"))
            figures.round_seconds.append(time.monotonic() - started)
    finally:
        await workers.close()
    figures.refreshes = fake.token_requests.count("refresh_token", status=200)
    figures.invalid_grant = fake.token_requests.count("refresh_token", status=400)
    return figures


async def kill_a_holder(
    lease: float, *, fake: FakeSoundCloud, redis_url: str, api: str, root: Path
) -> None:
    """Start a process that takes the store's lock for `lease` seconds; SIGKILL it holding it."""
    holder = Workers()
    await holder.start(
        "hold", 1, fake=fake, redis_url=redis_url, api=api, arg=str(lease), root=root
    )
    process = holder.processes[0]
    assert await Workers._answer(process) == {"locked": True}
    process.kill()  # SIGKILL: no finally, no unlock
    await process.wait()


async def hammer(
    mode: str,
    fake: FakeSoundCloud,
    *,
    api: str,
    redis_url: str,
    root: Path,
    processes: int = 8,
    calls: int = 10,
    arg: str = "",
    first_alone: bool = False,
) -> StormFigures:
    """`processes` workers in `mode` ("exchange" or "plays") making `calls` calls each at once.

    With `first_alone`, the first worker makes one call on its own before (its outcome is
    counted too): e.g. the call that meets a 429.
    """
    figures = StormFigures(processes, calls, 1)
    workers = Workers()
    await workers.start(
        mode, processes, fake=fake, redis_url=redis_url, api=api, arg=arg, root=root
    )
    try:
        if first_alone:
            figures.add(await workers.ask_all("go 1", workers.processes[:1]))
        figures.add(await workers.ask_all(f"go {calls}"))
    finally:
        await workers.close()
    return figures
