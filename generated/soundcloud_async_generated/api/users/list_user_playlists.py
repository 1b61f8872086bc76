from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.playlist import Playlist
from ...models.playlist_page import PlaylistPage
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "list_user_playlists"
METHOD = "GET"
PATH = "/users/{user_urn}/playlists"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = "cursor"
PAGE_ITEM = Playlist


def _get_kwargs(
    user_urn: str,
    *,
    access: str | Unset = UNSET,
    show_tracks: bool | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access"] = access

    params["show_tracks"] = show_tracks

    params["limit"] = limit

    params["linked_partitioning"] = linked_partitioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/users/{path_segment(user_urn)}/playlists",
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Playlist] | PlaylistPage | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Playlist] | PlaylistPage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PlaylistPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_playlist_list_item_data in _response_200_type_1:
                componentsschemas_playlist_list_item = Playlist.from_dict(
                    componentsschemas_playlist_list_item_data
                )

                response_200_type_1.append(componentsschemas_playlist_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Playlist] | PlaylistPage]:
    if response.status_code >= 400:
        client.raise_for_status(response)
        # A hook that returns must not turn an error into a success with parsed=None.
        raise errors.ApiError(response)
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise client.invalid_body(response, exc) from exc
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    user_urn: str,
    *,
    client: AuthenticatedClient | Client,
    access: str | Unset = UNSET,
    show_tracks: bool | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> Response[list[Playlist] | PlaylistPage]:
    """List a user's playlists

     Public playlists and albums of a user.

    Args:
        user_urn (str): `soundcloud:users:<n>` or the bare number.
        access (str | Unset): Comma-separated subset of `playable`, `preview`, `blocked`.
        show_tracks (bool | Unset):
        limit (int | Unset):  Default: 50.
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[list[Playlist] | PlaylistPage]
    """

    kwargs = _get_kwargs(
        user_urn=user_urn,
        access=access,
        show_tracks=show_tracks,
        limit=limit,
        linked_partitioning=linked_partitioning,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_urn: str,
    *,
    client: AuthenticatedClient | Client,
    access: str | Unset = UNSET,
    show_tracks: bool | Unset = UNSET,
    limit: int | Unset = 50,
    linked_partitioning: bool | Unset = UNSET,
) -> list[Playlist] | PlaylistPage | None:
    """List a user's playlists

     Public playlists and albums of a user.

    Args:
        user_urn (str): `soundcloud:users:<n>` or the bare number.
        access (str | Unset): Comma-separated subset of `playable`, `preview`, `blocked`.
        show_tracks (bool | Unset):
        limit (int | Unset):  Default: 50.
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        list[Playlist] | PlaylistPage
    """

    return (
        await asyncio_detailed(
            user_urn=user_urn,
            client=client,
            access=access,
            show_tracks=show_tracks,
            limit=limit,
            linked_partitioning=linked_partitioning,
        )
    ).parsed
