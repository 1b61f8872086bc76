from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment(SoundCloudModel):
    """
    Attributes:
        id (int | None):
        urn (str | None):
        kind (None | str):
        body (str | None):
        created_at (str | None):
        timestamp (int | None | str): Position in the track in milliseconds; null for comments on the whole track.
        track_id (int | None):
        track_urn (None | str):
        user_id (int | None):
        user_urn (None | str):
        uri (None | str):
        user (None | User):
    """

    id: int | None = None
    urn: str | None = None
    kind: None | str = None
    body: str | None = None
    created_at: str | None = None
    timestamp: int | None | str = None
    track_id: int | None = None
    track_urn: None | str = None
    user_id: int | None = None
    user_urn: None | str = None
    uri: None | str = None
    user: None | User = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn = self.urn

        kind: Any = None
        if self.kind is not None:
            kind = self.kind

        body = self.body

        created_at = self.created_at

        timestamp: Any = None
        if self.timestamp is not None:
            timestamp = self.timestamp

        track_id: Any = None
        if self.track_id is not None:
            track_id = self.track_id

        track_urn: Any = None
        if self.track_urn is not None:
            track_urn = self.track_urn

        user_id: Any = None
        if self.user_id is not None:
            user_id = self.user_id

        user_urn: Any = None
        if self.user_urn is not None:
            user_urn = self.user_urn

        uri: Any = None
        if self.uri is not None:
            uri = self.uri

        user: Any = None
        if self.user is not None:
            if isinstance(self.user, User):
                user = self.user.to_dict()
            else:
                user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "urn": urn,
                "kind": kind,
                "body": body,
                "created_at": created_at,
                "timestamp": timestamp,
                "track_id": track_id,
                "track_urn": track_urn,
                "user_id": user_id,
                "user_urn": user_urn,
                "uri": uri,
                "user": user,
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
        body = pop("body", None)
        created_at = pop("created_at", None)
        timestamp = pop("timestamp", None)
        track_id = pop("track_id", None)
        track_urn = pop("track_urn", None)
        user_id = pop("user_id", None)
        user_urn = pop("user_urn", None)
        uri = pop("uri", None)
        _user = pop("user", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (urn is None or urn.__class__ is str)
            and (kind is None or kind.__class__ is str)
            and (body is None or body.__class__ is str)
            and (created_at is None or created_at.__class__ is str)
            and (
                timestamp is None
                or timestamp.__class__ is int
                or timestamp.__class__ is str
            )
            and (track_id is None or track_id.__class__ is int)
            and (track_urn is None or track_urn.__class__ is str)
            and (user_id is None or user_id.__class__ is int)
            and (user_urn is None or user_urn.__class__ is str)
            and (uri is None or uri.__class__ is str)
            and (_user is None or _user.__class__ is dict)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _user.__class__ is dict:
            try:
                user = User.from_dict(_user)

            except PayloadMismatch as error:
                raise error.inside("user")

        else:
            user = _user

        if cls is Comment:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            comment = _new(cls)
            comment.id = id
            comment.urn = urn
            comment.kind = kind
            comment.body = body
            comment.created_at = created_at
            comment.timestamp = timestamp
            comment.track_id = track_id
            comment.track_urn = track_urn
            comment.user_id = user_id
            comment.user_urn = user_urn
            comment.uri = uri
            comment.user = user
            comment._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        comment.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 12:
            comment._present_keys = tuple(src_dict)
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

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "urn",
        "kind",
        "body",
        "created_at",
        "timestamp",
        "track_id",
        "track_urn",
        "user_id",
        "user_urn",
        "uri",
        "user",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "null", "missing")),
    ("urn", ("string", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("body", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("timestamp", ("integer", "string", "null", "missing")),
    ("track_id", ("integer", "null", "missing")),
    ("track_urn", ("string", "null", "missing")),
    ("user_id", ("integer", "null", "missing")),
    ("user_urn", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
    ("user", ("object", "null", "missing")),
)
