"""Child process: serve the fake SoundCloud on a free loopback port (`python -m bench._serve_fake`).

Prints one JSON line (base URL, a user token, a public track, the popular user) once uvicorn
accepts connections, then serves until the parent terminates it.

uvicorn binds the port itself here rather than through `soundcloud_async.testing.serve()`:
that helper hands uvicorn a socket made with `socket.socket(AF_INET, SOCK_STREAM)`, whose
protocol number is 0, so asyncio does not set TCP_NODELAY on accepted connections and every
response stalls ~40 ms (Nagle + delayed ACK). Reported; same app, same h11 settings otherwise.
"""

from __future__ import annotations

import asyncio
import json
import sys

import httpx
import uvicorn

from soundcloud_async.testing import FakeSoundCloud

_HOST = "127.0.0.1"


async def main() -> None:
    fake = FakeSoundCloud(seed=1)
    token = fake.issue_token()
    config = uvicorn.Config(
        fake.app, host=_HOST, port=0, http="h11", ws="none", lifespan="off",
        log_level="warning", access_log=False,
    )  # fmt: skip
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
            sys.exit("uvicorn stopped before it started")
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://{_HOST}:{port}"
    track_urn = await _public_track(url, token["access_token"], fake.track_ids())
    print(json.dumps({
        "url": url,
        "server": "FakeSoundCloud app, uvicorn h11, own process",
        "access_token": token["access_token"],
        "refresh_token": token.get("refresh_token"),
        "track_urn": track_urn,
        "popular_user": fake.popular_user.urn,
    }), flush=True)  # fmt: skip
    await task


async def _public_track(url: str, access_token: str, track_ids: list[int]) -> str:
    headers = {"Authorization": f"OAuth {access_token}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as client:
        for track_id in track_ids:
            urn = f"soundcloud:tracks:{track_id}"
            if (await client.get(f"/tracks/{urn}")).status_code == 200:
                return urn
    sys.exit("the fake has no readable track")


if __name__ == "__main__":
    asyncio.run(main())
