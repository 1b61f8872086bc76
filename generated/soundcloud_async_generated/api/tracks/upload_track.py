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


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `upload_track`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    body: TrackUploadForm,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `upload_track` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """
    headers: dict[str, Any] = {}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_body(
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


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Track]:
    """`response` to `upload_track` as a typed `Response`.

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

    kwargs = build_request(
        body=body,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


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
