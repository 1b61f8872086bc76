from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.playlist import Playlist
from ...models.playlist_form import PlaylistForm
from ...models.playlist_request import PlaylistRequest
from ...types import PayloadMismatch, Response

OPERATION_ID = "create_playlist"
METHOD = "POST"
PATH = "/playlists"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def _get_kwargs(
    *,
    body: PlaylistRequest | PlaylistForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/playlists",
    }

    if isinstance(body, PlaylistRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PlaylistForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Playlist | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 201:
        response_201 = Playlist.from_dict(client.decode_json(response.content))

        return response_201

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Playlist]:
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
    body: PlaylistRequest | PlaylistForm,
) -> Response[Playlist]:
    """Create a playlist

     Creates a playlist or album owned by the signed-in user. Send JSON (`{"playlist": {...}}` with track
    URNs), or multipart form data with `playlist[...]` fields to include artwork. Never retried
    automatically; a replay would create a second playlist.

    Args:
        body (PlaylistRequest):
        body (PlaylistForm): Multipart playlist creation, the way to include artwork.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Playlist]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlaylistRequest | PlaylistForm,
) -> Playlist | None:
    """Create a playlist

     Creates a playlist or album owned by the signed-in user. Send JSON (`{"playlist": {...}}` with track
    URNs), or multipart form data with `playlist[...]` fields to include artwork. Never retried
    automatically; a replay would create a second playlist.

    Args:
        body (PlaylistRequest):
        body (PlaylistForm): Multipart playlist creation, the way to include artwork.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Playlist
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
