"""Schema comparison for tools/spec_diff.py: one line per difference, in a stable order.

Both documents are walked side by side from the same place (a response body, a request body). Where
both sides reference a component, the pair is compared once under `schema <Upstream>` (or
`schema <Upstream>=<Ours>` when the names differ), so the fields of `Track` are reported once, not
under every operation that returns tracks. Every other node is compared where it stands.

What counts as a difference: fields present on one side only, `required` and `nullable` per field,
JSON type, `format`, and enum values. A field is nullable when its own schema, the `allOf` wrapper
around a reference, or the referenced component says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Schema = dict[str, Any]
# Keywords besides the reference that an `allOf: [$ref]` wrapper may carry and stay a reference.
WRAPPER_KEYS = {"nullable", "type", "description", "title"}


@dataclass
class Document:
    """One OpenAPI document and the `#/...` references inside it."""

    root: dict[str, Any]

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            target: Any = self.root
            for part in str(node["$ref"])[2:].split("/"):
                target = target[part]
            node = target
        return node


def ref_of(node: Schema) -> tuple[str | None, bool]:
    """(component name, nullable at this site) of `$ref` or a lone `allOf: [$ref]` wrapper."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1], False
    parts = node.get("allOf") or []
    refs = [part for part in parts if "$ref" in part]
    others = [part for part in parts if "$ref" not in part]
    extra_keys = {key for part in others for key in part}
    if len(refs) == 1 and extra_keys <= WRAPPER_KEYS and set(node) - {"allOf"} <= WRAPPER_KEYS:
        return str(refs[0]["$ref"]).rsplit("/", 1)[-1], bool(node.get("nullable"))
    return None, False


def flatten(doc: Document, node: Schema) -> Schema:
    """A schema with references resolved and `allOf` parts merged into one."""
    node = doc.resolve(node)
    if "allOf" not in node:
        return node
    merged: Schema = {k: v for k, v in node.items() if k != "allOf"}
    merged["properties"] = dict(node.get("properties", {}))  # never mutate the document
    for part in node["allOf"]:
        part = flatten(doc, part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] = [*merged.get("required", []), *part.get("required", [])]
        for key in ("type", "nullable", "items", "enum", "format"):
            if key in part:
                merged.setdefault(key, part[key])
    return merged


def json_type(doc: Document, node: Schema) -> str:
    flat = flatten(doc, node)
    alternatives = flat.get("oneOf") or flat.get("anyOf")
    if alternatives:
        return " | ".join(sorted({json_type(doc, alt) for alt in alternatives}))
    if "type" in flat:
        return str(flat["type"])
    return "object" if "properties" in flat else "any"


def nullable(doc: Document, node: Schema) -> bool:
    _, at_site = ref_of(node)
    return at_site or bool(node.get("nullable")) or bool(flatten(doc, node).get("nullable"))


@dataclass
class Comparison:
    """Walks an upstream schema and ours together, collecting difference lines."""

    upstream: Document
    ours: Document
    lines: list[str] = field(default_factory=list)
    compared: set[tuple[str, str]] = field(default_factory=set)

    def schema(self, up: Schema, our: Schema, where: str) -> None:
        up_name, _ = ref_of(up)
        our_name, _ = ref_of(our)
        if up_name and our_name:
            self.component(up_name, our_name)
            return
        up_flat, our_flat = flatten(self.upstream, up), flatten(self.ours, our)
        up_alts = up_flat.get("oneOf") or up_flat.get("anyOf")
        our_alts = our_flat.get("oneOf") or our_flat.get("anyOf")
        if up_alts or our_alts:
            self.alternatives(up_alts or [up], our_alts or [our], where)
            return
        up_type, our_type = json_type(self.upstream, up), json_type(self.ours, our)
        if up_type != our_type:
            self.lines.append(f"{where}: type {up_type} upstream, {our_type} ours")
            return
        self.scalar_facts(up_flat, our_flat, where)
        if up_type == "array":
            self.schema(up_flat.get("items", {}), our_flat.get("items", {}), f"{where}[]")
        elif up_type == "object":
            self.properties(up_flat, our_flat, where)

    def component(self, up_name: str, our_name: str) -> None:
        if (up_name, our_name) in self.compared:
            return
        self.compared.add((up_name, our_name))
        label = f"schema {up_name}" if up_name == our_name else f"schema {up_name}={our_name}"
        up = self.upstream.resolve({"$ref": f"#/components/schemas/{up_name}"})
        our = self.ours.resolve({"$ref": f"#/components/schemas/{our_name}"})
        self.schema(up, our, label)

    def alternatives(self, up_alts: list[Schema], our_alts: list[Schema], where: str) -> None:
        """`oneOf`/`anyOf`: alternatives are paired by JSON type (a page with a page)."""
        ours_by_type: dict[str, list[Schema]] = {}
        for alt in our_alts:
            ours_by_type.setdefault(json_type(self.ours, alt), []).append(alt)
        for alt in up_alts:
            kind = json_type(self.upstream, alt)
            candidates = ours_by_type.get(kind) or []
            if not candidates:
                self.lines.append(f"{where}: alternative of type {kind} only upstream")
                continue
            self.schema(alt, candidates.pop(0), where)
        for kind, rest in sorted(ours_by_type.items()):
            self.lines.extend(f"{where}: alternative of type {kind} only ours" for _ in rest)

    def scalar_facts(self, up: Schema, our: Schema, where: str) -> None:
        if up.get("format") != our.get("format"):
            self.lines.append(
                f"{where}: format {up.get('format', 'none')} upstream, "
                f"{our.get('format', 'none')} ours"
            )
        if "enum" in up or "enum" in our:
            up_enum = sorted(map(str, up.get("enum") or [])) or ["any"]
            our_enum = sorted(map(str, our.get("enum") or [])) or ["any"]
            if up_enum != our_enum:
                self.lines.append(
                    f"{where}: enum {','.join(up_enum)} upstream, {','.join(our_enum)} ours"
                )

    def properties(self, up: Schema, our: Schema, where: str) -> None:
        up_props, our_props = up.get("properties", {}), our.get("properties", {})
        up_req, our_req = set(up.get("required", [])), set(our.get("required", []))
        for name in sorted(up_props.keys() | our_props.keys()):
            at = f"{where}.{name}"
            if name not in our_props:
                self.lines.append(f"{at}: field only upstream")
                continue
            if name not in up_props:
                self.lines.append(f"{at}: field only ours")
                continue
            if (name in up_req) != (name in our_req):
                side = "upstream" if name in up_req else "ours"
                self.lines.append(f"{at}: required only {side}")
            up_null = nullable(self.upstream, up_props[name])
            if up_null != nullable(self.ours, our_props[name]):
                self.lines.append(f"{at}: nullable only {'upstream' if up_null else 'ours'}")
            self.schema(up_props[name], our_props[name], at)
