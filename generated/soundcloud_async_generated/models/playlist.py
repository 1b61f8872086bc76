from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.playlist_kind import PlaylistKind
from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Playlist")


@_attrs_define
class Playlist:
    """A playlist or album. Unknown fields are kept. `kind` is optional, as in SoundCloud's own spec; an unknown value is
    kept. It tells a playlist from a track in a feed item's `origin`.

        Attributes:
            id (int | Unset): Numeric id; prefer `urn`.
            urn (str | Unset): `soundcloud:playlists:<n>`.
            kind (PlaylistKind | Unset):
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

    id: int | Unset = UNSET
    urn: str | Unset = UNSET
    kind: PlaylistKind | Unset = UNSET
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
        id = self.id

        urn = self.urn

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", UNSET)
        urn = pop("urn", UNSET)
        _kind = pop("kind", UNSET)
        title = pop("title", UNSET)
        permalink = pop("permalink", UNSET)
        permalink_url = pop("permalink_url", UNSET)
        uri = pop("uri", UNSET)
        tracks_uri = pop("tracks_uri", UNSET)
        user_id = pop("user_id", UNSET)
        user_urn = pop("user_urn", UNSET)
        _user = pop("user", UNSET)
        created_at = pop("created_at", UNSET)
        last_modified = pop("last_modified", UNSET)
        description = pop("description", UNSET)
        duration = pop("duration", UNSET)
        track_count = pop("track_count", UNSET)
        _tracks = pop("tracks", UNSET)
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
        _label = pop("label", UNSET)
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
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (urn.__class__ is str or urn is UNSET)
            and (_kind.__class__ is str or _kind is UNSET)
            and (title.__class__ is str or title is UNSET)
            and (permalink is None or permalink.__class__ is str or permalink is UNSET)
            and (permalink_url.__class__ is str or permalink_url is UNSET)
            and (uri.__class__ is str or uri is UNSET)
            and (
                tracks_uri is None or tracks_uri.__class__ is str or tracks_uri is UNSET
            )
            and (user_id is None or user_id.__class__ is int or user_id is UNSET)
            and (user_urn is None or user_urn.__class__ is str or user_urn is UNSET)
            and (_user is None or _user.__class__ is dict or _user is UNSET)
            and (created_at.__class__ is str or created_at is UNSET)
            and (
                last_modified is None
                or last_modified.__class__ is str
                or last_modified is UNSET
            )
            and (
                description is None
                or description.__class__ is str
                or description is UNSET
            )
            and (duration is None or duration.__class__ is int or duration is UNSET)
            and (
                track_count is None
                or track_count.__class__ is int
                or track_count is UNSET
            )
            and (_tracks is None or _tracks.__class__ is list or _tracks is UNSET)
            and (
                artwork_url is None
                or artwork_url.__class__ is str
                or artwork_url is UNSET
            )
            and (sharing is None or sharing.__class__ is str or sharing is UNSET)
            and (
                streamable is None
                or streamable.__class__ is bool
                or streamable is UNSET
            )
            and (
                downloadable is None
                or downloadable.__class__ is bool
                or downloadable is UNSET
            )
            and (
                embeddable_by is None
                or embeddable_by.__class__ is str
                or embeddable_by is UNSET
            )
            and (genre is None or genre.__class__ is str or genre is UNSET)
            and (tag_list is None or tag_list.__class__ is str or tag_list is UNSET)
            and (tags is None or tags.__class__ is str or tags is UNSET)
            and (license_ is None or license_.__class__ is str or license_ is UNSET)
            and (
                label_name is None or label_name.__class__ is str or label_name is UNSET
            )
            and (label_id is None or label_id.__class__ is int or label_id is UNSET)
            and (_label is None or _label.__class__ is dict or _label is UNSET)
            and (ean is None or ean.__class__ is str or ean is UNSET)
            and (release is None or release.__class__ is str or release is UNSET)
            and (
                release_day is None
                or release_day.__class__ is int
                or release_day is UNSET
            )
            and (
                release_month is None
                or release_month.__class__ is int
                or release_month is UNSET
            )
            and (
                release_year is None
                or release_year.__class__ is int
                or release_year is UNSET
            )
            and (
                purchase_url is None
                or purchase_url.__class__ is str
                or purchase_url is UNSET
            )
            and (
                purchase_title is None
                or purchase_title.__class__ is str
                or purchase_title is UNSET
            )
            and (
                playlist_type is None
                or playlist_type.__class__ is str
                or playlist_type is UNSET
            )
            and (type_ is None or type_.__class__ is str or type_ is UNSET)
            and (set_type is None or set_type.__class__ is str or set_type is UNSET)
            and (
                likes_count is None
                or likes_count.__class__ is int
                or likes_count is UNSET
            )
            and (
                reposts_count is None
                or reposts_count.__class__ is int
                or reposts_count is UNSET
            )
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _kind.__class__ is str:
            kind = PlaylistKind._value2member_map_.get(_kind) or PlaylistKind(_kind)
        else:
            kind = _kind

        if _user.__class__ is dict:
            try:
                user = User.from_dict(_user)

            except PayloadMismatch as error:
                raise error.inside("user")

        else:
            user = _user

        if _tracks.__class__ is list:
            try:
                try:
                    tracks = [Track.from_dict(item) for item in _tracks]
                except PayloadMismatch as error:
                    raise item_mismatch(error, _tracks, Track.from_dict) from None

            except PayloadMismatch as error:
                raise error.inside("tracks")

        else:
            tracks = _tracks

        if _label.__class__ is dict:
            try:
                label = User.from_dict(_label)

            except PayloadMismatch as error:
                raise error.inside("label")

        else:
            label = _label

        playlist = cls(
            id,
            urn,
            kind,
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

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "missing")),
    ("urn", ("string", "missing")),
    ("kind", ("string", "missing")),
    ("title", ("string", "missing")),
    ("permalink", ("string", "null", "missing")),
    ("permalink_url", ("string", "missing")),
    ("uri", ("string", "missing")),
    ("tracks_uri", ("string", "null", "missing")),
    ("user_id", ("integer", "null", "missing")),
    ("user_urn", ("string", "null", "missing")),
    ("user", ("object", "null", "missing")),
    ("created_at", ("string", "missing")),
    ("last_modified", ("string", "null", "missing")),
    ("description", ("string", "null", "missing")),
    ("duration", ("integer", "null", "missing")),
    ("track_count", ("integer", "null", "missing")),
    ("tracks", ("array", "null", "missing")),
    ("artwork_url", ("string", "null", "missing")),
    ("sharing", ("string", "null", "missing")),
    ("streamable", ("boolean", "null", "missing")),
    ("downloadable", ("boolean", "null", "missing")),
    ("embeddable_by", ("string", "null", "missing")),
    ("genre", ("string", "null", "missing")),
    ("tag_list", ("string", "null", "missing")),
    ("tags", ("string", "null", "missing")),
    ("license", ("string", "null", "missing")),
    ("label_name", ("string", "null", "missing")),
    ("label_id", ("integer", "null", "missing")),
    ("label", ("object", "null", "missing")),
    ("ean", ("string", "null", "missing")),
    ("release", ("string", "null", "missing")),
    ("release_day", ("integer", "null", "missing")),
    ("release_month", ("integer", "null", "missing")),
    ("release_year", ("integer", "null", "missing")),
    ("purchase_url", ("string", "null", "missing")),
    ("purchase_title", ("string", "null", "missing")),
    ("playlist_type", ("string", "null", "missing")),
    ("type", ("string", "null", "missing")),
    ("set_type", ("string", "null", "missing")),
    ("likes_count", ("integer", "null", "missing")),
    ("reposts_count", ("integer", "null", "missing")),
)
