from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="UserPage")


@_attrs_define
class UserPage(SoundCloudModel):
    """
    Attributes:
        collection (list[User] | None):
        next_href (None | str): The next page; null or absent on the last one.
    """

    collection: list[User] | None = None
    next_href: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        collection: Any = None
        if self.collection is not None:
            collection = []
            for collection_item_data in self.collection:
                collection_item = collection_item_data.to_dict()
                collection.append(collection_item)

        next_href: Any = None
        if self.next_href is not None:
            next_href = self.next_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
                "next_href": next_href,
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
        _collection = pop("collection", None)
        next_href = pop("next_href", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_collection is None or _collection.__class__ is list)
            and (next_href is None or next_href.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _collection.__class__ is list:
            try:
                try:
                    collection = list(map(User.from_dict, _collection))
                except PayloadMismatch as error:
                    raise item_mismatch(error, _collection, User.from_dict) from None

            except PayloadMismatch as error:
                raise error.inside("collection")

        else:
            collection = _collection

        if cls is UserPage:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            user_page = _new(cls)
            user_page.collection = collection
            user_page.next_href = next_href
            user_page._present_keys = None
        else:
            user_page = cls(
                collection,
                next_href,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        user_page.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 2:
            user_page._present_keys = tuple(src_dict)
        return user_page

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
from ..models.user import User

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "collection",
        "next_href",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("collection", ("array", "null", "missing")),
    ("next_href", ("string", "null", "missing")),
)
