from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import PayloadMismatch, Response

OPERATION_ID = "create_token"
METHOD = "POST"
PATH = "/oauth/token"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `create_token`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `create_token` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """
    headers: dict[str, Any] = {}

    # The URL inline, not through request_target: one call less on every request.
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenResponse | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(client.decode_json(response.content))

        return response_200

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenResponse]:
    """`response` to `create_token` as a typed `Response`.

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
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[TokenResponse]:
    """Obtain or refresh an access token

     Form-encoded token endpoint on https://secure.soundcloud.com. Grants:
    `client_credentials` (app-only; client id and secret in HTTP Basic),
    `authorization_code` (with `code`, `redirect_uri` and the PKCE `code_verifier`) and
    `refresh_token`. Refresh tokens are single-use: every refresh returns a new one that must
    be stored before the old one is forgotten. Client-credentials tokens are rationed
    (50 per 12 h per app, 30 per hour per IP), so cache them.

    Args:
        body (TokenRequest): Token endpoint form. Which fields are needed depends on `grant_type`.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[TokenResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> TokenResponse | None:
    """Obtain or refresh an access token

     Form-encoded token endpoint on https://secure.soundcloud.com. Grants:
    `client_credentials` (app-only; client id and secret in HTTP Basic),
    `authorization_code` (with `code`, `redirect_uri` and the PKCE `code_verifier`) and
    `refresh_token`. Refresh tokens are single-use: every refresh returns a new one that must
    be stored before the old one is forgotten. Client-credentials tokens are rationed
    (50 per 12 h per app, 30 per hour per IP), so cache them.

    Args:
        body (TokenRequest): Token endpoint form. Which fields are needed depends on `grant_type`.

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
