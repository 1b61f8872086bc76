"""One of two OS processes sharing a FileTokenStore with an expired token (not a test module).

Usage: python _two_process_worker.py TOKEN_FILE COUNTER_FILE READY_DIR
It announces itself in READY_DIR, waits until both workers are there (so they really race),
then makes one API call. The fake token endpoint appends a line to COUNTER_FILE per request.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import httpx

from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.token_store import FileTokenStore

TOKEN_URL = "https://secure.soundcloud.com/oauth/token"


def make_handler(counter: Path) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            with counter.open("a") as file:
                file.write(f"{os.getpid()}\n")
            await asyncio.sleep(0.2)  # widen the race window: the other worker is waiting
            fresh = {"access_token": "ACCESS-proc-new", "refresh_token": "REFRESH-proc-new"}
            return httpx.Response(200, json={**fresh, "expires_in": 3600})
        ok = request.headers.get("authorization") == "OAuth ACCESS-proc-new"
        return httpx.Response(200 if ok else 401, json={})

    return httpx.MockTransport(handler)


def wait_for_both(ready: Path) -> None:
    # A start barrier across processes: both announce themselves, then race for the refresh.
    (ready / str(os.getpid())).touch()
    deadline = time.monotonic() + 10
    while len(list(ready.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)


async def main(token_file: Path, counter: Path) -> int:
    transport = make_handler(counter)
    store = FileTokenStore(token_file)
    auth = SoundCloudAuth("client-id", "client-secret", token_store=store, transport=transport)
    async with httpx.AsyncClient(auth=auth, transport=transport) as client:
        response = await client.get("https://api.soundcloud.com/me")
    return 0 if response.status_code == 200 else 1


if __name__ == "__main__":
    token_file, counter, ready = (Path(arg) for arg in sys.argv[1:4])
    wait_for_both(ready)
    sys.exit(asyncio.run(main(token_file, counter)))
