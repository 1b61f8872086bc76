from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddable_by import EmbeddableBy
from ..models.license_ import License
from ..models.sharing import Sharing
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackMetadata")


@_attrs_define
class TrackMetadata:
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
        d = dict(src_dict)
        pop = d.pop
        title = pop("title", UNSET)

        permalink = pop("permalink", UNSET)

        _sharing = pop("sharing", UNSET)
        sharing: Sharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = Sharing(_sharing)

        _embeddable_by = pop("embeddable_by", UNSET)
        embeddable_by: EmbeddableBy | Unset
        if isinstance(_embeddable_by, Unset):
            embeddable_by = UNSET
        else:
            embeddable_by = EmbeddableBy(_embeddable_by)

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
        license_: License | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = License(_license_)

        commentable = pop("commentable", UNSET)

        reveal_stats = pop("reveal_stats", UNSET)

        reveal_comments = pop("reveal_comments", UNSET)

        isrc = pop("isrc", UNSET)

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

        track_metadata.additional_properties = d
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
