"""Cursor pagination the way SoundCloud does it: opaque `next_href`, `limit` up to 200.

A list is a sequence of `(key, item)` pairs; keys are tuples ordered ascending in page order
and never change for an item (an edge's time and sequence number, a track's upload time and
id). A cursor names the key of the last item handed out, so the next page starts right after
it however many items were added or removed meanwhile: nothing repeats and nothing that
existed is skipped. `next_href` is absolute, on the origin the request came to.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from starlette.requests import Request
from starlette.responses import Response

from soundcloud_async.testing._errors import ApiError, json_response

T = TypeVar("T")
Key = tuple[float, ...]

DEFAULT_LIMIT = 50  # spec `limit` default
MAX_LIMIT = 200  # spec `limit` maximum; larger values are clamped, as SoundCloud does
_TRUE = frozenset({"true", "1", "yes"})


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page starts: after `after`, before `until`; or only items newer than `newer`."""

    after: Key | None = None
    until: Key | None = None
    newer: Key | None = None
    newer_all: bool = False

    def encode(self) -> str:
        """The opaque, URL-safe form put in `next_href`/`future_href`."""
        fields = {"a": self.after, "u": self.until, "n": self.newer, "all": self.newer_all or None}
        payload = {name: value for name, value in fields.items() if value is not None}
        raw = json.dumps(payload, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """Read a cursor; 400 when it was not made by this server."""
        try:
            payload = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
            return cls(
                after=_key(payload.get("a")),
                until=_key(payload.get("u")),
                newer=_key(payload.get("n")),
                newer_all=payload.get("all") is True,
            )
        except (binascii.Error, ValueError, TypeError, AttributeError, RecursionError) as exc:
            # RecursionError: a forged cursor of deeply nested JSON.
            raise ApiError(400, "invalid cursor") from exc


def _key(value: Any) -> Key | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, int | float) for v in value):
        raise TypeError("cursor key")
    return tuple(value)


@dataclass(frozen=True, slots=True)
class ListParams:
    """The paging part of a list request."""

    limit: int
    offset: int
    cursor: Cursor
    linked: bool

    @classmethod
    def read(cls, request: Request) -> ListParams:
        """Read `limit` (clamped to 1..200), `offset`, `cursor` and `linked_partitioning`."""
        query = request.query_params
        raw_cursor = query.get("cursor")
        return cls(
            limit=min(MAX_LIMIT, max(1, _int(query.get("limit"), DEFAULT_LIMIT))),
            offset=max(0, _int(query.get("offset"), 0)),
            cursor=Cursor.decode(raw_cursor) if raw_cursor else Cursor(),
            linked=(query.get("linked_partitioning") or "").lower() in _TRUE,
        )


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of items, the cursor of the next page and the newest key of the whole list."""

    items: list[T]
    next_cursor: Cursor | None
    head: Key | None


def paginate(entries: Iterable[tuple[Key, T]], params: ListParams) -> Page[T]:
    """Cut the page that `params` asks for out of `entries` (any order)."""
    ordered = sorted(entries, key=lambda entry: entry[0])
    head = ordered[0][0] if ordered else None
    cursor = params.cursor
    if cursor.newer is not None or cursor.newer_all:
        ordered = [e for e in ordered if cursor.newer_all or e[0] < (cursor.newer or ())]
        until = cursor.newer
    else:
        until = cursor.until
        if cursor.after is not None:
            ordered = [e for e in ordered if e[0] > (cursor.after or ())]
        elif params.offset:
            ordered = ordered[params.offset :]
        if until is not None:
            ordered = [e for e in ordered if e[0] < until]
    chosen = ordered[: params.limit]
    more = len(ordered) > params.limit
    next_cursor = Cursor(after=chosen[-1][0], until=until) if more else None
    return Page([item for _, item in chosen], next_cursor, head)


def href(request: Request, cursor: Cursor, params: ListParams) -> str:
    """Absolute link to the page at `cursor`: the request's own URL with a new cursor."""
    url = request.url.remove_query_params(["offset", "cursor"])
    return str(url.include_query_params(limit=params.limit, cursor=cursor.encode()))


def list_response(
    request: Request,
    entries: Iterable[tuple[Key, T]],
    render: Callable[[T], Any],
    *,
    bare_allowed: bool = True,
) -> Response:
    """`{collection, next_href}` with `linked_partitioning`, else SoundCloud's bare array.

    Without `linked_partitioning` SoundCloud answered these lists with the first page as a
    plain array (docs/soundcloud-behaviour.md, Pagination); `bare_allowed=False` keeps the envelope.
    """
    params = ListParams.read(request)
    page = paginate(entries, params)
    collection = [render(item) for item in page.items]
    if not params.linked and bare_allowed:
        return json_response(collection)
    next_href = href(request, page.next_cursor, params) if page.next_cursor else None
    return json_response({"collection": collection, "next_href": next_href})


def activities_response(
    request: Request, entries: Iterable[tuple[Key, T]], render: Callable[[T], Any]
) -> Response:
    """A feed page: `{collection, next_href, future_href}` (always the envelope).

    `future_href` asks for items newer than the newest one that exists now; polling it
    later returns what was added since.
    """
    params = ListParams.read(request)
    page = paginate(entries, params)
    collection = [render(item) for item in page.items]
    next_href = href(request, page.next_cursor, params) if page.next_cursor else None
    future = Cursor(newer=page.head) if page.head is not None else Cursor(newer_all=True)
    future_href = href(request, future, params)
    return json_response(
        {"collection": collection, "next_href": next_href, "future_href": future_href}
    )
