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

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection(SoundCloudModel):
    """
    Attributes:
        id (int | None):
        kind (None | str):
        created_at (None | str):
        display_name (None | str):
        service (None | str):
        type_ (None | str):
        uri (None | str):
        post_favorite (bool | None):
        post_publish (bool | None):
    """

    id: int | None = None
    kind: None | str = None
    created_at: None | str = None
    display_name: None | str = None
    service: None | str = None
    type_: None | str = None
    uri: None | str = None
    post_favorite: bool | None = None
    post_publish: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: Any = None
        if self.kind is not None:
            kind = self.kind

        created_at: Any = None
        if self.created_at is not None:
            created_at = self.created_at

        display_name: Any = None
        if self.display_name is not None:
            display_name = self.display_name

        service: Any = None
        if self.service is not None:
            service = self.service

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_

        uri: Any = None
        if self.uri is not None:
            uri = self.uri

        post_favorite: Any = None
        if self.post_favorite is not None:
            post_favorite = self.post_favorite

        post_publish: Any = None
        if self.post_publish is not None:
            post_publish = self.post_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "created_at": created_at,
                "display_name": display_name,
                "service": service,
                "type": type_,
                "uri": uri,
                "post_favorite": post_favorite,
                "post_publish": post_publish,
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
        kind = pop("kind", None)
        created_at = pop("created_at", None)
        display_name = pop("display_name", None)
        service = pop("service", None)
        type_ = pop("type", None)
        uri = pop("uri", None)
        post_favorite = pop("post_favorite", None)
        post_publish = pop("post_publish", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (kind is None or kind.__class__ is str)
            and (created_at is None or created_at.__class__ is str)
            and (display_name is None or display_name.__class__ is str)
            and (service is None or service.__class__ is str)
            and (type_ is None or type_.__class__ is str)
            and (uri is None or uri.__class__ is str)
            and (post_favorite is None or post_favorite.__class__ is bool)
            and (post_publish is None or post_publish.__class__ is bool)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is Connection:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            connection = _new(cls)
            connection.id = id
            connection.kind = kind
            connection.created_at = created_at
            connection.display_name = display_name
            connection.service = service
            connection.type_ = type_
            connection.uri = uri
            connection.post_favorite = post_favorite
            connection.post_publish = post_publish
            connection._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        connection.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 9:
            connection._present_keys = tuple(src_dict)
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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "kind",
        "created_at",
        "display_name",
        "service",
        "type",
        "uri",
        "post_favorite",
        "post_publish",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("display_name", ("string", "null", "missing")),
    ("service", ("string", "null", "missing")),
    ("type", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
    ("post_favorite", ("boolean", "null", "missing")),
    ("post_publish", ("boolean", "null", "missing")),
)
