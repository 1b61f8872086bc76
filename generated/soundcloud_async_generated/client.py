"""Binds the generated endpoint functions to one ``httpx.AsyncClient``."""

from collections.abc import Callable

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
    """

    http: httpx.AsyncClient
    raise_for_status: Callable[[httpx.Response], None] = field(
        default=_raise_api_error, kw_only=True
    )
    invalid_body: Callable[[httpx.Response, Exception], Exception] = field(
        default=_invalid_body, kw_only=True
    )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the injected ``httpx.AsyncClient``."""
        return self.http


# Authentication lives in the injected client's httpx.Auth, so one class serves both names.
AuthenticatedClient = Client
