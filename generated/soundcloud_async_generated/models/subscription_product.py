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

T = TypeVar("T", bound="SubscriptionProduct")


@_attrs_define
class SubscriptionProduct:
    """
    Attributes:
        id (str | Unset):
        name (None | str | Unset):
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", UNSET)
        name = pop("name", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is str or id is UNSET)
            and (name is None or name.__class__ is str or name is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        subscription_product = cls(
            id,
            name,
        )

        subscription_product.additional_properties = d
        return subscription_product

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
    ("id", ("string", "missing")),
    ("name", ("string", "null", "missing")),
)
