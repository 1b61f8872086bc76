"""generated/ must be exactly what the spec, the config and the templates produce."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / "soundcloud_async_generated"


def _differences(left: Path, right: Path, prefix: str = "") -> list[str]:
    """Every file that is missing on one side or differs in bytes, as relative paths."""
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in committed: {prefix}{name}" for name in comparison.left_only]
    found += [f"only in fresh run: {prefix}{name}" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [f"differs: {prefix}{name}" for name in mismatch + errors]
    for sub in comparison.common_dirs:
        found += _differences(left / sub, right / sub, f"{prefix}{sub}/")
    return found


def test_regenerating_reproduces_committed_code(tmp_path: Path) -> None:
    fresh = tmp_path / "soundcloud_async_generated"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "--output", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "0 warnings" in result.stdout
    assert _differences(COMMITTED, fresh) == [], "run `make generate` and commit the result"
