"""Suite-wide: the fixtures users get from our pytest plugin, enabled the way users do it.

Tests import the tools they check, and the spec loader the generator uses
(tools/openapi_spec.py), as top-level modules: tools/ is scripts, not a package.
"""

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

pytest_plugins = ["soundcloud_async.testing.pytest_plugin"]
