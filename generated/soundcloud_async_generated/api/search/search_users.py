from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...models.user_page import UserPage
from ...types import UNSET, PayloadMismatch, Response, Unset, item_mismatch, json_type

OPERATION_ID = "search_users"
METHOD = "GET"
PATH = "/users"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = "cursor"
PAGE_ITEM = User


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `search_users`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    q: str | Unset = UNSET,
    urns: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `search_users` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """

    params: dict[str, Any] = {}

    params["q"] = q

    params["urns"] = urns

    params["limit"] = limit

    params["offset"] = offset

    params["linked_partitioning"] = linked_partitioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    # Only when one is set: httpx re-parses the whole URL for any `params`, even {}.
    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[User] | UserPage | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        _response_200 = client.decode_json(response.content)
        if _response_200.__class__ is dict:
            response_200 = UserPage.from_dict(_response_200)

        elif _response_200.__class__ is list:
            try:
                response_200 = list(map(User.from_dict, _response_200))
            except PayloadMismatch as error:
                raise item_mismatch(error, _response_200, User.from_dict) from None

        elif not (_response_200.__class__ is dict or _response_200.__class__ is list):
            raise PayloadMismatch([], ("object", "array"), json_type(_response_200))
        else:
            response_200 = _response_200

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[User] | UserPage]:
    """`response` to `search_users` as a typed `Response`.

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
    q: str | Unset = UNSET,
    urns: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> Response[list[User] | UserPage]:
    """Search users

     Full-text search over usernames and profile text; `urns` fetches a known set of users in one call.

    Args:
        q (str | Unset):
        urns (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[list[User] | UserPage]
    """

    kwargs = build_request(
        q=q,
        urns=urns,
        limit=limit,
        offset=offset,
        linked_partitioning=linked_partitioning,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    urns: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    linked_partitioning: bool | Unset = UNSET,
) -> list[User] | UserPage | None:
    """Search users

     Full-text search over usernames and profile text; `urns` fetches a known set of users in one call.

    Args:
        q (str | Unset):
        urns (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        linked_partitioning (bool | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        list[User] | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            urns=urns,
            limit=limit,
            offset=offset,
            linked_partitioning=linked_partitioning,
        )
    ).parsed
