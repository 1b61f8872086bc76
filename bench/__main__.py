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
from ._common import Row, machine, table
from ._docs import write_docs
from ._server import fake_server

RESULTS = Path(__file__).resolve().parent / "results.json"
PARTIAL_RESULTS = RESULTS.with_name("results.partial.json")
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
    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": host,
        "quick": args.quick,
        "wall_seconds": round(wall, 1),
        "rows": [row.as_dict() for row in rows],
    }
    # Only a full run speaks for the project (results.json and the docs' figures); a partial
    # or quick one, for trying a change, is written beside it and ignored by git.
    full = only == set(SECTIONS) and not args.quick
    target = RESULTS if full else PARTIAL_RESULTS
    target.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {target}")
    if full:
        write_docs(results)
        print("updated the figures in README.md and CONTRIBUTING.md")


if __name__ == "__main__":
    main()
