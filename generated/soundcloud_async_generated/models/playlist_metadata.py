from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_type import SetType
from ..models.sharing import Sharing
from ..types import (
    UNSET,
    PayloadMismatch,
    SoundCloudModel,
    Unset,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="PlaylistMetadata")


@_attrs_define
class PlaylistMetadata(SoundCloudModel):
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        sharing (Sharing | Unset):
        tracks (list[PlaylistTrackRef] | Unset): The full track list, in order.
        ean (str | Unset):
        genre (str | Unset):
        label_name (str | Unset):
        license_ (str | Unset):
        permalink (str | Unset):
        permalink_url (str | Unset):
        purchase_title (str | Unset):
        purchase_url (str | Unset):
        release (str | Unset):
        release_date (str | Unset):
        set_type (SetType | Unset):
        tag_list (str | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    sharing: Sharing | Unset = UNSET
    tracks: list[PlaylistTrackRef] | Unset = UNSET
    ean: str | Unset = UNSET
    genre: str | Unset = UNSET
    label_name: str | Unset = UNSET
    license_: str | Unset = UNSET
    permalink: str | Unset = UNSET
    permalink_url: str | Unset = UNSET
    purchase_title: str | Unset = UNSET
    purchase_url: str | Unset = UNSET
    release: str | Unset = UNSET
    release_date: str | Unset = UNSET
    set_type: SetType | Unset = UNSET
    tag_list: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        sharing: str | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.value

        tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracks, Unset):
            tracks = []
            for tracks_item_data in self.tracks:
                tracks_item = tracks_item_data.to_dict()
                tracks.append(tracks_item)

        ean = self.ean

        genre = self.genre

        label_name = self.label_name

        license_ = self.license_

        permalink = self.permalink

        permalink_url = self.permalink_url

        purchase_title = self.purchase_title

        purchase_url = self.purchase_url

        release = self.release

        release_date = self.release_date

        set_type: str | Unset = UNSET
        if not isinstance(self.set_type, Unset):
            set_type = self.set_type.value

        tag_list = self.tag_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if tracks is not UNSET:
            field_dict["tracks"] = tracks
        if ean is not UNSET:
            field_dict["ean"] = ean
        if genre is not UNSET:
            field_dict["genre"] = genre
        if label_name is not UNSET:
            field_dict["label_name"] = label_name
        if license_ is not UNSET:
            field_dict["license"] = license_
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if purchase_title is not UNSET:
            field_dict["purchase_title"] = purchase_title
        if purchase_url is not UNSET:
            field_dict["purchase_url"] = purchase_url
        if release is not UNSET:
            field_dict["release"] = release
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if set_type is not UNSET:
            field_dict["set_type"] = set_type
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        title = pop("title", UNSET)
        description = pop("description", UNSET)
        _sharing = pop("sharing", UNSET)
        _tracks = pop("tracks", UNSET)
        ean = pop("ean", UNSET)
        genre = pop("genre", UNSET)
        label_name = pop("label_name", UNSET)
        license_ = pop("license", UNSET)
        permalink = pop("permalink", UNSET)
        permalink_url = pop("permalink_url", UNSET)
        purchase_title = pop("purchase_title", UNSET)
        purchase_url = pop("purchase_url", UNSET)
        release = pop("release", UNSET)
        release_date = pop("release_date", UNSET)
        _set_type = pop("set_type", UNSET)
        tag_list = pop("tag_list", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (title.__class__ is str or title is UNSET)
            and (description.__class__ is str or description is UNSET)
            and (_sharing.__class__ is str or _sharing is UNSET)
            and (_tracks.__class__ is list or _tracks is UNSET)
            and (ean.__class__ is str or ean is UNSET)
            and (genre.__class__ is str or genre is UNSET)
            and (label_name.__class__ is str or label_name is UNSET)
            and (license_.__class__ is str or license_ is UNSET)
            and (permalink.__class__ is str or permalink is UNSET)
            and (permalink_url.__class__ is str or permalink_url is UNSET)
            and (purchase_title.__class__ is str or purchase_title is UNSET)
            and (purchase_url.__class__ is str or purchase_url is UNSET)
            and (release.__class__ is str or release is UNSET)
            and (release_date.__class__ is str or release_date is UNSET)
            and (_set_type.__class__ is str or _set_type is UNSET)
            and (tag_list.__class__ is str or tag_list is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _sharing.__class__ is str:
            sharing = Sharing._value2member_map_.get(_sharing) or Sharing(_sharing)
        else:
            sharing = _sharing

        if _tracks.__class__ is list:
            try:
                try:
                    tracks = list(map(PlaylistTrackRef.from_dict, _tracks))
                except PayloadMismatch as error:
                    raise item_mismatch(
                        error, _tracks, PlaylistTrackRef.from_dict
                    ) from None

            except PayloadMismatch as error:
                raise error.inside("tracks")

        else:
            tracks = _tracks

        if _set_type.__class__ is str:
            set_type = SetType._value2member_map_.get(_set_type) or SetType(_set_type)
        else:
            set_type = _set_type

        if cls is PlaylistMetadata:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            playlist_metadata = _new(cls)
            playlist_metadata.title = title
            playlist_metadata.description = description
            playlist_metadata.sharing = sharing
            playlist_metadata.tracks = tracks
            playlist_metadata.ean = ean
            playlist_metadata.genre = genre
            playlist_metadata.label_name = label_name
            playlist_metadata.license_ = license_
            playlist_metadata.permalink = permalink
            playlist_metadata.permalink_url = permalink_url
            playlist_metadata.purchase_title = purchase_title
            playlist_metadata.purchase_url = purchase_url
            playlist_metadata.release = release
            playlist_metadata.release_date = release_date
            playlist_metadata.set_type = set_type
            playlist_metadata.tag_list = tag_list
        else:
            playlist_metadata = cls(
                title,
                description,
                sharing,
                tracks,
                ean,
                genre,
                label_name,
                license_,
                permalink,
                permalink_url,
                purchase_title,
                purchase_url,
                release,
                release_date,
                set_type,
                tag_list,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        playlist_metadata.additional_properties = {**d}
        return playlist_metadata

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
from ..models.playlist_track_ref import PlaylistTrackRef

_new = object.__new__


# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("string", "missing")),
    ("description", ("string", "missing")),
    ("sharing", ("string", "missing")),
    ("tracks", ("array", "missing")),
    ("ean", ("string", "missing")),
    ("genre", ("string", "missing")),
    ("label_name", ("string", "missing")),
    ("license", ("string", "missing")),
    ("permalink", ("string", "missing")),
    ("permalink_url", ("string", "missing")),
    ("purchase_title", ("string", "missing")),
    ("purchase_url", ("string", "missing")),
    ("release", ("string", "missing")),
    ("release_date", ("string", "missing")),
    ("set_type", ("string", "missing")),
    ("tag_list", ("string", "missing")),
)
