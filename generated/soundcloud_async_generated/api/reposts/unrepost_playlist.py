from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.status import Status
from ...types import PayloadMismatch, Response, path_segment

OPERATION_ID = "unrepost_playlist"
METHOD = "DELETE"
PATH = "/reposts/playlists/{playlist_urn}"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def request_target(
    playlist_urn: str,
) -> tuple[str, str]:
    """The HTTP method and the URL path of `unrepost_playlist`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, f"/reposts/playlists/{path_segment(playlist_urn)}"


def build_request(
    playlist_urn: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `unrepost_playlist` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": f"/reposts/playlists/{path_segment(playlist_urn)}",
    }

    return _kwargs


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Status | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    # No body is success too (x-empty-body; see docs/soundcloud-behaviour.md, "Payloads and parsing").
    if response.status_code == 204 or (
        200 <= response.status_code < 300 and not response.content.strip()
    ):
        return Status.from_dict({})
    if response.status_code == 200:
        response_200 = Status.from_dict(client.decode_json(response.content))

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Status]:
    """`response` to `unrepost_playlist` as a typed `Response`.

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
    playlist_urn: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Status]:
    """Remove a playlist repost

     Takes back the signed-in user's repost of a playlist.

    Args:
        playlist_urn (str): `soundcloud:playlists:<n>` or the bare number.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Status]
    """

    kwargs = build_request(
        playlist_urn=playlist_urn,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


async def asyncio(
    playlist_urn: str,
    *,
    client: AuthenticatedClient | Client,
) -> Status | None:
    """Remove a playlist repost

     Takes back the signed-in user's repost of a playlist.

    Args:
        playlist_urn (str): `soundcloud:playlists:<n>` or the bare number.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Status
    """

    return (
        await asyncio_detailed(
            playlist_urn=playlist_urn,
            client=client,
        )
    ).parsed
