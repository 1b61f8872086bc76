from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="WebProfile")


@_attrs_define
class WebProfile(SoundCloudModel):
    """
    Attributes:
        id (int | None):
        urn (None | str):
        kind (None | str):
        service (str | None): `facebook`, `instagram`, `personal` ...
        title (None | str):
        url (str | None):
        username (None | str):
        created_at (None | str):
    """

    id: int | None = None
    urn: None | str = None
    kind: None | str = None
    service: str | None = None
    title: None | str = None
    url: str | None = None
    username: None | str = None
    created_at: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn: Any = None
        if self.urn is not None:
            urn = self.urn

        kind: Any = None
        if self.kind is not None:
            kind = self.kind

        service = self.service

        title: Any = None
        if self.title is not None:
            title = self.title

        url = self.url

        username: Any = None
        if self.username is not None:
            username = self.username

        created_at: Any = None
        if self.created_at is not None:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "urn": urn,
                "kind": kind,
                "service": service,
                "title": title,
                "url": url,
                "username": username,
                "created_at": created_at,
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
        id = pop("id", None)
        urn = pop("urn", None)
        kind = pop("kind", None)
        service = pop("service", None)
        title = pop("title", None)
        url = pop("url", None)
        username = pop("username", None)
        created_at = pop("created_at", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (urn is None or urn.__class__ is str)
            and (kind is None or kind.__class__ is str)
            and (service is None or service.__class__ is str)
            and (title is None or title.__class__ is str)
            and (url is None or url.__class__ is str)
            and (username is None or username.__class__ is str)
            and (created_at is None or created_at.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is WebProfile:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            web_profile = _new(cls)
            web_profile.id = id
            web_profile.urn = urn
            web_profile.kind = kind
            web_profile.service = service
            web_profile.title = title
            web_profile.url = url
            web_profile.username = username
            web_profile.created_at = created_at
            web_profile._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        web_profile.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 8:
            web_profile._present_keys = tuple(src_dict)
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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "urn",
        "kind",
        "service",
        "title",
        "url",
        "username",
        "created_at",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "null", "missing")),
    ("urn", ("string", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("service", ("string", "null", "missing")),
    ("title", ("string", "null", "missing")),
    ("url", ("string", "null", "missing")),
    ("username", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
)
