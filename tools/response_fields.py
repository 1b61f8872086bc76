"""Which models read an absent optional field as None, and how their fields are declared.

A model SoundCloud sends us (a Track, a page of Users) reads an optional field that is absent
as None, like most Python SDKs: readers test `if track.title:` and mypy accepts `track.title`
where `str | None` is expected. Only the models we SEND (request bodies) keep `Unset`, because
there "omitted" and "null" mean different things: a storefront update clears every field it
omits. `make generate` registers these as Jinja globals and filters for model.py.jinja.
"""

from __future__ import annotations

from typing import Any

import attrs
from openapi_python_client.parser.properties import NoneProperty, UnionProperty


def request_schemas(spec: dict[str, Any]) -> set[str]:
    """The component schemas a request body uses, directly or through a nested `$ref`."""
    schemas = spec["components"]["schemas"]
    pending = [
        media["schema"]
        for path_item in spec["paths"].values()
        for operation in path_item.values()
        if isinstance(operation, dict) and "requestBody" in operation
        for media in operation["requestBody"].get("content", {}).values()
    ]
    found: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending += node
        elif isinstance(node, dict):
            ref = node.get("$ref", "")
            name = ref.rsplit("/", 1)[-1]
            if ref.startswith("#/components/schemas/") and name not in found:
                found.add(name)
                pending.append(schemas[name])
            pending += [value for key, value in node.items() if key != "$ref"]
    return found


def optional_type(prop: Any) -> str:
    """The declared type of an optional response field: its type or None, never Unset."""
    base = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    nullable = isinstance(prop, NoneProperty) or (
        isinstance(prop, UnionProperty)
        and any(isinstance(inner, NoneProperty) for inner in prop.inner_properties)
    )
    return base if nullable else f"{base} | None"


def as_required(prop: Any) -> Any:
    """The property as if required: its `transform` then converts a value that is present."""
    return prop if prop.required else attrs.evolve(prop, required=True)


def register(env: Any, spec: dict[str, Any], models: list[Any]) -> None:
    """Install `absent_is_none(model)`, `optional_type` and `as_required` for the templates."""
    sent = request_schemas(spec)
    # A model's name is its reference, e.g. "/components/schemas/Track" (an UntrustedString);
    # a multipart body's model is named "body", but it is sent by definition.
    sent_classes = {
        model.class_info.name
        for model in models
        if model.is_multipart_body or model.name._value.rsplit("/", 1)[-1] in sent
    }
    env.globals["absent_is_none"] = lambda model: model.class_info.name not in sent_classes
    env.filters["optional_type"] = optional_type
    env.filters["as_required"] = as_required
