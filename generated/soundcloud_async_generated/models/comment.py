from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """
    Attributes:
        id (int | Unset):
        urn (str | Unset):
        kind (None | str | Unset):
        body (str | Unset):
        created_at (str | Unset):
        timestamp (int | None | str | Unset): Position in the track in milliseconds; null for comments on the whole
            track.
        track_id (int | None | Unset):
        track_urn (None | str | Unset):
        user_id (int | None | Unset):
        user_urn (None | str | Unset):
        uri (None | str | Unset):
        user (None | Unset | User):
    """

    id: int | Unset = UNSET
    urn: str | Unset = UNSET
    kind: None | str | Unset = UNSET
    body: str | Unset = UNSET
    created_at: str | Unset = UNSET
    timestamp: int | None | str | Unset = UNSET
    track_id: int | None | Unset = UNSET
    track_urn: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user_urn: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    user: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn = self.urn

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        body = self.body

        created_at = self.created_at

        timestamp: int | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        track_id: int | None | Unset
        if isinstance(self.track_id, Unset):
            track_id = UNSET
        else:
            track_id = self.track_id

        track_urn: None | str | Unset
        if isinstance(self.track_urn, Unset):
            track_urn = UNSET
        else:
            track_urn = self.track_urn

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_urn: None | str | Unset
        if isinstance(self.user_urn, Unset):
            user_urn = UNSET
        else:
            user_urn = self.user_urn

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if kind is not UNSET:
            field_dict["kind"] = kind
        if body is not UNSET:
            field_dict["body"] = body
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if track_urn is not UNSET:
            field_dict["track_urn"] = track_urn
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_urn is not UNSET:
            field_dict["user_urn"] = user_urn
        if uri is not UNSET:
            field_dict["uri"] = uri
        if user is not UNSET:
            field_dict["user"] = user

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
        body = pop("body", UNSET)
        created_at = pop("created_at", UNSET)
        timestamp = pop("timestamp", UNSET)
        track_id = pop("track_id", UNSET)
        track_urn = pop("track_urn", UNSET)
        user_id = pop("user_id", UNSET)
        user_urn = pop("user_urn", UNSET)
        uri = pop("uri", UNSET)
        _user = pop("user", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (urn.__class__ is str or urn is UNSET)
            and (kind is None or kind.__class__ is str or kind is UNSET)
            and (body.__class__ is str or body is UNSET)
            and (created_at.__class__ is str or created_at is UNSET)
            and (
                timestamp is None
                or timestamp.__class__ is int
                or timestamp.__class__ is str
                or timestamp is UNSET
            )
            and (track_id is None or track_id.__class__ is int or track_id is UNSET)
            and (track_urn is None or track_urn.__class__ is str or track_urn is UNSET)
            and (user_id is None or user_id.__class__ is int or user_id is UNSET)
            and (user_urn is None or user_urn.__class__ is str or user_urn is UNSET)
            and (uri is None or uri.__class__ is str or uri is UNSET)
            and (_user is None or _user.__class__ is dict or _user is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _user.__class__ is dict:
            try:
                user = User.from_dict(_user)

            except PayloadMismatch as error:
                raise error.inside("user")

        else:
            user = _user

        comment = cls(
            id,
            urn,
            kind,
            body,
            created_at,
            timestamp,
            track_id,
            track_urn,
            user_id,
            user_urn,
            uri,
            user,
        )

        comment.additional_properties = d
        return comment

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

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "missing")),
    ("urn", ("string", "missing")),
    ("kind", ("string", "null", "missing")),
    ("body", ("string", "missing")),
    ("created_at", ("string", "missing")),
    ("timestamp", ("integer", "string", "null", "missing")),
    ("track_id", ("integer", "null", "missing")),
    ("track_urn", ("string", "null", "missing")),
    ("user_id", ("integer", "null", "missing")),
    ("user_urn", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
    ("user", ("object", "null", "missing")),
)
