from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.streams import Streams
from ...types import UNSET, PayloadMismatch, Response, Unset, path_segment

OPERATION_ID = "get_track_streams"
METHOD = "GET"
PATH = "/tracks/{track_urn}/streams"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def request_target(
    track_urn: str,
) -> tuple[str, str]:
    """The HTTP method and the URL path of `get_track_streams`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, f"/tracks/{path_segment(track_urn)}/streams"


def build_request(
    track_urn: str,
    *,
    secret_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `get_track_streams` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """

    params: dict[str, Any] = {}

    params["secret_token"] = secret_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": f"/tracks/{path_segment(track_urn)}/streams",
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Streams | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        response_200 = Streams.from_dict(client.decode_json(response.content))

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Streams]:
    """`response` to `get_track_streams` as a typed `Response`.

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
    track_urn: str,
    *,
    client: AuthenticatedClient | Client,
    secret_token: str | Unset = UNSET,
) -> Response[Streams]:
    """Get a track's stream URLs

     The playback URLs of a track by format (AAC HLS is the current one). Fetching them still needs an
    access token; each play counts against the per-app play limit.

    Args:
        track_urn (str): `soundcloud:tracks:<n>` or the bare number.
        secret_token (str | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Streams]
    """

    kwargs = build_request(
        track_urn=track_urn,
        secret_token=secret_token,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


async def asyncio(
    track_urn: str,
    *,
    client: AuthenticatedClient | Client,
    secret_token: str | Unset = UNSET,
) -> Streams | None:
    """Get a track's stream URLs

     The playback URLs of a track by format (AAC HLS is the current one). Fetching them still needs an
    access token; each play counts against the per-app play limit.

    Args:
        track_urn (str): `soundcloud:tracks:<n>` or the bare number.
        secret_token (str | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Streams
    """

    return (
        await asyncio_detailed(
            track_urn=track_urn,
            client=client,
            secret_token=secret_token,
        )
    ).parsed
