"""Applying validated track fields (upload and update) to a stored track."""

from __future__ import annotations

from soundcloud_async.testing._forms import Body
from soundcloud_async.testing._records import TrackRecord
from soundcloud_async.testing._state import State

_PLAIN = (
    "title", "permalink", "embeddable_by", "purchase_url", "description", "genre", "label_name",
    "release", "release_date", "license", "isrc", "streamable", "downloadable", "commentable",
    "reveal_stats", "reveal_comments",
)  # fmt: skip


def apply_track_fields(state: State, track: TrackRecord, body: Body) -> None:
    """Copy `body`'s fields onto `track`; artwork and sharing get their derived values."""
    fields = body.fields
    for name in _PLAIN:
        if name in fields:
            setattr(track, name, fields[name])
    if "tag_list" in fields:
        track.tag_list = fields["tag_list"]
    if "sharing" in fields:
        track.sharing = fields["sharing"]
        if track.sharing == "private" and track.secret_token is None:
            # Private share links carry a secret token (`s-...`), as SoundCloud's do.
            track.secret_token = f"s-{track.id:x}{state.next_seq():06x}"
    if "artwork_data" in body.files:
        track.artwork_url = (
            f"https://i1.sndcdn.com/artworks-{track.id:09d}-{state.next_seq()}-large.jpg"
        )
