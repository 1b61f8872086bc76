"""Walking a cursor-paginated list: positions, opaque cursors, safe links and page fetches.

A `Position` is the URL of a page plus how many of its items were already handed out. `Links`
decides every URL that is requested: the first page, each `next_href` (same origin only, never
twice, with the caller's dropped query parameters put back) and the page a cursor stands for.
A cursor carries only a query string, never a host or a path, so an untrusted cursor from a web
app's query string can at most change the query of the very operation it is handed to; the
token never leaves `base_url`'s origin. `PageChain` fetches and parses pages one after another.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
from soundcloud_async_generated.types import PayloadMismatch, json_type

from ._invalid_body import invalid_page_item
from ._redact import redact_url
from .errors import (
    PaginationError,
    ResponseValidationError,
    error_from_transport_error,
    raise_for_status,
)

T = TypeVar("T")

# A cursor is a few hundred bytes; refusing anything huge keeps untrusted input cheap to reject.
MAX_CURSOR_LENGTH = 4096
_CURSOR_VERSION = 1
# Printable ASCII minus space and '#': a query string that cannot grow a fragment or a new line.
_SAFE_QUERY = re.compile(r"[!-\"$-~]*")
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
# Positional parameters belong to the server's next_href: putting back a caller's `offset=0`
# next to the server's `cursor=` would restart the listing (soundcloud-api.md §5, 2020 blog).
_POSITIONAL_PARAMS = frozenset({"cursor", "offset"})


@dataclass(frozen=True, slots=True)
class Position:
    """A page to fetch and how many of its items were already handed out.

    Attributes:
        url: Absolute URL of the page, on the client's origin.
        skip: Items at the start of that page that the caller already received.
    """

    url: httpx.URL
    skip: int = 0


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    """Return whether `url` has the scheme, host and port of `origin` (RFC 6454 §4)."""
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)


def encode_cursor(position: Position) -> str:
    """Return the opaque, URL-safe cursor for `position` (only its query and skip count)."""
    payload = {"v": _CURSOR_VERSION, "q": position.url.query.decode("ascii"), "s": position.skip}
    raw = json.dumps(payload, separators=(",", ":")).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_payload(cursor: str) -> tuple[str, int]:
    if not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise PaginationError("invalid pagination cursor: empty or too long")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise PaginationError("invalid pagination cursor: not a cursor from this library") from exc
    if not isinstance(payload, dict) or payload.get("v") != _CURSOR_VERSION:
        raise PaginationError("invalid pagination cursor: unknown format")
    query, skip = payload.get("q"), payload.get("s")
    if not isinstance(query, str) or not _SAFE_QUERY.fullmatch(query):
        raise PaginationError("invalid pagination cursor: malformed query")
    # bool is an int subclass; `true` must not pass for a count.
    if type(skip) is not int or skip < 0:
        raise PaginationError("invalid pagination cursor: malformed item count")
    return query, skip


class Links:
    """The URL policy of one listing operation.

    Args:
        origin: The client's `base_url`; the only origin that ever receives a request.
        operation: Absolute URL of the operation, without a query.
        params: The query the caller asked for, including `linked_partitioning` and `limit`.
    """

    def __init__(
        self, *, origin: httpx.URL, operation: httpx.URL, params: httpx.QueryParams
    ) -> None:
        if not same_origin(operation, origin):
            raise PaginationError(
                f"refusing to list {redact_url(operation)}: it is not on {redact_url(origin)}"
            )
        self.origin = origin
        self.operation = operation
        self.params = params

    def first(self) -> Position:
        """Return the position of the listing's first page."""
        return Position(self.operation.copy_with(params=self.params))

    def resume(self, cursor: str) -> Position:
        """Return the position an untrusted `cursor` stands for, on this operation only.

        Raises:
            PaginationError: The cursor was not produced by this library or was tampered with.
        """
        query, skip = _decode_payload(cursor)
        try:
            url = self.operation.copy_with(query=query.encode("ascii") or None)
        except httpx.InvalidURL as exc:
            raise PaginationError("invalid pagination cursor: malformed query") from exc
        return Position(self._reattach(url), skip)

    def follow(self, page: httpx.URL, next_href: str, seen: set[str]) -> httpx.URL:
        """Return the URL to request for `next_href`, found on the page at `page`.

        Args:
            page: URL of the page that carried `next_href`.
            next_href: The server's link, absolute or relative.
            seen: URLs already requested in this iteration; the result is added to it.

        Raises:
            PaginationError: The link leaves the client's origin or was already followed.
        """
        # A relative reference resolves against the document that carried it (RFC 3986 §5.2).
        # Fragments are never sent; dropping them keeps "#1", "#2" from dodging the loop check.
        target = page.join(next_href).copy_with(fragment=None)
        if not same_origin(target, self.origin) or target.userinfo:
            raise PaginationError(
                f"refusing next_href {redact_url(target)}: it is not on {redact_url(self.origin)}, "
                "and the Authorization header is only ever sent there"
            )
        target = self._reattach(target)
        if str(target) in seen:
            raise PaginationError(
                f"next_href {redact_url(target)} was already followed in this listing; "
                "stopping instead of looping forever"
            )
        seen.add(str(target))
        return target

    def _reattach(self, url: httpx.URL) -> httpx.URL:
        # next_href has been seen without parameters the caller set (`access`), which silently
        # changes the listing; the server's own query is kept byte for byte (its cursor is opaque).
        present = set(url.params.keys())
        missing: list[tuple[str, str | int | float | bool | None]] = [
            (key, value)
            for key, value in self.params.multi_items()
            if key not in present and key not in _POSITIONAL_PARAMS
        ]
        if not missing:
            return url
        extra = str(httpx.QueryParams(missing)).encode("ascii")
        return url.copy_with(query=url.query + b"&" + extra if url.query else extra)


