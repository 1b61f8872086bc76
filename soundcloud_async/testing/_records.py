"""The fake's stored resources: plain mutable records, rendered to JSON by `_render.py`.

Counters that depend on relations (followers, likes, reposts, comments) are not stored here;
`_state.State` derives them, so a write is visible in every later read without bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class UserRecord:
    """A SoundCloud account."""

    id: int
    username: str
    permalink: str
    created_at: float
    first_name: str | None = None
    last_name: str | None = None
    city: str | None = None
    country: str | None = None
    description: str | None = None
    website: str | None = None
    website_title: str | None = None
    plan: str = "Free"
    avatar_url: str | None = None


@dataclass(slots=True)
class TrackRecord:
    """An uploaded track; `sharing="private"` tracks need their `secret_token`."""

    id: int
    user_id: int
    title: str
    permalink: str
    created_at: float
    duration: int
    last_modified: float = 0.0
    genre: str | None = None
    tag_list: str = ""
    description: str | None = None
    bpm: float | None = None
    sharing: str = "public"
    secret_token: str | None = None
    access: str = "playable"
    streamable: bool = True
    downloadable: bool = False
    commentable: bool = True
    embeddable_by: str = "all"
    license: str = "all-rights-reserved"
    label_name: str | None = None
    release: str | None = None
    release_date: str | None = None
    purchase_url: str | None = None
    purchase_title: str | None = None
    isrc: str | None = None
    key_signature: str | None = None
    artwork_url: str | None = None
    reveal_stats: bool = True
    reveal_comments: bool = True
    playback_count: int = 0
    download_count: int = 0

    def tags(self) -> list[str]:
        """The tags of `tag_list` (space-separated, multi-word tags in double quotes)."""
        parts = self.tag_list.split('"')
        # Odd-indexed parts sat between quotes: they are whole multi-word tags.
        quoted = [part.strip() for part in parts[1::2] if part.strip()]
        loose = [word for part in parts[0::2] for word in part.split()]
        return loose + quoted


@dataclass(slots=True)
class PlaylistRecord:
    """A playlist or album (a "set"); `track_ids` is its order."""

    id: int
    user_id: int
    title: str
    permalink: str
    created_at: float
    last_modified: float = 0.0
    track_ids: list[int] = field(default_factory=list)
    description: str | None = None
    sharing: str = "public"
    secret_token: str | None = None
    genre: str | None = None
    tag_list: str = ""
    set_type: str = "playlist"
    label_name: str | None = None
    license: str | None = None
    ean: str | None = None
    release: str | None = None
    release_date: str | None = None
    purchase_url: str | None = None
    purchase_title: str | None = None
    artwork_url: str | None = None


@dataclass(slots=True)
class CommentRecord:
    """A comment on a track, optionally pinned to a position in milliseconds."""

    id: int
    track_id: int
    user_id: int
    body: str
    created_at: float
    timestamp: int | None = None


@dataclass(slots=True)
class WebProfileRecord:
    """A link on a user's profile."""

    id: int
    user_id: int
    service: str
    title: str
    url: str
    username: str | None
    created_at: float


@dataclass(slots=True)
class ConnectionRecord:
    """A connected external account (legacy `/me/connections`)."""

    id: int
    user_id: int
    service: str
    display_name: str
    created_at: float


@dataclass(slots=True)
class StorefrontRecord:
    """The external purchase offer attached to a track."""

    track_id: int
    title: str
    type: str
    link: str
    link_title: str | None = None
    description: str | None = None
    price: str | None = None
