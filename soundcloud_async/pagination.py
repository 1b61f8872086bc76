"""Cursor pagination: `AsyncPaginator[T]` streams every item of a SoundCloud list.

SoundCloud lists are followed through `next_href` with `linked_partitioning=true` until the link
is null, absent or empty (docs/soundcloud-behaviour.md, Pagination). The same endpoint has
answered with three envelopes: a bare array, `{collection, next_href}` and activities'
`{collection, next_href, future_href}` (same section). Pages are streamed, never
accumulated; cursors and the URL policy live in `_cursor`, fetching in `_pages`.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from operator import length_hint
from types import TracebackType
from typing import Any, Generic, TypeVar

import attrs
import httpx
from soundcloud_async_generated.types import to_dict_core_schema

from soundcloud_async._constants import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from soundcloud_async._cursor import Links, Position, links_for
from soundcloud_async._pages import PARSE_ERRORS, FetchedPage, PageChain, parse_other
from soundcloud_async._readahead import PageStream
from soundcloud_async._redact import redact_url
from soundcloud_async.errors import ResponseValidationError

__all__ = [
    "DEFAULT_MAX_EMPTY_PAGES",
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "AsyncPaginator",
    "Page",
]

T = TypeVar("T")

# An empty page that still links onwards happens (see docs/soundcloud-behaviour.md,
# "Pagination"), so a few are followed; a server handing out a new empty page forever must not
# turn one listing into an endless stream of requests.
DEFAULT_MAX_EMPTY_PAGES = 10


# attrs, not a dataclass: FastAPI's encoder takes a dataclass apart field by field, and a Page
# must serialise by to_dict() there too (soundcloud_async.fastapi registers it).
@attrs.frozen(repr=False)
class Page(Generic[T]):
    """One page of a listing.

    Attributes:
        items: The parsed items of this page (after a resumed cursor's skip and `max_items`).
        next_href: The server's link to the following page, or None on the last page.
        future_href: Activities only: the server's link to newer items, if any.
        cursor: Opaque string that resumes the listing right after this page (pass it back as
            `cursor=` to the same list method), or None when nothing follows.
    """

    items: list[T]
    next_href: str | None
    future_href: str | None
    cursor: str | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def to_dict(self) -> dict[str, Any]:
        """`{"items": [...], "cursor": ...}`: the JSON a web app hands its own clients.

        Items are in their `to_dict()` form. The server's links are left out: they may carry a
        `secret_token`, and `cursor` is how a client continues (pass it back as `cursor=`).
        FastAPI routes that return a Page (or a model) send this.
        """
        items = [item.to_dict() if hasattr(item, "to_dict") else item for item in self.items]
        return {"items": items, "cursor": self.cursor}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return to_dict_core_schema(cls._pydantic_validate)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "type": "object",
            "title": "Page",
            "properties": {
                "items": {"type": "array", "items": {"type": "object"}},
                "cursor": {"type": ["string", "null"]},
            },
        }

    @classmethod
    def _pydantic_validate(cls, value: object) -> Page[Any]:
        # A page only comes from a listing: there is nothing to rebuild it from.
        if isinstance(value, Page):
            return value
        raise ValueError(f"expected a Page, got {type(value).__name__}")

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        # The server's links may carry a secret_token; they are shown redacted.
        links = (
            f"{name}={redact_url(href)!r}" if href is not None else f"{name}=None"
            for name, href in (("next_href", self.next_href), ("future_href", self.future_href))
        )
        return f"Page(items={self.items!r}, {', '.join(links)}, cursor={self.cursor!r})"


class AsyncPaginator(Generic[T]):
    """Every item of a SoundCloud list, fetched page by page as it is consumed.

    `async for item in paginator` streams items across pages; `paginator.pages()` streams
    `Page` objects; `await paginator` returns the first page. Each iteration starts again from
    the start (the first page, or `cursor`). Only the caller's page plus `prefetch` read-ahead
    pages are ever held in memory.

    Args:
        http: The client that carries auth, retries and `base_url`.
        request: The generated operation's `build_request(...)`: `method`, `url` and `params`.
        parse_item: Builds one item model from its JSON object, e.g. `Track.from_dict`.
        base_url: The only origin requests may go to; defaults to `http.base_url`.
        page_size: Items per request (`limit`), 1 to 200.
        max_items: Stop after this many items, without fetching a further page.
        cursor: A `Page.cursor` or `AsyncPaginator.cursor` to resume from (may be untrusted).
        prefetch: Pages fetched ahead while the caller consumes the current one.
        max_empty_pages: How many pages in a row may hold no item while still linking to a
            next page; the listing then stops with `PaginationError`.

    Raises:
        ValueError: An argument is out of range, or the operation is not a GET.
        PaginationError: `cursor` is not a valid cursor for this operation (nothing is sent).
            While iterating: a `next_href` that is unsafe, malformed or repeats, or
            `max_empty_pages` empty pages in a row; always after the items already received.
        ResponseValidationError: While iterating: a page, or an item, that does not fit the
            spec; an item after the items before it, with `cursor` on it.
    """

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        request: Mapping[str, Any],
        parse_item: Callable[[Mapping[str, Any]], T],
        base_url: httpx.URL | str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
        max_empty_pages: int = DEFAULT_MAX_EMPTY_PAGES,
    ) -> None:
        _check_bounds(page_size, max_items, prefetch, max_empty_pages)
        limit = page_size if max_items is None else min(page_size, max_items)
        origin = httpx.URL(base_url) if base_url is not None else http.base_url
        self._links = links_for(request, origin, limit)
        self._start = self._links.first() if cursor is None else self._links.resume(cursor)
        self._position: Position | None = self._start
        # The page whose items are being handed out and the iterator handing them: how many
        # were handed is the page's length minus what the iterator has left, so neither the
        # position nor the counters cost anything per item.
        self._page: FetchedPage[T] | None = None
        self._handing: Iterator[Any] = iter(())
        # Each item iteration's page in hand, for `items_seen` while it is being consumed.
        self._in_hand: dict[PageStream[T], tuple[int, Iterator[Any]]] = {}
        self._chain = PageChain(http, self._links, parse_item, max_items, max_empty_pages)
        self._prefetch = prefetch
        self._streams: set[PageStream[T]] = set()
        self._items_seen = 0
        self._pages_seen = 0

    @property
    def items_seen(self) -> int:
        """Items handed out so far by this paginator (all iterations, pages included)."""
        in_hand = (size - length_hint(handing) for size, handing in self._in_hand.values())
        return self._items_seen + sum(in_hand)

    @property
    def pages_seen(self) -> int:
        """Pages received so far by this paginator (empty pages too): progress with no request."""
        return self._pages_seen

    @property
    def cursor(self) -> str | None:
        """Resume point right after the last item or page handed out; None once exhausted.

        After an error in the middle of a listing it points at the first item not received, so
        `cursor=paginator.cursor` on the same list method continues with no loss and no repeat.
        """
        position = self._current_position()
        return self._links.cursor(position) if position is not None else None

    def _current_position(self) -> Position | None:
        page = self._page
        if page is None:
            return self._position
        handed = len(page.raw_items) - length_hint(self._handing)
        if handed >= len(page.raw_items):
            return page.after
        return Position(page.position.url, page.position.skip + handed)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first_page().__await__()

    def pages(self) -> AsyncIterator[Page[T]]:
        """Return an async iterator over whole pages (same limits as item iteration)."""
        return self._pages(self._prefetch)

    async def aclose(self) -> None:
        """Stop every iteration of this paginator and cancel its read-ahead requests."""
        for stream in list(self._streams):
            await self._close(stream)

    async def __aenter__(self) -> AsyncPaginator[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _items(self) -> AsyncGenerator[T, None]:
        self._position, self._page = self._start, None
        stream = self._open(self._prefetch)
        try:
            fetched = await stream.next()
            while fetched is not None:
                # An item counts as handed once taken from `handing`, before the yield.
                size, handing = len(fetched.raw_items), iter(fetched.raw_items)
                self._page, self._handing = fetched, handing
                self._in_hand[stream] = (size, handing)
                self._pages_seen += 1
                parse = fetched.parse_item
                for raw in handing:
                    try:  # parsed as handed out (see FetchedPage)
                        item = parse(raw) if raw.__class__ is dict else parse_other(parse, raw)
                    except PARSE_ERRORS as exc:
                        raise self._unparsed(stream, fetched, exc) from exc
                    yield item
                    if stream.closed:  # `aclose()` ran while the caller held this item
                        return
                del self._in_hand[stream]
                self._items_seen += size
                self._position, self._page = fetched.after, None
                del fetched  # release this page before asking for one more
                fetched = await stream.next()
        finally:
            # Keep the count and the position, not the page they point into.
            size, handing = self._in_hand.pop(stream, (0, iter(())))
            self._items_seen += size - length_hint(handing)
            self._position, self._page = self._current_position(), None
            await self._close(stream)

    def _unparsed(
        self, stream: PageStream[T], fetched: FetchedPage[T], exc: Exception
    ) -> ResponseValidationError:
        # The item just taken does not fit: it is not handed out, so the count and the cursor
        # stay on it and resuming meets it again (the items before it were received).
        size, handing = self._in_hand.pop(stream)
        offset = size - length_hint(handing) - 1
        self._items_seen += offset
        start = fetched.position
        self._position, self._page = Position(start.url, start.skip + offset), None
        return fetched.invalid(exc, offset)

    async def _pages(self, depth: int) -> AsyncGenerator[Page[T], None]:
        self._position, self._page = self._start, None
        stream = self._open(depth)
        try:
            fetched = await stream.next()
            while fetched is not None:
                self._position, page = fetched.after, _page_of(fetched, self._links)
                self._pages_seen += 1
                self._items_seen += len(page.items)
                del fetched
                yield page
                if stream.closed:
                    return
                del page  # release this page before asking for one more
                fetched = await stream.next()
        finally:
            await self._close(stream)

    async def _first_page(self) -> Page[T]:
        # No read-ahead: awaiting asks for exactly one request.
        async with contextlib.aclosing(self._pages(0)) as pages:
            return await anext(pages)

    def _open(self, depth: int) -> PageStream[T]:
        stream = PageStream(self._chain.walk(self._start), depth)
        self._streams.add(stream)
        return stream

    async def _close(self, stream: PageStream[T]) -> None:
        self._streams.discard(stream)
        await stream.aclose()


def _page_of(fetched: FetchedPage[T], links: Links) -> Page[T]:
    after = fetched.after
    cursor = links.cursor(after) if after is not None else None
    return Page(fetched.parse_all(), fetched.next_href, fetched.future_href, cursor)


def _check_bounds(page_size: int, max_items: int | None, prefetch: int, max_empty: int) -> None:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    if max_items is not None and max_items < 1:
        raise ValueError(f"max_items must be at least 1 or None, got {max_items}")
    if prefetch < 0:
        raise ValueError(f"prefetch must be 0 or more, got {prefetch}")
    if max_empty < 1:
        raise ValueError(f"max_empty_pages must be at least 1, got {max_empty}")
