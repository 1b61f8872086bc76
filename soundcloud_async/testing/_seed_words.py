"""Word lists and the date window the seed data is drawn from."""

from __future__ import annotations

import random

START = 1_325_376_000.0  # 2012-01-01 00:00:00 UTC
END = 1_748_736_000.0  # 2025-06-01 00:00:00 UTC
ADJECTIVES = (
    "quiet",
    "electric",
    "golden",
    "midnight",
    "lunar",
    "velvet",
    "neon",
    "wild",
    "hollow",
    "crystal",
    "broken",
    "silver",
    "distant",
    "urban",
    "solar",
    "blue",
)
NOUNS = (
    "river",
    "engine",
    "echo",
    "garden",
    "signal",
    "harbor",
    "mirror",
    "forest",
    "machine",
    "horizon",
    "static",
    "ocean",
    "tower",
    "pulse",
    "shadow",
    "drift",
)
GENRES = (
    "Techno",
    "House",
    "Ambient",
    "Hip-hop & Rap",
    "Electronic",
    "Jazz",
    "Rock",
    "Drum & Bass",
    "Classical",
    "Pop",
    "Folk",
    "Dubstep",
)
TAGS = (
    "live",
    "remix",
    "demo",
    "lofi",
    "field recording",
    "vinyl",
    "night",
    "summer",
    "instrumental",
    "edit",
    "bootleg",
    "analog",
)
CITIES = (
    ("Berlin", "Germany"),
    ("London", "United Kingdom"),
    ("Lagos", "Nigeria"),
    ("Montreal", "Canada"),
    ("Tokyo", "Japan"),
    ("Sao Paulo", "Brazil"),
    (None, None),
)
SERVICES = ("instagram", "facebook", "twitter", "youtube", "personal", "bandcamp")
ACCESS = ("playable",) * 17 + ("preview",) * 2 + ("blocked",)
KEYS = ("C major", "A minor", "F# minor", "E flat major", None)


def when(rng: random.Random) -> float:
    """A whole-second moment inside the seed window."""
    return float(int(rng.uniform(START, END)))
