"""Importing an extra's module without the extra installed says which extra to install."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Runs in a fresh interpreter: `sys.modules[name] = None` makes `import name` fail exactly as
# it does where the package is not installed, without touching this test process's imports.
PROBE = """
import sys
sys.modules[{hidden!r}] = None
try:
    import {module}
except ImportError as error:
    print(type(error).__name__, error, sep=": ")
else:
    print("imported")
"""


@pytest.mark.parametrize(
    ("module", "hidden", "extra"),
    [
        ("soundcloud_async.testing", "starlette", "testing"),
        ("soundcloud_async.testing", "uvicorn", "testing"),
        ("soundcloud_async.fastapi", "fastapi", "fastapi"),
    ],
)
def test_missing_extra_names_the_install_command(module: str, hidden: str, extra: str) -> None:
    probe = PROBE.format(hidden=hidden, module=module)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    line = result.stdout.strip()
    assert line.startswith("ImportError: "), line  # not a bare ModuleNotFoundError
    assert f'pip install "soundcloud-async[{extra}]"' in line
    assert hidden in line.lower()
