"""Binds the generated endpoint functions to one ``httpx.AsyncClient``."""

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
from attrs import define, field

from . import errors


def _raise_api_error(response: httpx.Response) -> None:
    raise errors.ApiError(response)


def _invalid_body(response: httpx.Response, exc: Exception) -> Exception:
    return errors.ResponseParseError(response, exc)


@define
class Client:
    """What every generated endpoint function is called with.

    Attributes:
        http: The client every request goes through. Its ``base_url``, ``auth``, transport and
            timeouts apply; nothing here overrides them.
        raise_for_status: Called with each response whose status is 400 or more; it must raise.
        invalid_body: Builds the exception raised when a success body does not fit its schema.
        decode_json: Turns a success body into JSON values (``json.loads`` unless replaced, say
            by a faster decoder that gives the same values).
        request_url: Joins an operation's path and query to ``http.base_url`` faster than httpx
            does, or returns None to leave the join to httpx. None: httpx always joins.
    """

    http: httpx.AsyncClient
    raise_for_status: Callable[[httpx.Response], None] = field(
        default=_raise_api_error, kw_only=True
    )
    invalid_body: Callable[[httpx.Response, Exception], Exception] = field(
        default=_invalid_body, kw_only=True
    )
    decode_json: Callable[[bytes], Any] = field(default=json.loads, kw_only=True)
    request_url: (
        Callable[[httpx.URL, str, Mapping[str, Any] | None], httpx.URL | None] | None
    ) = field(default=None, kw_only=True)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the injected ``httpx.AsyncClient``."""
        return self.http

    def send(self, kwargs: dict[str, Any]) -> Awaitable[httpx.Response]:
        """Send one operation's request (an endpoint module's ``build_request`` output) through ``http``."""
        http = self.http
        if self.request_url is not None and not http.params:
            url = self.request_url(http.base_url, kwargs["url"], kwargs.get("params"))
            if url is not None:
                kwargs = {**kwargs, "url": url}
                kwargs.pop("params", None)
        return http.request(**kwargs)


# Authentication lives in the injected client's httpx.Auth, so one class serves both names.
AuthenticatedClient = Client
