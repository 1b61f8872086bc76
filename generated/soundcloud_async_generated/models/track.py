from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access import Access
from ..models.track_kind import TrackKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Track")


@_attrs_define
class Track:
    """A track. Optional metadata is `null` or `""` when unset; older payloads lack `urn` and
    carry `user_id`, newer ones lack `user_id`. Unknown fields are kept. `kind` is always
    sent; it is what tells a track from a playlist in a feed item's `origin`.

        Attributes:
            kind (TrackKind):
            id (int | Unset): Numeric id; prefer `urn`.
            urn (str | Unset): `soundcloud:tracks:<n>`.
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

    kind: TrackKind
    id: int | Unset = UNSET
    urn: str | Unset = UNSET
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
        d = dict(src_dict)
        pop = d.pop
        kind = TrackKind(pop("kind"))

        id = pop("id", UNSET)

        urn = pop("urn", UNSET)

        title = pop("title", UNSET)

        permalink = pop("permalink", UNSET)

        permalink_url = pop("permalink_url", UNSET)

        uri = pop("uri", UNSET)

        user_id = pop("user_id", UNSET)

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

        def _parse_access(data: object) -> Access | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_type_1 = Access(data)

                return access_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Access | None | Unset, data)

        access = _parse_access(pop("access", UNSET))

        policy = pop("policy", UNSET)

        monetization_model = pop("monetization_model", UNSET)

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

        release = pop("release", UNSET)

        release_day = pop("release_day", UNSET)

        release_month = pop("release_month", UNSET)

        release_year = pop("release_year", UNSET)

        purchase_url = pop("purchase_url", UNSET)

        purchase_title = pop("purchase_title", UNSET)

        isrc = pop("isrc", UNSET)

        key_signature = pop("key_signature", UNSET)

        bpm = pop("bpm", UNSET)

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

        track = cls(
            kind,
            id,
            urn,
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
