"""What the model templates need to check a JSON payload's types: one place, in Python.

`make generate` registers these as Jinja filters. Every generated `from_dict` checks each field's
JSON type with one `x.__class__ is T` comparison per allowed type (the cheapest test CPython
has; bench/ section 3 parses 200 tracks per page) and, only when that fails, hands the source
to `types.payload_mismatch`, which re-walks the fields by the same table and names the first
that does not fit. Both sides come from `json_types` below, so they cannot disagree.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    EnumProperty,
    FileProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
)

# JSON type name -> the exact Python class json.loads produces for it.
PYTHON_CLASS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict",
    "array": "list",
}


def json_types(prop: Any, absent_is_none: bool = False) -> list[str]:
    """The JSON types a property accepts, "missing" when it may be absent; [] for anything.

    With `absent_is_none` (response models, see response_fields.py) an optional field also
    accepts null: absent and null both read as None there, so they cannot be told apart anyway.
    """
    found = _member_types(prop)
    if found and not prop.required and absent_is_none and "null" not in found:
        found.append("null")
    # Read as "expected integer or null or missing": the real type first.
    found.sort(key=lambda name: name == "null")
    if found and not prop.required:
        found.append("missing")
    return found


def _member_types(prop: Any) -> list[str]:
    if isinstance(prop, UnionProperty):
        found: list[str] = []
        for inner in prop.inner_properties:
            inner_types = _member_types(inner)
            if not inner_types:
                return []
            found += [name for name in inner_types if name not in found]
        return found
    if isinstance(prop, NoneProperty):
        return ["null"]
    # A file is never in a JSON body: it only exists on the request forms we send.
    if isinstance(prop, AnyProperty | FileProperty):
        return []
    if isinstance(prop, BooleanProperty):
        return ["boolean"]
    if isinstance(prop, IntProperty):
        return ["integer"]
    # A JSON number may come without a fraction (`"bpm": 120`): the model turns it to float
    # (see docs/soundcloud-behaviour.md, Payloads and parsing).
    if isinstance(prop, FloatProperty):
        return ["number", "integer"]
    if isinstance(prop, StringProperty):
        return ["string"]
    if isinstance(prop, EnumProperty):
        return ["string" if prop.value_type is str else "integer"]
    if isinstance(prop, ModelProperty):
        return ["object"]
    if isinstance(prop, ListProperty):
        return ["array"]
    raise SystemExit(
        f"no JSON type check for the property {str(prop.name)!r} ({type(prop).__name__})"
    )


def json_types_literal(prop: Any, absent_is_none: bool = False) -> str:
    """`json_types` as a Python tuple literal."""
    return repr(tuple(json_types(prop, absent_is_none)))


def type_check(prop: Any, variable: str, absent_is_none: bool = False) -> str:
    """A Python expression that is true when `variable` holds a value of an accepted JSON type.

    With `absent_is_none` the model pops an absent field as None, so `is None` covers "missing".
    """
    names = json_types(prop, absent_is_none)
    # `is None` first: it needs no attribute lookup, and many optional fields arrive as null.
    clauses = [f"{variable} is None"] if "null" in names else []
    clauses += [
        f"{variable}.__class__ is {PYTHON_CLASS[name]}" for name in names if name in PYTHON_CLASS
    ]
    if "missing" in names and not absent_is_none:
        clauses.append(f"{variable} is UNSET")
    return " or ".join(clauses)


def members(prop: Any) -> list[Any]:
    """The members of a union, or the property itself: what `build` dispatches over."""
    return list(prop.inner_properties) if isinstance(prop, UnionProperty) else [prop]


def dispatch(prop: Any) -> dict[str, Any]:
    """How to build a property's value from its JSON, by the JSON type that arrived.

    Keys: `models` (object members), `list` and `enum` (at most one each), `float` (an integer
    becomes a float, unless integers are a member of their own), `builds` (anything to do).
    """
    found = members(prop)
    lists = [member for member in found if isinstance(member, ListProperty)]
    enums = [member for member in found if isinstance(member, EnumProperty)]
    if len(lists) > 1 or len(enums) > 1:
        raise SystemExit(
            f"property {str(prop.name)!r}: a union of two lists or two enums is ambiguous"
        )
    has_int = any(isinstance(member, IntProperty) for member in found)
    plan = {
        "models": [member for member in found if isinstance(member, ModelProperty)],
        "list": lists[0] if lists else None,
        "enum": enums[0] if enums else None,
        "enum_class": ("str" if enums[0].value_type is str else "int") if enums else None,
        "float": not has_int and any(isinstance(member, FloatProperty) for member in found),
    }
    plan["builds"] = bool(plan["models"] or plan["list"] or plan["enum"] or plan["float"])
    return plan


def item_class(prop: Any) -> str:
    """The Python class every item of a list of plain values must have."""
    item_types = _member_types(prop.inner_property)
    if len(item_types) != 1 or item_types[0] not in PYTHON_CLASS:
        raise SystemExit(f"list property {str(prop.name)!r}: no item check for {item_types}")
    return PYTHON_CLASS[item_types[0]]


def type_tags(spec: dict[str, Any]) -> dict[str, str]:
    """Schema name -> its `kind` tag, for objects whose `kind` is a single-value enum.

    A union of several object schemas (a feed item's `origin`) tells its members apart by this
    tag; a member without a tag is the catch-all for any other object.
    """
    schemas = spec["components"]["schemas"]
    tags: dict[str, str] = {}
    for name, schema in schemas.items():
        ref = (schema.get("properties") or {}).get("kind", {}).get("$ref")
        if ref is None:
            continue
        values = schemas[ref.rsplit("/", 1)[-1]].get("enum") or []
        if len(values) == 1:
            tags[name] = values[0]
    return tags


def register(env: Any, spec: dict[str, Any]) -> None:
    """Install the filters and globals the templates use."""
    env.filters["json_types"] = json_types
    env.filters["type_check"] = type_check
    env.filters["json_types_literal"] = json_types_literal
    env.filters["dispatch"] = dispatch
    env.filters["item_class"] = item_class
    env.filters["json_types_of"] = _member_types
    env.globals["type_tags"] = type_tags(spec)
    env.globals["unsupported"] = _unsupported


def _unsupported(what: str) -> str:
    raise SystemExit(f"the model templates cannot build {what}")
