"""Seeded relations and extras: follows, likes, reposts, comments, profile links, connections.

Split from `_seed.py` (which makes the resources); same rules: one `random.Random`, fixed dates.
"""

from __future__ import annotations

import random

from soundcloud_async.testing._records import (
    ConnectionRecord,
    TrackRecord,
    UserRecord,
    WebProfileRecord,
)
from soundcloud_async.testing._seed_words import SERVICES, when
from soundcloud_async.testing._state import State


def popular_user_id(state: State) -> int:
    """The account with thousands of followers (the second artist, or the only one)."""
    artists = sorted(state.users)
    return artists[1] if len(artists) > 1 else artists[0]


def seed_social(
    state: State,
    rng: random.Random,
    artists: list[UserRecord],
    listeners: list[UserRecord],
    tracks: list[TrackRecord],
) -> None:
    popular = state.users[popular_user_id(state)]
    popular_tracks = [t for t in tracks if t.user_id == popular.id and t.sharing == "public"]
    for listener in listeners:
        state.follows.add(listener.id, popular.id, when(rng))
        if popular_tracks:
            state.track_likes.add(listener.id, popular_tracks[0].id, when(rng))
    public = [t for t in tracks if t.sharing == "public"]
    playlists = list(state.playlists.values())
    for artist in artists:
        # Only the listeners follow the popular user, so its follower count is exactly the
        # `popular_followers` a test asked for.
        others = [a for a in artists if a.id not in (artist.id, popular.id)]
        for followed in rng.sample(others, min(len(others), rng.randint(3, 15))):
            state.follows.add(artist.id, followed.id, when(rng))
        for track in rng.sample(public, min(len(public), rng.randint(5, 30))):
            state.track_likes.add(artist.id, track.id, when(rng))
        for track in rng.sample(public, min(len(public), rng.randint(0, 5))):
            state.track_reposts.add(artist.id, track.id, when(rng))
        for playlist in rng.sample(playlists, min(len(playlists), rng.randint(0, 4))):
            state.playlist_likes.add(artist.id, playlist.id, when(rng))
        for playlist in rng.sample(playlists, min(len(playlists), rng.randint(0, 2))):
            state.playlist_reposts.add(artist.id, playlist.id, when(rng))


def seed_comments(
    state: State, rng: random.Random, artists: list[UserRecord], tracks: list[TrackRecord]
) -> None:
    for track in tracks:
        for _ in range(rng.randint(0, 4)):
            author = rng.choice(artists)
            comment = state.add_comment(
                track.id,
                author.id,
                rng.choice(("Great track!", "Love the drop", "On repeat", "Where is this from?")),
                rng.choice((None, rng.randint(0, track.duration))),
            )
            comment.created_at = max(track.created_at, when(rng))


def seed_profiles(state: State, rng: random.Random, artists: list[UserRecord]) -> None:
    for index, artist in enumerate(artists):
        least = 1 if index == 0 else 0  # the login user always has some of each
        for service in rng.sample(SERVICES, rng.randint(least, 3)):
            profile_id = state.new_id("web-profiles")
            state.web_profiles[profile_id] = WebProfileRecord(
                id=profile_id,
                user_id=artist.id,
                service=service,
                title=service.title(),
                url=f"https://{service}.example.com/{artist.permalink}",
                username=artist.permalink if service != "personal" else None,
                created_at=when(rng),
            )
        for service in rng.sample(SERVICES[:3], rng.randint(least, 2)):
            connection_id = state.new_id("connections")
            state.connections[connection_id] = ConnectionRecord(
                id=connection_id,
                user_id=artist.id,
                service=service,
                display_name=f"{artist.username} on {service}",
                created_at=when(rng),
            )
