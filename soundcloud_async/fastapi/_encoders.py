"""Models and Pages returned from a route without a response annotation serialise by to_dict().

With an annotation (`-> Track`, `-> list[User]`, `-> Page[Track]`) FastAPI asks pydantic, which
the classes answer themselves (`__get_pydantic_core_schema__`). Without one FastAPI runs
`jsonable_encoder`, which knows neither attrs classes nor our Page: it would fail with
a ValueError, or turn UNSET into `{}`. FastAPI has no per-app hook for that function; it looks
classes up in its module's `encoders_by_class_tuples`, so the two base classes are added there
once, when soundcloud_async.fastapi is imported (before any app is built).
"""

from __future__ import annotations

from typing import Any

from fastapi import encoders
from soundcloud_async_generated.types import SoundCloudModel

from soundcloud_async.pagination import Page


def _to_dict(value: Any) -> Any:
    return value.to_dict()


def register_encoders() -> None:
    """Make FastAPI's `jsonable_encoder` use `to_dict()` for models and Pages (idempotent)."""
    encoders.encoders_by_class_tuples[_to_dict] = (SoundCloudModel, Page)
