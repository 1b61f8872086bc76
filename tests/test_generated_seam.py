"""The handwritten layer meets generated code only through its public names.

Each endpoint module offers `request_target`, `build_request` and `parse_response` (plus the
`OPERATION_ID` / `METHOD` / `PATH` ... constants); its underscore names are the generator's to
change. This scans soundcloud_async/ for imports of `_`-names from soundcloud_async_generated and
for attribute access of an underscore name that generated code defines at module level.
"""

from __future__ import annotations

import ast
import functools
import importlib
from pathlib import Path

import pytest

from soundcloud_async.endpoints import operations

ROOT = Path(__file__).resolve().parent.parent
HANDWRITTEN = ROOT / "soundcloud_async"
GENERATED = ROOT / "generated" / "soundcloud_async_generated"
PACKAGE = "soundcloud_async_generated"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@functools.cache
def generated_private_names() -> frozenset[str]:
    """Underscore names that generated modules define at module level (`_parse_body` ...)."""
    found: set[str] = set()
    for path in GENERATED.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found.update(t.id for t in targets if isinstance(t, ast.Name))
    return frozenset(name for name in found if _private(name))


def violations(source: str, private_names: frozenset[str]) -> list[str]:
    """`line: what` for each use of a generated underscore name in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
            module_private = any(_private(part) for part in (node.module or "").split("."))
            found += [
                f"{node.lineno}: from {node.module} import {alias.name}"
                for alias in node.names
                if module_private or _private(alias.name)
            ]
        elif isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {alias.name}"
                for alias in node.names
                if alias.name.startswith(PACKAGE) and any(map(_private, alias.name.split(".")))
            ]
        elif isinstance(node, ast.Attribute) and node.attr in private_names:
            found.append(f"{node.lineno}: .{node.attr}")
    return found


def test_the_scan_sees_each_kind_of_private_use() -> None:
    source = (
        "from soundcloud_async_generated.api.tracks import get_track\n"
        "from soundcloud_async_generated.types import _hidden\n"
        "import soundcloud_async_generated._private\n"
        "def f(module):\n"
        "    return get_track._get_kwargs(1), module._build_response\n"
    )
    assert sorted(violations(source, frozenset({"_get_kwargs", "_build_response"}))) == [
        "2: from soundcloud_async_generated.types import _hidden",
        "3: import soundcloud_async_generated._private",
        "5: ._build_response",
        "5: ._get_kwargs",
    ]


def test_generated_modules_define_private_helpers() -> None:
    # The scan only means something while generated code has private names to guard.
    assert "_parse_body" in generated_private_names()


@pytest.mark.parametrize(
    "path",
    sorted(HANDWRITTEN.rglob("*.py")),
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_handwritten_code_uses_only_public_generated_names(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert violations(source, generated_private_names()) == []


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_endpoint_module_offers_the_seam(operation_id: str) -> None:
    module = importlib.import_module(operations()[operation_id].__name__)
    for name in ("request_target", "build_request", "parse_response"):
        function = getattr(module, name)
        assert callable(function), name
        assert function.__doc__, f"{operation_id}.{name} has no docstring"
    method, path = module.request_target(*("x" for _ in range(module.PATH.count("{"))))
    assert method == module.METHOD
    assert path.count("/") == module.PATH.count("/")
