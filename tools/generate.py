"""Regenerate generated/soundcloud_async_generated from spec/openapi.yaml (`make generate`).

Runs the pinned openapi-python-client through its Python API instead of its CLI for one
reason: templates cannot see vendor extensions (`x-pagination`, `x-replacement`) or the
`deprecated` flag, so this script reads them from the spec and hands them to the templates as
the global `operation_extensions`. Everything else is the stock pipeline with our templates.
Any generator warning fails the run, like `--fail-on-warning`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import PythonIdentifier, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "spec" / "codegen.yaml"
TEMPLATES = ROOT / "templates"
OUTPUT = ROOT / "generated" / "soundcloud_async_generated"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operation_extensions(spec: dict[str, Any], field_prefix: str) -> dict[str, dict[str, Any]]:
    """Map each operation's Python name to the facts templates need but cannot read."""
    found: dict[str, dict[str, Any]] = {}
    for path_item in spec["paths"].values():
        for method in METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            pagination = operation.get("x-pagination") or {}
            item = pagination.get("item")
            name = str(PythonIdentifier(operation["operationId"], field_prefix))
            found[name] = {
                "deprecated": bool(operation.get("deprecated", False)),
                "replacement": operation.get("x-replacement"),
                "pagination": pagination.get("style"),
                "page_item": item,
                "page_item_module": snake_case(item) if item else None,
            }
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="package folder to (re)create")
    output: Path = parser.parse_args(argv).output.resolve()
    started = time.perf_counter()
    # The ruff post-hooks must be the pinned ruff installed next to this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        SPEC,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    if not isinstance(openapi, GeneratorData):
        print(f"generation failed: {openapi.header}\n{openapi.detail}", file=sys.stderr)
        return 1
    # The generator only wipes api/ and models/; stale top-level files must go too.
    shutil.rmtree(output, ignore_errors=True)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["operation_extensions"] = operation_extensions(spec, config.field_prefix)
    problems = list(project.build())
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    # Our templates type every function; mypy users should see that (PEP 561).
    (output / "py.typed").write_text("", encoding="utf-8")
    for problem in problems:
        print(f"{problem.level.value}: {problem.header}\n{problem.detail or ''}", file=sys.stderr)
    if problems:
        print(f"generation failed with {len(problems)} warning(s) or error(s)", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"generated {output} in {elapsed:.2f} s, 0 warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
