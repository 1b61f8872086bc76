"""`make demo` runs the tour; here it runs the same module in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_tour_runs_end_to_end_and_every_claim_holds() -> None:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}  # no SOUNDCLOUD_* credentials
    done = subprocess.run(
        [sys.executable, "-m", "examples.tour"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok: every claim of the tour held" in done.stdout
    assert "FAILED" not in done.stdout
    assert "refresh_token=1" in done.stdout
    assert 'pip install "soundcloud-async[cli]"' in done.stdout  # the closing lines: the CLI
