"""JSON Schemas for response bodies SoundCloud's contract allows, ready for hypothesis-jsonschema.

The contract's OpenAPI 3.0 schemas become JSON Schema: `$ref`s inlined, `nullable` as a `null`
alternative, OpenAPI-only formats dropped, every enum widened by one value SoundCloud has not
documented (a new value must not break old clients), and every object given one undocumented
field. Where SoundCloud's schema contradicts its own examples and real payloads, the generator
follows the payloads (see docs/soundcloud-behaviour.md, Errors in SoundCloud's published spec):
`PATCHES` rewrites those schemas, and spec/deviations.yaml lists each patch under
`upstream_errors` (a test keeps the two in step).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ._contract import contract

Schema = dict[str, Any]
UNKNOWN_ENUM_VALUE = "value-soundcloud-added-later"
UNKNOWN_FIELD = "field_soundcloud_added_later"
# What real payloads carry in `created_at` / `last_modified`: `2018/01/01 12:08:25 +0000`.
SOUNDCLOUD_TIME = r"^[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} \+0000$"
# Formats JSON Schema generators do not know; the JSON type says all that matters here.
PAGES = ("Tracks", "Playlists", "Users", "Comments", "Activities")
# What real pages carry in `next_href`: an absolute URL on the API host with a cursor.
NEXT_HREF = r"^https://api\.soundcloud\.com/[a-z]{1,8}(/[a-z]{1,8})?\?cursor=[0-9a-f]{1,12}&limit=[0-9]{1,3}$"
OPENAPI_FORMATS = {"int32", "int64", "float", "double", "byte", "binary", "password"}


def _subscriptions_are_objects(schemas: dict[str, Schema]) -> None:
    for name in ("User", "Me"):
        prop = schemas[name]["properties"]["subscriptions"]
        (item,) = prop["items"]["anyOf"]
        schemas[name]["properties"]["subscriptions"] = {"type": "array", "items": item}


def _user_nullable_only_on_tracks(schemas: dict[str, Schema]) -> None:
    schemas["User"].pop("nullable")
    schemas["Track"]["properties"]["user"]["nullable"] = True


def _soundcloud_timestamps(schemas: dict[str, Schema]) -> None:
    for field in ("created_at", "last_modified"):
        prop = schemas["User"]["properties"][field]
        assert prop.pop("format") == "date-time", field
        prop["pattern"] = SOUNDCLOUD_TIME


def _comment_timestamp_in_milliseconds(schemas: dict[str, Schema]) -> None:
    prop = schemas["Comment"]["properties"]["timestamp"]
    assert prop == {"type": "string"}, prop
    schemas["Comment"]["properties"]["timestamp"] = {
        "anyOf": [{"type": "integer", "minimum": 0}, {"type": "string"}]
    }


def _pages_carry_a_collection(schemas: dict[str, Schema]) -> None:
    for name in PAGES:
        assert "collection" in schemas[name]["properties"], name
        schemas[name]["required"] = ["collection"]


def _next_href_is_an_api_url(schemas: dict[str, Schema]) -> None:
    for name in PAGES:
        prop = schemas[name]["properties"]["next_href"]
        assert prop["type"] == "string", name
        assert "pattern" not in prop, name
        prop["pattern"] = NEXT_HREF


# Patch id (as in spec/deviations.yaml, upstream_errors) -> rewrite of the component schemas.
PATCHES: dict[str, Callable[[dict[str, Schema]], None]] = {
    "subscription-items-are-objects": _subscriptions_are_objects,
    "user-nullable-only-as-track-uploader": _user_nullable_only_on_tracks,
    "user-timestamps-are-soundcloud-time": _soundcloud_timestamps,
    "comment-timestamp-is-milliseconds": _comment_timestamp_in_milliseconds,
    "pages-carry-a-collection": _pages_carry_a_collection,
    "next-href-is-an-api-url": _next_href_is_an_api_url,
}
# Not a schema patch: 302 answers declare no Location header, the real API always sends one.
HEADER_PATCHES = {"redirects-carry-location-header"}


def patched_schemas() -> dict[str, Schema]:
    """Component schemas as real payloads fill them."""
    schemas = copy.deepcopy(contract()["components"]["schemas"])
    for patch in PATCHES.values():
        patch(schemas)
    return schemas


def json_schema(node: Schema, schemas: dict[str, Schema]) -> Schema:
    return _convert(node, schemas, ())


def _convert(node: Any, schemas: dict[str, Schema], seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_convert(item, schemas, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        if name in seen:  # a cycle: stop with an empty object rather than recurse forever
            return {"type": "object"}
        return _convert(schemas[name], schemas, (*seen, name))
    out = {key: _convert(value, schemas, seen) for key, value in node.items()}
    nullable = out.pop("nullable", False)
    if out.get("format") in OPENAPI_FORMATS:
        del out["format"]
    if "enum" in out:
        out["enum"] = [*out["enum"], UNKNOWN_ENUM_VALUE]
    if "properties" in out:
        out["properties"] = {**out["properties"], UNKNOWN_FIELD: {"type": ["string", "null"]}}
    return {"anyOf": [out, {"type": "null"}]} if nullable else out


def strategy_for(schema: Schema) -> st.SearchStrategy[Any]:
    """Hypothesis values for the JSON Schema subset `json_schema` produces.

    Written here rather than taken from hypothesis-jsonschema, whose release does not run on the
    pinned Hypothesis. Optional properties are drawn present or absent independently.
    """
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        return st.one_of([strategy_for(alt) for alt in alternatives])
    if "allOf" in schema:
        return strategy_for(_merge_all_of(schema))
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy_for({**schema, "type": one}) for one in kind])
    if kind == "object" or "properties" in schema:
        return _object(schema)
    if kind == "array":
        return st.lists(strategy_for(schema.get("items", {})), max_size=3)
    return SCALARS.get(kind, _any_scalar)(schema)


def _merge_all_of(schema: Schema) -> Schema:
    merged: Schema = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = _merge_all_of(part) if "allOf" in part else part
        merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
        merged["required"] = [*merged.get("required", []), *part.get("required", [])]
        merged.setdefault("type", part.get("type", "object"))
    return merged


def _object(schema: Schema) -> st.SearchStrategy[dict[str, Any]]:
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    return st.fixed_dictionaries(
        {name: strategy_for(props[name]) for name in sorted(required & props.keys())},
        optional={name: strategy_for(p) for name, p in props.items() if name not in required},
    )


def _string(schema: Schema) -> st.SearchStrategy[str]:
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    return st.text(max_size=12)


def _integer(schema: Schema) -> st.SearchStrategy[int]:
    return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))


def _any_scalar(schema: Schema) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))


SCALARS: dict[Any, Callable[[Schema], st.SearchStrategy[Any]]] = {
    "string": _string,
    "integer": _integer,
    "number": lambda s: st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    "boolean": lambda s: st.booleans(),
    "null": lambda s: st.none(),
}
