from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    PayloadMismatch,
    Unset,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The signed-in user, with private counters and quota.

    Attributes:
        id (int | Unset): Numeric id; prefer `urn`.
        urn (str | Unset): `soundcloud:users:<n>`.
        kind (str | Unset): `user`.
        username (str | Unset):
        permalink (str | Unset):
        permalink_url (str | Unset): The soundcloud.com profile page.
        uri (str | Unset): The API URL of the user.
        avatar_url (None | str | Unset):
        last_modified (None | str | Unset): `YYYY/MM/DD HH:MM:SS +0000`.
        created_at (None | str | Unset): `YYYY/MM/DD HH:MM:SS +0000`.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        full_name (None | str | Unset):
        city (None | str | Unset):
        country (None | str | Unset):
        description (None | str | Unset):
        discogs_name (None | str | Unset):
        myspace_name (None | str | Unset):
        website (None | str | Unset):
        website_title (None | str | Unset):
        plan (None | str | Unset): Display name of the plan, e.g. `Free` or `Pro Unlimited`.
        followers_count (int | None | Unset):
        followings_count (int | None | Unset):
        track_count (int | None | Unset):
        playlist_count (int | None | Unset):
        public_favorites_count (int | None | Unset):
        likes_count (int | None | Unset):
        reposts_count (int | None | Unset):
        comments_count (int | None | Unset):
        online (bool | None | Unset):
        subscriptions (list[Subscription] | None | Unset):
        locale (None | str | Unset):
        primary_email_confirmed (bool | None | Unset):
        private_tracks_count (int | None | Unset):
        private_playlists_count (int | None | Unset):
        upload_seconds_left (int | None | Unset):
        quota (None | Quota | Unset):
    """

    id: int | Unset = UNSET
    urn: str | Unset = UNSET
    kind: str | Unset = UNSET
    username: str | Unset = UNSET
    permalink: str | Unset = UNSET
    permalink_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    discogs_name: None | str | Unset = UNSET
    myspace_name: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    website_title: None | str | Unset = UNSET
    plan: None | str | Unset = UNSET
    followers_count: int | None | Unset = UNSET
    followings_count: int | None | Unset = UNSET
    track_count: int | None | Unset = UNSET
    playlist_count: int | None | Unset = UNSET
    public_favorites_count: int | None | Unset = UNSET
    likes_count: int | None | Unset = UNSET
    reposts_count: int | None | Unset = UNSET
    comments_count: int | None | Unset = UNSET
    online: bool | None | Unset = UNSET
    subscriptions: list[Subscription] | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    primary_email_confirmed: bool | None | Unset = UNSET
    private_tracks_count: int | None | Unset = UNSET
    private_playlists_count: int | None | Unset = UNSET
    upload_seconds_left: int | None | Unset = UNSET
    quota: None | Quota | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        urn = self.urn

        kind = self.kind

        username = self.username

        permalink = self.permalink

        permalink_url = self.permalink_url

        uri = self.uri

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discogs_name: None | str | Unset
        if isinstance(self.discogs_name, Unset):
            discogs_name = UNSET
        else:
            discogs_name = self.discogs_name

        myspace_name: None | str | Unset
        if isinstance(self.myspace_name, Unset):
            myspace_name = UNSET
        else:
            myspace_name = self.myspace_name

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        website_title: None | str | Unset
        if isinstance(self.website_title, Unset):
            website_title = UNSET
        else:
            website_title = self.website_title

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        followers_count: int | None | Unset
        if isinstance(self.followers_count, Unset):
            followers_count = UNSET
        else:
            followers_count = self.followers_count

        followings_count: int | None | Unset
        if isinstance(self.followings_count, Unset):
            followings_count = UNSET
        else:
            followings_count = self.followings_count

        track_count: int | None | Unset
        if isinstance(self.track_count, Unset):
            track_count = UNSET
        else:
            track_count = self.track_count

        playlist_count: int | None | Unset
        if isinstance(self.playlist_count, Unset):
            playlist_count = UNSET
        else:
            playlist_count = self.playlist_count

        public_favorites_count: int | None | Unset
        if isinstance(self.public_favorites_count, Unset):
            public_favorites_count = UNSET
        else:
            public_favorites_count = self.public_favorites_count

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

        comments_count: int | None | Unset
        if isinstance(self.comments_count, Unset):
            comments_count = UNSET
        else:
            comments_count = self.comments_count

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        subscriptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.subscriptions, Unset):
            subscriptions = UNSET
        elif isinstance(self.subscriptions, list):
            subscriptions = []
            for subscriptions_type_0_item_data in self.subscriptions:
                subscriptions_type_0_item = subscriptions_type_0_item_data.to_dict()
                subscriptions.append(subscriptions_type_0_item)

        else:
            subscriptions = self.subscriptions

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        primary_email_confirmed: bool | None | Unset
        if isinstance(self.primary_email_confirmed, Unset):
            primary_email_confirmed = UNSET
        else:
            primary_email_confirmed = self.primary_email_confirmed

        private_tracks_count: int | None | Unset
        if isinstance(self.private_tracks_count, Unset):
            private_tracks_count = UNSET
        else:
            private_tracks_count = self.private_tracks_count

        private_playlists_count: int | None | Unset
        if isinstance(self.private_playlists_count, Unset):
            private_playlists_count = UNSET
        else:
            private_playlists_count = self.private_playlists_count

        upload_seconds_left: int | None | Unset
        if isinstance(self.upload_seconds_left, Unset):
            upload_seconds_left = UNSET
        else:
            upload_seconds_left = self.upload_seconds_left

        quota: dict[str, Any] | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        elif isinstance(self.quota, Quota):
            quota = self.quota.to_dict()
        else:
            quota = self.quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if kind is not UNSET:
            field_dict["kind"] = kind
        if username is not UNSET:
            field_dict["username"] = username
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if discogs_name is not UNSET:
            field_dict["discogs_name"] = discogs_name
        if myspace_name is not UNSET:
            field_dict["myspace_name"] = myspace_name
        if website is not UNSET:
            field_dict["website"] = website
        if website_title is not UNSET:
            field_dict["website_title"] = website_title
        if plan is not UNSET:
            field_dict["plan"] = plan
        if followers_count is not UNSET:
            field_dict["followers_count"] = followers_count
        if followings_count is not UNSET:
            field_dict["followings_count"] = followings_count
        if track_count is not UNSET:
            field_dict["track_count"] = track_count
        if playlist_count is not UNSET:
            field_dict["playlist_count"] = playlist_count
        if public_favorites_count is not UNSET:
            field_dict["public_favorites_count"] = public_favorites_count
        if likes_count is not UNSET:
            field_dict["likes_count"] = likes_count
        if reposts_count is not UNSET:
            field_dict["reposts_count"] = reposts_count
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if online is not UNSET:
            field_dict["online"] = online
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if locale is not UNSET:
            field_dict["locale"] = locale
        if primary_email_confirmed is not UNSET:
            field_dict["primary_email_confirmed"] = primary_email_confirmed
        if private_tracks_count is not UNSET:
            field_dict["private_tracks_count"] = private_tracks_count
        if private_playlists_count is not UNSET:
            field_dict["private_playlists_count"] = private_playlists_count
        if upload_seconds_left is not UNSET:
            field_dict["upload_seconds_left"] = upload_seconds_left
        if quota is not UNSET:
            field_dict["quota"] = quota

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(src_dict)
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", UNSET)
        urn = pop("urn", UNSET)
        kind = pop("kind", UNSET)
        username = pop("username", UNSET)
        permalink = pop("permalink", UNSET)
        permalink_url = pop("permalink_url", UNSET)
        uri = pop("uri", UNSET)
        avatar_url = pop("avatar_url", UNSET)
        last_modified = pop("last_modified", UNSET)
        created_at = pop("created_at", UNSET)
        first_name = pop("first_name", UNSET)
        last_name = pop("last_name", UNSET)
        full_name = pop("full_name", UNSET)
        city = pop("city", UNSET)
        country = pop("country", UNSET)
        description = pop("description", UNSET)
        discogs_name = pop("discogs_name", UNSET)
        myspace_name = pop("myspace_name", UNSET)
        website = pop("website", UNSET)
        website_title = pop("website_title", UNSET)
        plan = pop("plan", UNSET)
        followers_count = pop("followers_count", UNSET)
        followings_count = pop("followings_count", UNSET)
        track_count = pop("track_count", UNSET)
        playlist_count = pop("playlist_count", UNSET)
        public_favorites_count = pop("public_favorites_count", UNSET)
        likes_count = pop("likes_count", UNSET)
        reposts_count = pop("reposts_count", UNSET)
        comments_count = pop("comments_count", UNSET)
        online = pop("online", UNSET)
        _subscriptions = pop("subscriptions", UNSET)
        locale = pop("locale", UNSET)
        primary_email_confirmed = pop("primary_email_confirmed", UNSET)
        private_tracks_count = pop("private_tracks_count", UNSET)
        private_playlists_count = pop("private_playlists_count", UNSET)
        upload_seconds_left = pop("upload_seconds_left", UNSET)
        _quota = pop("quota", UNSET)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id.__class__ is int or id is UNSET)
            and (urn.__class__ is str or urn is UNSET)
            and (kind.__class__ is str or kind is UNSET)
            and (username.__class__ is str or username is UNSET)
            and (permalink.__class__ is str or permalink is UNSET)
            and (permalink_url.__class__ is str or permalink_url is UNSET)
            and (uri.__class__ is str or uri is UNSET)
            and (
                avatar_url is None or avatar_url.__class__ is str or avatar_url is UNSET
            )
            and (
                last_modified is None
                or last_modified.__class__ is str
                or last_modified is UNSET
            )
            and (
                created_at is None or created_at.__class__ is str or created_at is UNSET
            )
            and (
                first_name is None or first_name.__class__ is str or first_name is UNSET
            )
            and (last_name is None or last_name.__class__ is str or last_name is UNSET)
            and (full_name is None or full_name.__class__ is str or full_name is UNSET)
            and (city is None or city.__class__ is str or city is UNSET)
            and (country is None or country.__class__ is str or country is UNSET)
            and (
                description is None
                or description.__class__ is str
                or description is UNSET
            )
            and (
                discogs_name is None
                or discogs_name.__class__ is str
                or discogs_name is UNSET
            )
            and (
                myspace_name is None
                or myspace_name.__class__ is str
                or myspace_name is UNSET
            )
            and (website is None or website.__class__ is str or website is UNSET)
            and (
                website_title is None
                or website_title.__class__ is str
                or website_title is UNSET
            )
            and (plan is None or plan.__class__ is str or plan is UNSET)
            and (
                followers_count is None
                or followers_count.__class__ is int
                or followers_count is UNSET
            )
            and (
                followings_count is None
                or followings_count.__class__ is int
                or followings_count is UNSET
            )
            and (
                track_count is None
                or track_count.__class__ is int
                or track_count is UNSET
            )
            and (
                playlist_count is None
                or playlist_count.__class__ is int
                or playlist_count is UNSET
            )
            and (
                public_favorites_count is None
                or public_favorites_count.__class__ is int
                or public_favorites_count is UNSET
            )
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
            and (
                comments_count is None
                or comments_count.__class__ is int
                or comments_count is UNSET
            )
            and (online is None or online.__class__ is bool or online is UNSET)
            and (
                _subscriptions is None
                or _subscriptions.__class__ is list
                or _subscriptions is UNSET
            )
            and (locale is None or locale.__class__ is str or locale is UNSET)
            and (
                primary_email_confirmed is None
                or primary_email_confirmed.__class__ is bool
                or primary_email_confirmed is UNSET
            )
            and (
                private_tracks_count is None
                or private_tracks_count.__class__ is int
                or private_tracks_count is UNSET
            )
            and (
                private_playlists_count is None
                or private_playlists_count.__class__ is int
                or private_playlists_count is UNSET
            )
            and (
                upload_seconds_left is None
                or upload_seconds_left.__class__ is int
                or upload_seconds_left is UNSET
            )
            and (_quota is None or _quota.__class__ is dict or _quota is UNSET)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _subscriptions.__class__ is list:
            try:
                try:
                    subscriptions = [
                        Subscription.from_dict(item) for item in _subscriptions
                    ]
                except PayloadMismatch as error:
                    raise item_mismatch(
                        error, _subscriptions, Subscription.from_dict
                    ) from None

            except PayloadMismatch as error:
                raise error.inside("subscriptions")

        else:
            subscriptions = _subscriptions

        if _quota.__class__ is dict:
            try:
                quota = Quota.from_dict(_quota)

            except PayloadMismatch as error:
                raise error.inside("quota")

        else:
            quota = _quota

        me = cls(
            id,
            urn,
            kind,
            username,
            permalink,
            permalink_url,
            uri,
            avatar_url,
            last_modified,
            created_at,
            first_name,
            last_name,
            full_name,
            city,
            country,
            description,
            discogs_name,
            myspace_name,
            website,
            website_title,
            plan,
            followers_count,
            followings_count,
            track_count,
            playlist_count,
            public_favorites_count,
            likes_count,
            reposts_count,
            comments_count,
            online,
            subscriptions,
            locale,
            primary_email_confirmed,
            private_tracks_count,
            private_playlists_count,
            upload_seconds_left,
            quota,
        )

        me.additional_properties = d
        return me

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
from ..models.quota import Quota
from ..models.subscription import Subscription

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "missing")),
    ("urn", ("string", "missing")),
    ("kind", ("string", "missing")),
    ("username", ("string", "missing")),
    ("permalink", ("string", "missing")),
    ("permalink_url", ("string", "missing")),
    ("uri", ("string", "missing")),
    ("avatar_url", ("string", "null", "missing")),
    ("last_modified", ("string", "null", "missing")),
    ("created_at", ("string", "null", "missing")),
    ("first_name", ("string", "null", "missing")),
    ("last_name", ("string", "null", "missing")),
    ("full_name", ("string", "null", "missing")),
    ("city", ("string", "null", "missing")),
    ("country", ("string", "null", "missing")),
    ("description", ("string", "null", "missing")),
    ("discogs_name", ("string", "null", "missing")),
    ("myspace_name", ("string", "null", "missing")),
    ("website", ("string", "null", "missing")),
    ("website_title", ("string", "null", "missing")),
    ("plan", ("string", "null", "missing")),
    ("followers_count", ("integer", "null", "missing")),
    ("followings_count", ("integer", "null", "missing")),
    ("track_count", ("integer", "null", "missing")),
    ("playlist_count", ("integer", "null", "missing")),
    ("public_favorites_count", ("integer", "null", "missing")),
    ("likes_count", ("integer", "null", "missing")),
    ("reposts_count", ("integer", "null", "missing")),
    ("comments_count", ("integer", "null", "missing")),
    ("online", ("boolean", "null", "missing")),
    ("subscriptions", ("array", "null", "missing")),
    ("locale", ("string", "null", "missing")),
    ("primary_email_confirmed", ("boolean", "null", "missing")),
    ("private_tracks_count", ("integer", "null", "missing")),
    ("private_playlists_count", ("integer", "null", "missing")),
    ("upload_seconds_left", ("integer", "null", "missing")),
    ("quota", ("object", "null", "missing")),
)
