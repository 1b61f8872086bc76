from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A paid plan of a user (`product.id` such as `free` or `creator-pro-unlimited`).

    Attributes:
        product (SubscriptionProduct | Unset):
        recurring (bool | None | Unset):
    """

    product: SubscriptionProduct | Unset = UNSET
    recurring: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        recurring: bool | None | Unset
        if isinstance(self.recurring, Unset):
            recurring = UNSET
        else:
            recurring = self.recurring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if recurring is not UNSET:
            field_dict["recurring"] = recurring

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _product = pop("product", UNSET)
        recurring = pop("recurring", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_product.__class__ is dict or _product is UNSET)
            and (recurring is None or recurring.__class__ is bool or recurring is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _product.__class__ is dict:
            try:
                product = SubscriptionProduct.from_dict(_product)

            except PayloadMismatch as error:
                raise error.inside("product")

        else:
            product = _product

        subscription = cls(
            product,
            recurring,
        )

        subscription.additional_properties = d
        return subscription

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
from ..models.subscription_product import SubscriptionProduct

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("product", ("object", "missing")),
    ("recurring", ("boolean", "null", "missing")),
)
