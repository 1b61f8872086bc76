"""The methods table (one row per operation: facade call, return type, HTTP, operation id).

Built from the spec (tools/openapi_spec.py) and the `SoundCloud` facade's signatures, so it needs
the generated package importable: `make generate` runs this script after generating, which
writes docs/reference/methods.md. The tests compare that page (and the README's table, when
the README carries one between the markers) with `table()`.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path
from typing import Any

from openapi_spec import ROOT, operations

from soundcloud_async import SoundCloud

PAGE = ROOT / "docs" / "reference" / "methods.md"
BEGIN = "<!-- methods-table:begin -->"
END = "<!-- methods-table:end -->"
PAGE_INTRO = f"""# Methods

Every operation of SoundCloud's API that the SDK covers, as the `SoundCloud` facade method that
calls it (`sc = SoundCloud(...)`). Required arguments are shown; the rest are keyword options
(see `help()` on the method). Deprecated operations name their replacement.

<!-- Written by `make generate` (tools/methods_table.py) from spec/openapi.yaml: do not edit. -->
{BEGIN}
"""


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(HTTP method, path, operation) for every operation of the spec, in document order."""
    return [(op.method, op.path, op.node) for op in operations()]


def facade_method(sc: SoundCloud, dotted: str) -> Any:
    """The bound facade method an `x-sdk-method` value names."""
    target: Any = sc
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


NAMESPACE_ORDER = ("", "me", "tracks", "users", "playlists", "likes", "reposts", "search", "oauth")


def _call(dotted: str, method: Any) -> str:
    required = []
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind == parameter.KEYWORD_ONLY:
            required.append(f"{name}=")
        elif parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            required.append(name)
    return f"`sc.{dotted}({', '.join(required)})`"


def _returns(method: Any) -> str:
    annotation = inspect.signature(method).return_annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    if not text or text == "None":
        return "None"
    # A union is written "A or B": a pipe ends a table cell, and its escape `\|` shows
    # literally inside code on the site (Python-Markdown) while GitHub hides it.
    return " or ".join(f"`{part.strip()}`" for part in text.split("|"))


def table() -> str:
    """The markdown table, one row per operation, grouped by namespace."""
    sc = SoundCloud(client_id="table")
    operations = spec_operations()
    sdk_names = {
        operation["operationId"]: operation["x-sdk-method"] for *_, operation in operations
    }
    rows = []
    for http_method, path, operation in operations:
        dotted = operation["x-sdk-method"]
        method = facade_method(sc, dotted)
        note = ""
        if operation.get("deprecated"):
            replacement = sdk_names.get(operation.get("x-replacement", ""))
            note = f" (deprecated; use `sc.{replacement}`)" if replacement else " (deprecated)"
        row = (
            f"| {_call(dotted, method)} | {_returns(method)} | `{http_method} {path}` | "
            f"`{operation['operationId']}`{note} |"
        )
        rows.append((NAMESPACE_ORDER.index(dotted.rpartition(".")[0]), row))
    rows.sort(key=lambda row: row[0])
    header = "| Method | Returns | HTTP | Operation |\n|---|---|---|---|\n"
    return header + "\n".join(row for _, row in rows) + "\n"


def page() -> str:
    """The whole docs/reference/methods.md."""
    return f"{PAGE_INTRO}{table()}{END}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=PAGE,
        help=f"write the methods page (default {PAGE.relative_to(ROOT)}); else print the table",
    )
    target: Path | None = parser.parse_args(argv).write
    if target is None:
        sys.stdout.write(table())
    else:
        target.write_text(page(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
