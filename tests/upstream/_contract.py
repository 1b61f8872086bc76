"""SoundCloud's contract (spec/upstream/contract.yaml) as the tests read it.

`check_request` is a strict request validator against the UPSTREAM operations: method and path
template, every query parameter declared (with its type, enum and `style`), required ones present,
the request body's media type and fields declared with the right types, nothing extra. The only
things it tolerates beyond the contract are the `query parameter ...: only ours` differences that
spec/deviations.yaml lists (so the tolerance is reviewed in one place).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import jsonschema
import spec_diff
import yaml
from spec_diff_schemas import Document, flatten

from ..endpoints._spec_cases import parse_multipart
from .conftest import CONTRACT, ROOT

METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def contract() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))


def document() -> Document:
    return Document(contract())


@functools.cache
def deviation_patterns() -> tuple[tuple[str, str, str], ...]:
    text = (ROOT / "spec" / "deviations.yaml").read_text(encoding="utf-8")
    return tuple(spec_diff.deviation_patterns(yaml.safe_load(text)))


@dataclass(frozen=True)
class UpstreamOperation:
    method: str  # upper case
    path: str
    node: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def regex(self) -> re.Pattern[str]:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        return re.compile(f"^{pattern}$")

    def params(self, where: str) -> dict[str, dict[str, Any]]:
        return {p["name"]: p for p in self.node.get("parameters", []) if p["in"] == where}


def upstream_operations() -> list[UpstreamOperation]:
    return [
        UpstreamOperation(method.upper(), path, item[method])
        for path, item in sorted(contract()["paths"].items())
        for method in METHODS
        if method in item
    ]


def inline(node: Any, strict: bool) -> Any:
    """A JSON Schema with every `$ref` inlined; `strict` forbids properties not declared."""
    if isinstance(node, list):
        return [inline(item, strict) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return inline(document().resolve(node), strict)
    out = {key: inline(value, strict) for key, value in node.items() if key != "nullable"}
    if strict and "properties" in out and "allOf" not in out:
        out["additionalProperties"] = False
    return out


def merged_schema(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf` parts merged, so additionalProperties can be judged on the whole object."""
    return flatten(document(), node)


