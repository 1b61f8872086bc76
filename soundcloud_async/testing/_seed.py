"""Deterministic seed data: the same seed and sizes always give the same world.

Every random choice comes from one `random.Random(seed)` and every timestamp from a fixed
window (2012 to mid-2025), never from the clock, so two fakes with equal arguments serve
byte-identical payloads.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from soundcloud_async.testing._records import PlaylistRecord, TrackRecord, UserRecord
from soundcloud_async.testing._seed_relations import (
    popular_user_id,
    seed_comments,
    seed_profiles,
    seed_social,
)
from soundcloud_async.testing._seed_words import (
    ACCESS,
    ADJECTIVES,
    CITIES,
    GENRES,
    KEYS,
    NOUNS,
    TAGS,
    when,
)
from soundcloud_async.testing._state import State

__all__ = ["SeedSizes", "popular_user_id", "seed_state"]


@dataclass(frozen=True, slots=True)
class SeedSizes:
    """How much to generate.

    Attributes:
        users: Artist accounts with tracks, playlists, likes and follows.
        tracks: Tracks spread over the artists.
        playlists: Playlists spread over the artists.
        popular_followers: Extra listener accounts that all follow the popular user (and
            like its first track), so lists of thousands of items exist. They are its only
            followers: its `followers_count` is exactly this number.
    """

    users: int = 50
    tracks: int = 500
    playlists: int = 60
    popular_followers: int = 2500


def seed_state(state: State, seed: int, sizes: SeedSizes) -> None:
    """Fill an empty `state` from `seed`."""
    rng = random.Random(seed)  # noqa: S311  (reproducible data, not secrets)
    artists = [_make_artist(state, rng, index) for index in range(max(1, sizes.users))]
    listeners = [_make_listener(state, rng, index) for index in range(sizes.popular_followers)]
    tracks = [_make_track(state, rng, artists, index) for index in range(sizes.tracks)]
    for index in range(sizes.playlists):
        _make_playlist(state, rng, artists, tracks, index)
    seed_social(state, rng, artists, listeners, tracks)
    seed_comments(state, rng, artists, tracks)
    seed_profiles(state, rng, artists)
    if tracks:
        for track in rng.sample(tracks, min(30, len(tracks))):
            state.plays.setdefault(artists[0].id, []).append((when(rng), track.id))
        state.plays[artists[0].id].sort()


def _make_artist(state: State, rng: random.Random, index: int) -> UserRecord:
    user_id = state.new_id("users")
    if index == 1:
        username, permalink = "Popular Artist", "popular-artist"
    else:
        words = (rng.choice(ADJECTIVES), rng.choice(NOUNS))
        username = f"{words[0].title()} {words[1].title()} {index}"
        permalink = f"{words[0]}-{words[1]}-{index}"
    city, country = rng.choice(CITIES)
    first, last = (username.split()[0], username.split()[1]) if rng.random() < 0.6 else (None, None)
    user = UserRecord(
        id=user_id,
        username=username,
        permalink=permalink,
        created_at=when(rng),
        first_name=first,
        last_name=last,
        city=city,
        country=country,
        description=rng.choice((None, "", f"Music from {city or 'nowhere'}.")),
        website=f"https://{permalink}.example.com" if rng.random() < 0.4 else None,
        website_title=None,
        plan="Pro Unlimited" if index in (0, 1) else rng.choice(("Free", "Free", "Pro Unlimited")),
        avatar_url=f"https://i1.sndcdn.com/avatars-{user_id:09d}-large.jpg",
    )
    state.users[user_id] = user
    return user


def _make_listener(state: State, rng: random.Random, index: int) -> UserRecord:
    user_id = state.new_id("users")
    user = UserRecord(
        id=user_id,
        username=f"listener {index:05d}",
        permalink=f"listener-{index:05d}",
        created_at=when(rng),
        avatar_url=f"https://i1.sndcdn.com/avatars-{user_id:09d}-large.jpg",
    )
    state.users[user_id] = user
    return user


def _make_track(
    state: State, rng: random.Random, artists: list[UserRecord], index: int
) -> TrackRecord:
    # The first tracks go to the login user, then the popular artist owns a bigger share, so
    # every seeded world has "my tracks" and the popular artist's lists page too.
    popular = artists[min(1, len(artists) - 1)]
    owner = artists[0] if index < 3 else popular if rng.random() < 0.1 else rng.choice(artists)
    title = f"{rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS).title()} {index}"
    created = when(rng)
    private = rng.random() < 0.05
    tags = rng.sample(TAGS, rng.randint(0, 3))
    track = TrackRecord(
        id=state.new_id("tracks"),
        user_id=owner.id,
        title=title,
        permalink=title.lower().replace(" ", "-"),
        created_at=created,
        last_modified=created,
        duration=rng.randint(30_000, 900_000),
        genre=rng.choice((*GENRES, None)),
        tag_list=" ".join(f'"{tag}"' if " " in tag else tag for tag in tags),
        description=rng.choice((None, "", f"Recorded in {1990 + index % 35}.")),
        bpm=rng.choice((None, float(rng.randint(60, 180)))),
        sharing="private" if private else "public",
        secret_token=f"s-{rng.getrandbits(40):010x}" if private else None,
        access=rng.choice(ACCESS),
        downloadable=rng.random() < 0.2,
        license=rng.choice(("all-rights-reserved", "cc-by", "cc-by-nc", "no-rights-reserved")),
        key_signature=rng.choice(KEYS),
        playback_count=rng.randint(0, 100_000),
        download_count=rng.randint(0, 500),
        artwork_url=rng.choice((None, f"https://i1.sndcdn.com/artworks-{index:09d}-large.jpg")),
    )
    return state.add_track(track)


def _make_playlist(
    state: State,
    rng: random.Random,
    artists: list[UserRecord],
    tracks: list[TrackRecord],
    index: int,
) -> None:
    owner = artists[0] if index == 0 else rng.choice(artists)
    title = f"{rng.choice(NOUNS).title()} Selection {index}"
    public = [t.id for t in tracks if t.sharing == "public"]
    chosen = rng.sample(public, min(len(public), rng.randint(0, 15)))
    created = when(rng)
    playlist = PlaylistRecord(
        id=state.new_id("playlists"),
        user_id=owner.id,
        title=title,
        permalink=title.lower().replace(" ", "-"),
        created_at=created,
        last_modified=created,
        track_ids=chosen,
        description=rng.choice((None, "", "Hand-picked.")),
        genre=rng.choice((*GENRES, None)),
        tag_list=rng.choice(("", "mix", "favourites")),
        set_type=rng.choice(("playlist", "playlist", "album")),
    )
    state.playlists[playlist.id] = playlist
