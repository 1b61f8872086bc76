from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="RateLimitMeta")


@_attrs_define
class RateLimitMeta(SoundCloudModel):
    """Which limit was hit and when it resets (SoundCloud's documented 429 body).

    Attributes:
        rate_limit (RateLimit | None):
        remaining_requests (int | None):
        reset_time (None | str): `YYYY/MM/DD HH:MM:SS +0000`.
    """

    rate_limit: RateLimit | None = None
    remaining_requests: int | None = None
    reset_time: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        rate_limit: Any = None
        if self.rate_limit is not None:
            rate_limit = self.rate_limit.to_dict()

        remaining_requests: Any = None
        if self.remaining_requests is not None:
            remaining_requests = self.remaining_requests

        reset_time: Any = None
        if self.reset_time is not None:
            reset_time = self.reset_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate_limit": rate_limit,
                "remaining_requests": remaining_requests,
                "reset_time": reset_time,
            }
        )
        if self._present_keys is not None:
            for key in _OPTIONAL_KEYS.difference(self._present_keys):
                if field_dict[key] is None:
                    del field_dict[key]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _rate_limit = pop("rate_limit", None)
        remaining_requests = pop("remaining_requests", None)
        reset_time = pop("reset_time", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_rate_limit is None or _rate_limit.__class__ is dict)
            and (remaining_requests is None or remaining_requests.__class__ is int)
            and (reset_time is None or reset_time.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _rate_limit.__class__ is dict:
            try:
                rate_limit = RateLimit.from_dict(_rate_limit)

            except PayloadMismatch as error:
                raise error.inside("rate_limit")

        else:
            rate_limit = _rate_limit

        if cls is RateLimitMeta:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            rate_limit_meta = _new(cls)
            rate_limit_meta.rate_limit = rate_limit
            rate_limit_meta.remaining_requests = remaining_requests
            rate_limit_meta.reset_time = reset_time
            rate_limit_meta._present_keys = None
        else:
            rate_limit_meta = cls(
                rate_limit,
                remaining_requests,
                reset_time,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        rate_limit_meta.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 3:
            rate_limit_meta._present_keys = tuple(src_dict)
        return rate_limit_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Last, so that a cycle between models resolves (see the template's header).
from ..models.rate_limit import RateLimit

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "rate_limit",
        "remaining_requests",
        "reset_time",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rate_limit", ("object", "null", "missing")),
    ("remaining_requests", ("integer", "null", "missing")),
    ("reset_time", ("string", "null", "missing")),
)
