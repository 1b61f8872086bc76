"""The upstream tests import the tools they check (tools/ is scripts, not a package)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))
CONTRACT = ROOT / "spec" / "upstream" / "contract.yaml"
