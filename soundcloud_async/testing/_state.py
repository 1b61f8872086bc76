"""The fake's in-memory world: resources, relations, and the writes that change them.

Everything a response shows is derived from here at request time, so a like, a follow or an
upload is visible to the very next read. Visibility follows SoundCloud: private tracks and
playlists are seen by their owner or with their `secret_token`, and are 404 for anyone else.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from soundcloud_async.testing._records import (
    CommentRecord,
    ConnectionRecord,
    PlaylistRecord,
    StorefrontRecord,
    TrackRecord,
    UserRecord,
    WebProfileRecord,
)
from soundcloud_async.testing._relation import Relation

# Distinct id ranges per kind make a user id sent where a track id belongs answer 404,
# as it would on SoundCloud, instead of silently hitting another resource.
FIRST_IDS = {
    "users": 10_000_001,
    "tracks": 200_000_001,
    "playlists": 300_000_001,
    "comments": 400_000_001,
    "web-profiles": 500_000_001,
    "connections": 600_000_001,
}
RECENTLY_PLAYED_MAX = 25  # at most 25 distinct tracks (docs/soundcloud-behaviour.md, Pagination)


@dataclass
class State:
    """All resources and relations of one fake SoundCloud."""

    clock: Callable[[], float]
    users: dict[int, UserRecord] = field(default_factory=dict)
    tracks: dict[int, TrackRecord] = field(default_factory=dict)
    playlists: dict[int, PlaylistRecord] = field(default_factory=dict)
    comments: dict[int, CommentRecord] = field(default_factory=dict)
    web_profiles: dict[int, WebProfileRecord] = field(default_factory=dict)
    connections: dict[int, ConnectionRecord] = field(default_factory=dict)
    storefronts: dict[int, StorefrontRecord] = field(default_factory=dict)
    plays: dict[int, list[tuple[float, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._seq = itertools.count(1)
        self._ids = {kind: itertools.count(first) for kind, first in FIRST_IDS.items()}
        self.follows = Relation(self.next_seq)
        self.track_likes = Relation(self.next_seq)
        self.playlist_likes = Relation(self.next_seq)
        self.track_reposts = Relation(self.next_seq)
        self.playlist_reposts = Relation(self.next_seq)

    def next_seq(self) -> int:
        """A fresh, increasing sequence number (orders edges and new resources)."""
        return next(self._seq)

    def new_id(self, kind: str) -> int:
        """A fresh id of `kind`."""
        return next(self._ids[kind])

    # ------------------------------------------------------------------ visibility
    def track_for(
        self, track_id: int, viewer: int | None, secret: str | None
    ) -> TrackRecord | None:
        """The track when `viewer` may see it (owner, public, or right secret token)."""
        track = self.tracks.get(track_id)
        if track is None or self._hidden(
            track.sharing, track.user_id, track.secret_token, viewer, secret
        ):
            return None
        return track

    def playlist_for(
        self, playlist_id: int, viewer: int | None, secret: str | None
    ) -> PlaylistRecord | None:
        """The playlist when `viewer` may see it."""
        playlist = self.playlists.get(playlist_id)
        if playlist is None:
            return None
        if self._hidden(playlist.sharing, playlist.user_id, playlist.secret_token, viewer, secret):
            return None
        return playlist

    @staticmethod
    def _hidden(
        sharing: str, owner: int, token: str | None, viewer: int | None, secret: str | None
    ) -> bool:
        if sharing == "public" or owner == viewer:
            return False
        return token is None or secret != token

    def public_tracks(self, viewer: int | None = None) -> list[TrackRecord]:
        """Tracks anyone may list (plus the viewer's own private ones)."""
        return [t for t in self.tracks.values() if t.sharing == "public" or t.user_id == viewer]

    def tracks_of(self, user_id: int, viewer: int | None) -> list[TrackRecord]:
        """A user's tracks; private ones only for the owner."""
        return [t for t in self.public_tracks(viewer) if t.user_id == user_id]

    def playlists_of(self, user_id: int, viewer: int | None) -> list[PlaylistRecord]:
        """A user's playlists; private ones only for the owner."""
        return [
            p
            for p in self.playlists.values()
            if p.user_id == user_id and (p.sharing == "public" or p.user_id == viewer)
        ]

    # ------------------------------------------------------------------ counters
    def public_track_count(self, user_id: int) -> int:
        """Public tracks of a user (the profile's `track_count`)."""
        return sum(
            1 for t in self.tracks.values() if t.user_id == user_id and t.sharing == "public"
        )

    def private_track_count(self, user_id: int) -> int:
        """Private tracks of a user (`/me` only)."""
        return sum(
            1 for t in self.tracks.values() if t.user_id == user_id and t.sharing != "public"
        )

    def playlist_count(self, user_id: int, *, private: bool = False) -> int:
        """Public (or private) playlists of a user."""
        wanted = "private" if private else "public"
        return sum(
            1 for p in self.playlists.values() if p.user_id == user_id and p.sharing == wanted
        )

    def comment_count(self, track_id: int) -> int:
        """Comments on a track."""
        return sum(1 for c in self.comments.values() if c.track_id == track_id)

    def comments_by(self, user_id: int) -> int:
        """Comments a user wrote."""
        return sum(1 for c in self.comments.values() if c.user_id == user_id)

    # ------------------------------------------------------------------ writes
    def add_track(self, track: TrackRecord) -> TrackRecord:
        """Store a new track."""
        self.tracks[track.id] = track
        return track

    def delete_track(self, track_id: int) -> None:
        """Remove a track with its likes, reposts, comments, storefront and playlist entries."""
        self.tracks.pop(track_id, None)
        self.storefronts.pop(track_id, None)
        self.track_likes.drop(track_id)
        self.track_reposts.drop(track_id)
        for comment_id in [c.id for c in self.comments.values() if c.track_id == track_id]:
            del self.comments[comment_id]
        for playlist in self.playlists.values():
            playlist.track_ids = [t for t in playlist.track_ids if t != track_id]
        for history in self.plays.values():
            history[:] = [play for play in history if play[1] != track_id]

    def delete_playlist(self, playlist_id: int) -> None:
        """Remove a playlist with its likes and reposts (its tracks stay)."""
        self.playlists.pop(playlist_id, None)
        self.playlist_likes.drop(playlist_id)
        self.playlist_reposts.drop(playlist_id)

    def add_comment(
        self, track_id: int, user_id: int, body: str, timestamp: int | None
    ) -> CommentRecord:
        """Store a new comment, dated now."""
        comment = CommentRecord(
            id=self.new_id("comments"),
            track_id=track_id,
            user_id=user_id,
            body=body,
            created_at=self.clock(),
            timestamp=timestamp,
        )
        self.comments[comment.id] = comment
        return comment

    def record_play(self, user_id: int, track_id: int) -> None:
        """Remember a play for `/me/recently-played/tracks`."""
        history = self.plays.setdefault(user_id, [])
        history.append((self.clock(), track_id))
        del history[: -RECENTLY_PLAYED_MAX * 4]  # bounded; distinct tracks are picked on read

    def recently_played(self, user_id: int) -> list[int]:
        """Distinct track ids, latest play first, at most 25."""
        seen: list[int] = []
        for _, track_id in reversed(self.plays.get(user_id, [])):
            if track_id not in seen:
                seen.append(track_id)
        return seen[:RECENTLY_PLAYED_MAX]
