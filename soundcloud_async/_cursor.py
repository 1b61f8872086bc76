"""Where a cursor-paginated list goes next: positions, opaque cursors and safe links.

A `Position` is the URL of a page plus how many of its items were already handed out. `Links`
decides every URL that is requested: the first page, each `next_href` (same origin only, never
twice, with the caller's dropped query parameters put back) and the page a cursor stands for.
A cursor carries only a query string, never a host or a path, so an untrusted cursor from a web
app's query string can at most change the query of the very operation it is handed to; the
token never leaves `base_url`'s origin. It also carries a digest of the path it was made on
(operation and path parameters), so a cursor of one list is refused by another before any
request instead of silently listing the wrong thing. Fetching the pages is `_pages.PageChain`'s
job.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

import httpx

from soundcloud_async._origin import same_origin
from soundcloud_async._redact import SECRET_KEYS, redact_secrets, redact_url
from soundcloud_async.errors import PaginationError

# A cursor is a few hundred bytes; refusing anything huge keeps untrusted input cheap to reject.
MAX_CURSOR_LENGTH = 4096
# 2: bound to the list's path ("b"). A version-1 cursor (unbound) is refused: it could resume
# another list than the one it came from.
_CURSOR_VERSION = 2
# Printable ASCII minus space and '#': a query string that cannot grow a fragment or a new line.
_SAFE_QUERY = re.compile(r"[!-\"$-~]*")
# Positional parameters belong to the server's next_href: putting back a caller's `offset=0`
# next to the server's `cursor=` would restart the listing
# (see docs/soundcloud-behaviour.md, Pagination).
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


def url_digest(url: httpx.URL) -> bytes:
    """What the loop check remembers of a requested URL: 16 bytes instead of its text.

    A listing of many pages then keeps its memory flat; two URLs share a digest with odds
    of 2**-128.
    """
    return hashlib.blake2b(str(url).encode(), digest_size=16).digest()


def list_binding(operation: httpx.URL) -> str:
    """A short digest of a list's path: the operation and its path parameters, nothing secret."""
    return hashlib.blake2b(operation.raw_path, digest_size=8).hexdigest()


def encode_cursor(position: Position, binding: str) -> str:
    """Return the opaque, URL-safe cursor for `position` (its query, skip count and list).

    Secret parameters (`secret_token`) are left out: a cursor ends up in URLs and logs, and
    resuming puts the caller's own `secret_token=` back like any parameter the query lacks.
    """
    query = _without_secrets(position.url.query.decode("ascii"))
    payload = {"v": _CURSOR_VERSION, "q": query, "s": position.skip, "b": binding}
    raw = json.dumps(payload, separators=(",", ":")).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _without_secrets(query: str) -> str:
    # Pair by pair, so the server's own encoding of everything else is kept byte for byte.
    kept = [
        pair
        for pair in query.split("&")
        if unquote_plus(pair.partition("=")[0]).lower() not in SECRET_KEYS
    ]
    return "&".join(kept)


