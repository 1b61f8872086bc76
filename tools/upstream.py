"""Derive spec/upstream/contract.yaml, a facts-only contract, from SoundCloud's published OpenAPI.

    python tools/upstream.py path/to/api.yaml --tag 2026-07-19 --commit <sha> [--out FILE]

SoundCloud's document is loaded leniently (it fails strict validation: string defaults on array
parameters) and reduced to what a machine can check: operations, parameters, request bodies,
response codes and media types, and component schemas with their types, formats, enums, required
and nullable flags. Every keyword outside the allowlists below is dropped, so descriptions,
summaries, examples and titles never reach the repository. Parameters and responses are inlined
(SoundCloud reuses one component under several names); schemas keep their `$ref`s.

The output is sorted and stable: a newer upstream release is one command and a reviewable diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "spec" / "upstream" / "contract.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Schema keywords that state facts. `title`, `description` and `example` are prose and go.
SCHEMA_FACTS = {
    "type",
    "format",
    "enum",
    "default",
    "required",
    "nullable",
    "deprecated",
    "readOnly",
    "writeOnly",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
}
SCHEMA_NESTED = {"items", "not", "additionalProperties"}
SCHEMA_LISTS = {"allOf", "anyOf", "oneOf"}
PARAMETER_FACTS = ("name", "in", "required", "deprecated", "style", "explode", "allowEmptyValue")
# OpenAPI requires `info.title`; ours, never SoundCloud's.
TITLE = "SoundCloud public API (facts-only contract)"
HEADER = (
    "Facts-only contract derived by tools/upstream.py from SoundCloud's published OpenAPI.\n"
    "Do not edit: regenerate with make upstream UPSTREAM=... UPSTREAM_TAG=... UPSTREAM_COMMIT=..."
)


class UpstreamError(Exception):
    """The upstream document has a construct this tool does not understand."""


def load(path: Path) -> dict[str, Any]:
    """Parse without validating: SoundCloud's document is not strictly valid OpenAPI."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise UpstreamError(f"{path}: not an OpenAPI document (no `paths` mapping)")
    return document


def deref(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (parameters, responses, request bodies) to the node itself."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise UpstreamError(f"unsupported or cyclic $ref {ref!r}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def schema_facts(node: Any) -> Any:
    """A schema with only fact keywords; property names (even `description`) are kept."""
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"$ref": node["$ref"]}
    out: dict[str, Any] = {key: node[key] for key in SCHEMA_FACTS if key in node}
    for key in SCHEMA_NESTED & node.keys():
        out[key] = schema_facts(node[key])
    for key in SCHEMA_LISTS & node.keys():
        parts = [schema_facts(part) for part in node[key]]
        # `allOf: [{description: ...}]` parts carry nothing once the prose is gone.
        out[key] = [part for part in parts if part != {}]
    if "properties" in node:
        out["properties"] = {name: schema_facts(p) for name, p in node["properties"].items()}
    return out


def content_facts(document: dict[str, Any], content: dict[str, Any] | None) -> dict[str, Any]:
    """Media type -> {schema?}; examples are dropped, a media type without schema stays."""
    out: dict[str, Any] = {}
    for media_type, entry in (content or {}).items():
        schema = (entry or {}).get("schema")
        out[media_type] = {"schema": schema_facts(schema)} if schema else {}
    return out


def parameter_facts(document: dict[str, Any], raw: Any) -> dict[str, Any]:
    param = deref(document, raw)
    out = {key: param[key] for key in PARAMETER_FACTS if key in param}
    if "schema" in param:
        out["schema"] = schema_facts(param["schema"])
    return out


def response_facts(document: dict[str, Any], raw: Any) -> dict[str, Any]:
    response = deref(document, raw)
    out: dict[str, Any] = {}
    if response.get("content"):
        out["content"] = content_facts(document, response["content"])
    if response.get("headers"):
        out["headers"] = {
            name: {"schema": schema_facts(deref(document, header).get("schema", {}))}
            for name, header in response["headers"].items()
        }
    return out


