"""Responses SoundCloud's contract allows parse through the facade.

For every upstream operation and success status, bodies are generated from the contract's schema
(tests/upstream/_generate.py): optional fields absent, `null` where
nullable, enum values SoundCloud has not documented, undocumented extra fields. Where the contract
documents no body, the answer is empty. The facade method must return without raising.

Operations whose bodies contain tracks or playlists also run with `kind` pinned to its known value,
so the rest of the schema is checked even while a `kind` defect makes the free variant fail.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass
from typing import Any

import httpx
import jsonschema
import pytest
import spec_diff
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ..endpoints._spec import Operation
from ._contract import UpstreamOperation, upstream_operations
from ._facade import API_HOST, HANDWRITTEN, OURS, TRACK_JSON, invoke
from ._generate import (
    HEADER_PATCHES,
    PATCHES,
    UNKNOWN_ENUM_VALUE,
    UNKNOWN_FIELD,
    json_schema,
    patched_schemas,
    strategy_for,
)
from .conftest import ROOT

# Bounded: a handful of bodies per case keeps the module within seconds on two cores.
SETTINGS = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure prints its body as is
    suppress_health_check=list(HealthCheck),
)
API_TRACK = "https://api.soundcloud.com/tracks/soundcloud:tracks:13158665"
CDN_PREVIEW = "https://cf-preview-media.sndcdn.com/preview/0/30/abc.mp3?Policy=x"


@dataclass(frozen=True)
class ResponseCase:
    upstream: UpstreamOperation
    ours: Operation
    status: int
    variant: str  # "as-upstream" or "empty-body"
    schema: str | None  # JSON Schema as canonical YAML text (hashable, cached strategy)

    @property
    def id(self) -> str:
        return f"{self.upstream.key} {self.status} [{self.variant}]"


def body_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    schemas = [entry.get("schema") for entry in response.get("content", {}).values()]
    found = [schema for schema in schemas if schema]
    return found[0] if found else None


def cases() -> list[ResponseCase]:
    schemas = patched_schemas()
    found = []
    for up in upstream_operations():
        ours = OURS[(up.method, up.path)]
        for code, response in sorted(up.node["responses"].items()):
            if not 200 <= int(code) < 400:
                continue
            node = body_schema(response)
            if node is None:
                found.append(ResponseCase(up, ours, int(code), "empty-body", None))
                continue
            text = yaml.safe_dump(json_schema(node, schemas), sort_keys=True)
            found.append(ResponseCase(up, ours, int(code), "as-upstream", text))
    return found


CASES = cases()


@functools.cache
def strategy(schema: str) -> st.SearchStrategy[Any]:
    return strategy_for(yaml.safe_load(schema))


def answer(case: ResponseCase, body: Any, request: httpx.Request) -> httpx.Response:
    """`body` for the operation's own request; the API track for a followed /resolve redirect."""
    if request.url.path != "/resolve" and case.ours.operation_id == "resolve":
        return httpx.Response(200, json=TRACK_JSON)
    if case.schema is None:
        return httpx.Response(case.status)
    headers = {}
    if case.status == 302:  # upstream error: SoundCloud declares no Location; it sends one
        headers["location"] = API_TRACK if case.ours.operation_id == "resolve" else CDN_PREVIEW
    return httpx.Response(case.status, json=body, headers=headers)


async def parse(case: ResponseCase, body: Any) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host != API_HOST and request.url.path == "/sign-out":
            # sign_out() tries the auth host's form first; a 404 there makes it use the API
            # host's form, which is the one SoundCloud's spec documents.
            return httpx.Response(404)
        assert request.url.host == API_HOST
        return answer(case, body, request)

    variants = HANDWRITTEN.get(case.ours.operation_id)
    return await invoke(case.ours, variants[0][1] if variants else None, handler)


def run_case(case: ResponseCase) -> None:
    if case.schema is None:
        asyncio.run(parse(case, None))
        return

    @SETTINGS
    @given(body=strategy(case.schema))
    def parses(body: Any) -> None:
        asyncio.run(parse(case, body))

    parses()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_allowed_response_parses(case: ResponseCase) -> None:
    run_case(case)


def test_every_upstream_operation_and_success_status_has_a_case() -> None:
    covered = {(c.upstream.key, c.status) for c in CASES}
    expected = {
        (op.key, int(code))
        for op in upstream_operations()
        for code in op.node["responses"]
        if 200 <= int(code) < 400
    }
    assert covered == expected
    assert len({key for key, _ in covered}) == 64


def test_generator_patches_are_the_ones_the_deviations_file_lists() -> None:
    text = (ROOT / "spec" / "deviations.yaml").read_text(encoding="utf-8")
    listed = spec_diff.generator_patches(yaml.safe_load(text))
    assert listed == set(PATCHES) | HEADER_PATCHES


@pytest.mark.parametrize("name", ["Track", "Playlist", "Me", "Activities", "Comments"])
def test_generated_bodies_fit_the_patched_contract(name: str) -> None:
    """The generator honours what it was given: every body validates against its schema."""
    schema = json_schema({"$ref": f"#/components/schemas/{name}"}, patched_schemas())
    validator = jsonschema.Draft7Validator(schema)
    seen_absent_optional = []

    @SETTINGS
    @given(body=strategy_for(schema))
    def fits(body: Any) -> None:
        assert list(validator.iter_errors(body)) == []
        if isinstance(body, dict):
            seen_absent_optional.append(len(body) < len(schema.get("properties", {})))

    fits()
    assert any(seen_absent_optional)


def test_the_generator_widens_enums_and_adds_unknown_fields() -> None:
    schema = json_schema({"$ref": "#/components/schemas/Track"}, patched_schemas())
    assert UNKNOWN_ENUM_VALUE in schema["properties"]["access"]["anyOf"][0]["enum"]
    assert UNKNOWN_FIELD in schema["properties"]
