"""Regenerate generated/soundcloud_async_generated from spec/openapi.yaml (`make generate`).

Runs the pinned openapi-python-client through its Python API instead of its CLI for one
reason: templates cannot see vendor extensions (`x-pagination`, `x-replacement`,
`x-sdk-method`, `x-urn-kind`) or the `deprecated` flag, so this script reads them from the
spec (tools/openapi_spec.py) and hands them to the templates as the global
`operation_extensions` (plus a `mentions` filter the namespace template uses to import only
what it uses). Everything else is the stock pipeline with our templates. Any generator warning
fails the run, like `--fail-on-warning`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import PythonIdentifier, snake_case
from openapi_spec import ROOT, SPEC_PATH, Operation, load_spec, operations
from payload_checks import register as register_payload_checks
from response_fields import register as register_response_fields

CONFIG = ROOT / "spec" / "codegen.yaml"
TEMPLATES = ROOT / "templates"
OUTPUT = ROOT / "generated" / "soundcloud_async_generated"


def path_parameter_kinds(operation: Operation) -> dict[str, Any]:
    """Map each path parameter to the resource kind it names and whether it is a URN or an id.

    The kind is the parameter's `x-urn-kind` (`tracks`, `users` ...), so the facade normalises
    ids of that kind; the form is its name's suffix (`_urn` or `_id`). A path parameter with
    neither fails generation instead of producing an unchecked parameter.
    """
    kinds: dict[str, Any] = {}
    for parameter in operation.path_parameters():
        name = parameter["name"]
        match = re.fullmatch(r"\w+?_(urn|id)", name)
        if match is None or not parameter.get("x-urn-kind"):
            raise SystemExit(
                f"{operation.operation_id}: the path parameter {name!r} needs a name ending in"
                " _urn or _id and an x-urn-kind (the resource kind, e.g. tracks)"
            )
        kinds[name] = {"kind": str(parameter["x-urn-kind"]), "form": match[1]}
    return kinds


def operation_extensions(document: dict[str, Any], field_prefix: str) -> dict[str, dict[str, Any]]:
    """Map each operation's Python name to the facts templates need but cannot read."""
    found: dict[str, dict[str, Any]] = {}
    for operation in operations(document):
        node = operation.node
        pagination = node.get("x-pagination") or {}
        item = pagination.get("item")
        found[str(PythonIdentifier(operation.operation_id, field_prefix))] = {
            "deprecated": operation.deprecated,
            "replacement": node.get("x-replacement"),
            "pagination": pagination.get("style"),
            "page_item": item,
            "page_item_module": snake_case(item) if item else None,
            "sdk_method": operation.sdk_method,
            "sdk_name": operation.sdk_method.rpartition(".")[2],
            "sdk_handwritten": bool(node.get("x-sdk-handwritten", False)),
            "empty_success": empty_success_model(document, node),
            "path_kinds": path_parameter_kinds(operation),
        }
    sdk_methods = {
        operation.operation_id: operation.sdk_method for operation in operations(document)
    }
    for extension in found.values():
        replacement = extension["replacement"]
        extension["replacement_sdk_method"] = sdk_methods.get(replacement) if replacement else None
    return found


def empty_success_model(spec: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The model an empty 2xx body (or a 204) stands for, if the operation has one.

    A response component marked `x-empty-body: true` (Status) may arrive with no body at all;
    the generated parser then builds its schema's model from `{}` instead of failing.
    """
    for code, response in operation.get("responses", {}).items():
        ref = response.get("$ref", "")
        if not str(code).startswith("2") or not ref.startswith("#/components/responses/"):
            continue
        component = spec["components"]["responses"][ref.rsplit("/", 1)[-1]]
        if component.get("x-empty-body"):
            schema_ref: str = component["content"]["application/json"]["schema"]["$ref"]
            return schema_ref.rsplit("/", 1)[-1]
    return None


def mentions(text: str, name: str) -> bool:
    """Whether `name` occurs in `text` as a whole identifier (`Track` is not in `TrackPage`)."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def operations_module(spec: dict[str, Any]) -> str:
    """Every operation's method and path template, so the runtime can name a request's
    operation (traces, hooks) without importing or reading the endpoint modules."""
    rows = "".join(f'    ("{op.method}", "{op.path}"),\n' for op in operations(spec))
    return (
        '"""(method, path template) of every operation of the spec; written by make generate."""\n'
        "\n"
        f"OPERATIONS: tuple[tuple[str, str], ...] = (\n{rows})\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="package folder to (re)create")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the OpenAPI document to read")
    arguments = parser.parse_args(argv)
    output: Path = arguments.output.resolve()
    spec_path: Path = arguments.spec.resolve()
    started = time.perf_counter()
    # The ruff post-hooks must be the pinned ruff installed next to this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    spec = load_spec(spec_path)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec_path,
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
    project.env.filters["mentions"] = mentions
    project.env.tests["in_text"] = lambda name, text: mentions(text, name)
    register_payload_checks(project.env, spec)
    register_response_fields(project.env, spec, openapi.models)
    problems = list(project.build())
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    # Our templates type every function; mypy users should see that (PEP 561).
    (output / "py.typed").write_text("", encoding="utf-8")
    (output / "operations.py").write_text(operations_module(spec), encoding="utf-8")
    for problem in problems:
        print(f"{problem.level.value}: {problem.header}\n{problem.detail or ''}", file=sys.stderr)
    if problems:
        print(f"generation failed with {len(problems)} warning(s) or error(s)", file=sys.stderr)
        return 1
    # The methods page reads the facade, so it needs the package just generated: a fresh process.
    if output == OUTPUT:
        script = str(ROOT / "tools" / "methods_table.py")
        subprocess.run([sys.executable, script, "--write"], check=True)  # noqa: S603 (fixed argv)
    elapsed = time.perf_counter() - started
    print(f"generated {output} in {elapsed:.2f} s, 0 warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