@dataclass(frozen=True, slots=True)
class FetchedPage(Generic[T]):
    """One page as fetched, plus where it starts and where the listing resumes after it.

    Attributes:
        items: Parsed items, already trimmed by the start position's skip and by `max_items`.
        next_href: The server's next link (None when null, missing or "").
        future_href: Activities' link to newer items, if any.
        position: Where this page's items start.
        after: Where the listing resumes once every item is consumed; None at the end.
        refusal: Why the server's next link must not be followed, raised after the items.
    """

    items: list[T]
    next_href: str | None
    future_href: str | None
    position: Position
    after: Position | None
    refusal: PaginationError | None


def _optional_href(body: Mapping[str, Any], key: str, response: httpx.Response) -> str | None:
    value, url = body.get(key), response.request.url
    # null, missing and "" all mean "no more pages" (observed-payloads.md: blanked hrefs).
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ResponseValidationError(
            f"{key} of {redact_url(url)} is not a string", response=response
        )
    return value


def _read_envelope(response: httpx.Response) -> tuple[list[Any], str | None, str | None]:
    url = response.request.url
    try:
        body = response.json()
    except ValueError as exc:
        message = f"list response of {redact_url(url)} is not JSON"
        raise ResponseValidationError(message, response=response) from exc
    if isinstance(body, list):
        return body, None, None
    if isinstance(body, dict) and isinstance(body.get("collection"), list):
        next_href = _optional_href(body, "next_href", response)
        return body["collection"], next_href, _optional_href(body, "future_href", response)
    raise ResponseValidationError(
        f"list response of {redact_url(url)} is neither an array nor an object with a collection",
        response=response,
    )


class PageChain(Generic[T]):
    """Fetches the pages of one iteration in order; knows nothing about concurrency."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        links: Links,
        parse_item: Callable[[Mapping[str, Any]], T],
        max_items: int | None,
    ) -> None:
        self._http = http
        self._links = links
        self._parse_item = parse_item
        self._max_items = max_items

    async def walk(self, start: Position) -> AsyncGenerator[FetchedPage[T], None]:
        """Yield each page from `start` until the list ends or `max_items` is reached."""
        seen = {str(start.url)}
        budget = self._max_items
        position: Position | None = start
        while position is not None and (budget is None or budget > 0):
            fetched = await self._fetch(position, budget, seen)
            if budget is not None:
                budget -= len(fetched.items)
            yield fetched
            if fetched.refusal is not None:
                raise fetched.refusal
            position = fetched.after
            del fetched  # the caller's memory bound counts this page; do not pin it while fetching

    async def _fetch(
        self, position: Position, budget: int | None, seen: set[str]
    ) -> FetchedPage[T]:
        response = await self._get(position.url)
        raw_items, next_href, future_href = _read_envelope(response)
        stop = len(raw_items) if budget is None else min(len(raw_items), position.skip + budget)
        # Only the items the caller will receive are parsed: `max_items` costs no extra work.
        items = self._parse(raw_items[position.skip : stop], position, response)
        after, refusal = self._after(position, stop, len(raw_items), next_href, seen)
        return FetchedPage(items, next_href, future_href, position, after, refusal)

    async def _get(self, url: httpx.URL) -> httpx.Response:
        try:
            response = await self._http.request("GET", url)
        except httpx.TransportError as exc:
            # Mid-listing failures surface as this library's errors; the cursor stays resumable.
            raise error_from_transport_error(exc) from exc
        if not response.is_success:
            raise_for_status(response)
            raise ResponseValidationError(
                f"unexpected HTTP {response.status_code} for {redact_url(url)}", response=response
            )
        return response

    def _after(
        self, position: Position, stop: int, total: int, next_href: str | None, seen: set[str]
    ) -> tuple[Position | None, PaginationError | None]:
        if stop < total:
            return Position(position.url, stop), None
        if next_href is None:
            return None, None
        try:
            return Position(self._links.follow(position.url, next_href, seen)), None
        except PaginationError as refusal:
            # Resuming from here re-reads this page, skips all of it and meets the same refusal:
            # nothing is lost, nothing repeats, and the bad link is never requested.
            return Position(position.url, max(stop, position.skip)), refusal

    def _parse(self, raw_items: list[Any], position: Position, response: httpx.Response) -> list[T]:
        items: list[T] = []
        for index, raw in enumerate(raw_items, start=position.skip):
            try:
                if not isinstance(raw, Mapping):
                    raise PayloadMismatch([], ("object",), json_type(raw))
                items.append(self._parse_item(raw))
            except _PARSE_ERRORS as exc:
                raise invalid_page_item(exc, index, position.url, response) from exc
        return items
