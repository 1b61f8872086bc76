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

T = TypeVar("T", bound="Streams")


@_attrs_define
class Streams(SoundCloudModel):
    """Playback URLs by format; formats the track lacks are null or absent.

    Attributes:
        hls_aac_160_url (None | str):
        hls_mp3_128_url (None | str):
        hls_opus_64_url (None | str):
        http_mp3_128_url (None | str):
        preview_mp3_128_url (None | str):
    """

    hls_aac_160_url: None | str = None
    hls_mp3_128_url: None | str = None
    hls_opus_64_url: None | str = None
    http_mp3_128_url: None | str = None
    preview_mp3_128_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        hls_aac_160_url: Any = None
        if self.hls_aac_160_url is not None:
            hls_aac_160_url = self.hls_aac_160_url

        hls_mp3_128_url: Any = None
        if self.hls_mp3_128_url is not None:
            hls_mp3_128_url = self.hls_mp3_128_url

        hls_opus_64_url: Any = None
        if self.hls_opus_64_url is not None:
            hls_opus_64_url = self.hls_opus_64_url

        http_mp3_128_url: Any = None
        if self.http_mp3_128_url is not None:
            http_mp3_128_url = self.http_mp3_128_url

        preview_mp3_128_url: Any = None
        if self.preview_mp3_128_url is not None:
            preview_mp3_128_url = self.preview_mp3_128_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hls_aac_160_url": hls_aac_160_url,
                "hls_mp3_128_url": hls_mp3_128_url,
                "hls_opus_64_url": hls_opus_64_url,
                "http_mp3_128_url": http_mp3_128_url,
                "preview_mp3_128_url": preview_mp3_128_url,
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
        hls_aac_160_url = pop("hls_aac_160_url", None)
        hls_mp3_128_url = pop("hls_mp3_128_url", None)
        hls_opus_64_url = pop("hls_opus_64_url", None)
        http_mp3_128_url = pop("http_mp3_128_url", None)
        preview_mp3_128_url = pop("preview_mp3_128_url", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (hls_aac_160_url is None or hls_aac_160_url.__class__ is str)
            and (hls_mp3_128_url is None or hls_mp3_128_url.__class__ is str)
            and (hls_opus_64_url is None or hls_opus_64_url.__class__ is str)
            and (http_mp3_128_url is None or http_mp3_128_url.__class__ is str)
            and (preview_mp3_128_url is None or preview_mp3_128_url.__class__ is str)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if cls is Streams:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            streams = _new(cls)
            streams.hls_aac_160_url = hls_aac_160_url
            streams.hls_mp3_128_url = hls_mp3_128_url
            streams.hls_opus_64_url = hls_opus_64_url
            streams.http_mp3_128_url = http_mp3_128_url
            streams.preview_mp3_128_url = preview_mp3_128_url
            streams._present_keys = None
        else:
            streams = cls(
                hls_aac_160_url,
                hls_mp3_128_url,
                hls_opus_64_url,
                http_mp3_128_url,
                preview_mp3_128_url,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        streams.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 5:
            streams._present_keys = tuple(src_dict)
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


_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "hls_aac_160_url",
        "hls_mp3_128_url",
        "hls_opus_64_url",
        "http_mp3_128_url",
        "preview_mp3_128_url",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hls_aac_160_url", ("string", "null", "missing")),
    ("hls_mp3_128_url", ("string", "null", "missing")),
    ("hls_opus_64_url", ("string", "null", "missing")),
    ("http_mp3_128_url", ("string", "null", "missing")),
    ("preview_mp3_128_url", ("string", "null", "missing")),
)
