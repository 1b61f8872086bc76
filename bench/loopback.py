"""Section 2: section 1 over real loopback sockets, the fake SoundCloud in another process.

Same three variants as section 1 (sdk, raw + json.loads, raw + json.loads + Track.from_dict),
each with its own keep-alive connection, against the fake's `GET /tracks/{urn}` (~2.2 KB).
Server time and the socket round trip are in every variant, so ratios shrink towards 1.
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
    async with sc, raw_client(None, server.url, server.access_token) as raw:

        async def sdk() -> None:
            await sc.tracks.get(server.track_urn)

        async def raw_json() -> None:
            json.loads((await raw.get(path)).content)

        async def raw_model() -> None:
            Track.from_dict(json.loads((await raw.get(path)).content))

        samples = await interleaved_async(
            {"sdk": sdk, "raw": raw_json, "raw+model": raw_model},
            calls=calls,
            rounds=rounds,
            warmup=30,
        )
    rows = per_call_rows(SECTION, samples, limit=1.15)
    rows[0].note = server.name
    return rows
