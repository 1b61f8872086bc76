"""One test case per (operation, request content type, success status, envelope form) of the spec.

A case carries the call arguments, the exact request expected on the wire and the mocked
response. Anything it cannot build is kept in `problems`, so that case fails with the reason
instead of disappearing from the suite.
"""

from __future__ import annotations

import importlib
import itertools
import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest
from soundcloud_async_generated import Client

from ._responses import MockedResponse, mocked_responses
from ._samples import (
    CaseError,
    body_factory,
    body_sample,
    expected_form,
    expected_parts,
    path_key,
    path_sample,
    query_sample,
)
from ._spec import Operation, operations, python_name


@dataclass(frozen=True)
class Case:
    id: str
    operation: Operation
    path_args: dict[str, object]
    raw_path: str  # percent-encoded, exactly as on the wire
    route_path: str  # decoded, for the respx route
    query_args: dict[str, object]
    query: list[tuple[str, str]]  # sorted (wire name, value) pairs
    body_kind: str | None = None  # "json", "form", "multipart"
    make_body: Callable[[], object] | None = None
    body: Any = None  # JSON value, form pairs or multipart parts
    response: MockedResponse | None = None
    problems: tuple[str, ...] = ()

    def call_kwargs(self, client: Client) -> dict[str, object]:
        kwargs = {**self.path_args, "client": client, **self.query_args}
        if self.make_body is not None:
            kwargs["body"] = self.make_body()
        return kwargs


def _path_and_query(op: Operation) -> dict[str, Any]:
    raw_path = route_path = op.path
    path_args: dict[str, object] = {}
    query_args: dict[str, object] = {}
    query: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for param in op.parameters():
        name = param["name"]
        if param["in"] == "path":
            index = seen[path_key(param)] = seen.get(path_key(param), -1) + 1
            value, encoded = path_sample(op, param, index)
            path_args[name] = value
            raw_path = raw_path.replace(f"{{{name}}}", encoded)
            route_path = route_path.replace(f"{{{name}}}", str(value))
        elif param["in"] == "query":
            value, wire = query_sample(op, param, len(query))
            query_args[python_name(name)] = value
            query.append((name, wire))
        else:
            raise CaseError(f"{op.operation_id}: no builder for {param['in']} parameter {name!r}")
    return {
        "path_args": path_args,
        "raw_path": raw_path,
        "route_path": route_path,
        "query_args": query_args,
        "query": sorted(query),
    }


def _bodies(op: Operation) -> list[dict[str, Any]]:
    request_body = op.request_body()
    if request_body is None:
        return [{}]
    variants = []
    for content_type, media in request_body["content"].items():
        kind, name, sample = body_sample(op, content_type, media["schema"])
        if kind == "form":
            expected = expected_form(op, sample)
        elif kind == "multipart":
            expected = expected_parts(sample)
        else:
            expected = sample
        factory = body_factory(kind, name, sample)
        variants.append({"body_kind": kind, "make_body": factory, "body": expected})
    return variants


def _case_id(op: Operation, body: dict[str, Any], response: MockedResponse, statuses: int) -> str:
    parts = [op.operation_id, body.get("body_kind") or ""]
    parts += [str(response.status) if statuses > 1 else "", response.label]
    return "-".join(part for part in parts if part)


def build_cases(op: Operation) -> list[Case]:
    try:
        wire = _path_and_query(op)
        bodies = _bodies(op)
        responses = mocked_responses(op)
    except CaseError as exc:
        return [Case(op.operation_id, op, {}, "", "", {}, [], problems=(str(exc),))]
    except (KeyError, AttributeError, TypeError, ValueError) as exc:
        problem = f"{op.operation_id}: cannot build a case: {type(exc).__name__}: {exc}"
        return [Case(op.operation_id, op, {}, "", "", {}, [], problems=(problem,))]
    statuses = len({response.status for response in responses})
    return [
        Case(_case_id(op, body, response, statuses), op, response=response, **wire, **body)
        for body, response in itertools.product(bodies, responses)
    ]


CASES: list[Case] = [case for op in operations() for case in build_cases(op)]


def import_endpoint(op: Operation) -> ModuleType:
    """The generated module of an operation; a module that does not import fails the test."""
    try:
        return importlib.import_module(op.module_name)
    except Exception as exc:  # any import failure is the finding to report
        pytest.fail(
            f"generated module {op.module_name} does not import: {type(exc).__name__}: {exc}"
        )


# Building an SSL context per client costs ~40 ms (certificate loading); respx never opens a socket.
SSL_CONTEXT = ssl.create_default_context()


@asynccontextmanager
async def api_client(base_url: str, **hooks: Any) -> AsyncIterator[Client]:
    async with httpx.AsyncClient(base_url=base_url, verify=SSL_CONTEXT) as http:
        yield Client(http=http, **hooks)


def parse_multipart(request: httpx.Request) -> tuple[str, dict[str, list[tuple[Any, ...]]]]:
    """(boundary, parts by name) of a multipart request, parsed independently of httpx."""
    content_type = request.headers["content-type"]
    prefix = "multipart/form-data; boundary="
    assert content_type.startswith(prefix), content_type
    boundary = content_type[len(prefix) :].encode()
    body = request.read()
    chunks = body.split(b"--" + boundary)
    assert chunks[0] == b"", "body must start with the boundary"
    assert chunks[-1] == b"--\r\n", "body must end with the closing boundary"
    parts: dict[str, list[tuple[Any, ...]]] = {}
    for chunk in chunks[1:-1]:
        head, _, data = chunk[2:].partition(b"\r\n\r\n")
        assert data.endswith(b"\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        disposition = dict(
            item.strip().split("=", 1) for item in headers["Content-Disposition"].split(";")[1:]
        )
        name = disposition["name"].strip('"')
        filename = disposition["filename"].strip('"') if "filename" in disposition else None
        parts.setdefault(name, []).append((filename, headers.get("Content-Type"), data[:-2]))
    return boundary.decode(), parts
