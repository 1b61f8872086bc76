from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.track import Track
from ...models.track_upload_form import TrackUploadForm
from ...types import PayloadMismatch, Response

OPERATION_ID = "upload_track"
METHOD = "POST"
PATH = "/tracks"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def _get_kwargs(
    *,
    body: TrackUploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tracks",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Track | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 201:
        response_201 = Track.from_dict(client.decode_json(response.content))

        return response_201

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Track]:
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
    body: TrackUploadForm,
) -> Response[Track]:
    """Upload a track

     Creates a track owned by the signed-in user from an audio file (AIFF, WAVE, FLAC, OGG, MP2, MP3,
    AAC, AMR or WMA; up to 4 GB). Sent as multipart form data with Rails-style field names such as
    `track[title]`. The API answers once the file is received; transcoding continues afterwards.

    Args:
        body (TrackUploadForm): Multipart upload of a new track. Field names are SoundCloud's
            bracketed wire names.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Track]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrackUploadForm,
) -> Track | None:
    """Upload a track

     Creates a track owned by the signed-in user from an audio file (AIFF, WAVE, FLAC, OGG, MP2, MP3,
    AAC, AMR or WMA; up to 4 GB). Sent as multipart form data with Rails-style field names such as
    `track[title]`. The API answers once the file is received; transcoding continues afterwards.

    Args:
        body (TrackUploadForm): Multipart upload of a new track. Field names are SoundCloud's
            bracketed wire names.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Track
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
