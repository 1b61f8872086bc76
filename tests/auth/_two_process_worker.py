"""One of two OS processes sharing a FileTokenStore with an expired token (not a test module).

Usage: python _two_process_worker.py TOKEN_FILE COUNTER_FILE READY_DIR [ANSWER [CALLERS]]
It announces itself in READY_DIR, waits until both workers are there (so they really race),
then makes CALLERS concurrent API calls. The fake token endpoint appends a line to COUNTER_FILE
per request and answers ANSWER: "ok" (a new token), "invalid_grant" or "500". Exit code 0
when every call got the outcome ANSWER should give (200, or that token-endpoint error).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import httpx

from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.errors import TokenRefreshError
from soundcloud_async.token_store import FileTokenStore

TOKEN_URL = "https://secure.soundcloud.com/oauth/token"
FRESH = {"access_token": "ACCESS-proc-new", "refresh_token": "REFRESH-proc-new"}
ANSWERS = {
    "ok": httpx.Response(200, json={**FRESH, "expires_in": 3600}),
    "invalid_grant": httpx.Response(400, json={"error": "invalid_grant"}),
    "500": httpx.Response(500, json={"code": 500, "message": "Internal Server Error"}),
}


def make_handler(counter: Path, answer: str) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            with counter.open("a") as file:
                file.write(f"{os.getpid()}\n")
            await asyncio.sleep(0.2)  # widen the race window: the other worker is waiting
            canned = ANSWERS[answer]
            return httpx.Response(canned.status_code, content=canned.content)
        ok = request.headers.get("authorization") == "OAuth ACCESS-proc-new"
        return httpx.Response(200 if ok else 401, json={})

    return httpx.MockTransport(handler)


def wait_for_both(ready: Path) -> None:
    # A start barrier across processes: both announce themselves, then race for the refresh.
    (ready / str(os.getpid())).touch()
    deadline = time.monotonic() + 10
    while len(list(ready.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)


def expected(outcome: object, answer: str) -> bool:
    if answer == "ok":
        return isinstance(outcome, httpx.Response) and outcome.status_code == 200
    status = 400 if answer == "invalid_grant" else 500
    return isinstance(outcome, TokenRefreshError) and outcome.status_code == status


async def main(token_file: Path, counter: Path, answer: str, callers: int) -> int:
    transport = make_handler(counter, answer)
    store = FileTokenStore(token_file)
    auth = SoundCloudAuth("client-id", "client-secret", token_store=store, transport=transport)
    async with httpx.AsyncClient(auth=auth, transport=transport) as client:
        calls = (client.get("https://api.soundcloud.com/me") for _ in range(callers))
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
    return 0 if all(expected(outcome, answer) for outcome in outcomes) else 1


if __name__ == "__main__":
    token_file, counter, ready = (Path(arg) for arg in sys.argv[1:4])
    answer = sys.argv[4] if len(sys.argv) > 4 else "ok"
    callers = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    wait_for_both(ready)
    sys.exit(asyncio.run(main(token_file, counter, answer, callers)))
