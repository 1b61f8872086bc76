"""The README's table of namespaces and methods, rebuilt from the spec and the facade.

`python -m tests.docs._reference_table` prints it (to paste into the README after a spec
change); the test compares it with the README so the two cannot drift apart.
"""

from __future__ import annotations

import inspect
from typing import Any

from openapi_spec import operations

from soundcloud_async import SoundCloud

BEGIN = "<!-- methods-table:begin -->"
END = "<!-- methods-table:end -->"


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
    # A pipe inside a table cell ends the cell unless escaped.
    return f"`{text}`".replace("|", "\\|") if text and text != "None" else "None"


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


if __name__ == "__main__":
    print(table(), end="")  # noqa: T201
