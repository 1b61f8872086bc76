from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_type import StorefrontType
from ..types import (
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Storefront")


@_attrs_define
class Storefront(SoundCloudModel):
    """
    Attributes:
        track_urn (str | None):
        title (str | None):
        type_ (StorefrontType | None):
        link (str | None):
        link_title (None | str):
        description (None | str):
        image_url (None | str):
        price (None | str): Display text, not a number.
    """

    track_urn: str | None = None
    title: str | None = None
    type_: StorefrontType | None = None
    link: str | None = None
    link_title: None | str = None
    description: None | str = None
    image_url: None | str = None
    price: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        track_urn = self.track_urn

        title = self.title

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_.value

        link = self.link

        link_title: Any = None
        if self.link_title is not None:
            link_title = self.link_title

        description: Any = None
        if self.description is not None:
            description = self.description

        image_url: Any = None
        if self.image_url is not None:
            image_url = self.image_url

        price: Any = None
        if self.price is not None:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "track_urn": track_urn,
                "title": title,
                "type": type_,
                "link": link,
                "link_title": link_title,
                "description": description,
                "image_url": image_url,
                "price": price,
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
        track_urn = pop("track_urn", None)
        title = pop("title", None)
        _type_ = pop("type", None)
        link = pop("link", None)
        link_title = pop("link_title", None)
        description = pop("description", None)
        image_url = pop("image_url", None)
        price = pop("price", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (track_urn is None or track_urn.__class__ is str)
            and (title is None or title.__class__ is str)
            and (_type_ is None or _type_.__class__ is str)
            and (link is None or link.__class__ is str)
            and (link_title is None or link_title.__class__ is str)
            and (description is None or description.__class__ is str)
            and (image_url is None or image_url.__class__ is str)
            and (price is None or price.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _type_.__class__ is str:
            type_ = StorefrontType._value2member_map_.get(_type_) or StorefrontType(
                _type_
            )
        else:
            type_ = _type_

        if cls is Storefront:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            storefront = _new(cls)
            storefront.track_urn = track_urn
            storefront.title = title
            storefront.type_ = type_
            storefront.link = link
            storefront.link_title = link_title
            storefront.description = description
            storefront.image_url = image_url
            storefront.price = price
            storefront._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        storefront.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 8:
            storefront._present_keys = tuple(src_dict)
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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "track_urn",
        "title",
        "type",
        "link",
        "link_title",
        "description",
        "image_url",
        "price",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("track_urn", ("string", "null", "missing")),
    ("title", ("string", "null", "missing")),
    ("type", ("string", "null", "missing")),
    ("link", ("string", "null", "missing")),
    ("link_title", ("string", "null", "missing")),
    ("description", ("string", "null", "missing")),
    ("image_url", ("string", "null", "missing")),
    ("price", ("string", "null", "missing")),
)
