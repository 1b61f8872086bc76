from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    SoundCloudModel,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="CommentBody")


@_attrs_define
class CommentBody(SoundCloudModel):
    """
    Attributes:
        body (str):
        timestamp (float | str | Unset): Position in the track in milliseconds, a number or its string form.
    """

    body: str
    timestamp: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        timestamp: float | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        body = pop("body", UNSET)
        _timestamp = pop("timestamp", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (body.__class__ is str)
            and (
                _timestamp.__class__ is float
                or _timestamp.__class__ is int
                or _timestamp.__class__ is str
                or _timestamp is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _timestamp.__class__ is int:
            timestamp = float(_timestamp)
        else:
            timestamp = _timestamp

        if cls is CommentBody:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            comment_body = _new(cls)
            comment_body.body = body
            comment_body.timestamp = timestamp
        else:
            comment_body = cls(
                body,
                timestamp,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        comment_body.additional_properties = {**d}
        return comment_body

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


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("body", ("string",)),
    ("timestamp", ("number", "integer", "string", "missing")),
)
