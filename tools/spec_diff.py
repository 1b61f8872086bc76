"""Compare spec/openapi.yaml with SoundCloud's contract (spec/upstream/contract.yaml).

    python tools/spec_diff.py [--all] [--ours FILE] [--contract FILE] [--deviations FILE]

Operation by operation (method + path): presence, deprecation, parameters (in, required, type,
enum, default, style, explode), request body media types and fields, response codes, media types
and body schemas (see tools/spec_diff_schemas.py). Each difference is one line.
spec/deviations.yaml lists the differences we chose, as patterns (`*` matches anything) with a
reason; the run fails on a difference no pattern covers and on a pattern that covers nothing (a
deviation that no longer exists).

Two normalisations keep the diff about the contract, not its spelling: media type parameters
(`; charset=utf-8`) are dropped, and a `deepObject` parameter `bpm` with properties `from`/`to` is
compared as the wire names `bpm[from]` and `bpm[to]`. SoundCloud names its token endpoint and
authorisation page only in `securitySchemes`; they become operations here, the token endpoint with
the `OAuthToken` schema as its form body.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from spec_diff_schemas import Comparison, Document, Schema, flatten, json_type

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FORM = "application/x-www-form-urlencoded"


class DeviationsError(Exception):
    """spec/deviations.yaml is malformed."""


@dataclass(frozen=True)
class Operation:
    key: str  # "GET /tracks"
    host: str
    node: dict[str, Any]
    params: dict[tuple[str, str], dict[str, Any]]


def media(name: str) -> str:
    return name.split(";", 1)[0].strip().lower()


def host_of(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0]


def parameters(doc: Document, path_item: dict[str, Any], node: dict[str, Any]) -> dict[Any, Any]:
    """(in, wire name) -> parameter; deepObject objects become one entry per bracketed name."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *node.get("parameters", [])]:
        param = doc.resolve(raw)
        schema = flatten(doc, param.get("schema", {}))
        if param.get("style") == "deepObject" and "properties" in schema:
            for prop, prop_schema in schema["properties"].items():
                wire = f"{param['name']}[{prop}]"
                found[(param["in"], wire)] = {
                    "name": wire,
                    "in": param["in"],
                    "schema": prop_schema,
                }
            continue
        found[(param["in"], param["name"])] = param
    return found


def operations(doc: Document) -> dict[str, Operation]:
    default_servers = doc.root.get("servers") or [{"url": ""}]
    found = {}
    for path, item in doc.root["paths"].items():
        for method in METHODS:
            if method in item:
                node = item[method]
                servers = node.get("servers") or item.get("servers") or default_servers
                key = f"{method.upper()} {path}"
                found[key] = Operation(
                    key, host_of(servers[0]["url"]), node, parameters(doc, item, node)
                )
    return found


def security_operations(doc: Document) -> dict[str, Operation]:
    """The OAuth URLs SoundCloud names only in `securitySchemes`, as operations."""
    found: dict[str, Operation] = {}
    schemes = doc.root.get("components", {}).get("securitySchemes", {})
    for scheme in schemes.values():
        for flow in scheme.get("flows", {}).values():
            for kind, method in (("authorizationUrl", "GET"), ("tokenUrl", "POST")):
                if kind not in flow:
                    continue
                url = flow[kind]
                key = f"{method} /{url.split('://', 1)[-1].split('/', 1)[1]}"
                node: dict[str, Any] = {"x-security-scheme": True}
                if method == "POST" and "OAuthToken" in doc.root["components"]["schemas"]:
                    schema = {"$ref": "#/components/schemas/OAuthToken"}
                    node["requestBody"] = {"content": {FORM: {"schema": schema}}}
                found[key] = Operation(key, host_of(url), node, {})
    return found


def param_facts(doc: Document, param: dict[str, Any]) -> dict[str, str]:
    schema = flatten(doc, param.get("schema", {}))
    where = param["in"]
    style = param.get("style", "form" if where in ("query", "cookie") else "simple")
    facts = {
        "required": str(bool(param.get("required", where == "path"))).lower(),
        "type": json_type(doc, param.get("schema", {})),
        "style": style,
        "explode": str(param.get("explode", style == "form")).lower(),
        "default": str(schema.get("default", "none")),
        "enum": ",".join(sorted(map(str, schema.get("enum", [])))) or "any",
    }
    if facts["type"] == "array":
        items = flatten(doc, schema.get("items", {}))
        facts["type"] = f"array of {items.get('type', 'any')}"
        facts["enum"] = ",".join(sorted(map(str, items.get("enum", [])))) or "any"
    return facts


