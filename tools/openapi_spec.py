"""spec/openapi.yaml as the generator and the tests read it: one loader, one list of operations.

tools/ holds scripts, not a package: tools/generate.py imports this as a sibling, and the tests
find it because tests/conftest.py puts tools/ on sys.path.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
# Every HTTP method an OpenAPI path item may hold, in the order operations are listed.
# Where the generated endpoint modules live: `<API_PACKAGE>.<tag>.<operationId>`.
API_PACKAGE = "soundcloud_async_generated.api"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The parsed document (cached per path: treat it as read-only)."""
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def resolve(node: dict[str, Any], document: dict[str, Any] | None = None) -> dict[str, Any]:
    """Follow local `$ref`s (`#/components/...`) until a real node."""
    document = load_spec() if document is None else document
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str | None:
    """`Track` for `{$ref: '#/components/schemas/Track'}`, also through a lone `allOf` wrapper."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        return ref_name(all_of[0])
    return None


@dataclass(frozen=True)
class Operation:
    """One operation: where it lives (method, path) and its node in the document."""

    operation_id: str
    method: str  # upper case, as the generated METHOD constant
    path: str
    node: dict[str, Any] = field(repr=False)
    path_item: dict[str, Any] = field(repr=False)
    # The document its `$ref`s point into: the project's spec unless told otherwise.
    document: dict[str, Any] = field(default_factory=lambda: load_spec(), repr=False)

    @property
    def tag(self) -> str:
        return str(self.node["tags"][0])

    @property
    def module_name(self) -> str:
        """The generated endpoint module's import path."""
        return f"{API_PACKAGE}.{self.tag}.{self.operation_id}"

    @property
    def sdk_method(self) -> str:
        """The facade method (`tracks.get`) from `x-sdk-method`."""
        return str(self.node["x-sdk-method"])

    @property
    def deprecated(self) -> bool:
        return bool(self.node.get("deprecated", False))

    @property
    def base_url(self) -> str:
        servers = self.node.get("servers") or self.path_item.get("servers")
        return str((servers or self.document["servers"])[0]["url"])

    def parameters(self) -> list[dict[str, Any]]:
        """Path-level parameters overridden by operation-level ones (same name and location)."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.node.get("parameters", [])]:
            parameter = resolve(raw, self.document)
            merged[(parameter["name"], parameter["in"])] = parameter
        return list(merged.values())

    def path_parameters(self) -> list[dict[str, Any]]:
        return [parameter for parameter in self.parameters() if parameter["in"] == "path"]

    def request_body(self) -> dict[str, Any] | None:
        body = self.node.get("requestBody")
        return resolve(body, self.document) if body else None

    def success_responses(self) -> list[tuple[int, dict[str, Any]]]:
        """(status, resolved response) for each documented 2xx/3xx, by status."""
        found = [
            (int(code), resolve(response, self.document))
            for code, response in self.node["responses"].items()
            if str(code).isdigit() and 200 <= int(code) < 400
        ]
        return sorted(found, key=lambda pair: pair[0])


def operations(document: dict[str, Any] | None = None) -> list[Operation]:
    """Every operation of the document, in document order (paths, then METHODS order)."""
    document = load_spec() if document is None else document
    return [
        Operation(
            path_item[method]["operationId"],
            method.upper(),
            path,
            path_item[method],
            path_item,
            document,
        )
        for path, path_item in document["paths"].items()
        for method in METHODS
        if method in path_item
    ]


def schema_properties(name: str, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """Properties of a component schema, `allOf` parts merged."""
    schema = resolve({"$ref": f"#/components/schemas/{name}"}, document)
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        part_name = ref_name(part)
        nested = schema_properties(part_name, document) if part_name else part.get("properties", {})
        properties.update(nested)
    return properties
