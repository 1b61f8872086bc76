from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_type import ActivityType
from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One feed item. `origin` is the track or playlist; repost items name the `reposter`.

    Attributes:
        type_ (ActivityType | Unset): Kind of feed item. New kinds may appear; unknown values are kept as they are.
        created_at (str | Unset):
        tags (None | str | Unset): Comma-separated markers such as `own, affiliated`.
        reposter (None | str | Unset): URN of the user who reposted.
        origin (ActivityOrigin | None | Playlist | Track | Unset):
    """

    type_: ActivityType | Unset = UNSET
    created_at: str | Unset = UNSET
    tags: None | str | Unset = UNSET
    reposter: None | str | Unset = UNSET
    origin: ActivityOrigin | None | Playlist | Track | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at = self.created_at

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        reposter: None | str | Unset
        if isinstance(self.reposter, Unset):
            reposter = UNSET
        else:
            reposter = self.reposter

        origin: dict[str, Any] | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif (
            isinstance(self.origin, Track)
            or isinstance(self.origin, Playlist)
            or isinstance(self.origin, ActivityOrigin)
        ):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reposter is not UNSET:
            field_dict["reposter"] = reposter
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        _type_ = pop("type", UNSET)
        created_at = pop("created_at", UNSET)
        tags = pop("tags", UNSET)
        reposter = pop("reposter", UNSET)
        _origin = pop("origin", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (_type_.__class__ is str or _type_ is UNSET)
            and (created_at.__class__ is str or created_at is UNSET)
            and (tags is None or tags.__class__ is str or tags is UNSET)
            and (reposter is None or reposter.__class__ is str or reposter is UNSET)
            and (_origin is None or _origin.__class__ is dict or _origin is UNSET)
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

        activity = cls(
            type_,
            created_at,
            tags,
            reposter,
            origin,
        )

        activity.additional_properties = d
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

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("type", ("string", "missing")),
    ("created_at", ("string", "missing")),
    ("tags", ("string", "null", "missing")),
    ("reposter", ("string", "null", "missing")),
    ("origin", ("object", "null", "missing")),
)