@dataclass
class Differ:
    upstream: Document
    ours: Document

    def __post_init__(self) -> None:
        self.schemas = Comparison(self.upstream, self.ours)
        self.lines: list[str] = []

    def run(self) -> list[str]:
        up_ops = {**security_operations(self.upstream), **operations(self.upstream)}
        our_ops = operations(self.ours)
        for key in sorted(up_ops.keys() | our_ops.keys()):
            if key not in our_ops:
                self.lines.append(f"{key}: operation only upstream")
            elif key not in up_ops:
                self.lines.append(f"{key}: operation only ours")
            else:
                self.operation(up_ops[key], our_ops[key])
        return sorted([*self.lines, *self.schemas.lines])

    def operation(self, up: Operation, our: Operation) -> None:
        key = up.key
        if up.host != our.host:
            self.lines.append(f"{key}: host {up.host} upstream, {our.host} ours")
        if bool(up.node.get("deprecated")) != bool(our.node.get("deprecated")):
            side = "upstream" if up.node.get("deprecated") else "ours"
            self.lines.append(f"{key}: deprecated only {side}")
        self.parameters(up, our)
        self.bodies(
            f"{key} request",
            (up.node.get("requestBody") or {}).get("content"),
            (self.ours.resolve(our.node.get("requestBody") or {})).get("content"),
        )
        if not up.node.get("x-security-scheme"):
            self.responses(up, our)

    def parameters(self, up: Operation, our: Operation) -> None:
        for where, name in sorted(up.params.keys() | our.params.keys()):
            at = f"{up.key}: {where} parameter {name}"
            if (where, name) not in our.params:
                self.lines.append(f"{at}: only upstream")
                continue
            if (where, name) not in up.params:
                self.lines.append(f"{at}: only ours")
                continue
            up_facts = param_facts(self.upstream, up.params[(where, name)])
            our_facts = param_facts(self.ours, our.params[(where, name)])
            for fact, value in up_facts.items():
                if our_facts[fact] != value:
                    self.lines.append(f"{at}: {fact} {value} upstream, {our_facts[fact]} ours")

    def bodies(self, where: str, up: dict[str, Any] | None, our: dict[str, Any] | None) -> None:
        up_media = {media(name): entry or {} for name, entry in (up or {}).items()}
        our_media = {media(name): entry or {} for name, entry in (our or {}).items()}
        for name in sorted(up_media.keys() | our_media.keys()):
            at = f"{where} {name}"
            if name not in our_media:
                self.lines.append(f"{at}: media type only upstream")
            elif name not in up_media:
                self.lines.append(f"{at}: media type only ours")
            else:
                self.body_schema(at, up_media[name].get("schema"), our_media[name].get("schema"))

    def body_schema(self, at: str, up: Schema | None, our: Schema | None) -> None:
        if up is None or our is None:
            if up is not None or our is not None:
                self.lines.append(f"{at}: schema only {'upstream' if our is None else 'ours'}")
            return
        self.schemas.schema(up, our, at)

    def responses(self, up: Operation, our: Operation) -> None:
        up_codes = {str(code): r for code, r in up.node.get("responses", {}).items()}
        our_codes = {str(code): r for code, r in our.node.get("responses", {}).items()}
        for code in sorted(up_codes.keys() | our_codes.keys()):
            at = f"{up.key}: response {code}"
            if code not in our_codes:
                self.lines.append(f"{at} only upstream")
            elif code not in up_codes:
                self.lines.append(f"{at} only ours")
            else:
                up_content = self.upstream.resolve(up_codes[code]).get("content")
                self.bodies(at, up_content, self.ours.resolve(our_codes[code]).get("content"))


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def deviation_patterns(deviations: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(kind, pattern, reason) for every entry of spec/deviations.yaml.

    An entry without `match` must name a `generator_patch`: an upstream schema error that shows
    in no difference line but that tests/upstream/test_responses.py corrects (it checks the ids).
    """
    found = []
    for kind, entries in (deviations.get("deviations") or {}).items():
        for entry in entries:
            match, reason = entry.get("match"), entry.get("reason")
            if not (match or entry.get("generator_patch")):
                raise DeviationsError(f"{kind}: an entry needs `match` or `generator_patch`")
            if not isinstance(reason, str) or not reason.strip():
                raise DeviationsError(f"{kind}: every entry needs a one-line `reason`: {entry}")
            patterns = match if isinstance(match, list) else [match] if match else []
            found.extend((kind, str(pattern), reason) for pattern in patterns)
    return found


def generator_patches(deviations: dict[str, Any]) -> set[str]:
    """Ids of the upstream schema errors the response tests correct, as the file lists them."""
    return {
        str(entry["generator_patch"])
        for entries in (deviations.get("deviations") or {}).values()
        for entry in entries
        if entry.get("generator_patch")
    }


def matches(pattern: str, line: str) -> bool:
    """Glob with `*` as the only wildcard: difference lines are full of `[]` and `?` is rare."""
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, line) is not None


def triage(lines: list[str], patterns: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """(differences no pattern covers, patterns that cover no difference)."""
    used: set[str] = set()
    unlisted = []
    for line in lines:
        hits = [p for _, p, _ in patterns if matches(p, line)]
        used.update(hits)
        if not hits:
            unlisted.append(line)
    stale = [f"{kind}: {p}" for kind, p, _ in patterns if p not in used]
    return unlisted, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("--contract", type=Path, default=ROOT / "spec/upstream/contract.yaml")
    parser.add_argument("--deviations", type=Path, default=ROOT / "spec" / "deviations.yaml")
    parser.add_argument("--all", action="store_true", help="also print listed deviations")
    args = parser.parse_args(argv)
    contract = load_yaml(args.contract)
    lines = Differ(Document(contract), Document(load_yaml(args.ours))).run()
    try:
        patterns = deviation_patterns(load_yaml(args.deviations) or {})
    except DeviationsError as exc:
        print(f"spec-diff: {args.deviations}: {exc}", file=sys.stderr)
        return 2
    unlisted, stale = triage(lines, patterns)
    source = contract.get("x-upstream", {})
    print(
        f"spec-diff: {args.ours.name} vs SoundCloud {source.get('tag', '?')}: "
        f"{len(lines)} differences, {len(lines) - len(unlisted)} listed as deviations"
    )
    if args.all:
        print("\n".join(f"  listed: {line}" for line in lines if line not in unlisted))
    for line in unlisted:
        print(f"  NOT LISTED: {line}")
    for entry in stale:
        print(f"  STALE DEVIATION (matches nothing): {entry}")
    return 1 if unlisted or stale else 0


if __name__ == "__main__":
    sys.exit(main())
