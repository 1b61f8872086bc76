"""Section 1: per-call overhead of `sc.tracks.get` in process (MockTransport, real-size body).

Variants, all answered by the same kind of transport with the track fixture (~2.5 KB):
  sdk          `await sc.tracks.get(urn)`: facade, runtime, auth flow, retry transport, hooks,
               generated endpoint, `Track.from_dict`, bodies decoded by orjson (speedups);
  sdk plain    the same without the speedups extra (`json.loads`);
  raw          `await client.get(path)` + `json.loads(response.content)`;
  raw+model    the same plus the generated `Track.from_dict`, i.e. raw httpx doing our parsing.
"""

from __future__ import annotations

import json

from soundcloud_async_generated.models import Track

from ._common import (
    Row,
    at_most,
    canned,
    interleaved_async,
    median,
    paired_ratio,
    raw_client,
    sdk_client,
    track_body,
)

SECTION = "1 per call (mock)"
URN = "soundcloud:tracks:13158665"
PATH = f"/tracks/{URN}"


async def run(*, rounds: int, calls: int) -> list[Row]:
    body = track_body()
    plain = sdk_client(canned(body), speedups=False)
    async with sdk_client(canned(body)) as sc, plain, raw_client(canned(body)) as raw:

        async def sdk() -> None:
            await sc.tracks.get(URN)

        async def sdk_plain() -> None:
            await plain.tracks.get(URN)

        async def raw_json() -> None:
            json.loads((await raw.get(PATH)).content)

        async def raw_model() -> None:
            Track.from_dict(json.loads((await raw.get(PATH)).content))

        samples = await interleaved_async(
            {"sdk": sdk, "sdk plain": sdk_plain, "raw": raw_json, "raw+model": raw_model},
            calls=calls,
            rounds=rounds,
            warmup=200,
        )
    return per_call_rows(SECTION, samples, limit=0.8)


def per_call_rows(section: str, samples: dict[str, list[float]], *, limit: float) -> list[Row]:
    """Rows for sdk / raw / raw+model samples (ns per call): microseconds and paired ratios."""
    us = {name: median(values) / 1000 for name, values in samples.items()}
    model = paired_ratio(samples, "raw+model", "raw")
    rows = [
        Row(section, "raw httpx + json.loads", "us/call", us["raw"], 1.0),
        Row(section, "raw + json.loads + Track.from_dict", "us/call", us["raw+model"], model),
    ]
    for name, label in (("sdk plain", "sc.tracks.get"), ("sdk", "sc.tracks.get, speedups")):
        ratio = paired_ratio(samples, name, "raw")
        target, verdict = at_most(ratio, limit)
        rows.append(Row(section, f"{label} vs raw", "us/call", us[name], ratio, target, verdict))
    stack = paired_ratio(samples, "sdk plain", "raw+model")
    rows.append(Row(section, "sc.tracks.get vs raw+from_dict", "us/call", us["sdk plain"], stack,
                    note="the stack's cost apart from model parsing"))  # fmt: skip
    return rows
