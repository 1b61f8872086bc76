from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="RateLimit")


@_attrs_define
class RateLimit(SoundCloudModel):
    """
    Attributes:
        group (None | str): For example `plays`.
        name (None | str): Older payloads name the limit here instead of `group`.
        bucket (None | str): `by-client` or `by-ip`.
        max_nr_of_requests (int | None):
        time_window (None | str): ISO-8601 duration, e.g. `PT24H`.
    """

    group: None | str = None
    name: None | str = None
    bucket: None | str = None
    max_nr_of_requests: int | None = None
    time_window: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        group: Any = None
        if self.group is not None:
            group = self.group

        name: Any = None
        if self.name is not None:
            name = self.name

        bucket: Any = None
        if self.bucket is not None:
            bucket = self.bucket

        max_nr_of_requests: Any = None
        if self.max_nr_of_requests is not None:
            max_nr_of_requests = self.max_nr_of_requests

        time_window: Any = None
        if self.time_window is not None:
            time_window = self.time_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "name": name,
                "bucket": bucket,
                "max_nr_of_requests": max_nr_of_requests,
                "time_window": time_window,
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
        group = pop("group", None)
        name = pop("name", None)
        bucket = pop("bucket", None)
        max_nr_of_requests = pop("max_nr_of_requests", None)
        time_window = pop("time_window", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (group is None or group.__class__ is str)
            and (name is None or name.__class__ is str)
            and (bucket is None or bucket.__class__ is str)
            and (max_nr_of_requests is None or max_nr_of_requests.__class__ is int)
            and (time_window is None or time_window.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is RateLimit:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            rate_limit = _new(cls)
            rate_limit.group = group
            rate_limit.name = name
            rate_limit.bucket = bucket
            rate_limit.max_nr_of_requests = max_nr_of_requests
            rate_limit.time_window = time_window
            rate_limit._present_keys = None
        else:
            rate_limit = cls(
                group,
                name,
                bucket,
                max_nr_of_requests,
                time_window,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        rate_limit.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 5:
            rate_limit._present_keys = tuple(src_dict)
        return rate_limit

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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "group",
        "name",
        "bucket",
        "max_nr_of_requests",
        "time_window",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("group", ("string", "null", "missing")),
    ("name", ("string", "null", "missing")),
    ("bucket", ("string", "null", "missing")),
    ("max_nr_of_requests", ("integer", "null", "missing")),
    ("time_window", ("string", "null", "missing")),
)
