"""The storm and the budget hammer: worker processes (`_worker.py`) against the fake over loopback.

Shared by tests/redis/test_storm.py (one round) and `make bench` (the full figures). The fake
runs in the caller's event loop, served by uvicorn on 127.0.0.1; the workers are separate OS
processes in two groups ("hosts": their own working directory, TMPDIR and host id) that share
only Redis. One `Workers` set serves many sessions: starting Python processes is the slow part.
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
Process = asyncio.subprocess.Process


class Workers:
    """Worker processes spoken to one JSON line at a time."""

    def __init__(self, redis_url: str, root: Path) -> None:
        self.redis_url = redis_url
        self.root = root
        self.processes: list[Process] = []

    async def start(self, count: int) -> list[Process]:
        """Start `count` more workers, alternating between the two hosts."""
        started = []
        for _ in range(count):
            host = f"host-{'ab'[len(self.processes) % 2]}"
            home = self.root / host
            home.mkdir(parents=True, exist_ok=True)
            process = await asyncio.create_subprocess_exec(
                sys.executable, str(WORKER), self.redis_url, host,
                cwd=home,
                env={**os.environ, "TMPDIR": str(home)},
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            self.processes.append(process)
            started.append(process)
        return started

    async def ask(
        self, command: dict[str, object], processes: list[Process] | None = None
    ) -> list[dict[str, object]]:
        chosen = self.processes if processes is None else processes
        line = (json.dumps(command) + "\n").encode()
        for process in chosen:
            assert process.stdin is not None
            process.stdin.write(line)
        return list(await asyncio.gather(*(self._answer(p) for p in chosen)))

    async def open(
        self, mode: str, fake: FakeSoundCloud, api: str, arg: object = "",
        processes: list[Process] | None = None,
    ) -> None:  # fmt: skip
        command = {
            "cmd": "open",
            "mode": mode,
            "api": api,
            "track": f"soundcloud:tracks:{fake.track_ids()[0]}",
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
            "arg": str(arg),
        }
        await self.ask(command, processes)

    async def go(self, n: int, processes: list[Process] | None = None) -> list[dict[str, object]]:
        return await self.ask({"cmd": "go", "n": n}, processes)

    async def close_session(self) -> None:
        await self.ask({"cmd": "close"})

    @staticmethod
    async def _answer(process: Process) -> dict[str, object]:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), timeout=120)
        if not line:
            raise RuntimeError(f"worker {process.pid} exited with {await process.wait()}")
        answer: dict[str, object] = json.loads(line)
        return answer

    async def stop(self) -> None:
        for process in self.processes:
            if process.returncode is None and process.stdin is not None:
                process.stdin.close()  # EOF: the worker closes its session and exits
        for process in self.processes:
            try:
                await asyncio.wait_for(process.wait(), timeout=10)
            except TimeoutError:
                process.kill()
                await process.wait()
        self.processes.clear()


@dataclass
class StormFigures:
    """What a storm or hammer measured."""

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
    workers: Workers,
    fake: FakeSoundCloud,
    api: str,
    *,
    calls: int = 200,
    rounds: int = 5,
    kill_holder: bool = False,
    lease: float = 10.0,
    holder_lease: float = 1.0,
) -> StormFigures:
    """Each round: a warm-up, the access token expired, then `calls` concurrent calls each.

    With `kill_holder`, one more process takes the store's lock (for `holder_lease` seconds)
    and is SIGKILLed holding it just before the expiry: the others must get past it within
    that lease. The workers' own `lease` is long: a loaded machine may starve a worker's event
    loop for a while, and a live holder must not lose its lease to that.
    """
    figures = StormFigures(len(workers.processes), calls, rounds)
    refreshes = fake.token_requests.count("refresh_token", status=200)
    refused = fake.token_requests.count("refresh_token", status=400)
    await workers.open("storm", fake, api, lease)
    try:
        for _ in range(rounds):
            figures.add(await workers.go(5))  # every process holds the current token
            if kill_holder:
                await kill_a_holder(workers, fake, api, holder_lease)
            fake.expire_access_tokens()
            started = time.monotonic()
            figures.add(await workers.go(calls))
            figures.round_seconds.append(time.monotonic() - started)
    finally:
        await workers.close_session()
    figures.refreshes = fake.token_requests.count("refresh_token", status=200) - refreshes
    figures.invalid_grant = fake.token_requests.count("refresh_token", status=400) - refused
    return figures


async def kill_a_holder(workers: Workers, fake: FakeSoundCloud, api: str, lease: float) -> None:
    """One more process takes the store's lock for `lease` seconds; SIGKILL it holding it."""
    holder = Workers(workers.redis_url, workers.root)
    (process,) = await holder.start(1)
    await holder.open("hold", fake, api, lease)
    process.kill()  # SIGKILL: no finally, no unlock
    await process.wait()


async def hammer(
    workers: Workers,
    mode: str,
    fake: FakeSoundCloud,
    api: str,
    *,
    calls: int = 10,
    arg: object = "",
    first_alone: bool = False,
) -> StormFigures:
    """Every worker in `mode` ("exchange" or "plays") making `calls` calls at once.

    With `first_alone`, the first worker makes one call on its own before (its outcome is
    counted too): e.g. the call that meets a 429.
    """
    figures = StormFigures(len(workers.processes), calls, 1)
    await workers.open(mode, fake, api, arg)
    try:
        if first_alone:
            figures.add(await workers.go(1, workers.processes[:1]))
        figures.add(await workers.go(calls))
    finally:
        await workers.close_session()
    return figures
