from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="WebProfilePage")


@_attrs_define
class WebProfilePage:
    """
    Attributes:
        collection (list[WebProfile] | Unset):
        next_href (None | str | Unset):
    """

    collection: list[WebProfile] | Unset = UNSET
    next_href: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = []
            for collection_item_data in self.collection:
                collection_item = collection_item_data.to_dict()
                collection.append(collection_item)

        next_href: None | str | Unset
        if isinstance(self.next_href, Unset):
            next_href = UNSET
        else:
            next_href = self.next_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection is not UNSET:
            field_dict["collection"] = collection
        if next_href is not UNSET:
            field_dict["next_href"] = next_href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _collection = pop("collection", UNSET)
        next_href = pop("next_href", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_collection.__class__ is list or _collection is UNSET)
            and (next_href is None or next_href.__class__ is str or next_href is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _collection.__class__ is list:
            try:
                try:
                    collection = [WebProfile.from_dict(item) for item in _collection]
                except PayloadMismatch as error:
                    raise item_mismatch(
                        error, _collection, WebProfile.from_dict
                    ) from None

            except PayloadMismatch as error:
                raise error.inside("collection")

        else:
            collection = _collection

        web_profile_page = cls(
            collection,
            next_href,
        )

        web_profile_page.additional_properties = d
        return web_profile_page

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
from ..models.web_profile import WebProfile

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("collection", ("array", "missing")),
    ("next_href", ("string", "null", "missing")),
)
