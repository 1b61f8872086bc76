"""Paths the upstream tests share (tests/conftest.py puts tools/ on sys.path for them)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "spec" / "upstream" / "contract.yaml"
