"""What `SoundCloud.resolve()` returns: the track, user or playlist behind a soundcloud.com URL.

Kept apart from `client.py` so that importing the client loads no generated model: the models
are imported when the first URL is resolved (or `Resolved` is used).
"""

from __future__ import annotations

from typing import Any, cast

import httpx
from soundcloud_async_generated.models import Playlist, Track, User

from soundcloud_async._json import parse_json
from soundcloud_async._runtime import invalid_body
from soundcloud_async.errors import ResponseValidationError

__all__ = ["Resolved", "resource_of"]

Resolved = Track | User | Playlist
"""What a soundcloud.com URL can resolve to."""

_RESOLVED_KINDS: dict[str, type[Track] | type[User] | type[Playlist]] = {
    "track": Track,
    "user": User,
    "playlist": Playlist,
}


def resource_of(response: httpx.Response) -> Resolved:
    """The track, user or playlist a `/resolve` chain ended on (`ResponseValidationError` else)."""
    parsed = parse_json(response.content)
    data = cast("dict[str, Any]", parsed) if isinstance(parsed, dict) else {}
    kind = data.get("kind")
    model = _RESOLVED_KINDS.get(kind) if isinstance(kind, str) else None
    # `kind` is optional (see docs/soundcloud-behaviour.md, Payloads and parsing): without a
    # known one, the URN (`soundcloud:tracks:1`) names what was resolved.
    urn = data.get("urn")
    if model is None and isinstance(urn, str) and urn.count(":") == 2:
        model = _RESOLVED_KINDS.get(urn.split(":")[1].removesuffix("s"))
    if model is None:
        raise ResponseValidationError(
            f"/resolve led to {response.request.url.path}, which is not a track, user or "
            f"playlist (kind={kind!r})",
            response=response,
        )
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise invalid_body(response, exc) from exc