@dataclass
class RequestCheck:
    op: UpstreamOperation
    request: httpx.Request
    problems: list[str]

    def fail(self, message: str) -> None:
        self.problems.append(f"{self.op.key}: {message}")

    def tolerated(self, line: str) -> bool:
        return any(spec_diff.matches(pattern, line) for _, pattern, _ in deviation_patterns())

    def path(self) -> None:
        raw = self.request.url.raw_path.partition(b"?")[0].decode()
        match = self.op.regex.match(raw)
        if match is None:
            self.fail(f"path {raw} does not fit {self.op.path}")
            return
        for name, value in match.groupdict().items():
            self.value(f"path parameter {name}", unquote(value), self.op.params("path")[name])

    def query(self) -> None:
        pairs = parse_qsl(self.request.url.query.decode(), keep_blank_values=True)
        declared = self.wire_params()
        seen: dict[str, int] = {}
        for name, value in pairs:
            seen[name] = seen.get(name, 0) + 1
            if name in declared:
                self.value(f"query parameter {name}", value, declared[name])
            elif not self.tolerated(f"{self.op.key}: query parameter {name}: only ours"):
                self.fail(f"query parameter {name!r} is not in the contract")
        for name, count in seen.items():
            if count > 1:
                self.fail(f"query parameter {name!r} sent {count} times")
        for name, param in declared.items():
            if param.get("required") and name not in seen:
                self.fail(f"required query parameter {name!r} missing")

    def wire_params(self) -> dict[str, dict[str, Any]]:
        """Query parameters by wire name; a deepObject `bpm` is `bpm[from]` and `bpm[to]`."""
        found: dict[str, dict[str, Any]] = {}
        for name, param in self.op.params("query").items():
            schema = param.get("schema", {})
            if param.get("style") == "deepObject":
                for prop, prop_schema in schema.get("properties", {}).items():
                    found[f"{name}[{prop}]"] = {"schema": prop_schema, "style": "form"}
            else:
                found[name] = param
        return found

    def value(self, what: str, text: str, param: dict[str, Any]) -> None:
        schema = merged_schema(param.get("schema", {}))
        if schema.get("type") == "array":
            if param.get("explode", param.get("style", "form") == "form"):
                self.fail(f"{what}: exploded arrays are not expected here")
            for item in text.split(","):
                self.scalar(what, item, merged_schema(schema.get("items", {})))
            return
        self.scalar(what, text, schema)

    def scalar(self, what: str, text: str, schema: dict[str, Any]) -> None:
        kind = schema.get("type", "string")
        if text == "":
            self.fail(f"{what}: empty value")
        elif kind == "integer" and not re.fullmatch(r"-?\d+", text):
            self.fail(f"{what}: {text!r} is not an integer")
        elif kind == "integer" and not (
            schema.get("minimum", -(10**18)) <= int(text) <= schema.get("maximum", 10**18)
        ):
            self.fail(f"{what}: {text} outside {schema.get('minimum')}..{schema.get('maximum')}")
        elif kind == "boolean" and text not in ("true", "false"):
            self.fail(f"{what}: {text!r} is not true/false")
        elif "enum" in schema and text not in map(str, schema["enum"]):
            self.fail(f"{what}: {text!r} not in {schema['enum']}")

    def body(self) -> None:
        declared = (self.op.node.get("requestBody") or {}).get("content", {})
        content_type = self.request.headers.get("content-type")
        body = self.request.read()
        if not declared:
            if body or content_type:
                self.fail(f"sends a body ({content_type}) where the contract has none")
            return
        media = (content_type or "").split(";", 1)[0].strip()
        by_media = {name.split(";", 1)[0].strip(): entry for name, entry in declared.items()}
        if media not in by_media:
            self.fail(f"content type {media!r} not among {sorted(by_media)}")
            return
        schema = by_media[media].get("schema", {})
        if media == "application/json":
            self.json_body(body, schema)
        elif media == "multipart/form-data":
            self.multipart_body(schema)
        else:
            self.fail(f"no checker for {media}")

    def json_body(self, body: bytes, schema: dict[str, Any]) -> None:
        try:
            data = json.loads(body)
        except ValueError as exc:
            self.fail(f"JSON body does not parse: {exc}")
            return
        validator = jsonschema.Draft7Validator(inline(schema, strict=True))
        for error in sorted(validator.iter_errors(data), key=str):
            where = "/".join(map(str, error.absolute_path)) or "(body)"
            self.fail(f"JSON body at {where}: {error.message}")

    def multipart_body(self, schema: dict[str, Any]) -> None:
        flat = merged_schema(schema)
        props = flat.get("properties", {})
        _, parts = parse_multipart(self.request)
        for name in flat.get("required", []):
            if name not in parts:
                self.fail(f"required form field {name!r} missing")
        for name, values in parts.items():
            if name not in props:
                self.fail(f"form field {name!r} is not in the contract")
                continue
            prop = merged_schema(props[name])
            if len(values) > 1 and prop.get("type") != "array":
                self.fail(f"form field {name!r} sent as {len(values)} parts; the contract has one")
            for filename, _, data in values:
                self.part(name, filename, data, prop)

    def part(self, name: str, filename: str | None, data: bytes, prop: dict[str, Any]) -> None:
        if prop.get("format") == "binary":
            if not filename:
                self.fail(f"form field {name!r} is a file upload but has no filename")
            return
        if filename:
            self.fail(f"form field {name!r} is text but was sent as a file")
        self.scalar(f"form field {name}", data.decode(), prop)


def find_operation(request: httpx.Request) -> UpstreamOperation | None:
    """The upstream operation a request addresses; literal segments win over `{parameters}`."""
    raw = request.url.raw_path.partition(b"?")[0].decode()
    matching = [
        op for op in upstream_operations() if op.method == request.method and op.regex.match(raw)
    ]
    return min(matching, key=lambda op: op.path.count("{")) if matching else None


def check_request(op: UpstreamOperation, request: httpx.Request) -> list[str]:
    """Every way `request` breaks the upstream contract of `op` (empty when it fits)."""
    check = RequestCheck(op, request, [])
    if request.method != op.method:
        check.fail(f"method {request.method}")
    server = contract()["servers"][0]["url"]
    if request.url.host != httpx.URL(server).host or request.url.scheme != "https":
        check.fail(f"sent to {request.url.scheme}://{request.url.host}, not {server}")
    check.path()
    check.query()
    check.body()
    return check.problems
