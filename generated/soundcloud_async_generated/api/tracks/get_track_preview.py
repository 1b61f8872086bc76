from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.found import Found
from ...types import UNSET, PayloadMismatch, Response, Unset, path_segment

OPERATION_ID = "get_track_preview"
METHOD = "GET"
PATH = "/tracks/{track_urn}/preview"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def _get_kwargs(
    track_urn: str,
    *,
    secret_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["secret_token"] = secret_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/tracks/{path_segment(track_urn)}/preview",
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Found | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 302:
        response_302 = Found.from_dict(client.decode_json(response.content))

        return response_302

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Found]:
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
    track_urn: str,
    *,
    client: AuthenticatedClient | Client,
    secret_token: str | Unset = UNSET,
) -> Response[Found]:
    """Redirect to a track's preview

     Answers 302 with the preview audio URL in `Location`. The target is a CDN host; follow it without
    the Authorization header.

    Args:
        track_urn (str): `soundcloud:tracks:<n>` or the bare number.
        secret_token (str | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Found]
    """

    kwargs = _get_kwargs(
        track_urn=track_urn,
        secret_token=secret_token,
    )

    response = await client.send(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    track_urn: str,
    *,
    client: AuthenticatedClient | Client,
    secret_token: str | Unset = UNSET,
) -> Found | None:
    """Redirect to a track's preview

     Answers 302 with the preview audio URL in `Location`. The target is a CDN host; follow it without
    the Authorization header.

    Args:
        track_urn (str): `soundcloud:tracks:<n>` or the bare number.
        secret_token (str | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Found
    """

    return (
        await asyncio_detailed(
            track_urn=track_urn,
            client=client,
            secret_token=secret_token,
        )
    ).parsed
