"""Resource identifiers: `soundcloud:<kind>:<n>` URNs and bare numbers, both ways.

SoundCloud accepts either form in a path while payloads carry both an integer `id` and a string
`urn` (see docs/soundcloud-behaviour.md, "Ids and URNs").
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["users", "tracks", "playlists", "comments", "web-profiles", "connections"]

_DIGITS = re.compile(r"[0-9]{1,18}")


def urn(kind: Kind, resource_id: int) -> str:
    """Return the URN of a resource, e.g. `soundcloud:tracks:123`."""
    return f"soundcloud:{kind}:{resource_id}"


def parse_ref(kind: Kind, raw: str) -> int | None:
    """Read a path or query reference to a `kind` resource; None when it is not one.

    A URN of another kind (`soundcloud:users:1` where a track is expected) is not a match: the
    real API answers 404 for it, and so does the fake.
    """
    text = raw.strip()
    prefix = f"soundcloud:{kind}:"
    if text.startswith(prefix):
        text = text[len(prefix) :]
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if value > 0 else None


def parse_ref_list(kind: Kind, raw: str) -> list[int]:
    """Read a comma-separated reference list (the `urns` filter), skipping unreadable ones."""
    refs = (parse_ref(kind, part) for part in raw.split(",") if part.strip())
    return [ref for ref in refs if ref is not None]
