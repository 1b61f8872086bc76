"""Every operation of spec/openapi.yaml, called through its generated function against respx."""

from __future__ import annotations

import inspect
import json
import pkgutil
from urllib.parse import parse_qsl

import httpx
import pytest
import respx
import soundcloud_async_generated.api as api_package
from soundcloud_async_generated import models

from ._responses import check_parsed
from ._samples import uncovered
from ._spec import API_PACKAGE, Operation, operations, python_name
from ._spec_cases import CASES, Case, api_client, build_cases, import_endpoint, parse_multipart

OPERATIONS = operations()


def generated_modules() -> set[str]:
    """`tag.operation` of every endpoint module on disk, found without importing them."""
    found = set()
    for tag in pkgutil.iter_modules(api_package.__path__):
        tag_path = [f"{api_package.__path__[0]}/{tag.name}"]
        found |= {f"{tag.name}.{mod.name}" for mod in pkgutil.iter_modules(tag_path)}
    return found


def test_spec_and_generated_modules_match_one_to_one() -> None:
    in_spec = {op.module_name.removeprefix(f"{API_PACKAGE}.") for op in OPERATIONS}
    assert len(OPERATIONS) >= 72
    assert len(in_spec) == len(OPERATIONS), "operationIds must be unique"
    assert generated_modules() - in_spec == set(), "generated modules without an operation"
    assert in_spec - generated_modules() == set(), "operations without a generated module"


def test_every_operation_has_a_case() -> None:
    assert {case.operation.operation_id for case in CASES} == {o.operation_id for o in OPERATIONS}


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_module_constants_follow_the_spec(op: Operation) -> None:
    module = import_endpoint(op)
    pagination = op.node.get("x-pagination") or {}
    assert op.operation_id == module.OPERATION_ID
    assert (op.method, op.path) == (module.METHOD, module.PATH)
    assert module.DEPRECATED is bool(op.node.get("deprecated", False))
    assert op.node.get("x-replacement") == module.REPLACEMENT
    assert pagination.get("style") == module.PAGINATION
    item = pagination.get("item")
    assert module.PAGE_ITEM is (getattr(models, item) if item else None)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_signature_follows_the_spec(op: Operation) -> None:
    module = import_endpoint(op)
    params = inspect.signature(module.asyncio_detailed).parameters
    path = [p["name"] for p in op.parameters() if p["in"] == "path"]
    query = [python_name(p["name"]) for p in op.parameters() if p["in"] == "query"]
    request_body = op.request_body()
    expected = {*path, "client", *query, *(["body"] if request_body else [])}
    assert set(params) == expected
    for name in path:
        assert params[name].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    required = {p["name"] for p in op.parameters() if p["in"] == "query" and p.get("required")}
    for wire in required:
        assert params[python_name(wire)].default is inspect.Parameter.empty, wire
    if request_body and request_body.get("required"):
        assert params["body"].default is inspect.Parameter.empty, (
            f"spec: requestBody of {op.operation_id} is required, but the generated body "
            f"defaults to {params['body'].default!r}: a call without body sends no body at all"
        )
    has_success_body = any(r.get("content") for _, r in op.success_responses())
    assert hasattr(module, "asyncio") is has_success_body


def assert_wire(request: httpx.Request, case: Case) -> None:
    op = case.operation
    assert request.method == op.method
    assert request.url.host == httpx.URL(op.base_url).host
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    assert sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True)) == case.query
    content_type = request.headers.get("content-type")
    if case.body_kind is None:
        assert (request.read(), content_type) == (b"", None)
    elif case.body_kind == "json":
        assert content_type == "application/json"
        assert json.loads(request.read()) == case.body
    elif case.body_kind == "form":
        assert content_type == "application/x-www-form-urlencoded"
        assert sorted(parse_qsl(request.read().decode(), keep_blank_values=True)) == case.body
    else:
        boundary, parts = parse_multipart(request)
        assert boundary != "+++"
        assert parts == case.body


