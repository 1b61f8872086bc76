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

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota(SoundCloudModel):
    """
    Attributes:
        unlimited_upload_quota (bool | None):
        upload_seconds_used (int | None):
        upload_seconds_left (int | None):
    """

    unlimited_upload_quota: bool | None = None
    upload_seconds_used: int | None = None
    upload_seconds_left: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        unlimited_upload_quota: Any = None
        if self.unlimited_upload_quota is not None:
            unlimited_upload_quota = self.unlimited_upload_quota

        upload_seconds_used: Any = None
        if self.upload_seconds_used is not None:
            upload_seconds_used = self.upload_seconds_used

        upload_seconds_left: Any = None
        if self.upload_seconds_left is not None:
            upload_seconds_left = self.upload_seconds_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unlimited_upload_quota": unlimited_upload_quota,
                "upload_seconds_used": upload_seconds_used,
                "upload_seconds_left": upload_seconds_left,
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
        unlimited_upload_quota = pop("unlimited_upload_quota", None)
        upload_seconds_used = pop("upload_seconds_used", None)
        upload_seconds_left = pop("upload_seconds_left", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (unlimited_upload_quota is None or unlimited_upload_quota.__class__ is bool)
            and (upload_seconds_used is None or upload_seconds_used.__class__ is int)
            and (upload_seconds_left is None or upload_seconds_left.__class__ is int)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is Quota:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            quota = _new(cls)
            quota.unlimited_upload_quota = unlimited_upload_quota
            quota.upload_seconds_used = upload_seconds_used
            quota.upload_seconds_left = upload_seconds_left
            quota._present_keys = None
        else:
            quota = cls(
                unlimited_upload_quota,
                upload_seconds_used,
                upload_seconds_left,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        quota.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 3:
            quota._present_keys = tuple(src_dict)
        return quota

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
        "unlimited_upload_quota",
        "upload_seconds_used",
        "upload_seconds_left",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unlimited_upload_quota", ("boolean", "null", "missing")),
    ("upload_seconds_used", ("integer", "null", "missing")),
    ("upload_seconds_left", ("integer", "null", "missing")),
)
