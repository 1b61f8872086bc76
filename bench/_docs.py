"""The latest full run in the docs: README's goal rows and CONTRIBUTING's whole table.

`python -m bench` (all sections, not `--quick`) rewrites the text between the markers below
in README.md and CONTRIBUTING.md from the rows it just wrote to bench/results.json, so the
figures users read are always the last run's, with the machine it ran on.
tests/docs/test_bench_docs.py checks that the committed documents match the committed
results.json.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._common import Row, table

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CONTRIBUTING = ROOT / "CONTRIBUTING.md"
START = "<!-- bench:start (written by `make bench`) -->"
END = "<!-- bench:end -->"


def machine_line(results: dict[str, Any]) -> str:
    host = results["machine"]
    return (
        f"Run of {results['when'][:10]} on {host['cores']} cores ({host['cpu']}), "
        f"{host['platform'].split('-')[0]}, {host['implementation']} {host['python']}, "
        f"httpx {host['httpx']}; wall {results['wall_seconds']:.0f} s."
    )


def goal_table(results: dict[str, Any]) -> str:
    """The rows that have a goal, as a Markdown table."""
    lines = ["| section | row | result | goal | verdict |", "|---|---|---|---|---|"]
    for row in results["rows"]:
        if row["target"]:
            lines.append(
                f"| {row['section']} | {row['variant']} | {_result(row)} | {row['target']} "
                f"| {row['verdict']} |"
            )
    return "\n".join(lines)


def full_table(results: dict[str, Any]) -> str:
    """Every row, as `python -m bench` prints it."""
    return "```text\n" + table([Row(**row) for row in results["rows"]]) + "\n```"


def _result(row: dict[str, Any]) -> str:
    # A ratio goal shows the ratio; a count goal ("== 1, 0 errors") the count.
    if row["target"].startswith(("<=", ">=")) and row["ratio"] is not None:
        return f"{row['ratio']:.2f}x"
    return f"{row['value']:,.0f} {row['metric']}"


def readme_block(results: dict[str, Any]) -> str:
    return f"{machine_line(results)}\n\n{goal_table(results)}"


def contributing_block(results: dict[str, Any]) -> str:
    return f"{machine_line(results)}\n\n{full_table(results)}"


def replace_block(text: str, block: str, *, name: str) -> str:
    """`text` with the part between the markers replaced by `block`."""
    pattern = re.compile(re.escape(START) + r"\n(?:.*?\n)?" + re.escape(END), re.DOTALL)
    if len(pattern.findall(text)) != 1:
        raise ValueError(f"{name} needs exactly one {START} ... {END} block")
    return pattern.sub(lambda _: f"{START}\n{block}\n{END}", text)


def current_block(text: str) -> str:
    """The part between the markers."""
    start = text.index(START) + len(START) + 1
    return text[start : text.index(END) - 1]


def write_docs(results: dict[str, Any], documents: Sequence[Path] = ()) -> None:
    """Rewrite the blocks of README.md and CONTRIBUTING.md (or `documents`, for tests)."""
    readme, contributing = documents or (README, CONTRIBUTING)
    readme.write_text(replace_block(readme.read_text(), readme_block(results), name="README"))
    contributing.write_text(
        replace_block(contributing.read_text(), contributing_block(results), name="CONTRIBUTING")
    )
