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


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `create_playlist`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    body: PlaylistRequest | PlaylistForm,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `create_playlist` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """
    headers: dict[str, Any] = {}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if isinstance(body, PlaylistRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PlaylistForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_body(
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


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Playlist]:
    """`response` to `create_playlist` as a typed `Response`.

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

    kwargs = build_request(
        body=body,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


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
