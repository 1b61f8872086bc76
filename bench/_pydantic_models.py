"""Pydantic v2 mirrors of the generated Track and User models, for section 3's reference.

Same fields, same optionality (absent -> None instead of UNSET), same nesting, unknown fields
kept (`extra="allow"`, like the generated `additional_properties`); the `access` enum accepts
unknown values as plain strings, as the generated `Access._missing_` does.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Access(StrEnum):
    BLOCKED = "blocked"
    PLAYABLE = "playable"
    PREVIEW = "preview"


class SubscriptionProduct(_Model):
    id: str | None = None
    name: str | None = None


class Subscription(_Model):
    product: SubscriptionProduct | None = None
    recurring: bool | None = None


class User(_Model):
    id: int | None = None
    urn: str | None = None
    kind: str | None = None
    username: str | None = None
    permalink: str | None = None
    permalink_url: str | None = None
    uri: str | None = None
    avatar_url: str | None = None
    last_modified: str | None = None
    created_at: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    city: str | None = None
    country: str | None = None
    description: str | None = None
    discogs_name: str | None = None
    myspace_name: str | None = None
    website: str | None = None
    website_title: str | None = None
    plan: str | None = None
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


class Track(_Model):
    kind: Literal["track"]
    id: int | None = None
    urn: str | None = None
    title: str | None = None
    permalink: str | None = None
    permalink_url: str | None = None
    uri: str | None = None
    user_id: int | None = None
    user: User | None = None
    created_at: str | None = None
    last_modified: str | None = None
    duration: int | None = None
    description: str | None = None
    genre: str | None = None
    tag_list: str | None = None
    artwork_url: str | None = None
    waveform_url: str | None = None
    stream_url: str | None = None
    download_url: str | None = None
    secret_uri: str | None = None
    secret_token: str | None = None
    sharing: str | None = None
    state: str | None = None
    streamable: bool | None = None
    downloadable: bool | None = None
    commentable: bool | None = None
    embeddable_by: str | None = None
    access: Access | str | None = None
    policy: str | None = None
    monetization_model: str | None = None
    license_: str | None = Field(default=None, alias="license")
    label_name: str | None = None
    label_id: int | None = None
    label: User | None = None
    release: str | None = None
    release_day: int | None = None
    release_month: int | None = None
    release_year: int | None = None
    purchase_url: str | None = None
    purchase_title: str | None = None
    isrc: str | None = None
    key_signature: str | None = None
    bpm: float | None = None
    metadata_artist: str | None = None
    track_type: str | None = None
    available_country_codes: str | None = None
    playback_count: int | None = None
    download_count: int | None = None
    favoritings_count: int | None = None
    comment_count: int | None = None
    reposts_count: int | None = None
    user_favorite: bool | None = None
    user_playback_count: int | None = None
    reveal_stats: bool | None = None
    reveal_comments: bool | None = None


class TrackPage(_Model):
    collection: list[Track]
    next_href: str | None = None
