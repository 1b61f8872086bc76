"""tools/upstream.py: the contract holds facts only, is stable, and round-trips a small document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import upstream
import yaml

from .conftest import CONTRACT

COMMIT = "abf5d576ff2aa2f548ef3f29cd8bb8bc7d91c6ac"
PROSE = {"description", "summary", "example", "examples", "title", "externalDocs"}

# A tiny upstream document with every kind of prose and SoundCloud's quirks: a string default on
# an array parameter (fails strict validation), shared parameter/response components, a property
# literally called `description`, and an `allOf` part that is only a description.
SYNTHETIC: dict[str, Any] = {
    "openapi": "3.0.4",
    "info": {"title": "Made up", "description": "Long prose.", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com", "description": "prod"}],
    "tags": [{"name": "things", "description": "Things endpoints."}],
    "paths": {
        "/things/{thing_urn}": {
            "parameters": [{"$ref": "#/components/parameters/thing_urn"}],
            "get": {
                "summary": "Get a thing",
                "description": "Returns it.",
                "tags": ["things"],
                "parameters": [{"$ref": "#/components/parameters/access"}],
                "responses": {
                    "200": {"$ref": "#/components/responses/Thing"},
                    "404": {"description": "Not found"},
                },
            },
        }
    },
    "components": {
        "parameters": {
            "thing_urn": {
                "in": "path",
                "name": "thing_urn",
                "required": True,
                "description": "The URN.",
                "schema": {"type": "string", "example": "x:1"},
            },
            "access": {
                "in": "query",
                "name": "access",
                "style": "form",
                "explode": False,
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["a", "b"]},
                    "default": "a,b",
                    "description": "Which.",
                },
            },
        },
        "responses": {
            "Thing": {
                "description": "Success",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/Thing"},
                        "examples": {"default": {"value": {"description": "hi"}}},
                    }
                },
            }
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "title": "A thing",
                "description": "Prose about things.",
                "required": ["urn"],
                "properties": {
                    "urn": {"type": "string", "example": "x:1"},
                    "description": {"type": "string", "nullable": True, "description": "Text."},
                    "owner": {
                        "allOf": [{"$ref": "#/components/schemas/Thing"}, {"description": "x"}]
                    },
                    "size": {"type": "integer", "format": "int64", "minimum": 0},
                },
            }
        },
        "examples": {"Thing": {"value": {"urn": "x:1"}}},
    },
}

EXPECTED_PATHS = {
    "/things/{thing_urn}": {
        "get": {
            "tags": ["things"],
            "parameters": [
                {"in": "path", "name": "thing_urn", "required": True, "schema": {"type": "string"}},
                {
                    "in": "query",
                    "name": "access",
                    "style": "form",
                    "explode": False,
                    "schema": {
                        "type": "array",
                        "items": {"type": "string", "enum": ["a", "b"]},
                        "default": "a,b",
                    },
                },
            ],
            "responses": {
                "200": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "404": {},
            },
        }
    }
}
EXPECTED_THING = {
    "type": "object",
    "required": ["urn"],
    "properties": {
        "urn": {"type": "string"},
        "description": {"type": "string", "nullable": True},
        "owner": {"allOf": [{"$ref": "#/components/schemas/Thing"}]},
        "size": {"type": "integer", "format": "int64", "minimum": 0},
    },
}


def prose_keys(node: Any, where: str = "") -> list[str]:
    """Prose keywords anywhere, except as names inside a `properties` map (a field `description`)
    and the contract's own `info` (OpenAPI requires a title; the tool writes its own)."""
    found: list[str] = []
    if where == "/info":
        assert node == {"title": upstream.TITLE, "version": node["version"]}
        return found
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE:
                found.append(f"{where}/{key}")
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    found += prose_keys(prop, f"{where}/properties/{name}")
            else:
                found += prose_keys(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += prose_keys(item, f"{where}/{index}")
    return found


def run(tmp_path: Path, document: dict[str, Any], name: str = "contract.yaml") -> Path:
    source, out = tmp_path / f"in-{name}", tmp_path / name
    source.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    assert upstream.main([str(source), "--tag", "t1", "--commit", COMMIT, "--out", str(out)]) == 0
    return out


def test_a_synthetic_document_round_trips_to_its_facts(tmp_path: Path) -> None:
    contract = yaml.safe_load(run(tmp_path, SYNTHETIC).read_text(encoding="utf-8"))
    assert contract["paths"] == EXPECTED_PATHS
    assert contract["components"]["schemas"] == {"Thing": EXPECTED_THING}
    assert contract["x-upstream"] == {
        "repository": "soundcloud/api",
        "file": "openapi/api.yaml",
        "tag": "t1",
        "commit": COMMIT,
        "upstream-version": "1.0.0",
    }
    assert contract["servers"] == [{"url": "https://api.example.com"}]
    assert prose_keys(contract) == []


def test_output_is_stable_whatever_the_input_order(tmp_path: Path) -> None:
    first = run(tmp_path, SYNTHETIC, "a.yaml").read_bytes()
    again = run(tmp_path, SYNTHETIC, "b.yaml").read_bytes()
    reordered = yaml.safe_load(yaml.safe_dump(SYNTHETIC, sort_keys=True))
    shuffled = run(tmp_path, dict(reversed(list(reordered.items()))), "c.yaml").read_bytes()
    assert first == again == shuffled
    assert b"&id" not in first  # shared enum lists are written out, not as YAML anchors


def test_the_header_names_the_source(tmp_path: Path) -> None:
    head = run(tmp_path, SYNTHETIC).read_text(encoding="utf-8").splitlines()[:3]
    assert head[2] == f"# Source: soundcloud/api openapi/api.yaml, tag t1, commit {COMMIT}"


def test_a_document_without_paths_is_refused(tmp_path: Path, capsys: Any) -> None:
    source = tmp_path / "bad.yaml"
    source.write_text("openapi: 3.0.0\ninfo: {}\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert upstream.main([str(source), "--tag", "t", "--commit", COMMIT, "--out", str(out)]) == 1
    assert "no `paths` mapping" in capsys.readouterr().err
    assert not out.exists()


def test_a_short_commit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        upstream.main([str(tmp_path / "x.yaml"), "--tag", "t", "--commit", "abf5d57"])
    assert raised.value.code == 2


def test_the_committed_contract_is_facts_only_and_names_its_source() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    contract = yaml.safe_load(text)
    assert prose_keys(contract) == []
    assert contract["x-upstream"]["tag"] == "2026-07-19"
    assert contract["x-upstream"]["commit"] == COMMIT
    assert COMMIT in text.splitlines()[2]
    operations = [m for item in contract["paths"].values() for m in item]
    assert len(operations) == 64
    # Output of the tool as committed: dumping it again changes nothing.
    assert upstream.dump(contract) == text
