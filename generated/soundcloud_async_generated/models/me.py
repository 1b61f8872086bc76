from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadMismatch,
    SoundCloudModel,
    item_mismatch,
    not_an_object,
    payload_mismatch,
)

T = TypeVar("T", bound="Me")


@_attrs_define
class Me(SoundCloudModel):
    """The signed-in user, with private counters and quota.

    Attributes:
        id (int | None): Numeric id; prefer `urn`.
        urn (str | None): `soundcloud:users:<n>`.
        kind (str | None): `user`.
        username (str | None):
        permalink (str | None):
        permalink_url (str | None): The soundcloud.com profile page.
        uri (str | None): The API URL of the user.
        avatar_url (None | str):
        last_modified (None | str): `YYYY/MM/DD HH:MM:SS +0000`.
        created_at (None | str): `YYYY/MM/DD HH:MM:SS +0000`.
        first_name (None | str):
        last_name (None | str):
        full_name (None | str):
        city (None | str):
        country (None | str):
        description (None | str):
        discogs_name (None | str):
        myspace_name (None | str):
        website (None | str):
        website_title (None | str):
        plan (None | str): Display name of the plan, e.g. `Free` or `Pro Unlimited`.
        followers_count (int | None):
        followings_count (int | None):
        track_count (int | None):
        playlist_count (int | None):
        public_favorites_count (int | None):
        likes_count (int | None):
        reposts_count (int | None):
        comments_count (int | None):
        online (bool | None):
        subscriptions (list[Subscription] | None):
        locale (None | str):
        primary_email_confirmed (bool | None):
        private_tracks_count (int | None):
        private_playlists_count (int | None):
        upload_seconds_left (int | None):
        quota (None | Quota):
    """

    id: int | None = None
    urn: str | None = None
    kind: str | None = None
    username: str | None = None
    permalink: str | None = None
    permalink_url: str | None = None
    uri: str | None = None
    avatar_url: None | str = None
    last_modified: None | str = None
    created_at: None | str = None
    first_name: None | str = None
    last_name: None | str = None
    full_name: None | str = None
    city: None | str = None
    country: None | str = None
    description: None | str = None
    discogs_name: None | str = None
    myspace_name: None | str = None
    website: None | str = None
    website_title: None | str = None
    plan: None | str = None
    followers_count: int | None = None
    followings_count: int | None = None
    track_count: int | None = None
    playlist_count: int | None = None
    public_favorites_count: int | None = None
    likes_count: int | None = None
    reposts_count: int | None = None
    comments_count: int | None = None
    online: bool | None = None
    subscriptions: list[Subscription] | None = None
    locale: None | str = None
    primary_email_confirmed: bool | None = None
    private_tracks_count: int | None = None
    private_playlists_count: int | None = None
    upload_seconds_left: int | None = None
    quota: None | Quota = None
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

        kind = self.kind

        username = self.username

        permalink = self.permalink

        permalink_url = self.permalink_url

        uri = self.uri

        avatar_url: Any = None
        if self.avatar_url is not None:
            avatar_url = self.avatar_url

        last_modified: Any = None
        if self.last_modified is not None:
            last_modified = self.last_modified

        created_at: Any = None
        if self.created_at is not None:
            created_at = self.created_at

        first_name: Any = None
        if self.first_name is not None:
            first_name = self.first_name

        last_name: Any = None
        if self.last_name is not None:
            last_name = self.last_name

        full_name: Any = None
        if self.full_name is not None:
            full_name = self.full_name

        city: Any = None
        if self.city is not None:
            city = self.city

        country: Any = None
        if self.country is not None:
            country = self.country

        description: Any = None
        if self.description is not None:
            description = self.description

        discogs_name: Any = None
        if self.discogs_name is not None:
            discogs_name = self.discogs_name

        myspace_name: Any = None
        if self.myspace_name is not None:
            myspace_name = self.myspace_name

        website: Any = None
        if self.website is not None:
            website = self.website

        website_title: Any = None
        if self.website_title is not None:
            website_title = self.website_title

        plan: Any = None
        if self.plan is not None:
            plan = self.plan

        followers_count: Any = None
        if self.followers_count is not None:
            followers_count = self.followers_count

        followings_count: Any = None
        if self.followings_count is not None:
            followings_count = self.followings_count

        track_count: Any = None
        if self.track_count is not None:
            track_count = self.track_count

        playlist_count: Any = None
        if self.playlist_count is not None:
            playlist_count = self.playlist_count

        public_favorites_count: Any = None
        if self.public_favorites_count is not None:
            public_favorites_count = self.public_favorites_count

        likes_count: Any = None
        if self.likes_count is not None:
            likes_count = self.likes_count

        reposts_count: Any = None
        if self.reposts_count is not None:
            reposts_count = self.reposts_count

        comments_count: Any = None
        if self.comments_count is not None:
            comments_count = self.comments_count

        online: Any = None
        if self.online is not None:
            online = self.online

        subscriptions: Any = None
        if self.subscriptions is not None:
            if isinstance(self.subscriptions, list):
                subscriptions = []
                for subscriptions_type_0_item_data in self.subscriptions:
                    subscriptions_type_0_item = subscriptions_type_0_item_data.to_dict()
                    subscriptions.append(subscriptions_type_0_item)

            else:
                subscriptions = self.subscriptions

        locale: Any = None
        if self.locale is not None:
            locale = self.locale

        primary_email_confirmed: Any = None
        if self.primary_email_confirmed is not None:
            primary_email_confirmed = self.primary_email_confirmed

        private_tracks_count: Any = None
        if self.private_tracks_count is not None:
            private_tracks_count = self.private_tracks_count

        private_playlists_count: Any = None
        if self.private_playlists_count is not None:
            private_playlists_count = self.private_playlists_count

        upload_seconds_left: Any = None
        if self.upload_seconds_left is not None:
            upload_seconds_left = self.upload_seconds_left

        quota: Any = None
        if self.quota is not None:
            if isinstance(self.quota, Quota):
                quota = self.quota.to_dict()
            else:
                quota = self.quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "urn": urn,
                "kind": kind,
                "username": username,
                "permalink": permalink,
                "permalink_url": permalink_url,
                "uri": uri,
                "avatar_url": avatar_url,
                "last_modified": last_modified,
                "created_at": created_at,
                "first_name": first_name,
                "last_name": last_name,
                "full_name": full_name,
                "city": city,
                "country": country,
                "description": description,
                "discogs_name": discogs_name,
                "myspace_name": myspace_name,
                "website": website,
                "website_title": website_title,
                "plan": plan,
                "followers_count": followers_count,
                "followings_count": followings_count,
                "track_count": track_count,
                "playlist_count": playlist_count,
                "public_favorites_count": public_favorites_count,
                "likes_count": likes_count,
                "reposts_count": reposts_count,
                "comments_count": comments_count,
                "online": online,
                "subscriptions": subscriptions,
                "locale": locale,
                "primary_email_confirmed": primary_email_confirmed,
                "private_tracks_count": private_tracks_count,
                "private_playlists_count": private_playlists_count,
                "upload_seconds_left": upload_seconds_left,
                "quota": quota,
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
        kind = pop("kind", None)
        username = pop("username", None)
        permalink = pop("permalink", None)
        permalink_url = pop("permalink_url", None)
        uri = pop("uri", None)
        avatar_url = pop("avatar_url", None)
        last_modified = pop("last_modified", None)
        created_at = pop("created_at", None)
        first_name = pop("first_name", None)
        last_name = pop("last_name", None)
        full_name = pop("full_name", None)
        city = pop("city", None)
        country = pop("country", None)
        description = pop("description", None)
        discogs_name = pop("discogs_name", None)
        myspace_name = pop("myspace_name", None)
        website = pop("website", None)
        website_title = pop("website_title", None)
        plan = pop("plan", None)
        followers_count = pop("followers_count", None)
        followings_count = pop("followings_count", None)
        track_count = pop("track_count", None)
        playlist_count = pop("playlist_count", None)
        public_favorites_count = pop("public_favorites_count", None)
        likes_count = pop("likes_count", None)
        reposts_count = pop("reposts_count", None)
        comments_count = pop("comments_count", None)
        online = pop("online", None)
        _subscriptions = pop("subscriptions", None)
        locale = pop("locale", None)
        primary_email_confirmed = pop("primary_email_confirmed", None)
        private_tracks_count = pop("private_tracks_count", None)
        private_playlists_count = pop("private_playlists_count", None)
        upload_seconds_left = pop("upload_seconds_left", None)
        _quota = pop("quota", None)
        # One identity test per allowed type; the slow walk that names the field runs on failure.
        if not (
            (id is None or id.__class__ is int)
            and (urn is None or urn.__class__ is str)
            and (kind is None or kind.__class__ is str)
            and (username is None or username.__class__ is str)
            and (permalink is None or permalink.__class__ is str)
            and (permalink_url is None or permalink_url.__class__ is str)
            and (uri is None or uri.__class__ is str)
            and (avatar_url is None or avatar_url.__class__ is str)
            and (last_modified is None or last_modified.__class__ is str)
            and (created_at is None or created_at.__class__ is str)
            and (first_name is None or first_name.__class__ is str)
            and (last_name is None or last_name.__class__ is str)
            and (full_name is None or full_name.__class__ is str)
            and (city is None or city.__class__ is str)
            and (country is None or country.__class__ is str)
            and (description is None or description.__class__ is str)
            and (discogs_name is None or discogs_name.__class__ is str)
            and (myspace_name is None or myspace_name.__class__ is str)
            and (website is None or website.__class__ is str)
            and (website_title is None or website_title.__class__ is str)
            and (plan is None or plan.__class__ is str)
            and (followers_count is None or followers_count.__class__ is int)
            and (followings_count is None or followings_count.__class__ is int)
            and (track_count is None or track_count.__class__ is int)
            and (playlist_count is None or playlist_count.__class__ is int)
            and (
                public_favorites_count is None
                or public_favorites_count.__class__ is int
            )
            and (likes_count is None or likes_count.__class__ is int)
            and (reposts_count is None or reposts_count.__class__ is int)
            and (comments_count is None or comments_count.__class__ is int)
            and (online is None or online.__class__ is bool)
            and (_subscriptions is None or _subscriptions.__class__ is list)
            and (locale is None or locale.__class__ is str)
            and (
                primary_email_confirmed is None
                or primary_email_confirmed.__class__ is bool
            )
            and (private_tracks_count is None or private_tracks_count.__class__ is int)
            and (
                private_playlists_count is None
                or private_playlists_count.__class__ is int
            )
            and (upload_seconds_left is None or upload_seconds_left.__class__ is int)
            and (_quota is None or _quota.__class__ is dict)
        ):
            raise payload_mismatch(src_dict, _JSON_FIELDS)
        if _subscriptions.__class__ is list:
            try:
                try:
                    subscriptions = list(map(Subscription.from_dict, _subscriptions))
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

        if cls is Me:
            # Fill the slots directly: attrs' __init__ (a call with every field, a default
            # factory, a lookup per init=False field) costs about twice as much. A subclass
            # may add fields or its own __init__, so it is built by calling it.
            me = _new(cls)
            me.id = id
            me.urn = urn
            me.kind = kind
            me.username = username
            me.permalink = permalink
            me.permalink_url = permalink_url
            me.uri = uri
            me.avatar_url = avatar_url
            me.last_modified = last_modified
            me.created_at = created_at
            me.first_name = first_name
            me.last_name = last_name
            me.full_name = full_name
            me.city = city
            me.country = country
            me.description = description
            me.discogs_name = discogs_name
            me.myspace_name = myspace_name
            me.website = website
            me.website_title = website_title
            me.plan = plan
            me.followers_count = followers_count
            me.followings_count = followings_count
            me.track_count = track_count
            me.playlist_count = playlist_count
            me.public_favorites_count = public_favorites_count
            me.likes_count = likes_count
            me.reposts_count = reposts_count
            me.comments_count = comments_count
            me.online = online
            me.subscriptions = subscriptions
            me.locale = locale
            me.primary_email_confirmed = primary_email_confirmed
            me.private_tracks_count = private_tracks_count
            me.private_playlists_count = private_playlists_count
            me.upload_seconds_left = upload_seconds_left
            me.quota = quota
            me._present_keys = None
        else:
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

        # A copy: `d` keeps the table of the whole payload after the pops (dicts never shrink),
        # ~1.3 KiB a Track held for as long as the model lives; copying costs ~0.1 us.
        me.additional_properties = {**d}
        # Known keys present = keys given - unknown keys left in d: O(1), the keys only when short.
        if len(src_dict) - len(d) != 37:
            me._present_keys = tuple(src_dict)
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

_new = object.__new__

# The optional keys a payload may leave out (read as None, left out again by to_dict).
_OPTIONAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "urn",
        "kind",
        "username",
        "permalink",
        "permalink_url",
        "uri",
        "avatar_url",
        "last_modified",
        "created_at",
        "first_name",
        "last_name",
        "full_name",
        "city",
        "country",
        "description",
        "discogs_name",
        "myspace_name",
        "website",
        "website_title",
        "plan",
        "followers_count",
        "followings_count",
        "track_count",
        "playlist_count",
        "public_favorites_count",
        "likes_count",
        "reposts_count",
        "comments_count",
        "online",
        "subscriptions",
        "locale",
        "primary_email_confirmed",
        "private_tracks_count",
        "private_playlists_count",
        "upload_seconds_left",
        "quota",
    }
)

# The JSON types each field accepts, for the error that names a field that does not fit.
_JSON_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("integer", "null", "missing")),
    ("urn", ("string", "null", "missing")),
    ("kind", ("string", "null", "missing")),
    ("username", ("string", "null", "missing")),
    ("permalink", ("string", "null", "missing")),
    ("permalink_url", ("string", "null", "missing")),
    ("uri", ("string", "null", "missing")),
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
