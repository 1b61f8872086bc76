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

T = TypeVar("T", bound="WebProfile")


@_attrs_define
class WebProfile:
    """
    Attributes:
        id (int | Unset):
        urn (None | str | Unset):
        kind (None | str | Unset):
        service (str | Unset): `facebook`, `instagram`, `personal` ...
        title (None | str | Unset):
        url (str | Unset):
        username (None | str | Unset):
        created_at (None | str | Unset):
    """

    id: int | Unset = UNSET
    urn: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    service: str | Unset = UNSET
    title: None | str | Unset = UNSET
    url: str | Unset = UNSET
    username: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn: None | str | Unset
        if isinstance(self.urn, Unset):
            urn = UNSET
        else:
            urn = self.urn

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        service = self.service

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url = self.url

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if kind is not UNSET:
            field_dict["kind"] = kind
        if service is not UNSET:
            field_dict["service"] = service
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if username is not UNSET:
            field_dict["username"] = username
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", UNSET)
        urn = pop("urn", UNSET)
        kind = pop("kind", UNSET)
        service = pop("service", UNSET)
        title = pop("title", UNSET)
        url = pop("url", UNSET)
        username = pop("username", UNSET)
        created_at = pop("created_at", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (urn is None or urn.__class__ is str or urn is UNSET)
            and (kind is None or kind.__class__ is str or kind is UNSET)
            and (service.__class__ is str or service is UNSET)
            and (title is None or title.__class__ is str or title is UNSET)
            and (url.__class__ is str or url is UNSET)
            and (username is None or username.__class__ is str or username is UNSET)
            and (
                created_at is None or created_at.__class__ is str or created_at is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        web_profile = cls(
            id,
            urn,
            kind,
            service,
            title,
            url,
            username,
            created_at,
        )

        web_profile.additional_properties = d
        return web_profile

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
    ("urn", ("string", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("service", ("string", "missing")),
    ("title", ("string", "null", "missing")),
    ("url", ("string", "missing")),
    ("username", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
)
