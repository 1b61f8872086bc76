"""Reads spec/openapi.yaml: operations, resolved parameters, bodies and responses.

Everything the endpoint tests call or expect is derived from here, so an operation added to the
spec is a new test case the moment the file changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
API_PACKAGE = "soundcloud_async_generated.api"


@functools.cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s until a real node (component parameters, responses and schemas)."""
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        target: Any = spec()
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


def python_name(wire_name: str) -> str:
    """The generator's Python name of a query parameter (brackets dropped, `url` renamed)."""
    name = re.sub(r"[\[\]]", "", wire_name)
    if name in ("url", "client"):
        name += "_query"
    return name


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case, as the generated METHOD constant
    path: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def tag(self) -> str:
        return str(self.node["tags"][0])

    @property
    def module_name(self) -> str:
        return f"{API_PACKAGE}.{self.tag}.{self.operation_id}"

    @property
    def base_url(self) -> str:
        servers = self.node.get("servers") or self.path_item.get("servers") or spec()["servers"]
        return str(servers[0]["url"])

    def parameters(self) -> list[dict[str, Any]]:
        """Path-level parameters overridden by operation-level ones (same name and location)."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.node.get("parameters", [])]:
            param = resolve(raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def request_body(self) -> dict[str, Any] | None:
        body = self.node.get("requestBody")
        return resolve(body) if body else None

    def success_responses(self) -> list[tuple[int, dict[str, Any]]]:
        found = [
            (int(code), resolve(response))
            for code, response in self.node["responses"].items()
            if str(code).isdigit() and 200 <= int(code) < 400
        ]
        return sorted(found, key=lambda pair: pair[0])


def operations() -> list[Operation]:
    found = []
    for path, path_item in spec()["paths"].items():
        for method in METHODS:
            if method in path_item:
                node = path_item[method]
                found.append(Operation(node["operationId"], method.upper(), path, node, path_item))
    return found


def schema_properties(name: str) -> dict[str, Any]:
    """Properties of a component schema, `allOf` parts merged."""
    schema = resolve({"$ref": f"#/components/schemas/{name}"})
    props: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        part_name = ref_name(part)
        props.update(schema_properties(part_name) if part_name else part.get("properties", {}))
    return props
