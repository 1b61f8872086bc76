"""The figures in README.md and CONTRIBUTING.md are those of the committed bench/results.json.

`make bench` writes both (bench/_docs.py); a hand edit of the figures, or a results.json
committed without the documents it rewrote, fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import _docs

ROOT = Path(__file__).resolve().parents[2]
RESULTS = json.loads((ROOT / "bench" / "results.json").read_text())


def test_results_are_of_a_full_run() -> None:
    assert not RESULTS["quick"]
    sections = {row["section"].split()[0] for row in RESULTS["rows"]}
    assert sections == {"1", "2", "3", "4", "5", "6", "7", "8"}


def test_readme_shows_the_goal_rows_of_the_committed_run() -> None:
    text = _docs.README.read_text()
    assert _docs.current_block(text) == _docs.readme_block(RESULTS)
    block = _docs.current_block(text)
    assert RESULTS["machine"]["cpu"] in block
    goals = [row for row in RESULTS["rows"] if row["target"]]
    assert len(goals) == block.count("| pass |") + block.count("| miss |")


def test_contributing_shows_every_row_of_the_committed_run() -> None:
    block = _docs.current_block(_docs.CONTRIBUTING.read_text())
    assert block == _docs.contributing_block(RESULTS)
    for row in RESULTS["rows"]:
        assert row["variant"] in block


def test_a_run_rewrites_only_the_blocks(tmp_path: Path) -> None:
    readme, contributing = tmp_path / "README.md", tmp_path / "CONTRIBUTING.md"
    stale = f"# Title\n\nbefore\n\n{_docs.START}\nOLD FIGURES\n{_docs.END}\n\nafter\n"
    for document in (readme, contributing):
        document.write_text(stale)
    _docs.write_docs(RESULTS, (readme, contributing))
    text = readme.read_text()
    assert text.startswith("# Title\n\nbefore\n\n")
    assert text.endswith(f"{_docs.END}\n\nafter\n")
    assert "OLD FIGURES" not in text
    assert _docs.current_block(text) == _docs.readme_block(RESULTS)
    assert _docs.current_block(contributing.read_text()) == _docs.contributing_block(RESULTS)


def test_a_document_without_its_block_is_refused(tmp_path: Path) -> None:
    readme, contributing = tmp_path / "README.md", tmp_path / "CONTRIBUTING.md"
    readme.write_text("# no markers\n")
    contributing.write_text(f"{_docs.START}\n{_docs.END}\n")
    with pytest.raises(ValueError, match="README needs exactly one"):
        _docs.write_docs(RESULTS, (readme, contributing))
