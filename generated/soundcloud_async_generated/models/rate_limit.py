from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="RateLimit")


@_attrs_define
class RateLimit:
    """
    Attributes:
        group (None | str | Unset): For example `plays`.
        name (None | str | Unset): Older payloads name the limit here instead of `group`.
        bucket (None | str | Unset): `by-client` or `by-ip`.
        max_nr_of_requests (int | None | Unset):
        time_window (None | str | Unset): ISO-8601 duration, e.g. `PT24H`.
    """

    group: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    max_nr_of_requests: int | None | Unset = UNSET
    time_window: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        max_nr_of_requests: int | None | Unset
        if isinstance(self.max_nr_of_requests, Unset):
            max_nr_of_requests = UNSET
        else:
            max_nr_of_requests = self.max_nr_of_requests

        time_window: None | str | Unset
        if isinstance(self.time_window, Unset):
            time_window = UNSET
        else:
            time_window = self.time_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if name is not UNSET:
            field_dict["name"] = name
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if max_nr_of_requests is not UNSET:
            field_dict["max_nr_of_requests"] = max_nr_of_requests
        if time_window is not UNSET:
            field_dict["time_window"] = time_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        group = pop("group", UNSET)
        name = pop("name", UNSET)
        bucket = pop("bucket", UNSET)
        max_nr_of_requests = pop("max_nr_of_requests", UNSET)
        time_window = pop("time_window", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (group is None or group.__class__ is str or group is UNSET)
            and (name is None or name.__class__ is str or name is UNSET)
            and (bucket is None or bucket.__class__ is str or bucket is UNSET)
            and (
                max_nr_of_requests is None
                or max_nr_of_requests.__class__ is int
                or max_nr_of_requests is UNSET
            )
            and (
                time_window is None
                or time_window.__class__ is str
                or time_window is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        rate_limit = cls(
            group,
            name,
            bucket,
            max_nr_of_requests,
            time_window,
        )

        rate_limit.additional_properties = d
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


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("group", ("string", "null", "missing")),
    ("name", ("string", "null", "missing")),
    ("bucket", ("string", "null", "missing")),
    ("max_nr_of_requests", ("integer", "null", "missing")),
    ("time_window", ("string", "null", "missing")),
)
