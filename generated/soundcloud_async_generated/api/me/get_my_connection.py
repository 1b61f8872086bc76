from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...types import PayloadMismatch, Response, path_segment

OPERATION_ID = "get_my_connection"
METHOD = "GET"
PATH = "/me/connections/{connection_id}"
DEPRECATED = True
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = "none"
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def _get_kwargs(
    connection_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/me/connections/{path_segment(connection_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Connection | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        response_200 = Connection.from_dict(client.decode_json(response.content))

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Connection]:
    if response.status_code >= 400:
        client.raise_for_status(response)
        # A hook that returns must not turn an error into a success with parsed=None.
        raise errors.ApiError(response)
    try:
        parsed = _parse_response(client=client, response=response)
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
    connection_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Connection]:
    """Get one connected service of the signed-in user (legacy)

     A single external account link by its numeric id. Dropped from SoundCloud's published document;
    there is no replacement in the current API.

    Deprecated.

    Args:
        connection_id (int):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Connection]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = await client.send(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Connection | None:
    """Get one connected service of the signed-in user (legacy)

     A single external account link by its numeric id. Dropped from SoundCloud's published document;
    there is no replacement in the current API.

    Deprecated.

    Args:
        connection_id (int):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Connection
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed
