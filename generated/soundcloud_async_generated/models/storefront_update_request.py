from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_type import StorefrontType
from ..types import (
    UNSET,
    SoundCloudModel,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="StorefrontUpdateRequest")


@_attrs_define
class StorefrontUpdateRequest(SoundCloudModel):
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        title = pop("title", UNSET)
        _type_ = pop("type", UNSET)
        link = pop("link", UNSET)
        link_title = pop("link_title", UNSET)
        description = pop("description", UNSET)
        price = pop("price", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (title.__class__ is str)
            and (_type_.__class__ is str)
            and (link.__class__ is str)
            and (link_title.__class__ is str or link_title is UNSET)
            and (description.__class__ is str or description is UNSET)
            and (price.__class__ is str or price is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _type_.__class__ is str:
            type_ = StorefrontType._value2member_map_.get(_type_) or StorefrontType(
                _type_
            )
        else:
            type_ = _type_

        if cls is StorefrontUpdateRequest:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            storefront_update_request = _new(cls)
            storefront_update_request.title = title
            storefront_update_request.type_ = type_
            storefront_update_request.link = link
            storefront_update_request.link_title = link_title
            storefront_update_request.description = description
            storefront_update_request.price = price
        else:
            storefront_update_request = cls(
                title,
                type_,
                link,
                link_title,
                description,
                price,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        storefront_update_request.additional_properties = {**d}
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


_new = object.__new__


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("string",)),
    ("type", ("string",)),
    ("link", ("string",)),
    ("link_title", ("string", "missing")),
    ("description", ("string", "missing")),
    ("price", ("string", "missing")),
)
