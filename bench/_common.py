"""Shared by every section: result rows, interleaved timing, payloads, clients and tokens."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

from soundcloud_async import SoundCloud, Token, _json

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "endpoints" / "fixtures"
API = "https://api.soundcloud.com"
JSON_HEADERS = [("content-type", "application/json")]


@dataclass
class Row:
    """One line of the table and of results.json.

    `ratio` is ours over the baseline (lower is better, except for throughput rows, whose
    target says ">="); `verdict` is "pass", "miss", or "" for rows without a target.
    """

    section: str
    variant: str
    metric: str
    value: float
    ratio: float | None = None
    target: str = ""
    verdict: str = ""
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def at_most(ratio: float, limit: float) -> tuple[str, str]:
    """Target text and verdict for "ratio <= limit"."""
    return f"<= {limit:g}x", "pass" if ratio <= limit else "miss"


def at_least(ratio: float, limit: float) -> tuple[str, str]:
    """Target text and verdict for "ratio >= limit"."""
    return f">= {limit:g}x", "pass" if ratio >= limit else "miss"


def exactly(value: float, expected: float) -> tuple[str, str]:
    """Target text and verdict for "value == expected"."""
    return f"== {expected:g}", "pass" if value == expected else "miss"


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(samples: dict[str, list[float]], variant: str, baseline: str) -> float:
    """Median over rounds of variant/baseline, each pair timed back to back in one round.

    On a shared VM the speed of the whole machine drifts by 2x between rounds; a ratio taken
    within a round cancels that, where a ratio of two medians would not.
    """
    return median(
        [ours / base for ours, base in zip(samples[variant], samples[baseline], strict=True)]
    )


async def interleaved_async(
    variants: dict[str, Callable[[], Awaitable[object]]], *, calls: int, rounds: int, warmup: int
) -> dict[str, list[float]]:
    """Per-call nanoseconds of each variant, one sample per round, in rotating order.

    Every round times `calls` sequential awaits of every variant; the order rotates so no
    variant always runs first (or right after the garbage of another).
    """
    names = list(variants)
    for name in names:
        for _ in range(warmup):
            await variants[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            call = variants[name]
            started = time.perf_counter_ns()
            for _ in range(calls):
                await call()
            samples[name].append((time.perf_counter_ns() - started) / calls)
    return samples


def interleaved_sync(
    variants: dict[str, Callable[[], object]], *, calls: int, rounds: int, warmup: int
) -> dict[str, list[float]]:
    """The synchronous twin of `interleaved_async`."""
    names = list(variants)
    for name in names:
        for _ in range(warmup):
            variants[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            call = variants[name]
            started = time.perf_counter_ns()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter_ns() - started) / calls)
    return samples


def fixture(name: str) -> dict[str, Any]:
    """A realistic payload from the endpoint tests (shapes: see docs/soundcloud-behaviour.md)."""
    return json.loads((FIXTURES / name).read_text())


def track_body() -> bytes:
    return (FIXTURES / "track.json").read_bytes()


def collection_body(item: dict[str, Any], kind: str, count: int, next_href: str | None) -> bytes:
    """A `{collection, next_href}` page of `count` copies of `item` with distinct ids."""
    items = []
    for number in range(1, count + 1):
        copy = dict(item)
        copy["id"] = number
        copy["urn"] = f"soundcloud:{kind}:{number}"
        items.append(copy)
    return json.dumps({"collection": items, "next_href": next_href}).encode()


def canned(body: bytes) -> httpx.MockTransport:
    """A transport answering every request with `body` as JSON."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=JSON_HEADERS, content=body)

    return httpx.MockTransport(handler)


def valid_token(access_token: str = "bench-access", expires_in: float = 3600.0) -> Token:
    """A user token that needs no token request for the next `expires_in` seconds."""
    return Token(
        access_token=access_token,
        refresh_token="bench-refresh",
        expires_at=time.time() + expires_in,
        lifetime=3600.0,
    )


SPEEDUPS = _json.orjson_available()
"""Whether the `speedups` extra (orjson) is installed: its rows are skipped without it."""


def use_speedups(enabled: bool) -> None:
    """Decode bodies with orjson (the speedups extra) or plain `json` from now on.

    A client reads the decoder when it is built, a paginator on every page: call this before
    building a client, and at the start of a variant that pages.
    """
    _json.decode = _json.decode_with_orjson if enabled and SPEEDUPS else _json.decode_plain


def sdk_client(
    transport: httpx.AsyncBaseTransport | None,
    base_url: str = API,
    access_token: str = "bench-access",
    *,
    speedups: bool = True,
) -> SoundCloud:
    """Our client as a user builds it; with `transport=None` it uses the real network stack."""
    use_speedups(speedups)
    try:
        return SoundCloud(
            "bench-client",
            token=valid_token(access_token),
            base_url=base_url,
            auth_base_url=base_url,
            transport=transport,
        )
    finally:
        use_speedups(True)


def raw_client(
    transport: httpx.AsyncBaseTransport | None,
    base_url: str = API,
    access_token: str = "bench-access",
) -> httpx.AsyncClient:
    """What a user would write by hand: base_url and an auth header, nothing else."""
    headers = {"Authorization": f"OAuth {access_token}", "Accept": "application/json"}
    return httpx.AsyncClient(base_url=base_url, headers=headers, transport=transport)


def machine() -> dict[str, Any]:
    """Where the numbers were taken."""
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "httpx": httpx.__version__,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def table(rows: list[Row]) -> str:
    header = ("section", "variant", "metric", "value", "ratio", "target", "verdict")
    lines = [
        (r.section, r.variant, r.metric, _number(r.value),
         "" if r.ratio is None else f"{r.ratio:.2f}x", r.target, r.verdict)
        for r in rows
    ]  # fmt: skip
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=True)]
    numeric = {3, 4}

    def render(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.rjust(width) if index in numeric else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    out = [render(header), render(tuple("-" * width for width in widths))]
    previous = None
    for row, cells in zip(rows, lines, strict=True):
        if previous is not None and row.section != previous:
            out.append("")
        out.append(render(cells))
        previous = row.section
    notes = [f"  [{r.section}] {r.variant}: {r.note}" for r in rows if r.note]
    return "\n".join([*out, "", "notes:", *notes])


def _number(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e6:
        return f"{value:,.0f}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"
