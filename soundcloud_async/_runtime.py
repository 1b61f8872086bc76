"""What the facade's namespace methods call: ids, results, errors, pagination, deprecations.

The namespace classes are generated from the spec (templates/endpoint_init.py.jinja) and stay
thin: each method normalises its ids here, awaits the generated endpoint function through
`result()` and returns the model. Everything that needs a decision lives here, once.
"""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from soundcloud_async_generated import Client as LowLevelClient
from soundcloud_async_generated.types import PayloadMismatch, Response

from soundcloud_async import _json
from soundcloud_async._constants import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from soundcloud_async._request_url import request_url
from soundcloud_async._urn import UrnLike, numeric_id, to_urn
from soundcloud_async.errors import (
    APIConnectionError,
    ResponseValidationError,
    error_from_transport_error,
    raise_for_status,
)

# The paginator and the upload body are imported by the first list or upload call that needs
# them: a client that only gets single resources never loads them (bench/ section 6).
if TYPE_CHECKING:
    from soundcloud_async._multipart import StreamingMultipart
    from soundcloud_async.pagination import AsyncPaginator

__all__ = ["Runtime", "UrnLike"]

T = TypeVar("T")


def invalid_body(response: httpx.Response, exc: Exception) -> Exception:
    """The error for a success body that does not fit its schema (the generated client's hook)."""
    from soundcloud_async._invalid_body import describe_invalid_body

    request = response.request
    detail, path = describe_invalid_body(exc)
    return ResponseValidationError(
        f"{request.method} {request.url.path} answered {response.status_code} with a body that "
        f"does not match the spec: {detail}",
        response=response,
        path=path,
    )


class Runtime:
    """The shared state behind every namespace of one `SoundCloud` client.

    Args:
        http: The client every request goes through (auth, retries, hooks, base_url).
        page_size: Items per page for list methods called without `page_size`.
    """

    def __init__(self, http: httpx.AsyncClient, *, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
        self.http = http
        self.page_size = page_size
        self.client = LowLevelClient(
            http=http,
            raise_for_status=raise_for_status,
            invalid_body=invalid_body,
            decode_json=_json.decode,
            request_url=request_url,
        )

    @staticmethod
    def urn(value: UrnLike, kind: str) -> str:
        """Normalise an id argument to its URN (`ValueError` for anything else)."""
        return to_urn(value, kind)

    @staticmethod
    def numeric_id(value: UrnLike, kind: str) -> str:
        """Normalise an id argument of a legacy `{..._id}` path to its number."""
        return numeric_id(value, kind)

    async def result(self, call: Awaitable[Response[T]]) -> T:
        """Await a generated `asyncio_detailed(...)` call and return its parsed body.

        Raises:
            APIStatusError: the status was >= 400 (raised by the generated client's hook).
            APIConnectionError: no response arrived.
            ResponseValidationError: a success status without the body the spec promises.
        """
        return _parsed(await self.send(call))

    async def complete(self, call: Awaitable[Response[Any]]) -> None:
        """Await a generated call whose success carries no body (e.g. 201 on a repost)."""
        await self.send(call)

    @staticmethod
    async def send(call: Awaitable[T]) -> T:
        """Await a request, turning transport and decoding failures into `APIConnectionError`.

        Raises:
            ValueError: an argument makes the URL invalid (e.g. over 65,536 characters).
        """
        try:
            return await call
        except httpx.RequestError as exc:
            raise error_from_transport_error(exc) from exc
        except httpx.InvalidURL as exc:
            raise _invalid_argument(exc) from exc

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request as is (no redirects followed); a status >= 400 raises its error.

        Raises:
            ResponseValidationError: a redirect whose `Location` httpx cannot parse.
        """
        try:
            request = self.http.build_request(method, url, **kwargs)
        except httpx.InvalidURL as exc:
            raise _invalid_argument(exc) from exc
        try:
            response = await self.send(self.http.send(request, follow_redirects=False))
        except (ValueError, APIConnectionError) as exc:
            # httpx prepares the next request of every redirect, followed or not, and fails on
            # a malformed Location (`javascript:...`, `http://[::1`): that is a bad answer,
            # neither a bad argument nor a connection failure (`send` wrapped it as one). The
            # target is not quoted: it may carry a secret.
            cause = exc.__cause__
            if not _is_bad_location(cause):
                raise
            raise ResponseValidationError(
                f"{method} {request.url.path} answered a redirect with a malformed redirect "
                f"target ({type(cause).__name__})"
            ) from cause
        raise_for_status(response)
        return response

    async def stream_form(
        self,
        method: str,
        url: str,
        body: StreamingMultipart,
        build_response: Callable[..., Response[T]],
        *,
        request_timeout: httpx.Timeout,
    ) -> T:
        """Send a streamed multipart body and parse the answer with the generated parser.

        The body is an async iterator, so nothing (retry transport, auth replay) can send it
        twice: a failure after the first byte surfaces instead of duplicating a track.
        """
        request = self.http.build_request(
            method, url, content=body, headers=body.headers, timeout=request_timeout
        )
        response = await self.send(self.http.send(request))
        return _parsed(build_response(client=self.client, response=response))

    def paginate(
        self,
        request: Mapping[str, Any],
        parse_item: Callable[[Mapping[str, Any]], T],
        *,
        page_size: int | None,
        max_items: int | None,
        cursor: str | None,
        prefetch: int,
        operation: str | None = None,
    ) -> AsyncPaginator[T]:
        """An `AsyncPaginator` over a generated list operation's `build_request(...)`."""
        from soundcloud_async.pagination import AsyncPaginator

        return AsyncPaginator(
            http=self.http,
            request=request,
            parse_item=parse_item if operation is None else _naming(operation, parse_item),
            page_size=self.page_size if page_size is None else page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
        )

    @staticmethod
    def deprecated(method: str, replacement: str | None) -> None:
        """Warn that `sc.<method>` wraps an operation SoundCloud deprecated."""
        advice = f"; use sc.{replacement}() instead" if replacement else " and names no successor"
        # stacklevel 3: this function, the namespace method, then the caller's line.
        warnings.warn(
            f"sc.{method}() calls an operation SoundCloud has deprecated{advice}",
            DeprecationWarning,
            stacklevel=3,
        )


def _invalid_argument(exc: httpx.InvalidURL) -> ValueError:
    return ValueError(f"the request URL is invalid: {exc}")


def _is_bad_location(exc: BaseException | None) -> bool:
    # httpx raises InvalidURL for a Location it parses but cannot resolve, and RemoteProtocolError
    # with this text for one it cannot parse at all (httpx 0.28 `_redirect_url`).
    if isinstance(exc, httpx.InvalidURL):
        return True
    return isinstance(exc, httpx.RemoteProtocolError) and str(exc).startswith(
        "Invalid URL in location header"
    )


def _naming(operation: str, parse_item: Callable[[Mapping[str, Any]], T]) -> Callable[..., T]:
    """`parse_item` that names `operation` in the mismatch it raises (free until one does)."""

    def parse(raw: Mapping[str, Any]) -> T:
        try:
            return parse_item(raw)
        except PayloadMismatch as exc:
            exc.operation = operation
            raise

    return parse


def _parsed(response: Response[T]) -> T:
    if response.parsed is None:
        raise ResponseValidationError(
            f"SoundCloud answered {response.status_code} without the body the spec promises"
        )
    return response.parsed