def mocked(case: Case) -> httpx.Response:
    assert case.response is not None
    response = case.response
    if response.body is None:
        return httpx.Response(response.status, headers=response.headers)
    return httpx.Response(response.status, headers=response.headers, json=response.body)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_operation_over_the_wire(case: Case) -> None:
    assert not case.problems, "\n".join(case.problems)
    assert case.response is not None
    op = case.operation
    module = import_endpoint(op)
    calls = [module.asyncio_detailed, *([module.asyncio] if hasattr(module, "asyncio") else [])]
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as router:
        route = router.route(
            method=op.method, host=httpx.URL(op.base_url).host, path=case.route_path
        ).mock(side_effect=lambda request: mocked(case))
        async with api_client(op.base_url) as client:
            results = [await call(**case.call_kwargs(client)) for call in calls]
    assert route.call_count == len(calls)
    for call in route.calls:
        assert_wire(call.request, case)
    detailed = results[0]
    assert type(detailed.status_code) is int
    assert detailed.status_code == case.response.status
    assert detailed.content == mocked(case).content
    assert detailed.headers.get("location") == case.response.headers.get("location")
    check_parsed(detailed.parsed, case.response)
    for parsed in results[1:]:
        check_parsed(parsed, case.response)


def synthetic(node: dict) -> Operation:
    """A made-up operation, as if someone had just added it to the spec."""
    base = {"tags": ["tracks"], "responses": {"200": {"$ref": "#/components/responses/Track"}}}
    return Operation("new_op", "GET", "/new/{track_urn}", {**base, **node}, {})


def param(name: str, where: str, schema: dict) -> dict:
    return {"parameters": [{"name": name, "in": where, "schema": schema}]}


def content(content_type: str, schema: str) -> dict:
    return {content_type: {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


TRACK_URN = {"name": "track_urn", "in": "path", "schema": {"$ref": "#/components/schemas/TrackUrn"}}
UNCOVERED = [
    (param("ids", "query", {"type": "array"}), "no argument builder for query 'ids'"),
    (
        param("urn", "query", {"type": "string", "pattern": "^x$"}),
        "a matching value to QUERY_STRINGS",
    ),
    (param("when", "header", {"type": "string"}), "no builder for header parameter 'when'"),
    (param("slug", "path", {"type": "string"}), "no sample #1 for path parameter 'slug'"),
    (
        {"parameters": [TRACK_URN, {**TRACK_URN, "name": "other_urn"}]},
        "no sample #2 for path parameter 'other_urn'",
    ),
    (
        {
            "responses": {
                "200": {"description": "-", "content": content("application/json", "Quota")}
            }
        },
        "no fixture for response schema 'Quota'",
    ),
    (
        {"responses": {"200": {"description": "-", "content": content("image/png", "Quota")}}},
        "no mock for success content",
    ),
    ({"responses": {"404": {"$ref": "#/components/responses/NotFound"}}}, "no success response"),
    (
        {"requestBody": {"content": content("application/json", "Quota")}},
        "no body sample for schema 'Quota'",
    ),
    (
        {"requestBody": {"content": content("application/xml", "Quota")}},
        "no body builder for application/xml",
    ),
]


@pytest.mark.parametrize(("node", "message"), UNCOVERED)
def test_spec_surface_without_a_builder_becomes_a_failing_case(node: dict, message: str) -> None:
    cases = build_cases(synthetic(node))
    assert len(cases) == 1
    assert message in "\n".join(cases[0].problems)


def test_a_body_sample_must_cover_every_spec_property() -> None:
    gaps = uncovered("TrackMetadataRequest", {"track": {"title": "x", "colour": "red"}})
    assert "missing track.isrc" in gaps
    assert "undeclared track.colour" in gaps
    assert (
        uncovered("PlaylistRequest", {"playlist": {"tracks": [{}]}}).count(
            "missing playlist.tracks.urn"
        )
        == 1
    )
