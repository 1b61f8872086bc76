"""`python -m bench` (what `make bench` runs): every section, one table, bench/results.json.

python -m bench                 # everything, about a minute and a half on 2 cores
python -m bench --only 1,3      # some sections
python -m bench --quick         # fewer rounds, for trying a change
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from . import (
    auth_load,
    concurrency,
    imports,
    loopback,
    pagination,
    parsing,
    per_call,
    redis_workers,
)
from ._common import Row, machine
from ._server import fake_server

RESULTS = Path(__file__).resolve().parent / "results.json"
SECTIONS = ("1", "2", "3", "4", "5", "6", "7", "8")


async def run_sections(only: set[str], quick: bool) -> list[Row]:
    # Many short rounds: each ratio is a median of per-round ratios (see paired_ratio).
    scale = 3 if quick else 1
    rows: list[Row] = []
    if "1" in only:
        with _progress("1"):
            rows += await per_call.run(rounds=25 // scale, calls=100)
    if only & {"2", "5"}:
        try:
            with fake_server() as server:
                if "2" in only:
                    with _progress("2"):
                        rows += await loopback.run(server, rounds=15 // scale, calls=40)
                if "5" in only:
                    with _progress("5"):
                        rows += await concurrency.run(server, rounds=3 // scale)
        except RuntimeError as exc:  # the fake did not start: report it, run the rest
            rows.append(Row("2+5 loopback", "skipped", "", 0.0, verdict="miss", note=str(exc)))
    if "3" in only:
        with _progress("3"):
            rows += parsing.run(rounds=25 // scale, calls=2)
    if "4" in only:
        with _progress("4"):
            rows += await pagination.run(rounds=9 // scale, pages=100)
    if "6" in only:
        with _progress("6"):
            rows += imports.run(runs=7 // scale)
    if "7" in only:
        with _progress("7"):
            rows += await auth_load.run()
    if "8" in only:
        with _progress("8"):
            rows += await redis_workers.run(
                rounds=15 // scale, calls=100, storm_rounds=5 // scale or 1
            )
    return rows


@contextlib.contextmanager
def _progress(section: str) -> Iterator[None]:
    started = time.perf_counter()
    print(f"section {section} ...", end=" ", file=sys.stderr, flush=True)
    yield
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


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


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections, e.g. 1,3,7")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (noisier)")
    args = parser.parse_args()
    only = {part.strip() for part in args.only.split(",")} & set(SECTIONS)
    started = time.perf_counter()
    host = machine()
    print(
        f"machine: {host['platform']} | {host['cpu']} | {host['cores']} cores | "
        f"Python {host['python']} | httpx {host['httpx']}",
        flush=True,
    )
    rows = asyncio.run(run_sections(only, args.quick))
    wall = time.perf_counter() - started
    print()
    print(table(rows))
    missed = [f"{r.section}: {r.variant}" for r in rows if r.verdict == "miss"]
    print(
        f"\ntargets: {sum(r.verdict == 'pass' for r in rows)} pass, {len(missed)} miss "
        f"(timing misses never fail the run); wall {wall:.0f} s"
    )
    RESULTS.write_text(json.dumps({
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": host,
        "quick": args.quick,
        "wall_seconds": round(wall, 1),
        "rows": [row.as_dict() for row in rows],
    }, indent=2) + "\n")  # fmt: skip
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
