"""The generator reads path words from the spec (`x-urn-kind`), through the one spec loader."""

from __future__ import annotations

import copy
from typing import Any

import openapi_spec
import pytest
from generate import operation_extensions, path_parameter_kinds

from soundcloud_async.endpoints import operations as generated_operations


def _with_path(parameter: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec with one extra GET operation on `/stations/{<parameter>}`."""
    document = copy.deepcopy(openapi_spec.load_spec())
    name = parameter["name"]
    document["paths"][f"/stations/{{{name}}}"] = {
        "get": {
            "operationId": "get_station",
            "tags": ["miscellaneous"],
            "x-sdk-method": "stations.get",
            "parameters": [parameter],
            "responses": {"200": {"description": "ok"}},
        }
    }
    return document


def _station(document: dict[str, Any]) -> openapi_spec.Operation:
    (found,) = (op for op in openapi_spec.operations(document) if op.operation_id == "get_station")
    return found


def test_a_new_path_word_comes_from_the_spec() -> None:
    parameter = {"name": "station_urn", "in": "path", "required": True, "x-urn-kind": "stations"}
    operation = _station(_with_path(parameter))
    assert path_parameter_kinds(operation) == {"station_urn": {"kind": "stations", "form": "urn"}}


def test_a_numeric_id_parameter_keeps_its_form() -> None:
    parameter = {"name": "station_id", "in": "path", "required": True, "x-urn-kind": "stations"}
    operation = _station(_with_path(parameter))
    assert path_parameter_kinds(operation) == {"station_id": {"kind": "stations", "form": "id"}}


@pytest.mark.parametrize(
    "parameter",
    [
        {"name": "station_urn", "in": "path", "required": True},
        {"name": "station", "in": "path", "required": True, "x-urn-kind": "stations"},
    ],
    ids=["no x-urn-kind", "no _urn/_id suffix"],
)
def test_an_unclassified_path_parameter_fails_generation(parameter: dict[str, Any]) -> None:
    with pytest.raises(SystemExit, match=parameter["name"]):
        path_parameter_kinds(_station(_with_path(parameter)))


def test_every_path_parameter_of_the_spec_names_its_kind() -> None:
    extensions = operation_extensions(openapi_spec.load_spec(), "f_")
    kinds = {
        (name, kind["kind"])
        for extension in extensions.values()
        for name, kind in extension["path_kinds"].items()
    }
    assert ("track_urn", "tracks") in kinds
    assert ("follower_urn", "users") in kinds
    assert ("connection_id", "connections") in kinds


def test_the_loader_lists_exactly_the_generated_operations() -> None:
    listed = {op.operation_id: (op.method, op.path) for op in openapi_spec.operations()}
    generated = {op_id: (m.METHOD, m.PATH) for op_id, m in generated_operations().items()}
    assert listed == generated
