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

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        id (int | Unset):
        kind (None | str | Unset):
        created_at (None | str | Unset):
        display_name (None | str | Unset):
        service (None | str | Unset):
        type_ (None | str | Unset):
        uri (None | str | Unset):
        post_favorite (bool | None | Unset):
        post_publish (bool | None | Unset):
    """

    id: int | Unset = UNSET
    kind: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    post_favorite: bool | None | Unset = UNSET
    post_publish: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        post_favorite: bool | None | Unset
        if isinstance(self.post_favorite, Unset):
            post_favorite = UNSET
        else:
            post_favorite = self.post_favorite

        post_publish: bool | None | Unset
        if isinstance(self.post_publish, Unset):
            post_publish = UNSET
        else:
            post_publish = self.post_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if service is not UNSET:
            field_dict["service"] = service
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uri is not UNSET:
            field_dict["uri"] = uri
        if post_favorite is not UNSET:
            field_dict["post_favorite"] = post_favorite
        if post_publish is not UNSET:
            field_dict["post_publish"] = post_publish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", UNSET)
        kind = pop("kind", UNSET)
        created_at = pop("created_at", UNSET)
        display_name = pop("display_name", UNSET)
        service = pop("service", UNSET)
        type_ = pop("type", UNSET)
        uri = pop("uri", UNSET)
        post_favorite = pop("post_favorite", UNSET)
        post_publish = pop("post_publish", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (kind is None or kind.__class__ is str or kind is UNSET)
            and (
                created_at is None or created_at.__class__ is str or created_at is UNSET
            )
            and (
                display_name is None
                or display_name.__class__ is str
                or display_name is UNSET
            )
            and (service is None or service.__class__ is str or service is UNSET)
            and (type_ is None or type_.__class__ is str or type_ is UNSET)
            and (uri is None or uri.__class__ is str or uri is UNSET)
            and (
                post_favorite is None
                or post_favorite.__class__ is bool
                or post_favorite is UNSET
            )
            and (
                post_publish is None
                or post_publish.__class__ is bool
                or post_publish is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        connection = cls(
            id,
            kind,
            created_at,
            display_name,
            service,
            type_,
            uri,
            post_favorite,
            post_publish,
        )

        connection.additional_properties = d
        return connection

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
    ("id", ("integer", "missing")),
    ("kind", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("display_name", ("string", "null", "missing")),
    ("service", ("string", "null", "missing")),
    ("type", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
    ("post_favorite", ("boolean", "null", "missing")),
    ("post_publish", ("boolean", "null", "missing")),
)
