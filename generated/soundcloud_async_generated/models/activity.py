from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_type import ActivityType
from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity(SoundCloudModel):
    """One feed item. `origin` is the track or playlist; repost items name the `reposter`.

    Attributes:
        type_ (ActivityType | None): Kind of feed item. New kinds may appear; unknown values are kept as they are.
        created_at (str | None):
        tags (None | str): Comma-separated markers such as `own, affiliated`.
        reposter (None | str): URN of the user who reposted.
        origin (ActivityOrigin | None | Playlist | Track):
    """

    type_: ActivityType | None = None
    created_at: str | None = None
    tags: None | str = None
    reposter: None | str = None
    origin: ActivityOrigin | None | Playlist | Track = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_.value

        created_at = self.created_at

        tags: Any = None
        if self.tags is not None:
            tags = self.tags

        reposter: Any = None
        if self.reposter is not None:
            reposter = self.reposter

        origin: Any = None
        if self.origin is not None:
            if (
                isinstance(self.origin, Track)
                or isinstance(self.origin, Playlist)
                or isinstance(self.origin, ActivityOrigin)
            ):
                origin = self.origin.to_dict()
            else:
                origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "created_at": created_at,
                "tags": tags,
                "reposter": reposter,
                "origin": origin,
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
        _type_ = pop("type", None)
        created_at = pop("created_at", None)
        tags = pop("tags", None)
        reposter = pop("reposter", None)
        _origin = pop("origin", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_type_ is None or _type_.__class__ is str)
            and (created_at is None or created_at.__class__ is str)
            and (tags is None or tags.__class__ is str)
            and (reposter is None or reposter.__class__ is str)
            and (_origin is None or _origin.__class__ is dict)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _type_.__class__ is str:
            type_ = ActivityType._value2member_map_.get(_type_) or ActivityType(_type_)
        else:
            type_ = _type_

        if _origin.__class__ is dict:
            try:
                _tag = _origin.get("kind")
                if _tag == "track":
                    origin = Track.from_dict(_origin)
                elif _tag == "playlist":
                    origin = Playlist.from_dict(_origin)
                else:
                    origin = ActivityOrigin.from_dict(_origin)

            except PayloadMismatch as error:
                raise error.inside("origin")

        else:
            origin = _origin

        if cls is Activity:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            activity = _new(cls)
            activity.type_ = type_
            activity.created_at = created_at
            activity.tags = tags
            activity.reposter = reposter
            activity.origin = origin
            activity._present_keys = None
        else:
            activity = cls(
                type_,
                created_at,
                tags,
                reposter,
                origin,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        activity.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 5:
            activity._present_keys = tuple(src_dict)
        return activity

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
from ..models.activity_origin import ActivityOrigin
from ..models.playlist import Playlist
from ..models.track import Track

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "created_at",
        "tags",
        "reposter",
        "origin",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("type", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("tags", ("string", "null", "missing")),
    ("reposter", ("string", "null", "missing")),
    ("origin", ("object", "null", "missing")),
)
