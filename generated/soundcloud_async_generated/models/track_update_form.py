from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.embeddable_by import EmbeddableBy
from ..models.license_ import License
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

T = TypeVar("T", bound="TrackUpdateForm")


@_attrs_define
class TrackUpdateForm(SoundCloudModel):
    """Multipart update of a track, the way to replace artwork.

    Attributes:
        tracktitle (str | Unset):
        trackartwork_data (File | Unset):
        trackpermalink (str | Unset):
        tracksharing (Sharing | Unset):
        trackembeddable_by (EmbeddableBy | Unset):
        trackpurchase_url (str | Unset):
        trackdescription (str | Unset):
        trackgenre (str | Unset):
        tracktag_list (str | Unset):
        tracklabel_name (str | Unset):
        trackrelease (str | Unset):
        trackrelease_date (str | Unset):
        trackstreamable (bool | Unset):
        trackdownloadable (bool | Unset):
        tracklicense (License | Unset):
        trackcommentable (bool | Unset):
        trackreveal_stats (bool | Unset):
        trackreveal_comments (bool | Unset):
        trackisrc (str | Unset):
    """

    tracktitle: str | Unset = UNSET
    trackartwork_data: File | Unset = UNSET
    trackpermalink: str | Unset = UNSET
    tracksharing: Sharing | Unset = UNSET
    trackembeddable_by: EmbeddableBy | Unset = UNSET
    trackpurchase_url: str | Unset = UNSET
    trackdescription: str | Unset = UNSET
    trackgenre: str | Unset = UNSET
    tracktag_list: str | Unset = UNSET
    tracklabel_name: str | Unset = UNSET
    trackrelease: str | Unset = UNSET
    trackrelease_date: str | Unset = UNSET
    trackstreamable: bool | Unset = UNSET
    trackdownloadable: bool | Unset = UNSET
    tracklicense: License | Unset = UNSET
    trackcommentable: bool | Unset = UNSET
    trackreveal_stats: bool | Unset = UNSET
    trackreveal_comments: bool | Unset = UNSET
    trackisrc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracktitle = self.tracktitle

        trackartwork_data: FileTypes | Unset = UNSET
        if not isinstance(self.trackartwork_data, Unset):
            trackartwork_data = self.trackartwork_data.to_tuple()

        trackpermalink = self.trackpermalink

        tracksharing: str | Unset = UNSET
        if not isinstance(self.tracksharing, Unset):
            tracksharing = self.tracksharing.value

        trackembeddable_by: str | Unset = UNSET
        if not isinstance(self.trackembeddable_by, Unset):
            trackembeddable_by = self.trackembeddable_by.value

        trackpurchase_url = self.trackpurchase_url

        trackdescription = self.trackdescription

        trackgenre = self.trackgenre

        tracktag_list = self.tracktag_list

        tracklabel_name = self.tracklabel_name

        trackrelease = self.trackrelease

        trackrelease_date = self.trackrelease_date

        trackstreamable = self.trackstreamable

        trackdownloadable = self.trackdownloadable

        tracklicense: str | Unset = UNSET
        if not isinstance(self.tracklicense, Unset):
            tracklicense = self.tracklicense.value

        trackcommentable = self.trackcommentable

        trackreveal_stats = self.trackreveal_stats

        trackreveal_comments = self.trackreveal_comments

        trackisrc = self.trackisrc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tracktitle is not UNSET:
            field_dict["track[title]"] = tracktitle
        if trackartwork_data is not UNSET:
            field_dict["track[artwork_data]"] = trackartwork_data
        if trackpermalink is not UNSET:
            field_dict["track[permalink]"] = trackpermalink
        if tracksharing is not UNSET:
            field_dict["track[sharing]"] = tracksharing
        if trackembeddable_by is not UNSET:
            field_dict["track[embeddable_by]"] = trackembeddable_by
        if trackpurchase_url is not UNSET:
            field_dict["track[purchase_url]"] = trackpurchase_url
        if trackdescription is not UNSET:
            field_dict["track[description]"] = trackdescription
        if trackgenre is not UNSET:
            field_dict["track[genre]"] = trackgenre
        if tracktag_list is not UNSET:
            field_dict["track[tag_list]"] = tracktag_list
        if tracklabel_name is not UNSET:
            field_dict["track[label_name]"] = tracklabel_name
        if trackrelease is not UNSET:
            field_dict["track[release]"] = trackrelease
        if trackrelease_date is not UNSET:
            field_dict["track[release_date]"] = trackrelease_date
        if trackstreamable is not UNSET:
            field_dict["track[streamable]"] = trackstreamable
        if trackdownloadable is not UNSET:
            field_dict["track[downloadable]"] = trackdownloadable
        if tracklicense is not UNSET:
            field_dict["track[license]"] = tracklicense
        if trackcommentable is not UNSET:
            field_dict["track[commentable]"] = trackcommentable
        if trackreveal_stats is not UNSET:
            field_dict["track[reveal_stats]"] = trackreveal_stats
        if trackreveal_comments is not UNSET:
            field_dict["track[reveal_comments]"] = trackreveal_comments
        if trackisrc is not UNSET:
            field_dict["track[isrc]"] = trackisrc

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.tracktitle, Unset):
            files.append(
                ("track[title]", (None, str(self.tracktitle).encode(), "text/plain"))
            )

        if not isinstance(self.trackartwork_data, Unset):
            files.append(("track[artwork_data]", self.trackartwork_data.to_tuple()))

        if not isinstance(self.trackpermalink, Unset):
            files.append(
                (
                    "track[permalink]",
                    (None, str(self.trackpermalink).encode(), "text/plain"),
                )
            )

        if not isinstance(self.tracksharing, Unset):
            files.append(
                (
                    "track[sharing]",
                    (None, str(self.tracksharing.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackembeddable_by, Unset):
            files.append(
                (
                    "track[embeddable_by]",
                    (None, str(self.trackembeddable_by.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackpurchase_url, Unset):
            files.append(
                (
                    "track[purchase_url]",
                    (None, str(self.trackpurchase_url).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackdescription, Unset):
            files.append(
                (
                    "track[description]",
                    (None, str(self.trackdescription).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackgenre, Unset):
            files.append(
                ("track[genre]", (None, str(self.trackgenre).encode(), "text/plain"))
            )

        if not isinstance(self.tracktag_list, Unset):
            files.append(
                (
                    "track[tag_list]",
                    (None, str(self.tracktag_list).encode(), "text/plain"),
                )
            )

        if not isinstance(self.tracklabel_name, Unset):
            files.append(
                (
                    "track[label_name]",
                    (None, str(self.tracklabel_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackrelease, Unset):
            files.append(
                (
                    "track[release]",
                    (None, str(self.trackrelease).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackrelease_date, Unset):
            files.append(
                (
                    "track[release_date]",
                    (None, str(self.trackrelease_date).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackstreamable, Unset):
            files.append(
                (
                    "track[streamable]",
                    (
                        None,
                        ("true" if self.trackstreamable else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.trackdownloadable, Unset):
            files.append(
                (
                    "track[downloadable]",
                    (
                        None,
                        ("true" if self.trackdownloadable else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.tracklicense, Unset):
            files.append(
                (
                    "track[license]",
                    (None, str(self.tracklicense.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trackcommentable, Unset):
            files.append(
                (
                    "track[commentable]",
                    (
                        None,
                        ("true" if self.trackcommentable else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.trackreveal_stats, Unset):
            files.append(
                (
                    "track[reveal_stats]",
                    (
                        None,
                        ("true" if self.trackreveal_stats else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.trackreveal_comments, Unset):
            files.append(
                (
                    "track[reveal_comments]",
                    (
                        None,
                        ("true" if self.trackreveal_comments else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.trackisrc, Unset):
            files.append(
                ("track[isrc]", (None, str(self.trackisrc).encode(), "text/plain"))
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
        tracktitle = pop("track[title]", UNSET)
        trackartwork_data = pop("track[artwork_data]", UNSET)
        trackpermalink = pop("track[permalink]", UNSET)
        _tracksharing = pop("track[sharing]", UNSET)
        _trackembeddable_by = pop("track[embeddable_by]", UNSET)
        trackpurchase_url = pop("track[purchase_url]", UNSET)
        trackdescription = pop("track[description]", UNSET)
        trackgenre = pop("track[genre]", UNSET)
        tracktag_list = pop("track[tag_list]", UNSET)
        tracklabel_name = pop("track[label_name]", UNSET)
        trackrelease = pop("track[release]", UNSET)
        trackrelease_date = pop("track[release_date]", UNSET)
        trackstreamable = pop("track[streamable]", UNSET)
        trackdownloadable = pop("track[downloadable]", UNSET)
        _tracklicense = pop("track[license]", UNSET)
        trackcommentable = pop("track[commentable]", UNSET)
        trackreveal_stats = pop("track[reveal_stats]", UNSET)
        trackreveal_comments = pop("track[reveal_comments]", UNSET)
        trackisrc = pop("track[isrc]", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (tracktitle.__class__ is str or tracktitle is UNSET)
            and (trackpermalink.__class__ is str or trackpermalink is UNSET)
            and (_tracksharing.__class__ is str or _tracksharing is UNSET)
            and (_trackembeddable_by.__class__ is str or _trackembeddable_by is UNSET)
            and (trackpurchase_url.__class__ is str or trackpurchase_url is UNSET)
            and (trackdescription.__class__ is str or trackdescription is UNSET)
            and (trackgenre.__class__ is str or trackgenre is UNSET)
            and (tracktag_list.__class__ is str or tracktag_list is UNSET)
            and (tracklabel_name.__class__ is str or tracklabel_name is UNSET)
            and (trackrelease.__class__ is str or trackrelease is UNSET)
            and (trackrelease_date.__class__ is str or trackrelease_date is UNSET)
            and (trackstreamable.__class__ is bool or trackstreamable is UNSET)
            and (trackdownloadable.__class__ is bool or trackdownloadable is UNSET)
            and (_tracklicense.__class__ is str or _tracklicense is UNSET)
            and (trackcommentable.__class__ is bool or trackcommentable is UNSET)
            and (trackreveal_stats.__class__ is bool or trackreveal_stats is UNSET)
            and (
                trackreveal_comments.__class__ is bool or trackreveal_comments is UNSET
            )
            and (trackisrc.__class__ is str or trackisrc is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _tracksharing.__class__ is str:
            tracksharing = Sharing._value2member_map_.get(_tracksharing) or Sharing(
                _tracksharing
            )
        else:
            tracksharing = _tracksharing

        if _trackembeddable_by.__class__ is str:
            trackembeddable_by = EmbeddableBy._value2member_map_.get(
                _trackembeddable_by
            ) or EmbeddableBy(_trackembeddable_by)
        else:
            trackembeddable_by = _trackembeddable_by

        if _tracklicense.__class__ is str:
            tracklicense = License._value2member_map_.get(_tracklicense) or License(
                _tracklicense
            )
        else:
            tracklicense = _tracklicense

        if cls is TrackUpdateForm:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            track_update_form = _new(cls)
            track_update_form.tracktitle = tracktitle
            track_update_form.trackartwork_data = trackartwork_data
            track_update_form.trackpermalink = trackpermalink
            track_update_form.tracksharing = tracksharing
            track_update_form.trackembeddable_by = trackembeddable_by
            track_update_form.trackpurchase_url = trackpurchase_url
            track_update_form.trackdescription = trackdescription
            track_update_form.trackgenre = trackgenre
            track_update_form.tracktag_list = tracktag_list
            track_update_form.tracklabel_name = tracklabel_name
            track_update_form.trackrelease = trackrelease
            track_update_form.trackrelease_date = trackrelease_date
            track_update_form.trackstreamable = trackstreamable
            track_update_form.trackdownloadable = trackdownloadable
            track_update_form.tracklicense = tracklicense
            track_update_form.trackcommentable = trackcommentable
            track_update_form.trackreveal_stats = trackreveal_stats
            track_update_form.trackreveal_comments = trackreveal_comments
            track_update_form.trackisrc = trackisrc
        else:
            track_update_form = cls(
                tracktitle,
                trackartwork_data,
                trackpermalink,
                tracksharing,
                trackembeddable_by,
                trackpurchase_url,
                trackdescription,
                trackgenre,
                tracktag_list,
                tracklabel_name,
                trackrelease,
                trackrelease_date,
                trackstreamable,
                trackdownloadable,
                tracklicense,
                trackcommentable,
                trackreveal_stats,
                trackreveal_comments,
                trackisrc,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        track_update_form.additional_properties = {**d}
        return track_update_form

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
    ("track[title]", ("string", "missing")),
    ("track[permalink]", ("string", "missing")),
    ("track[sharing]", ("string", "missing")),
    ("track[embeddable_by]", ("string", "missing")),
    ("track[purchase_url]", ("string", "missing")),
    ("track[description]", ("string", "missing")),
    ("track[genre]", ("string", "missing")),
    ("track[tag_list]", ("string", "missing")),
    ("track[label_name]", ("string", "missing")),
    ("track[release]", ("string", "missing")),
    ("track[release_date]", ("string", "missing")),
    ("track[streamable]", ("boolean", "missing")),
    ("track[downloadable]", ("boolean", "missing")),
    ("track[license]", ("string", "missing")),
    ("track[commentable]", ("boolean", "missing")),
    ("track[reveal_stats]", ("boolean", "missing")),
    ("track[reveal_comments]", ("boolean", "missing")),
    ("track[isrc]", ("string", "missing")),
)
