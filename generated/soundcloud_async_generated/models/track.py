from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access import Access
from ..models.track_kind import TrackKind
from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Track")


@_attrs_define
class Track(SoundCloudModel):
    """A track. Optional metadata is `null` or `""` when unset; older payloads lack `urn` and
    carry `user_id`, newer ones lack `user_id`. Unknown fields are kept. `kind` is optional,
    as in SoundCloud's own spec; an unknown value is kept. It tells a track from a playlist
    in a feed item's `origin`.

        Attributes:
            id (int | None): Numeric id; prefer `urn`.
            urn (str | None): `soundcloud:tracks:<n>`.
            kind (TrackKind | None):
            title (str | None):
            permalink (None | str):
            permalink_url (str | None):
            uri (str | None):
            user_id (int | None):
            user (None | User): The uploader.
            created_at (str | None): `YYYY/MM/DD HH:MM:SS +0000`.
            last_modified (None | str):
            duration (int | None): Milliseconds.
            description (None | str):
            genre (None | str):
            tag_list (None | str): Space-separated; multi-word tags are quoted.
            artwork_url (None | str):
            waveform_url (None | str):
            stream_url (None | str):
            download_url (None | str):
            secret_uri (None | str):
            secret_token (None | str):
            sharing (str | None): `public` or `private`.
            state (None | str):
            streamable (bool | None):
            downloadable (bool | None):
            commentable (bool | None):
            embeddable_by (None | str):
            access (Access | None):
            policy (None | str):
            monetization_model (None | str):
            license_ (None | str):
            label_name (None | str):
            label_id (int | None):
            label (None | User):
            release (None | str):
            release_day (int | None):
            release_month (int | None):
            release_year (int | None):
            purchase_url (None | str):
            purchase_title (None | str):
            isrc (None | str):
            key_signature (None | str):
            bpm (float | None):
            metadata_artist (None | str):
            track_type (None | str):
            available_country_codes (None | str):
            playback_count (int | None):
            download_count (int | None):
            favoritings_count (int | None):
            comment_count (int | None):
            reposts_count (int | None):
            user_favorite (bool | None):
            user_playback_count (int | None):
            reveal_stats (bool | None):
            reveal_comments (bool | None):
    """

    id: int | None = None
    urn: str | None = None
    kind: TrackKind | None = None
    title: str | None = None
    permalink: None | str = None
    permalink_url: str | None = None
    uri: str | None = None
    user_id: int | None = None
    user: None | User = None
    created_at: str | None = None
    last_modified: None | str = None
    duration: int | None = None
    description: None | str = None
    genre: None | str = None
    tag_list: None | str = None
    artwork_url: None | str = None
    waveform_url: None | str = None
    stream_url: None | str = None
    download_url: None | str = None
    secret_uri: None | str = None
    secret_token: None | str = None
    sharing: str | None = None
    state: None | str = None
    streamable: bool | None = None
    downloadable: bool | None = None
    commentable: bool | None = None
    embeddable_by: None | str = None
    access: Access | None = None
    policy: None | str = None
    monetization_model: None | str = None
    license_: None | str = None
    label_name: None | str = None
    label_id: int | None = None
    label: None | User = None
    release: None | str = None
    release_day: int | None = None
    release_month: int | None = None
    release_year: int | None = None
    purchase_url: None | str = None
    purchase_title: None | str = None
    isrc: None | str = None
    key_signature: None | str = None
    bpm: float | None = None
    metadata_artist: None | str = None
    track_type: None | str = None
    available_country_codes: None | str = None
    playback_count: int | None = None
    download_count: int | None = None
    favoritings_count: int | None = None
    comment_count: int | None = None
    reposts_count: int | None = None
    user_favorite: bool | None = None
    user_playback_count: int | None = None
    reveal_stats: bool | None = None
    reveal_comments: bool | None = None
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

        user_id: Any = None
        if self.user_id is not None:
            user_id = self.user_id

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

        duration = self.duration

        description: Any = None
        if self.description is not None:
            description = self.description

        genre: Any = None
        if self.genre is not None:
            genre = self.genre

        tag_list: Any = None
        if self.tag_list is not None:
            tag_list = self.tag_list

        artwork_url: Any = None
        if self.artwork_url is not None:
            artwork_url = self.artwork_url

        waveform_url: Any = None
        if self.waveform_url is not None:
            waveform_url = self.waveform_url

        stream_url: Any = None
        if self.stream_url is not None:
            stream_url = self.stream_url

        download_url: Any = None
        if self.download_url is not None:
            download_url = self.download_url

        secret_uri: Any = None
        if self.secret_uri is not None:
            secret_uri = self.secret_uri

        secret_token: Any = None
        if self.secret_token is not None:
            secret_token = self.secret_token

        sharing = self.sharing

        state: Any = None
        if self.state is not None:
            state = self.state

        streamable: Any = None
        if self.streamable is not None:
            streamable = self.streamable

        downloadable: Any = None
        if self.downloadable is not None:
            downloadable = self.downloadable

        commentable: Any = None
        if self.commentable is not None:
            commentable = self.commentable

        embeddable_by: Any = None
        if self.embeddable_by is not None:
            embeddable_by = self.embeddable_by

        access: Any = None
        if self.access is not None:
            if isinstance(self.access, Access):
                access = self.access.value
            else:
                access = self.access

        policy: Any = None
        if self.policy is not None:
            policy = self.policy

        monetization_model: Any = None
        if self.monetization_model is not None:
            monetization_model = self.monetization_model

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

        isrc: Any = None
        if self.isrc is not None:
            isrc = self.isrc

        key_signature: Any = None
        if self.key_signature is not None:
            key_signature = self.key_signature

        bpm: Any = None
        if self.bpm is not None:
            bpm = self.bpm

        metadata_artist: Any = None
        if self.metadata_artist is not None:
            metadata_artist = self.metadata_artist

        track_type: Any = None
        if self.track_type is not None:
            track_type = self.track_type

        available_country_codes: Any = None
        if self.available_country_codes is not None:
            available_country_codes = self.available_country_codes

        playback_count: Any = None
        if self.playback_count is not None:
            playback_count = self.playback_count

        download_count: Any = None
        if self.download_count is not None:
            download_count = self.download_count

        favoritings_count: Any = None
        if self.favoritings_count is not None:
            favoritings_count = self.favoritings_count

        comment_count: Any = None
        if self.comment_count is not None:
            comment_count = self.comment_count

        reposts_count: Any = None
        if self.reposts_count is not None:
            reposts_count = self.reposts_count

        user_favorite: Any = None
        if self.user_favorite is not None:
            user_favorite = self.user_favorite

        user_playback_count: Any = None
        if self.user_playback_count is not None:
            user_playback_count = self.user_playback_count

        reveal_stats: Any = None
        if self.reveal_stats is not None:
            reveal_stats = self.reveal_stats

        reveal_comments: Any = None
        if self.reveal_comments is not None:
            reveal_comments = self.reveal_comments

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
                "user_id": user_id,
                "user": user,
                "created_at": created_at,
                "last_modified": last_modified,
                "duration": duration,
                "description": description,
                "genre": genre,
                "tag_list": tag_list,
                "artwork_url": artwork_url,
                "waveform_url": waveform_url,
                "stream_url": stream_url,
                "download_url": download_url,
                "secret_uri": secret_uri,
                "secret_token": secret_token,
                "sharing": sharing,
                "state": state,
                "streamable": streamable,
                "downloadable": downloadable,
                "commentable": commentable,
                "embeddable_by": embeddable_by,
                "access": access,
                "policy": policy,
                "monetization_model": monetization_model,
                "license": license_,
                "label_name": label_name,
                "label_id": label_id,
                "label": label,
                "release": release,
                "release_day": release_day,
                "release_month": release_month,
                "release_year": release_year,
                "purchase_url": purchase_url,
                "purchase_title": purchase_title,
                "isrc": isrc,
                "key_signature": key_signature,
                "bpm": bpm,
                "metadata_artist": metadata_artist,
                "track_type": track_type,
                "available_country_codes": available_country_codes,
                "playback_count": playback_count,
                "download_count": download_count,
                "favoritings_count": favoritings_count,
                "comment_count": comment_count,
                "reposts_count": reposts_count,
                "user_favorite": user_favorite,
                "user_playback_count": user_playback_count,
                "reveal_stats": reveal_stats,
                "reveal_comments": reveal_comments,
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
        user_id = pop("user_id", None)
        _user = pop("user", None)
        created_at = pop("created_at", None)
        last_modified = pop("last_modified", None)
        duration = pop("duration", None)
        description = pop("description", None)
        genre = pop("genre", None)
        tag_list = pop("tag_list", None)
        artwork_url = pop("artwork_url", None)
        waveform_url = pop("waveform_url", None)
        stream_url = pop("stream_url", None)
        download_url = pop("download_url", None)
        secret_uri = pop("secret_uri", None)
        secret_token = pop("secret_token", None)
        sharing = pop("sharing", None)
        state = pop("state", None)
        streamable = pop("streamable", None)
        downloadable = pop("downloadable", None)
        commentable = pop("commentable", None)
        embeddable_by = pop("embeddable_by", None)
        _access = pop("access", None)
        policy = pop("policy", None)
        monetization_model = pop("monetization_model", None)
        license_ = pop("license", None)
        label_name = pop("label_name", None)
        label_id = pop("label_id", None)
        _label = pop("label", None)
        release = pop("release", None)
        release_day = pop("release_day", None)
        release_month = pop("release_month", None)
        release_year = pop("release_year", None)
        purchase_url = pop("purchase_url", None)
        purchase_title = pop("purchase_title", None)
        isrc = pop("isrc", None)
        key_signature = pop("key_signature", None)
        _bpm = pop("bpm", None)
        metadata_artist = pop("metadata_artist", None)
        track_type = pop("track_type", None)
        available_country_codes = pop("available_country_codes", None)
        playback_count = pop("playback_count", None)
        download_count = pop("download_count", None)
        favoritings_count = pop("favoritings_count", None)
        comment_count = pop("comment_count", None)
        reposts_count = pop("reposts_count", None)
        user_favorite = pop("user_favorite", None)
        user_playback_count = pop("user_playback_count", None)
        reveal_stats = pop("reveal_stats", None)
        reveal_comments = pop("reveal_comments", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (urn is None or urn.__class__ is str)
            and (_kind is None or _kind.__class__ is str)
            and (title is None or title.__class__ is str)
            and (permalink is None or permalink.__class__ is str)
            and (permalink_url is None or permalink_url.__class__ is str)
            and (uri is None or uri.__class__ is str)
            and (user_id is None or user_id.__class__ is int)
            and (_user is None or _user.__class__ is dict)
            and (created_at is None or created_at.__class__ is str)
            and (last_modified is None or last_modified.__class__ is str)
            and (duration is None or duration.__class__ is int)
            and (description is None or description.__class__ is str)
            and (genre is None or genre.__class__ is str)
            and (tag_list is None or tag_list.__class__ is str)
            and (artwork_url is None or artwork_url.__class__ is str)
            and (waveform_url is None or waveform_url.__class__ is str)
            and (stream_url is None or stream_url.__class__ is str)
            and (download_url is None or download_url.__class__ is str)
            and (secret_uri is None or secret_uri.__class__ is str)
            and (secret_token is None or secret_token.__class__ is str)
            and (sharing is None or sharing.__class__ is str)
            and (state is None or state.__class__ is str)
            and (streamable is None or streamable.__class__ is bool)
            and (downloadable is None or downloadable.__class__ is bool)
            and (commentable is None or commentable.__class__ is bool)
            and (embeddable_by is None or embeddable_by.__class__ is str)
            and (_access is None or _access.__class__ is str)
            and (policy is None or policy.__class__ is str)
            and (monetization_model is None or monetization_model.__class__ is str)
            and (license_ is None or license_.__class__ is str)
            and (label_name is None or label_name.__class__ is str)
            and (label_id is None or label_id.__class__ is int)
            and (_label is None or _label.__class__ is dict)
            and (release is None or release.__class__ is str)
            and (release_day is None or release_day.__class__ is int)
            and (release_month is None or release_month.__class__ is int)
            and (release_year is None or release_year.__class__ is int)
            and (purchase_url is None or purchase_url.__class__ is str)
            and (purchase_title is None or purchase_title.__class__ is str)
            and (isrc is None or isrc.__class__ is str)
            and (key_signature is None or key_signature.__class__ is str)
            and (_bpm is None or _bpm.__class__ is float or _bpm.__class__ is int)
            and (metadata_artist is None or metadata_artist.__class__ is str)
            and (track_type is None or track_type.__class__ is str)
            and (
                available_country_codes is None
                or available_country_codes.__class__ is str
            )
            and (playback_count is None or playback_count.__class__ is int)
            and (download_count is None or download_count.__class__ is int)
            and (favoritings_count is None or favoritings_count.__class__ is int)
            and (comment_count is None or comment_count.__class__ is int)
            and (reposts_count is None or reposts_count.__class__ is int)
            and (user_favorite is None or user_favorite.__class__ is bool)
            and (user_playback_count is None or user_playback_count.__class__ is int)
            and (reveal_stats is None or reveal_stats.__class__ is bool)
            and (reveal_comments is None or reveal_comments.__class__ is bool)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _kind.__class__ is str:
            kind = TrackKind._value2member_map_.get(_kind) or TrackKind(_kind)
        else:
            kind = _kind

        if _user.__class__ is dict:
            try:
                user = User.from_dict(_user)

            except PayloadMismatch as error:
                raise error.inside("user")

        else:
            user = _user

        if _access.__class__ is str:
            access = Access._value2member_map_.get(_access) or Access(_access)
        else:
            access = _access

        if _label.__class__ is dict:
            try:
                label = User.from_dict(_label)

            except PayloadMismatch as error:
                raise error.inside("label")

        else:
            label = _label

        if _bpm.__class__ is int:
            bpm = float(_bpm)
        else:
            bpm = _bpm

        if cls is Track:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            track = _new(cls)
            track.id = id
            track.urn = urn
            track.kind = kind
            track.title = title
            track.permalink = permalink
            track.permalink_url = permalink_url
            track.uri = uri
            track.user_id = user_id
            track.user = user
            track.created_at = created_at
            track.last_modified = last_modified
            track.duration = duration
            track.description = description
            track.genre = genre
            track.tag_list = tag_list
            track.artwork_url = artwork_url
            track.waveform_url = waveform_url
            track.stream_url = stream_url
            track.download_url = download_url
            track.secret_uri = secret_uri
            track.secret_token = secret_token
            track.sharing = sharing
            track.state = state
            track.streamable = streamable
            track.downloadable = downloadable
            track.commentable = commentable
            track.embeddable_by = embeddable_by
            track.access = access
            track.policy = policy
            track.monetization_model = monetization_model
            track.license_ = license_
            track.label_name = label_name
            track.label_id = label_id
            track.label = label
            track.release = release
            track.release_day = release_day
            track.release_month = release_month
            track.release_year = release_year
            track.purchase_url = purchase_url
            track.purchase_title = purchase_title
            track.isrc = isrc
            track.key_signature = key_signature
            track.bpm = bpm
            track.metadata_artist = metadata_artist
            track.track_type = track_type
            track.available_country_codes = available_country_codes
            track.playback_count = playback_count
            track.download_count = download_count
            track.favoritings_count = favoritings_count
            track.comment_count = comment_count
            track.reposts_count = reposts_count
            track.user_favorite = user_favorite
            track.user_playback_count = user_playback_count
            track.reveal_stats = reveal_stats
            track.reveal_comments = reveal_comments
            track._present_keys = None
        else:
            track = cls(
                id,
                urn,
                kind,
                title,
                permalink,
                permalink_url,
                uri,
                user_id,
                user,
                created_at,
                last_modified,
                duration,
                description,
                genre,
                tag_list,
                artwork_url,
                waveform_url,
                stream_url,
                download_url,
                secret_uri,
                secret_token,
                sharing,
                state,
                streamable,
                downloadable,
                commentable,
                embeddable_by,
                access,
                policy,
                monetization_model,
                license_,
                label_name,
                label_id,
                label,
                release,
                release_day,
                release_month,
                release_year,
                purchase_url,
                purchase_title,
                isrc,
                key_signature,
                bpm,
                metadata_artist,
                track_type,
                available_country_codes,
                playback_count,
                download_count,
                favoritings_count,
                comment_count,
                reposts_count,
                user_favorite,
                user_playback_count,
                reveal_stats,
                reveal_comments,
            )

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        track.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 55:
            track._present_keys = tuple(src_dict)
        return track

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
        "user_id",
        "user",
        "created_at",
        "last_modified",
        "duration",
        "description",
        "genre",
        "tag_list",
        "artwork_url",
        "waveform_url",
        "stream_url",
        "download_url",
        "secret_uri",
        "secret_token",
        "sharing",
        "state",
        "streamable",
        "downloadable",
        "commentable",
        "embeddable_by",
        "access",
        "policy",
        "monetization_model",
        "license",
        "label_name",
        "label_id",
        "label",
        "release",
        "release_day",
        "release_month",
        "release_year",
        "purchase_url",
        "purchase_title",
        "isrc",
        "key_signature",
        "bpm",
        "metadata_artist",
        "track_type",
        "available_country_codes",
        "playback_count",
        "download_count",
        "favoritings_count",
        "comment_count",
        "reposts_count",
        "user_favorite",
        "user_playback_count",
        "reveal_stats",
        "reveal_comments",
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
    ("user_id", ("integer", "null", "missing")),
    ("user", ("object", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("last_modified", ("string", "null", "missing")),
    ("duration", ("integer", "null", "missing")),
    ("description", ("string", "null", "missing")),
    ("genre", ("string", "null", "missing")),
    ("tag_list", ("string", "null", "missing")),
    ("artwork_url", ("string", "null", "missing")),
    ("waveform_url", ("string", "null", "missing")),
    ("stream_url", ("string", "null", "missing")),
    ("download_url", ("string", "null", "missing")),
    ("secret_uri", ("string", "null", "missing")),
    ("secret_token", ("string", "null", "missing")),
    ("sharing", ("string", "null", "missing")),
    ("state", ("string", "null", "missing")),
    ("streamable", ("boolean", "null", "missing")),
    ("downloadable", ("boolean", "null", "missing")),
    ("commentable", ("boolean", "null", "missing")),
    ("embeddable_by", ("string", "null", "missing")),
    ("access", ("string", "null", "missing")),
    ("policy", ("string", "null", "missing")),
    ("monetization_model", ("string", "null", "missing")),
    ("license", ("string", "null", "missing")),
    ("label_name", ("string", "null", "missing")),
    ("label_id", ("integer", "null", "missing")),
    ("label", ("object", "null", "missing")),
    ("release", ("string", "null", "missing")),
    ("release_day", ("integer", "null", "missing")),
    ("release_month", ("integer", "null", "missing")),
    ("release_year", ("integer", "null", "missing")),
    ("purchase_url", ("string", "null", "missing")),
    ("purchase_title", ("string", "null", "missing")),
    ("isrc", ("string", "null", "missing")),
    ("key_signature", ("string", "null", "missing")),
    ("bpm", ("number", "integer", "null", "missing")),
    ("metadata_artist", ("string", "null", "missing")),
    ("track_type", ("string", "null", "missing")),
    ("available_country_codes", ("string", "null", "missing")),
    ("playback_count", ("integer", "null", "missing")),
    ("download_count", ("integer", "null", "missing")),
    ("favoritings_count", ("integer", "null", "missing")),
    ("comment_count", ("integer", "null", "missing")),
    ("reposts_count", ("integer", "null", "missing")),
    ("user_favorite", ("boolean", "null", "missing")),
    ("user_playback_count", ("integer", "null", "missing")),
    ("reveal_stats", ("boolean", "null", "missing")),
    ("reveal_comments", ("boolean", "null", "missing")),
)
