from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_type import StorefrontType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontUpdateRequest")


@_attrs_define
class StorefrontUpdateRequest:
    """
    Attributes:
        title (str):
        type_ (StorefrontType):
        link (str):
        link_title (str | Unset):
        description (str | Unset):
        price (str | Unset):
    """

    title: str
    type_: StorefrontType
    link: str
    link_title: str | Unset = UNSET
    description: str | Unset = UNSET
    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_.value

        link = self.link

        link_title = self.link_title

        description = self.description

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "link": link,
            }
        )
        if link_title is not UNSET:
            field_dict["link_title"] = link_title
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pop = d.pop
        title = pop("title")

        type_ = StorefrontType(pop("type"))

        link = pop("link")

        link_title = pop("link_title", UNSET)

        description = pop("description", UNSET)

        price = pop("price", UNSET)

        storefront_update_request = cls(
            title,
            type_,
            link,
            link_title,
            description,
            price,
        )

        storefront_update_request.additional_properties = d
        return storefront_update_request

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
