"""tools/spec_diff.py on a synthetic pair of documents, its deviations file, and the real spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import spec_diff
import yaml
from spec_diff_schemas import Document

from .conftest import ROOT

THING_REF = {"$ref": "#/components/schemas/Thing"}
UPSTREAM: dict[str, Any] = {
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/things": {
            "get": {
                "parameters": [
                    {"in": "query", "name": "q", "schema": {"type": "string"}},
                    {
                        "in": "query",
                        "name": "size",
                        "style": "deepObject",
                        "schema": {"type": "object", "properties": {"from": {"type": "integer"}}},
                    },
                ],
                "responses": {
                    "200": {"content": {"application/json; charset=utf-8": {"schema": THING_REF}}}
                },
            }
        },
        "/gone": {"delete": {"responses": {"200": {}}}},
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "urn": {"type": "string"},
                    "made_at": {"type": "string", "format": "date-time"},
                    "colour": {"type": "string", "enum": ["red", "blue"]},
                    "parent": {"allOf": [THING_REF]},
                },
            },
            "OAuthToken": {"type": "object", "properties": {"code": {"type": "string"}}},
        },
        "securitySchemes": {
            "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token"}},
            }
        },
    },
}


def identical_ours() -> dict[str, Any]:
    """Our side saying the same thing in our spelling: flat bracketed names, plain media types."""
    ours = copy.deepcopy(UPSTREAM)
    get = ours["paths"]["/things"]["get"]
    get["parameters"][1] = {"in": "query", "name": "size[from]", "schema": {"type": "integer"}}
    get["responses"]["200"]["content"] = {"application/json": {"schema": THING_REF}}
    ours["components"].pop("securitySchemes")
    ours["paths"]["/token"] = {
        "servers": [{"url": "https://auth.example.com"}],
        "post": {
            "requestBody": {
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/OAuthToken"}
                    }
                }
            },
            "responses": {"200": {}},
        },
    }
    return ours


def diff(ours: dict[str, Any]) -> list[str]:
    return spec_diff.Differ(Document(copy.deepcopy(UPSTREAM)), Document(ours)).run()


def test_the_same_contract_in_our_spelling_has_no_difference() -> None:
    assert diff(identical_ours()) == []


def test_operations_and_parameters() -> None:
    ours = identical_ours()
    del ours["paths"]["/gone"]
    ours["paths"]["/legacy"] = {"get": {"responses": {"200": {}}}}
    params = ours["paths"]["/things"]["get"]["parameters"]
    params[0].update(required=True, schema={"type": "integer", "default": 5})
    params.append({"in": "query", "name": "extra", "schema": {"type": "boolean"}})
    assert diff(ours) == sorted(
        [
            "DELETE /gone: operation only upstream",
            "GET /legacy: operation only ours",
            "GET /things: query parameter extra: only ours",
            "GET /things: query parameter q: required false upstream, true ours",
            "GET /things: query parameter q: type string upstream, integer ours",
            "GET /things: query parameter q: default none upstream, 5 ours",
        ]
    )


def test_responses_media_types_and_bodies() -> None:
    ours = identical_ours()
    responses = ours["paths"]["/things"]["get"]["responses"]
    responses["429"] = {}
    responses["200"]["content"]["text/html"] = {}
    ours["paths"]["/gone"]["delete"]["responses"]["200"] = {
        "content": {"application/json": {"schema": {"type": "object"}}}
    }
    assert diff(ours) == sorted(
        [
            "DELETE /gone: response 200 application/json: media type only ours",
            "GET /things: response 200 text/html: media type only ours",
            "GET /things: response 429 only ours",
        ]
    )


def test_component_fields_are_reported_once_under_the_schema() -> None:
    ours = identical_ours()
    props = ours["components"]["schemas"]["Thing"]["properties"]
    props["id"] = {"type": "integer"}
    del props["colour"]
    props["made_at"] = {"type": "string", "nullable": True}
    props["urn"] = {"type": "integer"}
    ours["components"]["schemas"]["Thing"]["required"] = ["urn"]
    props["parent"] = {"allOf": [THING_REF], "nullable": True}
    assert diff(ours) == sorted(
        [
            "schema Thing.colour: field only upstream",
            "schema Thing.id: field only ours",
            "schema Thing.made_at: nullable only ours",
            "schema Thing.made_at: format date-time upstream, none ours",
            "schema Thing.parent: nullable only ours",
            "schema Thing.urn: required only ours",
            "schema Thing.urn: type string upstream, integer ours",
        ]
    )


def test_enums_alternatives_and_renamed_components() -> None:
    ours = identical_ours()
    schemas = ours["components"]["schemas"]
    schemas["Item"] = schemas.pop("Thing")
    schemas["Item"]["properties"]["colour"]["enum"] = ["red"]
    schemas["Item"]["properties"]["parent"] = {"allOf": [{"$ref": "#/components/schemas/Item"}]}
    item = {"$ref": "#/components/schemas/Item"}
    ours["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"] = {
        "schema": {"oneOf": [item, {"type": "array", "items": item}]}
    }
    assert diff(ours) == sorted(
        [
            "GET /things: response 200 application/json: alternative of type array only ours",
            "schema Thing=Item.colour: enum blue,red upstream, red ours",
        ]
    )


def test_the_token_endpoint_named_only_in_security_schemes_is_compared() -> None:
    ours = identical_ours()
    body = ours["paths"]["/token"]["post"]["requestBody"]["content"]
    body["application/x-www-form-urlencoded"]["schema"] = {
        "type": "object",
        "properties": {"code": {"type": "string"}, "code_verifier": {"type": "string"}},
    }
    assert diff(ours) == sorted(
        ["POST /token request application/x-www-form-urlencoded.code_verifier: field only ours"]
    )
    ours["paths"]["/token"]["servers"] = [{"url": "https://api.example.com"}]
    assert "POST /token: host auth.example.com upstream, api.example.com ours" in diff(ours)


LINES = [
    "GET /a[b]: query parameter x: only ours",
    "GET /c: response 429 only ours",
    "GET /d: response 429 only ours",
    "GET /e: operation only ours",
]


def test_triage_splits_listed_unlisted_and_stale() -> None:
    patterns = [
        ("kind1", "GET /a[b]: query parameter x: only ours", "brackets are literal"),
        ("kind2", "*: response 429 only ours", "throttling"),
        ("kind3", "GET /gone: operation only ours", "no longer true"),
    ]
    unlisted, stale = spec_diff.triage(LINES, patterns)
    assert unlisted == ["GET /e: operation only ours"]
    assert stale == ["kind3: GET /gone: operation only ours"]
    assert not spec_diff.matches("GET /a?b?: query parameter x: only ours", LINES[0])


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def cli(tmp_path: Path, ours: dict[str, Any], deviations: dict[str, Any]) -> int:
    return spec_diff.main(
        [
            "--ours",
            str(write(tmp_path, "ours.yaml", ours)),
            "--contract",
            str(write(tmp_path, "contract.yaml", UPSTREAM)),
            "--deviations",
            str(write(tmp_path, "deviations.yaml", deviations)),
        ]
    )


def test_cli_fails_on_unlisted_and_stale_and_passes_when_listed(
    tmp_path: Path, capsys: Any
) -> None:
    ours = identical_ours()
    ours["paths"]["/legacy"] = {"get": {"responses": {"200": {}}}}
    assert cli(tmp_path, ours, {}) == 1
    assert "NOT LISTED: GET /legacy: operation only ours" in capsys.readouterr().out
    listed = {"deviations": {"legacy": [{"match": "GET /legacy: *", "reason": "kept"}]}}
    assert cli(tmp_path, ours, listed) == 0
    assert "1 differences, 1 listed" in capsys.readouterr().out
    assert cli(tmp_path, identical_ours(), listed) == 1
    assert "STALE DEVIATION (matches nothing): legacy: GET /legacy: *" in capsys.readouterr().out


@pytest.mark.parametrize(
    "entry", [{"match": "x"}, {"reason": "why"}, {"match": "x", "reason": " "}]
)
def test_an_entry_without_match_or_reason_is_refused(tmp_path: Path, entry: Any) -> None:
    assert cli(tmp_path, identical_ours(), {"deviations": {"k": [entry]}}) == 2


def test_our_spec_differs_from_upstream_only_where_deviations_say(capsys: Any) -> None:
    """What `make spec-diff` runs: the committed spec, contract and deviations agree."""
    assert spec_diff.main([]) == 0, capsys.readouterr().out
    deviations = yaml.safe_load((ROOT / "spec" / "deviations.yaml").read_text(encoding="utf-8"))
    for kind, entries in deviations["deviations"].items():
        for entry in entries:
            assert "\n" not in entry["reason"].strip(), f"{kind}: reasons are one line"
