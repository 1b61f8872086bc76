"""The one answer to "can this request's body be sent again, byte for byte?".

The retry transport asks it before resending after a failure, the auth flow before resending
after a 401: both must agree, or an upload is retried by one layer and refused by the other.
"""

from __future__ import annotations

import httpx

__all__ = ["can_replay"]


def can_replay(request: httpx.Request) -> bool:
    """Whether `request`'s body can be sent again unchanged.

    In-memory bodies (`content=bytes`, `data=`, `json=`, no body) can. A multipart upload built
    by httpx from `files=` can when every file in it is in memory or seekable, because httpx
    seeks each file back to 0 before sending it. An iterator or generator body (a streamed
    upload, e.g. `tracks.upload`) is consumed by the first attempt and cannot.
    """
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    fields = _multipart_fields(stream)
    return fields is not None and all(_rewindable(field) for field in fields)


def _multipart_fields(stream: object) -> list[object] | None:
    # httpx's multipart body class is not public (importing it from httpx's private modules
    # breaks on any httpx refactor); it is recognised by its module and its `fields` list.
    if not type(stream).__module__.startswith("httpx."):
        return None
    fields = getattr(stream, "fields", None)
    return fields if isinstance(fields, list) else None


def _rewindable(field: object) -> bool:
    if not hasattr(field, "file"):
        return True  # a form value (`data=` beside `files=`): plain bytes
    content = field.file
    if isinstance(content, str | bytes):
        return True
    seekable = getattr(content, "seekable", None)
    try:
        return callable(seekable) and seekable() is True
    except (OSError, ValueError):  # a closed file
        return False
