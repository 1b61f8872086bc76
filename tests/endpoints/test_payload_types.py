"""Every generated model's fast type check and its slow, naming walk agree, field by field.

`from_dict` tests each field with identity checks generated from the same table
(`_JSON_FIELDS`) that `types.payload_mismatch` walks on failure; here every field of every model
gets one value of each JSON type, and the two must agree on accept vs refuse.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import attrs
import pytest
import soundcloud_async_generated.models as models_package
from soundcloud_async_generated.types import UNSET, PayloadMismatch

SAMPLES: dict[str, Any] = {
    "string": "text",
    "integer": 7,
    "number": 7.5,
    "boolean": True,
    "object": {},
    "array": [],
    "null": None,
}


def model_fields() -> list[tuple[type[Any], str, tuple[str, ...]]]:
    found = []
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        fields = getattr(module, "_JSON_FIELDS", ())
        if not fields:  # an enum, or a model without properties
            continue
        model = next(
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == module.__name__
            and hasattr(value, "from_dict")
        )
        found += [(model, key, expected) for key, expected in fields]
    return found


FIELDS = model_fields()


def valid_rest(model: type[Any], skip: str) -> dict[str, Any]:
    """A value of an accepted JSON type for every required field but `skip`."""
    module = importlib.import_module(model.__module__)
    body = {}
    for key, expected in module._JSON_FIELDS:
        if key != skip and "missing" not in expected:
            body[key] = SAMPLES[next(name for name in expected if name in SAMPLES)]
    return body


@pytest.mark.parametrize("json_type", sorted(SAMPLES))
@pytest.mark.parametrize(
    ("model", "key", "expected"), FIELDS, ids=[f"{m.__name__}.{k}" for m, k, _ in FIELDS]
)
def test_a_field_accepts_exactly_its_json_types(
    model: type[Any], key: str, expected: tuple[str, ...], json_type: str
) -> None:
    body = {**valid_rest(model, key), key: SAMPLES[json_type]}
    accepted = json_type in expected or (json_type == "integer" and "number" in expected)
    if not accepted:
        with pytest.raises(PayloadMismatch) as caught:
            model.from_dict(body)
        assert (caught.value.path, caught.value.found) == ([key], json_type)
        assert caught.value.expected == expected
        return
    refused: list[str | int] = []
    try:
        model.from_dict(body)
    except PayloadMismatch as error:
        refused = error.path
    # Accepted here; a nested `{}` may still lack its own required fields, deeper down.
    assert not refused or (len(refused) > 1 and refused[0] == key), refused


@pytest.mark.parametrize(
    ("model", "key", "expected"), FIELDS, ids=[f"{m.__name__}.{k}" for m, k, _ in FIELDS]
)
def test_a_missing_field_is_refused_only_when_required(
    model: type[Any], key: str, expected: tuple[str, ...]
) -> None:
    body = valid_rest(model, key)
    if "missing" in expected:
        parsed = model.from_dict(body)
        # Models SoundCloud sends read an absent field as None; request bodies keep UNSET.
        received = key in getattr(importlib.import_module(model.__module__), "_OPTIONAL_KEYS", ())
        assert (None if received else UNSET) in attrs.astuple(parsed, recurse=False)
        assert not received or key not in parsed.to_dict()  # left out again, not null
        return
    with pytest.raises(PayloadMismatch) as caught:
        model.from_dict(body)
    assert (caught.value.path, caught.value.found) == ([key], "missing")
