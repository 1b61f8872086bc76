from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.playlist_kind import PlaylistKind
from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Playlist")


@_attrs_define
class Playlist(SoundCloudModel):
    """A playlist or album. Unknown fields are kept. `kind` is optional, as in SoundCloud's own spec; an unknown value is
    kept. It tells a playlist from a track in a feed item's `origin`.

        Attributes:
            id (int | None): Numeric id; prefer `urn`.
            urn (str | None): `soundcloud:playlists:<n>`.
            kind (PlaylistKind | None):
            title (str | None):
            permalink (None | str):
            permalink_url (str | None):
            uri (str | None):
            tracks_uri (None | str):
            user_id (int | None):
            user_urn (None | str):
            user (None | User):
            created_at (str | None):
            last_modified (None | str):
            description (None | str):
            duration (int | None):
            track_count (int | None):
            tracks (list[Track] | None):
            artwork_url (None | str):
            sharing (None | str):
            streamable (bool | None):
            downloadable (bool | None):
            embeddable_by (None | str):
            genre (None | str):
            tag_list (None | str):
            tags (None | str):
            license_ (None | str):
            label_name (None | str):
            label_id (int | None):
            label (None | User):
            ean (None | str):
            release (None | str):
            release_day (int | None):
            release_month (int | None):
            release_year (int | None):
            purchase_url (None | str):
            purchase_title (None | str):
            playlist_type (None | str):
            type_ (None | str):
            set_type (None | str):
            likes_count (int | None):
            reposts_count (int | None):
    """

    id: int | None = None
    urn: str | None = None
    kind: PlaylistKind | None = None
    title: str | None = None
    permalink: None | str = None
    permalink_url: str | None = None
    uri: str | None = None
    tracks_uri: None | str = None
    user_id: int | None = None
    user_urn: None | str = None
    user: None | User = None
    created_at: str | None = None
    last_modified: None | str = None
    description: None | str = None
    duration: int | None = None
    track_count: int | None = None
    tracks: list[Track] | None = None
    artwork_url: None | str = None
    sharing: None | str = None
    streamable: bool | None = None
    downloadable: bool | None = None
    embeddable_by: None | str = None
    genre: None | str = None
    tag_list: None | str = None
    tags: None | str = None
    license_: None | str = None
    label_name: None | str = None
    label_id: int | None = None
    label: None | User = None
    ean: None | str = None
    release: None | str = None
    release_day: int | None = None
    release_month: int | None = None
    release_year: int | None = None
    purchase_url: None | str = None
    purchase_title: None | str = None
    playlist_type: None | str = None
    type_: None | str = None
    set_type: None | str = None
    likes_count: int | None = None
    reposts_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The keys of the parsed payload when it lacked some optional ones, else None: to_dict() leaves
    # the lacking ones out again instead of writing null (a field set later is written). Which
    # keys lack is worked out there: a tuple of the keys costs half a set difference per parse.
    _present_keys: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn = self.urn

        kind: Any = None
        if self.kind is not None:
            kind = self.kind.value

        title = self.title

        permalink: Any = None
        if self.permalink is not None:
            permalink = self.permalink

        permalink_url = self.permalink_url

        uri = self.uri

        tracks_uri: Any = None
        if self.tracks_uri is not None:
            tracks_uri = self.tracks_uri

        user_id: Any = None
        if self.user_id is not None:
            user_id = self.user_id

        user_urn: Any = None
        if self.user_urn is not None:
            user_urn = self.user_urn

        user: Any = None
        if self.user is not None:
            if isinstance(self.user, User):
                user = self.user.to_dict()
            else:
                user = self.user

        created_at = self.created_at

        last_modified: Any = None
        if self.last_modified is not None:
            last_modified = self.last_modified

        description: Any = None
        if self.description is not None:
            description = self.description

        duration: Any = None
        if self.duration is not None:
            duration = self.duration

        track_count: Any = None
        if self.track_count is not None:
            track_count = self.track_count

        tracks: Any = None
        if self.tracks is not None:
            if isinstance(self.tracks, list):
                tracks = []
                for tracks_type_0_item_data in self.tracks:
                    tracks_type_0_item = tracks_type_0_item_data.to_dict()
                    tracks.append(tracks_type_0_item)

            else:
                tracks = self.tracks

        artwork_url: Any = None
        if self.artwork_url is not None:
            artwork_url = self.artwork_url

        sharing: Any = None
        if self.sharing is not None:
            sharing = self.sharing

        streamable: Any = None
        if self.streamable is not None:
            streamable = self.streamable

        downloadable: Any = None
        if self.downloadable is not None:
            downloadable = self.downloadable

        embeddable_by: Any = None
        if self.embeddable_by is not None:
            embeddable_by = self.embeddable_by

        genre: Any = None
        if self.genre is not None:
            genre = self.genre

        tag_list: Any = None
        if self.tag_list is not None:
            tag_list = self.tag_list

        tags: Any = None
        if self.tags is not None:
            tags = self.tags

        license_: Any = None
        if self.license_ is not None:
            license_ = self.license_

        label_name: Any = None
        if self.label_name is not None:
            label_name = self.label_name

        label_id: Any = None
        if self.label_id is not None:
            label_id = self.label_id

        label: Any = None
        if self.label is not None:
            if isinstance(self.label, User):
                label = self.label.to_dict()
            else:
                label = self.label

        ean: Any = None
        if self.ean is not None:
            ean = self.ean

        release: Any = None
        if self.release is not None:
            release = self.release

        release_day: Any = None
        if self.release_day is not None:
            release_day = self.release_day

        release_month: Any = None
        if self.release_month is not None:
            release_month = self.release_month

        release_year: Any = None
        if self.release_year is not None:
            release_year = self.release_year

        purchase_url: Any = None
        if self.purchase_url is not None:
            purchase_url = self.purchase_url

        purchase_title: Any = None
        if self.purchase_title is not None:
            purchase_title = self.purchase_title

        playlist_type: Any = None
        if self.playlist_type is not None:
            playlist_type = self.playlist_type

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_

        set_type: Any = None
        if self.set_type is not None:
            set_type = self.set_type

        likes_count: Any = None
        if self.likes_count is not None:
            likes_count = self.likes_count

        reposts_count: Any = None
        if self.reposts_count is not None:
            reposts_count = self.reposts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "urn": urn,
                "kind": kind,
                "title": title,
                "permalink": permalink,
                "permalink_url": permalink_url,
                "uri": uri,
                "tracks_uri": tracks_uri,
                "user_id": user_id,
                "user_urn": user_urn,
                "user": user,
                "created_at": created_at,
                "last_modified": last_modified,
                "description": description,
                "duration": duration,
                "track_count": track_count,
                "tracks": tracks,
                "artwork_url": artwork_url,
                "sharing": sharing,
                "streamable": streamable,
                "downloadable": downloadable,
                "embeddable_by": embeddable_by,
                "genre": genre,
                "tag_list": tag_list,
                "tags": tags,
                "license": license_,
                "label_name": label_name,
                "label_id": label_id,
                "label": label,
                "ean": ean,
                "release": release,
                "release_day": release_day,
                "release_month": release_month,
                "release_year": release_year,
                "purchase_url": purchase_url,
                "purchase_title": purchase_title,
                "playlist_type": playlist_type,
                "type": type_,
                "set_type": set_type,
                "likes_count": likes_count,
                "reposts_count": reposts_count,
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
        id = pop("id", None)
        urn = pop("urn", None)
        _kind = pop("kind", None)
        title = pop("title", None)
        permalink = pop("permalink", None)
        permalink_url = pop("permalink_url", None)
        uri = pop("uri", None)
        tracks_uri = pop("tracks_uri", None)
        user_id = pop("user_id", None)
        user_urn = pop("user_urn", None)
        _user = pop("user", None)
        created_at = pop("created_at", None)
        last_modified = pop("last_modified", None)
        description = pop("description", None)
        duration = pop("duration", None)
        track_count = pop("track_count", None)
        _tracks = pop("tracks", None)
        artwork_url = pop("artwork_url", None)
        sharing = pop("sharing", None)
        streamable = pop("streamable", None)
        downloadable = pop("downloadable", None)
        embeddable_by = pop("embeddable_by", None)
        genre = pop("genre", None)
        tag_list = pop("tag_list", None)
        tags = pop("tags", None)
        license_ = pop("license", None)
        label_name = pop("label_name", None)
        label_id = pop("label_id", None)
        _label = pop("label", None)
        ean = pop("ean", None)
        release = pop("release", None)
        release_day = pop("release_day", None)
        release_month = pop("release_month", None)
        release_year = pop("release_year", None)
        purchase_url = pop("purchase_url", None)
        purchase_title = pop("purchase_title", None)
        playlist_type = pop("playlist_type", None)
        type_ = pop("type", None)
        set_type = pop("set_type", None)
        likes_count = pop("likes_count", None)
        reposts_count = pop("reposts_count", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (urn is None or urn.__class__ is str)
            and (_kind is None or _kind.__class__ is str)
            and (title is None or title.__class__ is str)
            and (permalink is None or permalink.__class__ is str)
            and (permalink_url is None or permalink_url.__class__ is str)
            and (uri is None or uri.__class__ is str)
            and (tracks_uri is None or tracks_uri.__class__ is str)
            and (user_id is None or user_id.__class__ is int)
            and (user_urn is None or user_urn.__class__ is str)
            and (_user is None or _user.__class__ is dict)
            and (created_at is None or created_at.__class__ is str)
            and (last_modified is None or last_modified.__class__ is str)
            and (description is None or description.__class__ is str)
            and (duration is None or duration.__class__ is int)
            and (track_count is None or track_count.__class__ is int)
            and (_tracks is None or _tracks.__class__ is list)
            and (artwork_url is None or artwork_url.__class__ is str)
            and (sharing is None or sharing.__class__ is str)
            and (streamable is None or streamable.__class__ is bool)
            and (downloadable is None or downloadable.__class__ is bool)
            and (embeddable_by is None or embeddable_by.__class__ is str)
            and (genre is None or genre.__class__ is str)
            and (tag_list is None or tag_list.__class__ is str)
            and (tags is None or tags.__class__ is str)
            and (license_ is None or license_.__class__ is str)
            and (label_name is None or label_name.__class__ is str)
            and (label_id is None or label_id.__class__ is int)
            and (_label is None or _label.__class__ is dict)
            and (ean is None or ean.__class__ is str)
            and (release is None or release.__class__ is str)
            and (release_day is None or release_day.__class__ is int)
            and (release_month is None or release_month.__class__ is int)
            and (release_year is None or release_year.__class__ is int)
            and (purchase_url is None or purchase_url.__class__ is str)
            and (purchase_title is None or purchase_title.__class__ is str)
            and (playlist_type is None or playlist_type.__class__ is str)
            and (type_ is None or type_.__class__ is str)
            and (set_type is None or set_type.__class__ is str)
            and (likes_count is None or likes_count.__class__ is int)
            and (reposts_count is None or reposts_count.__class__ is int)
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
                    tracks = list(map(Track.from_dict, _tracks))
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

        if cls is Playlist:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            playlist = _new(cls)
            playlist.id = id
            playlist.urn = urn
            playlist.kind = kind
            playlist.title = title
            playlist.permalink = permalink
            playlist.permalink_url = permalink_url
            playlist.uri = uri
            playlist.tracks_uri = tracks_uri
            playlist.user_id = user_id
            playlist.user_urn = user_urn
            playlist.user = user
            playlist.created_at = created_at
            playlist.last_modified = last_modified
            playlist.description = description
            playlist.duration = duration
            playlist.track_count = track_count
            playlist.tracks = tracks
            playlist.artwork_url = artwork_url
            playlist.sharing = sharing
            playlist.streamable = streamable
            playlist.downloadable = downloadable
            playlist.embeddable_by = embeddable_by
            playlist.genre = genre
            playlist.tag_list = tag_list
            playlist.tags = tags
            playlist.license_ = license_
            playlist.label_name = label_name
            playlist.label_id = label_id
            playlist.label = label
            playlist.ean = ean
            playlist.release = release
            playlist.release_day = release_day
            playlist.release_month = release_month
            playlist.release_year = release_year
            playlist.purchase_url = purchase_url
            playlist.purchase_title = purchase_title
            playlist.playlist_type = playlist_type
            playlist.type_ = type_
            playlist.set_type = set_type
            playlist.likes_count = likes_count
            playlist.reposts_count = reposts_count
            playlist._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        playlist.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 41:
            playlist._present_keys = tuple(src_dict)
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

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "urn",
        "kind",
        "title",
        "permalink",
        "permalink_url",
        "uri",
        "tracks_uri",
        "user_id",
        "user_urn",
        "user",
        "created_at",
        "last_modified",
        "description",
        "duration",
        "track_count",
        "tracks",
        "artwork_url",
        "sharing",
        "streamable",
        "downloadable",
        "embeddable_by",
        "genre",
        "tag_list",
        "tags",
        "license",
        "label_name",
        "label_id",
        "label",
        "ean",
        "release",
        "release_day",
        "release_month",
        "release_year",
        "purchase_url",
        "purchase_title",
        "playlist_type",
        "type",
        "set_type",
        "likes_count",
        "reposts_count",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "null", "missing")),
    ("urn", ("string", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("title", ("string", "null", "missing")),
    ("permalink", ("string", "null", "missing")),
    ("permalink_url", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
    ("tracks_uri", ("string", "null", "missing")),
    ("user_id", ("integer", "null", "missing")),
    ("user_urn", ("string", "null", "missing")),
    ("user", ("object", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
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
