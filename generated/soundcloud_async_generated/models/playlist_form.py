from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.set_type import SetType
from ..models.sharing import Sharing
from ..types import (
    UNSET,
    File,
    FileTypes,
    SoundCloudModel,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="PlaylistForm")


@_attrs_define
class PlaylistForm(SoundCloudModel):
    """Multipart playlist creation, the way to include artwork.

    Attributes:
        playlisttitle (str):
        playlistdescription (str | Unset):
        playlistsharing (Sharing | Unset):
        playlisttracksurn (str | Unset): Track URNs in order, comma-separated in one form part (as SoundCloud's own spec
            sends them).
        playlistartwork_data (File | Unset):
        playlistean (str | Unset):
        playlistgenre (str | Unset):
        playlistlabel_name (str | Unset):
        playlistlicense (str | Unset):
        playlistpermalink (str | Unset):
        playlistpermalink_url (str | Unset):
        playlistpurchase_title (str | Unset):
        playlistpurchase_url (str | Unset):
        playlistrelease (str | Unset):
        playlistrelease_date (str | Unset):
        playlistset_type (SetType | Unset):
        playlisttag_list (str | Unset):
    """

    playlisttitle: str
    playlistdescription: str | Unset = UNSET
    playlistsharing: Sharing | Unset = UNSET
    playlisttracksurn: str | Unset = UNSET
    playlistartwork_data: File | Unset = UNSET
    playlistean: str | Unset = UNSET
    playlistgenre: str | Unset = UNSET
    playlistlabel_name: str | Unset = UNSET
    playlistlicense: str | Unset = UNSET
    playlistpermalink: str | Unset = UNSET
    playlistpermalink_url: str | Unset = UNSET
    playlistpurchase_title: str | Unset = UNSET
    playlistpurchase_url: str | Unset = UNSET
    playlistrelease: str | Unset = UNSET
    playlistrelease_date: str | Unset = UNSET
    playlistset_type: SetType | Unset = UNSET
    playlisttag_list: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        playlisttitle = self.playlisttitle

        playlistdescription = self.playlistdescription

        playlistsharing: str | Unset = UNSET
        if not isinstance(self.playlistsharing, Unset):
            playlistsharing = self.playlistsharing.value

        playlisttracksurn = self.playlisttracksurn

        playlistartwork_data: FileTypes | Unset = UNSET
        if not isinstance(self.playlistartwork_data, Unset):
            playlistartwork_data = self.playlistartwork_data.to_tuple()

        playlistean = self.playlistean

        playlistgenre = self.playlistgenre

        playlistlabel_name = self.playlistlabel_name

        playlistlicense = self.playlistlicense

        playlistpermalink = self.playlistpermalink

        playlistpermalink_url = self.playlistpermalink_url

        playlistpurchase_title = self.playlistpurchase_title

        playlistpurchase_url = self.playlistpurchase_url

        playlistrelease = self.playlistrelease

        playlistrelease_date = self.playlistrelease_date

        playlistset_type: str | Unset = UNSET
        if not isinstance(self.playlistset_type, Unset):
            playlistset_type = self.playlistset_type.value

        playlisttag_list = self.playlisttag_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "playlist[title]": playlisttitle,
            }
        )
        if playlistdescription is not UNSET:
            field_dict["playlist[description]"] = playlistdescription
        if playlistsharing is not UNSET:
            field_dict["playlist[sharing]"] = playlistsharing
        if playlisttracksurn is not UNSET:
            field_dict["playlist[tracks][][urn]"] = playlisttracksurn
        if playlistartwork_data is not UNSET:
            field_dict["playlist[artwork_data]"] = playlistartwork_data
        if playlistean is not UNSET:
            field_dict["playlist[ean]"] = playlistean
        if playlistgenre is not UNSET:
            field_dict["playlist[genre]"] = playlistgenre
        if playlistlabel_name is not UNSET:
            field_dict["playlist[label_name]"] = playlistlabel_name
        if playlistlicense is not UNSET:
            field_dict["playlist[license]"] = playlistlicense
        if playlistpermalink is not UNSET:
            field_dict["playlist[permalink]"] = playlistpermalink
        if playlistpermalink_url is not UNSET:
            field_dict["playlist[permalink_url]"] = playlistpermalink_url
        if playlistpurchase_title is not UNSET:
            field_dict["playlist[purchase_title]"] = playlistpurchase_title
        if playlistpurchase_url is not UNSET:
            field_dict["playlist[purchase_url]"] = playlistpurchase_url
        if playlistrelease is not UNSET:
            field_dict["playlist[release]"] = playlistrelease
        if playlistrelease_date is not UNSET:
            field_dict["playlist[release_date]"] = playlistrelease_date
        if playlistset_type is not UNSET:
            field_dict["playlist[set_type]"] = playlistset_type
        if playlisttag_list is not UNSET:
            field_dict["playlist[tag_list]"] = playlisttag_list

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("playlist[title]", (None, str(self.playlisttitle).encode(), "text/plain"))
        )

        if not isinstance(self.playlistdescription, Unset):
            files.append(
                (
                    "playlist[description]",
                    (None, str(self.playlistdescription).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistsharing, Unset):
            files.append(
                (
                    "playlist[sharing]",
                    (None, str(self.playlistsharing.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlisttracksurn, Unset):
            files.append(
                (
                    "playlist[tracks][][urn]",
                    (None, str(self.playlisttracksurn).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistartwork_data, Unset):
            files.append(
                ("playlist[artwork_data]", self.playlistartwork_data.to_tuple())
            )

        if not isinstance(self.playlistean, Unset):
            files.append(
                ("playlist[ean]", (None, str(self.playlistean).encode(), "text/plain"))
            )

        if not isinstance(self.playlistgenre, Unset):
            files.append(
                (
                    "playlist[genre]",
                    (None, str(self.playlistgenre).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistlabel_name, Unset):
            files.append(
                (
                    "playlist[label_name]",
                    (None, str(self.playlistlabel_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistlicense, Unset):
            files.append(
                (
                    "playlist[license]",
                    (None, str(self.playlistlicense).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistpermalink, Unset):
            files.append(
                (
                    "playlist[permalink]",
                    (None, str(self.playlistpermalink).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistpermalink_url, Unset):
            files.append(
                (
                    "playlist[permalink_url]",
                    (None, str(self.playlistpermalink_url).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistpurchase_title, Unset):
            files.append(
                (
                    "playlist[purchase_title]",
                    (None, str(self.playlistpurchase_title).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistpurchase_url, Unset):
            files.append(
                (
                    "playlist[purchase_url]",
                    (None, str(self.playlistpurchase_url).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistrelease, Unset):
            files.append(
                (
                    "playlist[release]",
                    (None, str(self.playlistrelease).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistrelease_date, Unset):
            files.append(
                (
                    "playlist[release_date]",
                    (None, str(self.playlistrelease_date).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlistset_type, Unset):
            files.append(
                (
                    "playlist[set_type]",
                    (None, str(self.playlistset_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.playlisttag_list, Unset):
            files.append(
                (
                    "playlist[tag_list]",
                    (None, str(self.playlisttag_list).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        playlisttitle = pop("playlist[title]", UNSET)
        playlistdescription = pop("playlist[description]", UNSET)
        _playlistsharing = pop("playlist[sharing]", UNSET)
        playlisttracksurn = pop("playlist[tracks][][urn]", UNSET)
        playlistartwork_data = pop("playlist[artwork_data]", UNSET)
        playlistean = pop("playlist[ean]", UNSET)
        playlistgenre = pop("playlist[genre]", UNSET)
        playlistlabel_name = pop("playlist[label_name]", UNSET)
        playlistlicense = pop("playlist[license]", UNSET)
        playlistpermalink = pop("playlist[permalink]", UNSET)
        playlistpermalink_url = pop("playlist[permalink_url]", UNSET)
        playlistpurchase_title = pop("playlist[purchase_title]", UNSET)
        playlistpurchase_url = pop("playlist[purchase_url]", UNSET)
        playlistrelease = pop("playlist[release]", UNSET)
        playlistrelease_date = pop("playlist[release_date]", UNSET)
        _playlistset_type = pop("playlist[set_type]", UNSET)
        playlisttag_list = pop("playlist[tag_list]", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (playlisttitle.__class__ is str)
            and (playlistdescription.__class__ is str or playlistdescription is UNSET)
            and (_playlistsharing.__class__ is str or _playlistsharing is UNSET)
            and (playlisttracksurn.__class__ is str or playlisttracksurn is UNSET)
            and (playlistean.__class__ is str or playlistean is UNSET)
            and (playlistgenre.__class__ is str or playlistgenre is UNSET)
            and (playlistlabel_name.__class__ is str or playlistlabel_name is UNSET)
            and (playlistlicense.__class__ is str or playlistlicense is UNSET)
            and (playlistpermalink.__class__ is str or playlistpermalink is UNSET)
            and (
                playlistpermalink_url.__class__ is str or playlistpermalink_url is UNSET
            )
            and (
                playlistpurchase_title.__class__ is str
                or playlistpurchase_title is UNSET
            )
            and (playlistpurchase_url.__class__ is str or playlistpurchase_url is UNSET)
            and (playlistrelease.__class__ is str or playlistrelease is UNSET)
            and (playlistrelease_date.__class__ is str or playlistrelease_date is UNSET)
            and (_playlistset_type.__class__ is str or _playlistset_type is UNSET)
            and (playlisttag_list.__class__ is str or playlisttag_list is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _playlistsharing.__class__ is str:
            playlistsharing = Sharing._value2member_map_.get(
                _playlistsharing
            ) or Sharing(_playlistsharing)
        else:
            playlistsharing = _playlistsharing

        if _playlistset_type.__class__ is str:
            playlistset_type = SetType._value2member_map_.get(
                _playlistset_type
            ) or SetType(_playlistset_type)
        else:
            playlistset_type = _playlistset_type

        if cls is PlaylistForm:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            playlist_form = _new(cls)
            playlist_form.playlisttitle = playlisttitle
            playlist_form.playlistdescription = playlistdescription
            playlist_form.playlistsharing = playlistsharing
            playlist_form.playlisttracksurn = playlisttracksurn
            playlist_form.playlistartwork_data = playlistartwork_data
            playlist_form.playlistean = playlistean
            playlist_form.playlistgenre = playlistgenre
            playlist_form.playlistlabel_name = playlistlabel_name
            playlist_form.playlistlicense = playlistlicense
            playlist_form.playlistpermalink = playlistpermalink
            playlist_form.playlistpermalink_url = playlistpermalink_url
            playlist_form.playlistpurchase_title = playlistpurchase_title
            playlist_form.playlistpurchase_url = playlistpurchase_url
            playlist_form.playlistrelease = playlistrelease
            playlist_form.playlistrelease_date = playlistrelease_date
            playlist_form.playlistset_type = playlistset_type
            playlist_form.playlisttag_list = playlisttag_list
        else:
            playlist_form = cls(
                playlisttitle,
                playlistdescription,
                playlistsharing,
                playlisttracksurn,
                playlistartwork_data,
                playlistean,
                playlistgenre,
                playlistlabel_name,
                playlistlicense,
                playlistpermalink,
                playlistpermalink_url,
                playlistpurchase_title,
                playlistpurchase_url,
                playlistrelease,
                playlistrelease_date,
                playlistset_type,
                playlisttag_list,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        playlist_form.additional_properties = {**d}
        return playlist_form

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
    ("playlist[title]", ("string",)),
    ("playlist[description]", ("string", "missing")),
    ("playlist[sharing]", ("string", "missing")),
    ("playlist[tracks][][urn]", ("string", "missing")),
    ("playlist[ean]", ("string", "missing")),
    ("playlist[genre]", ("string", "missing")),
    ("playlist[label_name]", ("string", "missing")),
    ("playlist[license]", ("string", "missing")),
    ("playlist[permalink]", ("string", "missing")),
    ("playlist[permalink_url]", ("string", "missing")),
    ("playlist[purchase_title]", ("string", "missing")),
    ("playlist[purchase_url]", ("string", "missing")),
    ("playlist[release]", ("string", "missing")),
    ("playlist[release_date]", ("string", "missing")),
    ("playlist[set_type]", ("string", "missing")),
    ("playlist[tag_list]", ("string", "missing")),
)