def _decode_payload(cursor: str) -> tuple[str, int, str]:
    if not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise PaginationError("invalid pagination cursor: empty or too long")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise PaginationError("invalid pagination cursor: not a cursor from this library") from exc
    if not isinstance(payload, dict) or payload.get("v") != _CURSOR_VERSION:
        raise PaginationError(
            "invalid pagination cursor: unknown format (a cursor from an older version of "
            "soundcloud-async is not accepted: start the list again)"
        )
    query, skip, binding = payload.get("q"), payload.get("s"), payload.get("b")
    if not isinstance(query, str) or not _SAFE_QUERY.fullmatch(query):
        raise PaginationError("invalid pagination cursor: malformed query")
    # bool is an int subclass; `true` must not pass for a count.
    if type(skip) is not int or skip < 0:
        raise PaginationError("invalid pagination cursor: malformed item count")
    if not isinstance(binding, str):
        raise PaginationError("invalid pagination cursor: malformed list binding")
    return query, skip, binding


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
        self.binding = list_binding(operation)
        # What `_reattach` may put back, computed once instead of on every page.
        self._reattachable = [
            (key, value) for key, value in params.multi_items() if key not in _POSITIONAL_PARAMS
        ]

    def cursor(self, position: Position) -> str:
        """Return the cursor that resumes this listing at `position` (only on this list)."""
        return encode_cursor(position, self.binding)

    def first(self) -> Position:
        """Return the position of the listing's first page.

        Raises:
            ValueError: the arguments make the URL invalid (e.g. a `q` of 70,000 characters).
        """
        try:
            return Position(self.operation.copy_with(params=self.params))
        except httpx.InvalidURL as exc:
            raise ValueError(f"the listing's arguments make an invalid URL: {exc}") from exc

    def resume(self, cursor: str) -> Position:
        """Return the position an untrusted `cursor` stands for, on this operation only.

        The page size is the caller's (`limit` of this listing; SoundCloud repeats it in every
        `next_href`), except when the cursor points into a page (`skip` > 0, a paginator's
        cursor after a `break` or an error): that page is re-read at its old size, since a
        smaller one would end, and link onwards, before the items already handed out.

        Raises:
            PaginationError: The cursor was not produced by this library, was tampered with, or
                belongs to another list (another operation or other path parameters).
        """
        query, skip, binding = _decode_payload(cursor)
        if binding != self.binding:
            raise PaginationError(
                f"this cursor belongs to another list than {redact_url(self.operation)}: pass it "
                "back to the list method (and user, track or playlist) that produced it"
            )
        try:
            url = self.operation.copy_with(query=query.encode("ascii") or None)
        except httpx.InvalidURL as exc:
            raise PaginationError("invalid pagination cursor: malformed query") from exc
        url = self._reattach(url)
        return Position(url if skip else self._with_our_limit(url), skip)

    def follow(self, page: httpx.URL, next_href: str, seen: set[bytes]) -> httpx.URL:
        """Return the URL to request for `next_href`, found on the page at `page`.

        Args:
            page: URL of the page that carried `next_href`.
            next_href: The server's link, absolute or relative.
            seen: `url_digest`s of the URLs this iteration requested; the result is added.

        Raises:
            PaginationError: The link leaves the client's origin or was already followed.
        """
        # A relative reference resolves against the document that carried it (RFC 3986 §5.2).
        # Fragments are never sent; dropping them keeps "#1", "#2" from dodging the loop check.
        try:
            target = _join(page, next_href)
            if "#" in next_href:  # the joined URL's fragment is next_href's (RFC 3986 §5.2.2)
                target = target.copy_with(fragment=None)
            return self._checked(target, seen)
        except (httpx.InvalidURL, ValueError) as exc:
            # httpx raises InvalidURL for a tab or an over-long link, and a bare ValueError for
            # a port that is not a number ("http://[::1").
            raise PaginationError(
                f"next_href on {redact_url(page)} is not a valid URL "
                f"({redact_secrets(str(exc))}); stopping here"
            ) from exc

    def _checked(self, target: httpx.URL, seen: set[bytes]) -> httpx.URL:
        if not same_origin(target, self.origin) or target.userinfo:
            raise PaginationError(
                f"refusing next_href {redact_url(target)}: it is not on {redact_url(self.origin)}, "
                "and the Authorization header is only ever sent there"
            )
        target = self._reattach(target)
        digest = url_digest(target)
        if digest in seen:
            raise PaginationError(
                f"next_href {redact_url(target)} was already followed in this listing; "
                "stopping instead of looping forever"
            )
        seen.add(digest)
        return target

    def _with_our_limit(self, url: httpx.URL) -> httpx.URL:
        # Pair by pair, so the rest of the server's query (its opaque cursor) stays byte for byte.
        limit = self.params.get("limit")
        query = url.query.decode("ascii")
        pairs = query.split("&") if query else []
        keys = [unquote_plus(pair.partition("=")[0]) for pair in pairs]
        if limit is None or "limit" not in keys or url.params.get("limit") == limit:
            return url
        kept = [pair for pair, key in zip(pairs, keys, strict=True) if key != "limit"]
        return url.copy_with(query="&".join([*kept, f"limit={limit}"]).encode("ascii"))

    def _reattach(self, url: httpx.URL) -> httpx.URL:
        # next_href has been seen without parameters the caller set (`access`), which silently
        # changes the listing; the server's own query is kept byte for byte (its cursor is opaque).
        present = _query_keys(url.query.decode("ascii"))
        missing: list[tuple[str, str | int | float | bool | None]] = [
            (key, value) for key, value in self._reattachable if key not in present
        ]
        if not missing:
            return url
        extra = str(httpx.QueryParams(missing)).encode("ascii")
        return url.copy_with(query=url.query + b"&" + extra if url.query else extra)


def links_for(request: Mapping[str, Any], origin: httpx.URL, limit: int) -> Links:
    """The `Links` of a generated list operation's `build_request(...)` on `origin`."""
    if str(request.get("method", "get")).lower() != "get":
        raise ValueError("only GET operations are paginated")
    url = httpx.URL(str(request["url"]))
    if url.is_relative_url:
        # Same join as httpx's base_url: the operation path goes under base_url's own path.
        prefix = origin.raw_path if origin.raw_path.endswith(b"/") else origin.raw_path + b"/"
        url = origin.copy_with(raw_path=prefix + url.raw_path.lstrip(b"/"))
    caller = {
        key: value for key, value in (request.get("params") or {}).items() if value is not None
    }
    params = url.params.merge(caller).set("linked_partitioning", "true").set("limit", str(limit))
    return Links(origin=origin, operation=url.copy_with(query=None), params=params)


def _query_keys(query: str) -> set[str]:
    """The keys of `httpx.URL(...).params` for this query, without building the params.

    Same rules as the `parse_qsl(keep_blank_values=True)` httpx uses: pairs split on "&",
    empty pairs skipped, a key is what precedes the first "=", decoded like a form field.
    """
    return {unquote_plus(pair.partition("=")[0]) for pair in query.split("&") if pair}


def _join(page: httpx.URL, reference: str) -> httpx.URL:
    """`page.join(reference)`, without its two extra parses for the usual absolute link.

    httpx joins as `URL(urljoin(str(page), str(URL(reference))))`. For an absolute link on the
    page's scheme, urljoin only takes the link apart and puts it back together, which gives the
    same text unless it has ";" parameters or an empty query or fragment; when that text is
    also what httpx makes of the link, the join is the parsed link itself. Anything else goes
    through httpx's join (tests/pagination/test_safety.py compares the two).
    """
    url = httpx.URL(reference)
    # Already in httpx's normal form, so parsing the re-assembled text gives this very URL.
    normal = reference == str(url) and not _REASSEMBLY_CHANGES.search(reference)
    if normal and url.scheme == page.scheme and url.host:
        return url
    return page.join(reference)


# What urljoin's split-and-join does not give back as it was: path parameters, "?" with an
# empty query, "#" with an empty fragment.
_REASSEMBLY_CHANGES = re.compile(r";|\?#|[?#]$")
