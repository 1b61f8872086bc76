"""Fetching the pages of one listing, one after another, and reading SoundCloud's envelopes.

The same endpoint has answered with three envelopes: a bare array, `{collection, next_href}`
and activities' `{collection, next_href, future_href}`. Where each next request goes is
decided by `_cursor.Links`; this module only fetches, parses and counts.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
from soundcloud_async_generated.types import PayloadMismatch, json_type

from soundcloud_async import _json
from soundcloud_async._cursor import Links, Position, url_digest
from soundcloud_async._invalid_body import invalid_page_item
from soundcloud_async._redact import redact_url
from soundcloud_async.errors import (
    PaginationError,
    ResponseValidationError,
    error_from_transport_error,
    raise_for_status,
)

T = TypeVar("T")

# What a parse_item may raise for an item that does not fit (PayloadMismatch is a TypeError).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


@dataclass(frozen=True, slots=True)
class FetchedPage(Generic[T]):
    """One page as fetched, plus where it starts and where the listing resumes after it.

    Its items stay JSON until handed out: an item iteration parses one at a time, so models
    the caller drops are freed at once instead of a page of them surviving into the garbage
    collector's older generations (a third of the paginator's time, bench/ section 4).

    Attributes:
        raw_items: The JSON items, already trimmed by the start position's skip and by
            `max_items`.
        parse_item: Builds one item; `parse` and `parse_all` report a failure as this page's.
        response: The page's response, for the error about an item that does not fit.
        next_href: The server's next link (None when null, missing or "").
        future_href: Activities' link to newer items, if any.
        position: Where this page's items start.
        after: Where the listing resumes once every item is consumed; None at the end.
        refusal: Why the server's next link must not be followed, raised after the items.
        empty_run: Pages in a row, this one included, that gave no item (0 if it gave some).
    """

    raw_items: list[Any]
    parse_item: Callable[[Mapping[str, Any]], T]
    response: httpx.Response
    next_href: str | None
    future_href: str | None
    position: Position
    after: Position | None
    refusal: Refusal | None
    empty_run: int

    def parse_all(self) -> list[T]:
        """Every item, parsed; the first that does not fit raises `ResponseValidationError`."""
        parse = self.parse_item
        items: list[T] = []
        append = items.append
        try:
            # Per item only a class test and the parse: the index of a failing item is how many
            # were parsed before it, so no enumerate and no try block per item.
            for raw in self.raw_items:
                append(parse(raw) if raw.__class__ is dict else parse_other(parse, raw))
        except PARSE_ERRORS as exc:
            raise self.invalid(exc, len(items)) from exc
        return items

    def invalid(self, exc: Exception, offset: int) -> ResponseValidationError:
        """The error for item `offset` of `raw_items` (named by its index in the page)."""
        index = self.position.skip + offset
        return invalid_page_item(exc, index, self.position.url, self.response)


def parse_other(parse: Callable[[Mapping[str, Any]], T], raw: object) -> T:
    """An item that is not a JSON object is a mismatch before it reaches the model."""
    if not isinstance(raw, Mapping):
        raise PayloadMismatch([], ("object",), json_type(raw))
    return parse(raw)


Refusal = PaginationError | ResponseValidationError


@dataclass(frozen=True, slots=True)
class Envelope:
    """A list response's items and links; a link of the wrong type is a problem, not a crash.

    Attributes:
        items: The raw items.
        next_href: The next link (None when null, missing or "").
        future_href: Activities' link to newer items, if any.
        problem: Why a link could not be read; raised once the items are handed out.
    """

    items: list[Any]
    next_href: str | None = None
    future_href: str | None = None
    problem: ResponseValidationError | None = None


def _optional_href(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    # null, missing and "" all mean "no more pages" (see docs/soundcloud-behaviour.md,
    # Pagination).
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} is a {type(value).__name__}, not a string")
    return value


def _read_envelope(response: httpx.Response) -> Envelope:
    url = response.request.url
    try:
        body = _json.decode(response.content)
    except ValueError as exc:
        message = f"list response of {redact_url(url)} is not JSON"
        raise ResponseValidationError(message, response=response) from exc
    if isinstance(body, list):
        return Envelope(body)
    if isinstance(body, dict) and isinstance(body.get("collection"), list):
        try:
            hrefs = _optional_href(body, "next_href"), _optional_href(body, "future_href")
        except TypeError as exc:
            problem = ResponseValidationError(f"{exc} in {redact_url(url)}", response=response)
            return Envelope(body["collection"], problem=problem)
        return Envelope(body["collection"], *hrefs)
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
        max_empty_pages: int,
    ) -> None:
        self._http = http
        self._links = links
        self._parse_item = parse_item
        self._max_items = max_items
        self._max_empty_pages = max_empty_pages

    async def walk(self, start: Position) -> AsyncGenerator[FetchedPage[T], None]:
        """Yield each page from `start` until the list ends or `max_items` is reached."""
        seen = {url_digest(start.url)}
        budget = self._max_items
        empty_run = 0
        position: Position | None = start
        while position is not None and (budget is None or budget > 0):
            fetched = await self._fetch(position, budget, seen, empty_run)
            empty_run = fetched.empty_run
            if budget is not None:
                budget -= len(fetched.raw_items)
            yield fetched
            if fetched.refusal is not None:
                raise fetched.refusal
            position = fetched.after
            del fetched  # the caller's memory bound counts this page; do not pin it while fetching

    async def _fetch(
        self, position: Position, budget: int | None, seen: set[bytes], empty_before: int
    ) -> FetchedPage[T]:
        response = await self._get(position.url)
        envelope = _read_envelope(response)
        raw_items = envelope.items
        stop = len(raw_items) if budget is None else min(len(raw_items), position.skip + budget)
        # Only the items the caller will receive are kept (and parsed): `max_items` costs nothing.
        items = raw_items[position.skip : stop]
        empty_run = 0 if items else empty_before + 1
        after, refusal = self._after(position, stop, envelope, seen, empty_run)
        next_href, future_href = envelope.next_href, envelope.future_href
        return FetchedPage(
            items, self._parse_item, response, next_href, future_href, position, after, refusal,
            empty_run,
        )  # fmt: skip

    async def _get(self, url: httpx.URL) -> httpx.Response:
        try:
            response = await self._http.request("GET", url)
        except httpx.RequestError as exc:
            # Mid-listing failures surface as this library's errors; the cursor stays resumable.
            raise error_from_transport_error(exc) from exc
        if not response.is_success:
            raise_for_status(response)
            raise ResponseValidationError(
                f"unexpected HTTP {response.status_code} for {redact_url(url)}", response=response
            )
        return response

    def _after(
        self, position: Position, stop: int, envelope: Envelope, seen: set[bytes], empty_run: int
    ) -> tuple[Position | None, Refusal | None]:
        if stop < len(envelope.items):
            return Position(position.url, stop), None
        # Resuming from here re-reads this page, skips all of it and meets the same refusal:
        # nothing is lost, nothing repeats, and the bad link is never requested.
        here = Position(position.url, max(stop, position.skip))
        if envelope.problem is not None:
            return here, envelope.problem
        next_href = envelope.next_href
        if next_href is None:
            return None, None
        if empty_run >= self._max_empty_pages:
            return here, PaginationError(
                f"stopping after {empty_run} empty pages in a row (the last was "
                f"{redact_url(position.url)}): the server keeps linking to pages without items"
            )
        try:
            return Position(self._links.follow(position.url, next_href, seen)), None
        except PaginationError as refusal:
            return here, refusal