def operation_facts(
    document: dict[str, Any], path_item: dict[str, Any], node: dict[str, Any]
) -> dict[str, Any]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *node.get("parameters", [])]:
        param = parameter_facts(document, raw)
        merged[(param["in"], param["name"])] = param
    out: dict[str, Any] = {
        "responses": {
            str(code): response_facts(document, response)
            for code, response in node.get("responses", {}).items()
        }
    }
    for key in ("operationId", "tags", "deprecated", "security"):
        if key in node:
            out[key] = node[key]
    if merged:
        out["parameters"] = [merged[key] for key in sorted(merged)]
    if "requestBody" in node:
        body = deref(document, node["requestBody"])
        out["requestBody"] = {"content": content_facts(document, body.get("content"))}
        if "required" in body:
            out["requestBody"]["required"] = body["required"]
    return out


def security_facts(schemes: dict[str, Any]) -> dict[str, Any]:
    """Scheme types, header names and the OAuth URLs (the token endpoint is only named here)."""
    out: dict[str, Any] = {}
    for name, scheme in schemes.items():
        facts = {key: scheme[key] for key in ("type", "in", "name", "scheme") if key in scheme}
        if "flows" in scheme:
            facts["flows"] = {
                flow: {key: value for key, value in body.items() if key.endswith("Url")}
                for flow, body in scheme["flows"].items()
            }
        out[name] = facts
    return out


def contract(document: dict[str, Any], tag: str, commit: str) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, path_item in document["paths"].items():
        methods = [m for m in METHODS if m in path_item]
        paths[path] = {m: operation_facts(document, path_item, path_item[m]) for m in methods}
    components = document.get("components", {})
    return {
        "openapi": document.get("openapi", "3.0.0"),
        "info": {"title": TITLE, "version": tag},
        "x-upstream": {
            "repository": "soundcloud/api",
            "file": "openapi/api.yaml",
            "tag": tag,
            "commit": commit,
            "upstream-version": str(document.get("info", {}).get("version", "")),
        },
        "servers": [{"url": s["url"]} for s in document.get("servers", [])],
        "security": document.get("security", []),
        "paths": paths,
        "components": {
            "schemas": {n: schema_facts(s) for n, s in components.get("schemas", {}).items()},
            "securitySchemes": security_facts(components.get("securitySchemes", {})),
        },
    }


class _PlainDumper(yaml.SafeDumper):
    """Writes shared lists (one enum reused by two schemas) in full instead of as `&id001`."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: dict[str, Any]) -> str:
    body = yaml.dump(data, Dumper=_PlainDumper, sort_keys=True, allow_unicode=True, width=100)
    source = data["x-upstream"]
    lines = [
        *HEADER.splitlines(),
        f"Source: {source['repository']} {source['file']}, tag {source['tag']}, "
        f"commit {source['commit']}",
    ]
    return "".join(f"# {line}\n" for line in lines) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", type=Path, help="SoundCloud's openapi/api.yaml")
    parser.add_argument("--tag", required=True, help="release tag of soundcloud/api")
    parser.add_argument("--commit", required=True, help="commit of soundcloud/api (40 hex)")
    parser.add_argument("--out", type=Path, default=CONTRACT)
    args = parser.parse_args(argv)
    if len(args.commit) != 40 or not all(c in "0123456789abcdef" for c in args.commit):
        parser.error("--commit must be a full 40-character lower-case hex sha")
    try:
        text = dump(contract(load(args.upstream), args.tag, args.commit))
    except (UpstreamError, KeyError, TypeError) as exc:
        print(f"upstream: {args.upstream}: {exc!r}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    ops = sum(len(item) for item in yaml.safe_load(text)["paths"].values())
    print(f"upstream: wrote {args.out} ({ops} operations, tag {args.tag})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
