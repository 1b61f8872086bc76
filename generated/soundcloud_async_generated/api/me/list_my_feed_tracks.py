from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.activity_page import ActivityPage
from ...types import UNSET, PayloadMismatch, Response, Unset

OPERATION_ID = "list_my_feed_tracks"
METHOD = "GET"
PATH = "/me/feed/tracks"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = "cursor"
PAGE_ITEM = Activity


def _get_kwargs(
    *,
    access: str | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access"] = access

    params["limit"] = limit

    params["linked_partitioning"] = linked_partitioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/feed/tracks",
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityPage | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        response_200 = ActivityPage.from_dict(client.decode_json(response.content))

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityPage]:
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
    *,
    client: AuthenticatedClient | Client,
    access: str | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> Response[ActivityPage]:
    """List the track items of the signed-in user's feed

     Like list_my_feed, restricted to tracks and track reposts.

    Args:
        access (str | Unset): Comma-separated subset of `playable`, `preview`, `blocked`.
        limit (int | Unset):  Default: 50.
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ActivityPage]
    """

    kwargs = _get_kwargs(
        access=access,
        limit=limit,
        linked_partitioning=linked_partitioning,
    )

    response = await client.send(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    access: str | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> ActivityPage | None:
    """List the track items of the signed-in user's feed

     Like list_my_feed, restricted to tracks and track reposts.

    Args:
        access (str | Unset): Comma-separated subset of `playable`, `preview`, `blocked`.
        limit (int | Unset):  Default: 50.
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        ActivityPage
    """

    return (
        await asyncio_detailed(
            client=client,
            access=access,
            limit=limit,
            linked_partitioning=linked_partitioning,
        )
    ).parsed
