from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddable_by import EmbeddableBy
from ..models.license_ import License
from ..models.sharing import Sharing
from ..types import (
    UNSET,
    SoundCloudModel,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="TrackMetadata")


@_attrs_define
class TrackMetadata(SoundCloudModel):
    """
    Attributes:
        title (str | Unset):
        permalink (str | Unset):
        sharing (Sharing | Unset):
        embeddable_by (EmbeddableBy | Unset):
        purchase_url (str | Unset):
        description (str | Unset):
        genre (str | Unset):
        tag_list (str | Unset):
        label_name (str | Unset):
        release (str | Unset):
        release_date (str | Unset): `yyyy-mm-dd`.
        streamable (bool | Unset):
        downloadable (bool | Unset):
        license_ (License | Unset):
        commentable (bool | Unset):
        reveal_stats (bool | Unset):
        reveal_comments (bool | Unset):
        isrc (str | Unset):
    """

    title: str | Unset = UNSET
    permalink: str | Unset = UNSET
    sharing: Sharing | Unset = UNSET
    embeddable_by: EmbeddableBy | Unset = UNSET
    purchase_url: str | Unset = UNSET
    description: str | Unset = UNSET
    genre: str | Unset = UNSET
    tag_list: str | Unset = UNSET
    label_name: str | Unset = UNSET
    release: str | Unset = UNSET
    release_date: str | Unset = UNSET
    streamable: bool | Unset = UNSET
    downloadable: bool | Unset = UNSET
    license_: License | Unset = UNSET
    commentable: bool | Unset = UNSET
    reveal_stats: bool | Unset = UNSET
    reveal_comments: bool | Unset = UNSET
    isrc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        permalink = self.permalink

        sharing: str | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.value

        embeddable_by: str | Unset = UNSET
        if not isinstance(self.embeddable_by, Unset):
            embeddable_by = self.embeddable_by.value

        purchase_url = self.purchase_url

        description = self.description

        genre = self.genre

        tag_list = self.tag_list

        label_name = self.label_name

        release = self.release

        release_date = self.release_date

        streamable = self.streamable

        downloadable = self.downloadable

        license_: str | Unset = UNSET
        if not isinstance(self.license_, Unset):
            license_ = self.license_.value

        commentable = self.commentable

        reveal_stats = self.reveal_stats

        reveal_comments = self.reveal_comments

        isrc = self.isrc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if embeddable_by is not UNSET:
            field_dict["embeddable_by"] = embeddable_by
        if purchase_url is not UNSET:
            field_dict["purchase_url"] = purchase_url
        if description is not UNSET:
            field_dict["description"] = description
        if genre is not UNSET:
            field_dict["genre"] = genre
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if label_name is not UNSET:
            field_dict["label_name"] = label_name
        if release is not UNSET:
            field_dict["release"] = release
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if streamable is not UNSET:
            field_dict["streamable"] = streamable
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if license_ is not UNSET:
            field_dict["license"] = license_
        if commentable is not UNSET:
            field_dict["commentable"] = commentable
        if reveal_stats is not UNSET:
            field_dict["reveal_stats"] = reveal_stats
        if reveal_comments is not UNSET:
            field_dict["reveal_comments"] = reveal_comments
        if isrc is not UNSET:
            field_dict["isrc"] = isrc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        title = pop("title", UNSET)
        permalink = pop("permalink", UNSET)
        _sharing = pop("sharing", UNSET)
        _embeddable_by = pop("embeddable_by", UNSET)
        purchase_url = pop("purchase_url", UNSET)
        description = pop("description", UNSET)
        genre = pop("genre", UNSET)
        tag_list = pop("tag_list", UNSET)
        label_name = pop("label_name", UNSET)
        release = pop("release", UNSET)
        release_date = pop("release_date", UNSET)
        streamable = pop("streamable", UNSET)
        downloadable = pop("downloadable", UNSET)
        _license_ = pop("license", UNSET)
        commentable = pop("commentable", UNSET)
        reveal_stats = pop("reveal_stats", UNSET)
        reveal_comments = pop("reveal_comments", UNSET)
        isrc = pop("isrc", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (title.__class__ is str or title is UNSET)
            and (permalink.__class__ is str or permalink is UNSET)
            and (_sharing.__class__ is str or _sharing is UNSET)
            and (_embeddable_by.__class__ is str or _embeddable_by is UNSET)
            and (purchase_url.__class__ is str or purchase_url is UNSET)
            and (description.__class__ is str or description is UNSET)
            and (genre.__class__ is str or genre is UNSET)
            and (tag_list.__class__ is str or tag_list is UNSET)
            and (label_name.__class__ is str or label_name is UNSET)
            and (release.__class__ is str or release is UNSET)
            and (release_date.__class__ is str or release_date is UNSET)
            and (streamable.__class__ is bool or streamable is UNSET)
            and (downloadable.__class__ is bool or downloadable is UNSET)
            and (_license_.__class__ is str or _license_ is UNSET)
            and (commentable.__class__ is bool or commentable is UNSET)
            and (reveal_stats.__class__ is bool or reveal_stats is UNSET)
            and (reveal_comments.__class__ is bool or reveal_comments is UNSET)
            and (isrc.__class__ is str or isrc is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _sharing.__class__ is str:
            sharing = Sharing._value2member_map_.get(_sharing) or Sharing(_sharing)
        else:
            sharing = _sharing

        if _embeddable_by.__class__ is str:
            embeddable_by = EmbeddableBy._value2member_map_.get(
                _embeddable_by
            ) or EmbeddableBy(_embeddable_by)
        else:
            embeddable_by = _embeddable_by

        if _license_.__class__ is str:
            license_ = License._value2member_map_.get(_license_) or License(_license_)
        else:
            license_ = _license_

        if cls is TrackMetadata:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            track_metadata = _new(cls)
            track_metadata.title = title
            track_metadata.permalink = permalink
            track_metadata.sharing = sharing
            track_metadata.embeddable_by = embeddable_by
            track_metadata.purchase_url = purchase_url
            track_metadata.description = description
            track_metadata.genre = genre
            track_metadata.tag_list = tag_list
            track_metadata.label_name = label_name
            track_metadata.release = release
            track_metadata.release_date = release_date
            track_metadata.streamable = streamable
            track_metadata.downloadable = downloadable
            track_metadata.license_ = license_
            track_metadata.commentable = commentable
            track_metadata.reveal_stats = reveal_stats
            track_metadata.reveal_comments = reveal_comments
            track_metadata.isrc = isrc
        else:
            track_metadata = cls(
                title,
                permalink,
                sharing,
                embeddable_by,
                purchase_url,
                description,
                genre,
                tag_list,
                label_name,
                release,
                release_date,
                streamable,
                downloadable,
                license_,
                commentable,
                reveal_stats,
                reveal_comments,
                isrc,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        track_metadata.additional_properties = {**d}
        return track_metadata

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
    ("title", ("string", "missing")),
    ("permalink", ("string", "missing")),
    ("sharing", ("string", "missing")),
    ("embeddable_by", ("string", "missing")),
    ("purchase_url", ("string", "missing")),
    ("description", ("string", "missing")),
    ("genre", ("string", "missing")),
    ("tag_list", ("string", "missing")),
    ("label_name", ("string", "missing")),
    ("release", ("string", "missing")),
    ("release_date", ("string", "missing")),
    ("streamable", ("boolean", "missing")),
    ("downloadable", ("boolean", "missing")),
    ("license", ("string", "missing")),
    ("commentable", ("boolean", "missing")),
    ("reveal_stats", ("boolean", "missing")),
    ("reveal_comments", ("boolean", "missing")),
    ("isrc", ("string", "missing")),
)
