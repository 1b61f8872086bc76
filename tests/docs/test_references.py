"""The repository stands alone: nothing tracked points at a document outside it.

Every tracked file is read (generated code, the spec, templates and docs included). Comments
cite facts as "see docs/soundcloud-behaviour.md, <heading>"; those headings must exist, so a
renamed section cannot leave dangling references behind.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from ._reference_table import ROOT

BEHAVIOUR = ROOT / "docs" / "soundcloud-behaviour.md"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
# Documents that lived beside the repository once. The names are assembled so that this file
# does not match its own patterns.
OUTSIDE = re.compile(
    "|".join(
        (
            re.escape("soundcloud-api" + ".md"),
            re.escape("observed-payloads" + ".md"),
            re.escape("DESIGN" + ".md"),
            re.escape(".." + "/shared"),
            re.escape("/work" + "/"),
            re.escape("docs/" + "reference "),
        )
    )
)
# A section sign is fine after a standard's name ("RFC 9110 §10.2.3"); a bare "(§6.2)" cites a
# section of some document the reader does not have.
BARE_SECTION = re.compile(r"(?<!RFC \d{4} )(?<!RFC \d{3} )§\s?\d")
CITATION = re.compile(r"docs/(soundcloud-behaviour|architecture)\.md,\s*(.{1,120})", re.S)


def tracked_text_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    paths = [ROOT / name for name in listed.split("\0") if name]
    return [path for path in paths if path.is_file() and _is_text(path)]


def _is_text(path: Path) -> bool:
    try:
        path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return False
    return True


def headings(document: Path) -> list[str]:
    return [
        line.lstrip("#").strip()
        for line in document.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    ]


def cited_heading(tail: str) -> str:
    """The heading a citation names: the text after the comma, joined across comment lines."""
    # The tail may start on the next comment line: "(see docs/...md,\n# Pagination)".
    joined = re.sub(r"\s*\n\s*(?:#|\*|//)?\s*", " ", tail).lstrip('#*/ "')
    return re.split(r"[).:;]|\"\s", joined, maxsplit=1)[0].strip().strip('"')


FILES = tracked_text_files()
SELF = Path(__file__).resolve()


def test_the_repository_is_listed() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in FILES}
    assert {"README.md", "soundcloud_async/client.py", "spec/openapi.yaml"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_reference_leaves_the_repository(path: Path) -> None:
    if path == SELF:
        return
    text = path.read_text(encoding="utf-8")
    found = [
        f"line {text.count(chr(10), 0, match.start()) + 1}: {match[0]!r}"
        for pattern in (OUTSIDE, BARE_SECTION)
        for match in pattern.finditer(text)
    ]
    assert not found, "cite docs/soundcloud-behaviour.md or docs/architecture.md instead"


def test_cited_headings_exist() -> None:
    known = {"soundcloud-behaviour": headings(BEHAVIOUR), "architecture": headings(ARCHITECTURE)}
    dangling = []
    for path in FILES:
        if path == SELF:
            continue
        for match in CITATION.finditer(path.read_text(encoding="utf-8")):
            cited = cited_heading(match[2])
            if not any(heading.startswith(cited) for heading in known[match[1]]):
                dangling.append(f"{path.relative_to(ROOT)}: {match[1]}.md, {cited!r}")
    assert not dangling, dangling
