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

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota:
    """
    Attributes:
        unlimited_upload_quota (bool | None | Unset):
        upload_seconds_used (int | None | Unset):
        upload_seconds_left (int | None | Unset):
    """

    unlimited_upload_quota: bool | None | Unset = UNSET
    upload_seconds_used: int | None | Unset = UNSET
    upload_seconds_left: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unlimited_upload_quota: bool | None | Unset
        if isinstance(self.unlimited_upload_quota, Unset):
            unlimited_upload_quota = UNSET
        else:
            unlimited_upload_quota = self.unlimited_upload_quota

        upload_seconds_used: int | None | Unset
        if isinstance(self.upload_seconds_used, Unset):
            upload_seconds_used = UNSET
        else:
            upload_seconds_used = self.upload_seconds_used

        upload_seconds_left: int | None | Unset
        if isinstance(self.upload_seconds_left, Unset):
            upload_seconds_left = UNSET
        else:
            upload_seconds_left = self.upload_seconds_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unlimited_upload_quota is not UNSET:
            field_dict["unlimited_upload_quota"] = unlimited_upload_quota
        if upload_seconds_used is not UNSET:
            field_dict["upload_seconds_used"] = upload_seconds_used
        if upload_seconds_left is not UNSET:
            field_dict["upload_seconds_left"] = upload_seconds_left

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        unlimited_upload_quota = pop("unlimited_upload_quota", UNSET)
        upload_seconds_used = pop("upload_seconds_used", UNSET)
        upload_seconds_left = pop("upload_seconds_left", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (
                unlimited_upload_quota is None
                or unlimited_upload_quota.__class__ is bool
                or unlimited_upload_quota is UNSET
            )
            and (
                upload_seconds_used is None
                or upload_seconds_used.__class__ is int
                or upload_seconds_used is UNSET
            )
            and (
                upload_seconds_left is None
                or upload_seconds_left.__class__ is int
                or upload_seconds_left is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        quota = cls(
            unlimited_upload_quota,
            upload_seconds_used,
            upload_seconds_left,
        )

        quota.additional_properties = d
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


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unlimited_upload_quota", ("boolean", "null", "missing")),
    ("upload_seconds_used", ("integer", "null", "missing")),
    ("upload_seconds_left", ("integer", "null", "missing")),
)
