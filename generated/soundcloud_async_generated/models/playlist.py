from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.playlist_kind import PlaylistKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Playlist")


@_attrs_define
class Playlist:
    """A playlist or album. Unknown fields are kept. `kind` is always sent; it is what tells a playlist from a track in a
    feed item's `origin`.

        Attributes:
            kind (PlaylistKind):
            id (int | Unset): Numeric id; prefer `urn`.
            urn (str | Unset): `soundcloud:playlists:<n>`.
            title (str | Unset):
            permalink (None | str | Unset):
            permalink_url (str | Unset):
            uri (str | Unset):
            tracks_uri (None | str | Unset):
            user_id (int | None | Unset):
            user_urn (None | str | Unset):
            user (None | Unset | User):
            created_at (str | Unset):
            last_modified (None | str | Unset):
            description (None | str | Unset):
            duration (int | None | Unset):
            track_count (int | None | Unset):
            tracks (list[Track] | None | Unset):
            artwork_url (None | str | Unset):
            sharing (None | str | Unset):
            streamable (bool | None | Unset):
            downloadable (bool | None | Unset):
            embeddable_by (None | str | Unset):
            genre (None | str | Unset):
            tag_list (None | str | Unset):
            tags (None | str | Unset):
            license_ (None | str | Unset):
            label_name (None | str | Unset):
            label_id (int | None | Unset):
            label (None | Unset | User):
            ean (None | str | Unset):
            release (None | str | Unset):
            release_day (int | None | Unset):
            release_month (int | None | Unset):
            release_year (int | None | Unset):
            purchase_url (None | str | Unset):
            purchase_title (None | str | Unset):
            playlist_type (None | str | Unset):
            type_ (None | str | Unset):
            set_type (None | str | Unset):
            likes_count (int | None | Unset):
            reposts_count (int | None | Unset):
    """

    kind: PlaylistKind
    id: int | Unset = UNSET
    urn: str | Unset = UNSET
    title: str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    permalink_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    tracks_uri: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user_urn: None | str | Unset = UNSET
    user: None | Unset | User = UNSET
    created_at: str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    track_count: int | None | Unset = UNSET
    tracks: list[Track] | None | Unset = UNSET
    artwork_url: None | str | Unset = UNSET
    sharing: None | str | Unset = UNSET
    streamable: bool | None | Unset = UNSET
    downloadable: bool | None | Unset = UNSET
    embeddable_by: None | str | Unset = UNSET
    genre: None | str | Unset = UNSET
    tag_list: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    license_: None | str | Unset = UNSET
    label_name: None | str | Unset = UNSET
    label_id: int | None | Unset = UNSET
    label: None | Unset | User = UNSET
    ean: None | str | Unset = UNSET
    release: None | str | Unset = UNSET
    release_day: int | None | Unset = UNSET
    release_month: int | None | Unset = UNSET
    release_year: int | None | Unset = UNSET
    purchase_url: None | str | Unset = UNSET
    purchase_title: None | str | Unset = UNSET
    playlist_type: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    set_type: None | str | Unset = UNSET
    likes_count: int | None | Unset = UNSET
    reposts_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = self.id

        urn = self.urn

        title = self.title

        permalink: None | str | Unset
        if isinstance(self.permalink, Unset):
            permalink = UNSET
        else:
            permalink = self.permalink

        permalink_url = self.permalink_url

        uri = self.uri

        tracks_uri: None | str | Unset
        if isinstance(self.tracks_uri, Unset):
            tracks_uri = UNSET
        else:
            tracks_uri = self.tracks_uri

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_urn: None | str | Unset
        if isinstance(self.user_urn, Unset):
            user_urn = UNSET
        else:
            user_urn = self.user_urn

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        created_at = self.created_at

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        track_count: int | None | Unset
        if isinstance(self.track_count, Unset):
            track_count = UNSET
        else:
            track_count = self.track_count

        tracks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tracks, Unset):
            tracks = UNSET
        elif isinstance(self.tracks, list):
            tracks = []
            for tracks_type_0_item_data in self.tracks:
                tracks_type_0_item = tracks_type_0_item_data.to_dict()
                tracks.append(tracks_type_0_item)

        else:
            tracks = self.tracks

        artwork_url: None | str | Unset
        if isinstance(self.artwork_url, Unset):
            artwork_url = UNSET
        else:
            artwork_url = self.artwork_url

        sharing: None | str | Unset
        if isinstance(self.sharing, Unset):
            sharing = UNSET
        else:
            sharing = self.sharing

        streamable: bool | None | Unset
        if isinstance(self.streamable, Unset):
            streamable = UNSET
        else:
            streamable = self.streamable

        downloadable: bool | None | Unset
        if isinstance(self.downloadable, Unset):
            downloadable = UNSET
        else:
            downloadable = self.downloadable

        embeddable_by: None | str | Unset
        if isinstance(self.embeddable_by, Unset):
            embeddable_by = UNSET
        else:
            embeddable_by = self.embeddable_by

        genre: None | str | Unset
        if isinstance(self.genre, Unset):
            genre = UNSET
        else:
            genre = self.genre

        tag_list: None | str | Unset
        if isinstance(self.tag_list, Unset):
            tag_list = UNSET
        else:
            tag_list = self.tag_list

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        label_name: None | str | Unset
        if isinstance(self.label_name, Unset):
            label_name = UNSET
        else:
            label_name = self.label_name

        label_id: int | None | Unset
        if isinstance(self.label_id, Unset):
            label_id = UNSET
        else:
            label_id = self.label_id

        label: dict[str, Any] | None | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, User):
            label = self.label.to_dict()
        else:
            label = self.label

        ean: None | str | Unset
        if isinstance(self.ean, Unset):
            ean = UNSET
        else:
            ean = self.ean

        release: None | str | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        else:
            release = self.release

        release_day: int | None | Unset
        if isinstance(self.release_day, Unset):
            release_day = UNSET
        else:
            release_day = self.release_day

        release_month: int | None | Unset
        if isinstance(self.release_month, Unset):
            release_month = UNSET
        else:
            release_month = self.release_month

        release_year: int | None | Unset
        if isinstance(self.release_year, Unset):
            release_year = UNSET
        else:
            release_year = self.release_year

        purchase_url: None | str | Unset
        if isinstance(self.purchase_url, Unset):
            purchase_url = UNSET
        else:
            purchase_url = self.purchase_url

        purchase_title: None | str | Unset
        if isinstance(self.purchase_title, Unset):
            purchase_title = UNSET
        else:
            purchase_title = self.purchase_title

        playlist_type: None | str | Unset
        if isinstance(self.playlist_type, Unset):
            playlist_type = UNSET
        else:
            playlist_type = self.playlist_type

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        set_type: None | str | Unset
        if isinstance(self.set_type, Unset):
            set_type = UNSET
        else:
            set_type = self.set_type

        likes_count: int | None | Unset
        if isinstance(self.likes_count, Unset):
            likes_count = UNSET
        else:
            likes_count = self.likes_count

        reposts_count: int | None | Unset
        if isinstance(self.reposts_count, Unset):
            reposts_count = UNSET
        else:
            reposts_count = self.reposts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if title is not UNSET:
            field_dict["title"] = title
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if tracks_uri is not UNSET:
            field_dict["tracks_uri"] = tracks_uri
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_urn is not UNSET:
            field_dict["user_urn"] = user_urn
        if user is not UNSET:
            field_dict["user"] = user
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if track_count is not UNSET:
            field_dict["track_count"] = track_count
        if tracks is not UNSET:
            field_dict["tracks"] = tracks
        if artwork_url is not UNSET:
            field_dict["artwork_url"] = artwork_url
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if streamable is not UNSET:
            field_dict["streamable"] = streamable
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if embeddable_by is not UNSET:
            field_dict["embeddable_by"] = embeddable_by
        if genre is not UNSET:
            field_dict["genre"] = genre
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tags is not UNSET:
            field_dict["tags"] = tags
        if license_ is not UNSET:
            field_dict["license"] = license_
        if label_name is not UNSET:
            field_dict["label_name"] = label_name
        if label_id is not UNSET:
            field_dict["label_id"] = label_id
        if label is not UNSET:
            field_dict["label"] = label
        if ean is not UNSET:
            field_dict["ean"] = ean
        if release is not UNSET:
            field_dict["release"] = release
        if release_day is not UNSET:
            field_dict["release_day"] = release_day
        if release_month is not UNSET:
            field_dict["release_month"] = release_month
        if release_year is not UNSET:
            field_dict["release_year"] = release_year
        if purchase_url is not UNSET:
            field_dict["purchase_url"] = purchase_url
        if purchase_title is not UNSET:
            field_dict["purchase_title"] = purchase_title
        if playlist_type is not UNSET:
            field_dict["playlist_type"] = playlist_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if set_type is not UNSET:
            field_dict["set_type"] = set_type
        if likes_count is not UNSET:
            field_dict["likes_count"] = likes_count
        if reposts_count is not UNSET:
            field_dict["reposts_count"] = reposts_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pop = d.pop
        kind = PlaylistKind(pop("kind"))

        id = pop("id", UNSET)

        urn = pop("urn", UNSET)

        title = pop("title", UNSET)

        permalink = pop("permalink", UNSET)

        permalink_url = pop("permalink_url", UNSET)

        uri = pop("uri", UNSET)

        tracks_uri = pop("tracks_uri", UNSET)

        user_id = pop("user_id", UNSET)

        user_urn = pop("user_urn", UNSET)

        def _parse_user(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = User.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        user = _parse_user(pop("user", UNSET))

        created_at = pop("created_at", UNSET)

        last_modified = pop("last_modified", UNSET)

        description = pop("description", UNSET)

        duration = pop("duration", UNSET)

        track_count = pop("track_count", UNSET)

        def _parse_tracks(data: object) -> list[Track] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tracks_type_0 = []
                _tracks_type_0 = data
                for tracks_type_0_item_data in _tracks_type_0:
                    tracks_type_0_item = Track.from_dict(tracks_type_0_item_data)

                    tracks_type_0.append(tracks_type_0_item)

                return tracks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Track] | None | Unset, data)

        tracks = _parse_tracks(pop("tracks", UNSET))

        artwork_url = pop("artwork_url", UNSET)

        sharing = pop("sharing", UNSET)

        streamable = pop("streamable", UNSET)

        downloadable = pop("downloadable", UNSET)

        embeddable_by = pop("embeddable_by", UNSET)

        genre = pop("genre", UNSET)

        tag_list = pop("tag_list", UNSET)

        tags = pop("tags", UNSET)

        license_ = pop("license", UNSET)

        label_name = pop("label_name", UNSET)

        label_id = pop("label_id", UNSET)

        def _parse_label(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_1 = User.from_dict(data)

                return label_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        label = _parse_label(pop("label", UNSET))

        ean = pop("ean", UNSET)

        release = pop("release", UNSET)

        release_day = pop("release_day", UNSET)

        release_month = pop("release_month", UNSET)

        release_year = pop("release_year", UNSET)

        purchase_url = pop("purchase_url", UNSET)

        purchase_title = pop("purchase_title", UNSET)

        playlist_type = pop("playlist_type", UNSET)

        type_ = pop("type", UNSET)

        set_type = pop("set_type", UNSET)

        likes_count = pop("likes_count", UNSET)

        reposts_count = pop("reposts_count", UNSET)

        playlist = cls(
            kind,
            id,
            urn,
            title,
            permalink,
            permalink_url,
            uri,
            tracks_uri,
            user_id,
            user_urn,
            user,
            created_at,
            last_modified,
            description,
            duration,
            track_count,
            tracks,
            artwork_url,
            sharing,
            streamable,
            downloadable,
            embeddable_by,
            genre,
            tag_list,
            tags,
            license_,
            label_name,
            label_id,
            label,
            ean,
            release,
            release_day,
            release_month,
            release_year,
            purchase_url,
            purchase_title,
            playlist_type,
            type_,
            set_type,
            likes_count,
            reposts_count,
        )

        playlist.additional_properties = d
        return playlist

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
from ..models.track import Track
from ..models.user import User
