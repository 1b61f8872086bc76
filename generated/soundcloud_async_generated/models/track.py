from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access import Access
from ..models.track_kind import TrackKind
from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Track")


@_attrs_define
class Track:
    """A track. Optional metadata is `null` or `""` when unset; older payloads lack `urn` and
    carry `user_id`, newer ones lack `user_id`. Unknown fields are kept. `kind` is optional,
    as in SoundCloud's own spec; an unknown value is kept. It tells a track from a playlist
    in a feed item's `origin`.

        Attributes:
            id (int | Unset): Numeric id; prefer `urn`.
            urn (str | Unset): `soundcloud:tracks:<n>`.
            kind (TrackKind | Unset):
            title (str | Unset):
            permalink (None | str | Unset):
            permalink_url (str | Unset):
            uri (str | Unset):
            user_id (int | None | Unset):
            user (None | Unset | User): The uploader.
            created_at (str | Unset): `YYYY/MM/DD HH:MM:SS +0000`.
            last_modified (None | str | Unset):
            duration (int | Unset): Milliseconds.
            description (None | str | Unset):
            genre (None | str | Unset):
            tag_list (None | str | Unset): Space-separated; multi-word tags are quoted.
            artwork_url (None | str | Unset):
            waveform_url (None | str | Unset):
            stream_url (None | str | Unset):
            download_url (None | str | Unset):
            secret_uri (None | str | Unset):
            secret_token (None | str | Unset):
            sharing (str | Unset): `public` or `private`.
            state (None | str | Unset):
            streamable (bool | None | Unset):
            downloadable (bool | None | Unset):
            commentable (bool | None | Unset):
            embeddable_by (None | str | Unset):
            access (Access | None | Unset):
            policy (None | str | Unset):
            monetization_model (None | str | Unset):
            license_ (None | str | Unset):
            label_name (None | str | Unset):
            label_id (int | None | Unset):
            label (None | Unset | User):
            release (None | str | Unset):
            release_day (int | None | Unset):
            release_month (int | None | Unset):
            release_year (int | None | Unset):
            purchase_url (None | str | Unset):
            purchase_title (None | str | Unset):
            isrc (None | str | Unset):
            key_signature (None | str | Unset):
            bpm (float | None | Unset):
            metadata_artist (None | str | Unset):
            track_type (None | str | Unset):
            available_country_codes (None | str | Unset):
            playback_count (int | None | Unset):
            download_count (int | None | Unset):
            favoritings_count (int | None | Unset):
            comment_count (int | None | Unset):
            reposts_count (int | None | Unset):
            user_favorite (bool | None | Unset):
            user_playback_count (int | None | Unset):
            reveal_stats (bool | None | Unset):
            reveal_comments (bool | None | Unset):
    """

    id: int | Unset = UNSET
    urn: str | Unset = UNSET
    kind: TrackKind | Unset = UNSET
    title: str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    permalink_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user: None | Unset | User = UNSET
    created_at: str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    duration: int | Unset = UNSET
    description: None | str | Unset = UNSET
    genre: None | str | Unset = UNSET
    tag_list: None | str | Unset = UNSET
    artwork_url: None | str | Unset = UNSET
    waveform_url: None | str | Unset = UNSET
    stream_url: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    secret_uri: None | str | Unset = UNSET
    secret_token: None | str | Unset = UNSET
    sharing: str | Unset = UNSET
    state: None | str | Unset = UNSET
    streamable: bool | None | Unset = UNSET
    downloadable: bool | None | Unset = UNSET
    commentable: bool | None | Unset = UNSET
    embeddable_by: None | str | Unset = UNSET
    access: Access | None | Unset = UNSET
    policy: None | str | Unset = UNSET
    monetization_model: None | str | Unset = UNSET
    license_: None | str | Unset = UNSET
    label_name: None | str | Unset = UNSET
    label_id: int | None | Unset = UNSET
    label: None | Unset | User = UNSET
    release: None | str | Unset = UNSET
    release_day: int | None | Unset = UNSET
    release_month: int | None | Unset = UNSET
    release_year: int | None | Unset = UNSET
    purchase_url: None | str | Unset = UNSET
    purchase_title: None | str | Unset = UNSET
    isrc: None | str | Unset = UNSET
    key_signature: None | str | Unset = UNSET
    bpm: float | None | Unset = UNSET
    metadata_artist: None | str | Unset = UNSET
    track_type: None | str | Unset = UNSET
    available_country_codes: None | str | Unset = UNSET
    playback_count: int | None | Unset = UNSET
    download_count: int | None | Unset = UNSET
    favoritings_count: int | None | Unset = UNSET
    comment_count: int | None | Unset = UNSET
    reposts_count: int | None | Unset = UNSET
    user_favorite: bool | None | Unset = UNSET
    user_playback_count: int | None | Unset = UNSET
    reveal_stats: bool | None | Unset = UNSET
    reveal_comments: bool | None | Unset = UNSET
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

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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

        duration = self.duration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        artwork_url: None | str | Unset
        if isinstance(self.artwork_url, Unset):
            artwork_url = UNSET
        else:
            artwork_url = self.artwork_url

        waveform_url: None | str | Unset
        if isinstance(self.waveform_url, Unset):
            waveform_url = UNSET
        else:
            waveform_url = self.waveform_url

        stream_url: None | str | Unset
        if isinstance(self.stream_url, Unset):
            stream_url = UNSET
        else:
            stream_url = self.stream_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        secret_uri: None | str | Unset
        if isinstance(self.secret_uri, Unset):
            secret_uri = UNSET
        else:
            secret_uri = self.secret_uri

        secret_token: None | str | Unset
        if isinstance(self.secret_token, Unset):
            secret_token = UNSET
        else:
            secret_token = self.secret_token

        sharing = self.sharing

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

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

        commentable: bool | None | Unset
        if isinstance(self.commentable, Unset):
            commentable = UNSET
        else:
            commentable = self.commentable

        embeddable_by: None | str | Unset
        if isinstance(self.embeddable_by, Unset):
            embeddable_by = UNSET
        else:
            embeddable_by = self.embeddable_by

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, Access):
            access = self.access.value
        else:
            access = self.access

        policy: None | str | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        else:
            policy = self.policy

        monetization_model: None | str | Unset
        if isinstance(self.monetization_model, Unset):
            monetization_model = UNSET
        else:
            monetization_model = self.monetization_model

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

        isrc: None | str | Unset
        if isinstance(self.isrc, Unset):
            isrc = UNSET
        else:
            isrc = self.isrc

        key_signature: None | str | Unset
        if isinstance(self.key_signature, Unset):
            key_signature = UNSET
        else:
            key_signature = self.key_signature

        bpm: float | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        metadata_artist: None | str | Unset
        if isinstance(self.metadata_artist, Unset):
            metadata_artist = UNSET
        else:
            metadata_artist = self.metadata_artist

        track_type: None | str | Unset
        if isinstance(self.track_type, Unset):
            track_type = UNSET
        else:
            track_type = self.track_type

        available_country_codes: None | str | Unset
        if isinstance(self.available_country_codes, Unset):
            available_country_codes = UNSET
        else:
            available_country_codes = self.available_country_codes

        playback_count: int | None | Unset
        if isinstance(self.playback_count, Unset):
            playback_count = UNSET
        else:
            playback_count = self.playback_count

        download_count: int | None | Unset
        if isinstance(self.download_count, Unset):
            download_count = UNSET
        else:
            download_count = self.download_count

        favoritings_count: int | None | Unset
        if isinstance(self.favoritings_count, Unset):
            favoritings_count = UNSET
        else:
            favoritings_count = self.favoritings_count

        comment_count: int | None | Unset
        if isinstance(self.comment_count, Unset):
            comment_count = UNSET
        else:
            comment_count = self.comment_count

        reposts_count: int | None | Unset
        if isinstance(self.reposts_count, Unset):
            reposts_count = UNSET
        else:
            reposts_count = self.reposts_count

        user_favorite: bool | None | Unset
        if isinstance(self.user_favorite, Unset):
            user_favorite = UNSET
        else:
            user_favorite = self.user_favorite

        user_playback_count: int | None | Unset
        if isinstance(self.user_playback_count, Unset):
            user_playback_count = UNSET
        else:
            user_playback_count = self.user_playback_count

        reveal_stats: bool | None | Unset
        if isinstance(self.reveal_stats, Unset):
            reveal_stats = UNSET
        else:
            reveal_stats = self.reveal_stats

        reveal_comments: bool | None | Unset
        if isinstance(self.reveal_comments, Unset):
            reveal_comments = UNSET
        else:
            reveal_comments = self.reveal_comments

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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if duration is not UNSET:
            field_dict["duration"] = duration
        if description is not UNSET:
            field_dict["description"] = description
        if genre is not UNSET:
            field_dict["genre"] = genre
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if artwork_url is not UNSET:
            field_dict["artwork_url"] = artwork_url
        if waveform_url is not UNSET:
            field_dict["waveform_url"] = waveform_url
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if secret_uri is not UNSET:
            field_dict["secret_uri"] = secret_uri
        if secret_token is not UNSET:
            field_dict["secret_token"] = secret_token
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if state is not UNSET:
            field_dict["state"] = state
        if streamable is not UNSET:
            field_dict["streamable"] = streamable
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if commentable is not UNSET:
            field_dict["commentable"] = commentable
        if embeddable_by is not UNSET:
            field_dict["embeddable_by"] = embeddable_by
        if access is not UNSET:
            field_dict["access"] = access
        if policy is not UNSET:
            field_dict["policy"] = policy
        if monetization_model is not UNSET:
            field_dict["monetization_model"] = monetization_model
        if license_ is not UNSET:
            field_dict["license"] = license_
        if label_name is not UNSET:
            field_dict["label_name"] = label_name
        if label_id is not UNSET:
            field_dict["label_id"] = label_id
        if label is not UNSET:
            field_dict["label"] = label
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
        if isrc is not UNSET:
            field_dict["isrc"] = isrc
        if key_signature is not UNSET:
            field_dict["key_signature"] = key_signature
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if metadata_artist is not UNSET:
            field_dict["metadata_artist"] = metadata_artist
        if track_type is not UNSET:
            field_dict["track_type"] = track_type
        if available_country_codes is not UNSET:
            field_dict["available_country_codes"] = available_country_codes
        if playback_count is not UNSET:
            field_dict["playback_count"] = playback_count
        if download_count is not UNSET:
            field_dict["download_count"] = download_count
        if favoritings_count is not UNSET:
            field_dict["favoritings_count"] = favoritings_count
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if reposts_count is not UNSET:
            field_dict["reposts_count"] = reposts_count
        if user_favorite is not UNSET:
            field_dict["user_favorite"] = user_favorite
        if user_playback_count is not UNSET:
            field_dict["user_playback_count"] = user_playback_count
        if reveal_stats is not UNSET:
            field_dict["reveal_stats"] = reveal_stats
        if reveal_comments is not UNSET:
            field_dict["reveal_comments"] = reveal_comments

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
        user_id = pop("user_id", UNSET)
        _user = pop("user", UNSET)
        created_at = pop("created_at", UNSET)
        last_modified = pop("last_modified", UNSET)
        duration = pop("duration", UNSET)
        description = pop("description", UNSET)
        genre = pop("genre", UNSET)
        tag_list = pop("tag_list", UNSET)
        artwork_url = pop("artwork_url", UNSET)
        waveform_url = pop("waveform_url", UNSET)
        stream_url = pop("stream_url", UNSET)
        download_url = pop("download_url", UNSET)
        secret_uri = pop("secret_uri", UNSET)
        secret_token = pop("secret_token", UNSET)
        sharing = pop("sharing", UNSET)
        state = pop("state", UNSET)
        streamable = pop("streamable", UNSET)
        downloadable = pop("downloadable", UNSET)
        commentable = pop("commentable", UNSET)
        embeddable_by = pop("embeddable_by", UNSET)
        _access = pop("access", UNSET)
        policy = pop("policy", UNSET)
        monetization_model = pop("monetization_model", UNSET)
        license_ = pop("license", UNSET)
        label_name = pop("label_name", UNSET)
        label_id = pop("label_id", UNSET)
        _label = pop("label", UNSET)
        release = pop("release", UNSET)
        release_day = pop("release_day", UNSET)
        release_month = pop("release_month", UNSET)
        release_year = pop("release_year", UNSET)
        purchase_url = pop("purchase_url", UNSET)
        purchase_title = pop("purchase_title", UNSET)
        isrc = pop("isrc", UNSET)
        key_signature = pop("key_signature", UNSET)
        _bpm = pop("bpm", UNSET)
        metadata_artist = pop("metadata_artist", UNSET)
        track_type = pop("track_type", UNSET)
        available_country_codes = pop("available_country_codes", UNSET)
        playback_count = pop("playback_count", UNSET)
        download_count = pop("download_count", UNSET)
        favoritings_count = pop("favoritings_count", UNSET)
        comment_count = pop("comment_count", UNSET)
        reposts_count = pop("reposts_count", UNSET)
        user_favorite = pop("user_favorite", UNSET)
        user_playback_count = pop("user_playback_count", UNSET)
        reveal_stats = pop("reveal_stats", UNSET)
        reveal_comments = pop("reveal_comments", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (urn.__class__ is str or urn is UNSET)
            and (_kind.__class__ is str or _kind is UNSET)
            and (title.__class__ is str or title is UNSET)
            and (permalink is None or permalink.__class__ is str or permalink is UNSET)
            and (permalink_url.__class__ is str or permalink_url is UNSET)
            and (uri.__class__ is str or uri is UNSET)
            and (user_id is None or user_id.__class__ is int or user_id is UNSET)
            and (_user is None or _user.__class__ is dict or _user is UNSET)
            and (created_at.__class__ is str or created_at is UNSET)
            and (
                last_modified is None
                or last_modified.__class__ is str
                or last_modified is UNSET
            )
            and (duration.__class__ is int or duration is UNSET)
            and (
                description is None
                or description.__class__ is str
                or description is UNSET
            )
            and (genre is None or genre.__class__ is str or genre is UNSET)
            and (tag_list is None or tag_list.__class__ is str or tag_list is UNSET)
            and (
                artwork_url is None
                or artwork_url.__class__ is str
                or artwork_url is UNSET
            )
            and (
                waveform_url is None
                or waveform_url.__class__ is str
                or waveform_url is UNSET
            )
            and (
                stream_url is None or stream_url.__class__ is str or stream_url is UNSET
            )
            and (
                download_url is None
                or download_url.__class__ is str
                or download_url is UNSET
            )
            and (
                secret_uri is None or secret_uri.__class__ is str or secret_uri is UNSET
            )
            and (
                secret_token is None
                or secret_token.__class__ is str
                or secret_token is UNSET
            )
            and (sharing.__class__ is str or sharing is UNSET)
            and (state is None or state.__class__ is str or state is UNSET)
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
                commentable is None
                or commentable.__class__ is bool
                or commentable is UNSET
            )
            and (
                embeddable_by is None
                or embeddable_by.__class__ is str
                or embeddable_by is UNSET
            )
            and (_access is None or _access.__class__ is str or _access is UNSET)
            and (policy is None or policy.__class__ is str or policy is UNSET)
            and (
                monetization_model is None
                or monetization_model.__class__ is str
                or monetization_model is UNSET
            )
            and (license_ is None or license_.__class__ is str or license_ is UNSET)
            and (
                label_name is None or label_name.__class__ is str or label_name is UNSET
            )
            and (label_id is None or label_id.__class__ is int or label_id is UNSET)
            and (_label is None or _label.__class__ is dict or _label is UNSET)
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
            and (isrc is None or isrc.__class__ is str or isrc is UNSET)
            and (
                key_signature is None
                or key_signature.__class__ is str
                or key_signature is UNSET
            )
            and (
                _bpm is None
                or _bpm.__class__ is float
                or _bpm.__class__ is int
                or _bpm is UNSET
            )
            and (
                metadata_artist is None
                or metadata_artist.__class__ is str
                or metadata_artist is UNSET
            )
            and (
                track_type is None or track_type.__class__ is str or track_type is UNSET
            )
            and (
                available_country_codes is None
                or available_country_codes.__class__ is str
                or available_country_codes is UNSET
            )
            and (
                playback_count is None
                or playback_count.__class__ is int
                or playback_count is UNSET
            )
            and (
                download_count is None
                or download_count.__class__ is int
                or download_count is UNSET
            )
            and (
                favoritings_count is None
                or favoritings_count.__class__ is int
                or favoritings_count is UNSET
            )
            and (
                comment_count is None
                or comment_count.__class__ is int
                or comment_count is UNSET
            )
            and (
                reposts_count is None
                or reposts_count.__class__ is int
                or reposts_count is UNSET
            )
            and (
                user_favorite is None
                or user_favorite.__class__ is bool
                or user_favorite is UNSET
            )
            and (
                user_playback_count is None
                or user_playback_count.__class__ is int
                or user_playback_count is UNSET
            )
            and (
                reveal_stats is None
                or reveal_stats.__class__ is bool
                or reveal_stats is UNSET
            )
            and (
                reveal_comments is None
                or reveal_comments.__class__ is bool
                or reveal_comments is UNSET
            )
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

        track.additional_properties = d
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

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "missing")),
    ("urn", ("string", "missing")),
    ("kind", ("string", "missing")),
    ("title", ("string", "missing")),
    ("permalink", ("string", "null", "missing")),
    ("permalink_url", ("string", "missing")),
    ("uri", ("string", "missing")),
    ("user_id", ("integer", "null", "missing")),
    ("user", ("object", "null", "missing")),
    ("created_at", ("string", "missing")),
    ("last_modified", ("string", "null", "missing")),
    ("duration", ("integer", "missing")),
    ("description", ("string", "null", "missing")),
    ("genre", ("string", "null", "missing")),
    ("tag_list", ("string", "null", "missing")),
    ("artwork_url", ("string", "null", "missing")),
    ("waveform_url", ("string", "null", "missing")),
    ("stream_url", ("string", "null", "missing")),
    ("download_url", ("string", "null", "missing")),
    ("secret_uri", ("string", "null", "missing")),
    ("secret_token", ("string", "null", "missing")),
    ("sharing", ("string", "missing")),
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
