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

T = TypeVar("T", bound="Streams")


@_attrs_define
class Streams:
    """Playback URLs by format; formats the track lacks are null or absent.

    Attributes:
        hls_aac_160_url (None | str | Unset):
        hls_mp3_128_url (None | str | Unset):
        hls_opus_64_url (None | str | Unset):
        http_mp3_128_url (None | str | Unset):
        preview_mp3_128_url (None | str | Unset):
    """

    hls_aac_160_url: None | str | Unset = UNSET
    hls_mp3_128_url: None | str | Unset = UNSET
    hls_opus_64_url: None | str | Unset = UNSET
    http_mp3_128_url: None | str | Unset = UNSET
    preview_mp3_128_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hls_aac_160_url: None | str | Unset
        if isinstance(self.hls_aac_160_url, Unset):
            hls_aac_160_url = UNSET
        else:
            hls_aac_160_url = self.hls_aac_160_url

        hls_mp3_128_url: None | str | Unset
        if isinstance(self.hls_mp3_128_url, Unset):
            hls_mp3_128_url = UNSET
        else:
            hls_mp3_128_url = self.hls_mp3_128_url

        hls_opus_64_url: None | str | Unset
        if isinstance(self.hls_opus_64_url, Unset):
            hls_opus_64_url = UNSET
        else:
            hls_opus_64_url = self.hls_opus_64_url

        http_mp3_128_url: None | str | Unset
        if isinstance(self.http_mp3_128_url, Unset):
            http_mp3_128_url = UNSET
        else:
            http_mp3_128_url = self.http_mp3_128_url

        preview_mp3_128_url: None | str | Unset
        if isinstance(self.preview_mp3_128_url, Unset):
            preview_mp3_128_url = UNSET
        else:
            preview_mp3_128_url = self.preview_mp3_128_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hls_aac_160_url is not UNSET:
            field_dict["hls_aac_160_url"] = hls_aac_160_url
        if hls_mp3_128_url is not UNSET:
            field_dict["hls_mp3_128_url"] = hls_mp3_128_url
        if hls_opus_64_url is not UNSET:
            field_dict["hls_opus_64_url"] = hls_opus_64_url
        if http_mp3_128_url is not UNSET:
            field_dict["http_mp3_128_url"] = http_mp3_128_url
        if preview_mp3_128_url is not UNSET:
            field_dict["preview_mp3_128_url"] = preview_mp3_128_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        hls_aac_160_url = pop("hls_aac_160_url", UNSET)
        hls_mp3_128_url = pop("hls_mp3_128_url", UNSET)
        hls_opus_64_url = pop("hls_opus_64_url", UNSET)
        http_mp3_128_url = pop("http_mp3_128_url", UNSET)
        preview_mp3_128_url = pop("preview_mp3_128_url", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (
                hls_aac_160_url is None
                or hls_aac_160_url.__class__ is str
                or hls_aac_160_url is UNSET
            )
            and (
                hls_mp3_128_url is None
                or hls_mp3_128_url.__class__ is str
                or hls_mp3_128_url is UNSET
            )
            and (
                hls_opus_64_url is None
                or hls_opus_64_url.__class__ is str
                or hls_opus_64_url is UNSET
            )
            and (
                http_mp3_128_url is None
                or http_mp3_128_url.__class__ is str
                or http_mp3_128_url is UNSET
            )
            and (
                preview_mp3_128_url is None
                or preview_mp3_128_url.__class__ is str
                or preview_mp3_128_url is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        streams = cls(
            hls_aac_160_url,
            hls_mp3_128_url,
            hls_opus_64_url,
            http_mp3_128_url,
            preview_mp3_128_url,
        )

        streams.additional_properties = d
        return streams

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
    ("hls_aac_160_url", ("string", "null", "missing")),
    ("hls_mp3_128_url", ("string", "null", "missing")),
    ("hls_opus_64_url", ("string", "null", "missing")),
    ("http_mp3_128_url", ("string", "null", "missing")),
    ("preview_mp3_128_url", ("string", "null", "missing")),
)
