from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.connection_page import ConnectionPage
from ...types import UNSET, PayloadMismatch, Response, Unset, item_mismatch, json_type

OPERATION_ID = "list_my_connections"
METHOD = "GET"
PATH = "/me/connections"
DEPRECATED = True
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = "none"
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = "cursor"
PAGE_ITEM = Connection


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `list_my_connections`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `list_my_connections` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["linked_partitioning"] = linked_partitioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionPage | list[Connection] | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        _response_200 = client.decode_json(response.content)
        if _response_200.__class__ is dict:
            response_200 = ConnectionPage.from_dict(_response_200)

        elif _response_200.__class__ is list:
            try:
                response_200 = list(map(Connection.from_dict, _response_200))
            except PayloadMismatch as error:
                raise item_mismatch(
                    error, _response_200, Connection.from_dict
                ) from None

        elif not (_response_200.__class__ is dict or _response_200.__class__ is list):
            raise PayloadMismatch([], ("object", "array"), json_type(_response_200))
        else:
            response_200 = _response_200

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionPage | list[Connection]]:
    """`response` to `list_my_connections` as a typed `Response`.

    Raises:
        errors.ApiError: (through client.raise_for_status) the status is 400 or more.
        Exception: the error client.invalid_body(...) returns when a success body does not fit
            the schema (soundcloud_async: ResponseValidationError).
    """
    if response.status_code >= 400:
        client.raise_for_status(response)
        # A hook that returns must not turn an error into a success with parsed=None.
        raise errors.ApiError(response)
    try:
        parsed = _parse_body(client=client, response=response)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        if isinstance(exc, PayloadMismatch):
            exc.operation = OPERATION_ID
        raise client.invalid_body(response, exc) from exc
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> Response[ConnectionPage | list[Connection]]:
    """List the signed-in user's connected services (legacy)

     External accounts (for example social networks) linked to the profile. Dropped from SoundCloud's
    published document; there is no replacement in the current API, and the call may answer 404.

    Deprecated.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ConnectionPage | list[Connection]]
    """

    kwargs = build_request(
        limit=limit,
        offset=offset,
        linked_partitioning=linked_partitioning,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> ConnectionPage | list[Connection] | None:
    """List the signed-in user's connected services (legacy)

     External accounts (for example social networks) linked to the profile. Dropped from SoundCloud's
    published document; there is no replacement in the current API, and the call may answer 404.

    Deprecated.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        ConnectionPage | list[Connection]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            linked_partitioning=linked_partitioning,
        )
    ).parsed
