"""spec/openapi.yaml's operations for the endpoint tests (tools/openapi_spec.py), plus wire naming.

Everything the endpoint tests call or expect is derived from the spec, so an operation added to
it is a new test case the moment the file changes.
"""

from __future__ import annotations

import re

from openapi_spec import API_PACKAGE, Operation, operations, ref_name, resolve, schema_properties

__all__ = [
    "API_PACKAGE",
    "Operation",
    "operations",
    "python_name",
    "ref_name",
    "resolve",
    "schema_properties",
]


def python_name(wire_name: str) -> str:
    """The generator's Python name of a query parameter (brackets dropped, `url` renamed)."""
    name = re.sub(r"[\[\]]", "", wire_name)
    if name in ("url", "client"):
        name += "_query"
    return name
