"""Keyword arguments of the write methods, typed, and how they go on the wire.

The names are the spec's `TrackMetadata` / `PlaylistMetadata` properties (a test keeps them in
step with the spec). JSON bodies nest them (`{"track": {...}}`); multipart bodies use
SoundCloud's Rails-style names (`track[title]`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, TypedDict

from soundcloud_async_generated.models import EmbeddableBy, License, SetType, Sharing

__all__ = [
    "PlaylistFields",
    "TrackFields",
    "TrackOptions",
    "check_fields",
    "form_parts",
    "require_text",
]


class TrackOptions(TypedDict, total=False):
    """Track metadata besides the title (`sc.tracks.upload` takes the title on its own)."""

    permalink: str
    sharing: Sharing | str
    embeddable_by: EmbeddableBy | str
    purchase_url: str
    description: str
    genre: str
    tag_list: str
    label_name: str
    release: str
    release_date: str
    streamable: bool
    downloadable: bool
    license: License | str
    commentable: bool
    reveal_stats: bool
    reveal_comments: bool
    isrc: str


class TrackFields(TrackOptions, total=False):
    """Track metadata accepted by `sc.tracks.update`."""

    title: str


class PlaylistFields(TypedDict, total=False):
    """Playlist metadata accepted by `sc.playlists.create` and `sc.playlists.update`."""

    description: str
    sharing: Sharing | str
    ean: str
    genre: str
    label_name: str
    license: str
    permalink: str
    permalink_url: str
    purchase_title: str
    purchase_url: str
    release: str
    release_date: str
    set_type: SetType | str
    tag_list: str


def check_fields(fields: Mapping[str, Any], allowed: type[Any], what: str) -> dict[str, Any]:
    """Return `fields` as plain JSON values, refusing names the spec does not know.

    Raises:
        TypeError: an unknown field name (a typo would otherwise be dropped by SoundCloud).
    """
    known = allowed.__annotations__
    unknown = sorted(set(fields) - set(known))
    if unknown:
        raise TypeError(f"unknown {what} field(s) {unknown}; known: {sorted(known)}")
    empty = sorted(name for name, value in fields.items() if value is None)
    if empty:
        # None would go out as JSON null; a field to leave unchanged is simply not passed.
        raise ValueError(f"{what} field(s) {empty} are None: pass a value or leave them out")
    return {name: _plain(value) for name, value in fields.items()}


def require_text(value: object, name: str) -> str:
    """Return `value` when it is a non-empty string (a title, a comment body).

    Raises:
        ValueError: None, another type, or an empty string, before any request is sent.
    """
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def form_parts(prefix: str, fields: Mapping[str, Any]) -> list[tuple[str, tuple[None, bytes, str]]]:
    """Text parts of a multipart body: `prefix[name]` = value (booleans as true/false)."""
    return [
        (f"{prefix}[{name}]", (None, _text(value).encode(), "text/plain"))
        for name, value in fields.items()
    ]


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
