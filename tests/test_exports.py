"""The public surface: one import line, a sorted __all__ whose names all resolve."""

from __future__ import annotations

import pytest

import soundcloud_async
import soundcloud_async.endpoints
import soundcloud_async.models


def test_every_exported_name_resolves() -> None:
    for name in soundcloud_async.__all__:
        assert getattr(soundcloud_async, name) is not None, name


def test_all_is_sorted_and_unique() -> None:
    names = soundcloud_async.__all__
    assert len(names) == len(set(names))
    # ruff's RUF022 order: SCREAMING_CASE, then CamelCase, then the rest.
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))


def test_public_classes_and_functions_are_exported() -> None:
    defined_here = {
        name
        for name, value in vars(soundcloud_async).items()
        if not name.startswith("_")
        and getattr(value, "__module__", "").startswith("soundcloud_async")
    }
    assert defined_here <= set(soundcloud_async.__all__)


def test_models_module_carries_every_generated_model() -> None:
    import soundcloud_async_generated.models as generated

    assert set(generated.__all__) <= set(soundcloud_async.models.__all__)
    assert soundcloud_async.models.Track is generated.Track


def test_endpoints_lists_every_operation_by_id() -> None:
    operations = soundcloud_async.endpoints.operations()
    assert len(operations) >= 72
    assert operations["get_track"].PATH == "/tracks/{track_urn}"
    with pytest.raises(KeyError, match="get_track"):
        soundcloud_async.endpoints.operation("get_trak")
