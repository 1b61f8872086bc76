from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_type import StorefrontType
from ..types import (
    UNSET,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Storefront")


@_attrs_define
class Storefront:
    """
    Attributes:
        track_urn (str | Unset):
        title (str | Unset):
        type_ (StorefrontType | Unset):
        link (str | Unset):
        link_title (None | str | Unset):
        description (None | str | Unset):
        image_url (None | str | Unset):
        price (None | str | Unset): Display text, not a number.
    """

    track_urn: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: StorefrontType | Unset = UNSET
    link: str | Unset = UNSET
    link_title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_urn = self.track_urn

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        link = self.link

        link_title: None | str | Unset
        if isinstance(self.link_title, Unset):
            link_title = UNSET
        else:
            link_title = self.link_title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if track_urn is not UNSET:
            field_dict["track_urn"] = track_urn
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if link is not UNSET:
            field_dict["link"] = link
        if link_title is not UNSET:
            field_dict["link_title"] = link_title
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        track_urn = pop("track_urn", UNSET)
        title = pop("title", UNSET)
        _type_ = pop("type", UNSET)
        link = pop("link", UNSET)
        link_title = pop("link_title", UNSET)
        description = pop("description", UNSET)
        image_url = pop("image_url", UNSET)
        price = pop("price", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (track_urn.__class__ is str or track_urn is UNSET)
            and (title.__class__ is str or title is UNSET)
            and (_type_.__class__ is str or _type_ is UNSET)
            and (link.__class__ is str or link is UNSET)
            and (
                link_title is None or link_title.__class__ is str or link_title is UNSET
            )
            and (
                description is None
                or description.__class__ is str
                or description is UNSET
            )
            and (image_url is None or image_url.__class__ is str or image_url is UNSET)
            and (price is None or price.__class__ is str or price is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _type_.__class__ is str:
            type_ = StorefrontType._value2member_map_.get(_type_) or StorefrontType(
                _type_
            )
        else:
            type_ = _type_

        storefront = cls(
            track_urn,
            title,
            type_,
            link,
            link_title,
            description,
            image_url,
            price,
        )

        storefront.additional_properties = d
        return storefront

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
    ("track_urn", ("string", "missing")),
    ("title", ("string", "missing")),
    ("type", ("string", "missing")),
    ("link", ("string", "missing")),
    ("link_title", ("string", "null", "missing")),
    ("description", ("string", "null", "missing")),
    ("image_url", ("string", "null", "missing")),
    ("price", ("string", "null", "missing")),
)
