"""Section 2: section 1 over real loopback sockets, the fake SoundCloud in another process.

Same variants as section 1 (sdk with and without speedups, raw + json.loads, raw + json.loads +
Track.from_dict), each with its own keep-alive connection, against the fake's `GET
/tracks/{urn}` (~2.2 KB). Server time and the socket round trip are in every variant, so ratios
shrink towards 1.
"""

from __future__ import annotations

import json

from soundcloud_async_generated.models import Track

from ._common import Row, interleaved_async, raw_client, sdk_client
from ._server import Server
from .per_call import per_call_rows

SECTION = "2 per call (loopback)"


async def run(server: Server, *, rounds: int, calls: int) -> list[Row]:
    path = f"/tracks/{server.track_urn}"
    sc = sdk_client(None, server.url, server.access_token)
    plain = sdk_client(None, server.url, server.access_token, speedups=False)
    async with sc, plain, raw_client(None, server.url, server.access_token) as raw:

        async def sdk() -> None:
            await sc.tracks.get(server.track_urn)

        async def sdk_plain() -> None:
            await plain.tracks.get(server.track_urn)

        async def raw_json() -> None:
            json.loads((await raw.get(path)).content)

        async def raw_model() -> None:
            Track.from_dict(json.loads((await raw.get(path)).content))

        samples = await interleaved_async(
            {"sdk": sdk, "sdk plain": sdk_plain, "raw": raw_json, "raw+model": raw_model},
            calls=calls,
            rounds=rounds,
            warmup=30,
        )
    rows = per_call_rows(SECTION, samples, limit=1.0)
    rows[0].note = server.name
    return rows
