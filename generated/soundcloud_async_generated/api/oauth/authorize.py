from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_challenge_method import CodeChallengeMethod
from ...models.response_type import ResponseType
from ...types import UNSET, PayloadMismatch, Response, Unset

OPERATION_ID = "authorize"
METHOD = "GET"
PATH = "/authorize"
DEPRECATED = False
# The operation to use instead of a deprecated one ("none" when SoundCloud offers none).
REPLACEMENT: str | None = None
# List operations (spec vendor extension x-pagination) and the model of one list item.
PAGINATION: str | None = None
PAGE_ITEM = None


def request_target() -> tuple[str, str]:
    """The HTTP method and the URL path of `authorize`, path parameters checked and escaped.

    For a caller that sends its own body (a streamed upload); `build_request` covers the rest.
    """
    return METHOD, PATH


def build_request(
    *,
    client_id: str,
    redirect_uri: str,
    response_type: ResponseType,
    code_challenge: str,
    code_challenge_method: CodeChallengeMethod,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one `authorize` call.

    `method` and `url` always; `params`, `headers`, `cookies` and the body only when set.
    Path parameters are checked and escaped (types.path_segment).
    """

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["code_challenge"] = code_challenge

    json_code_challenge_method = code_challenge_method.value
    params["code_challenge_method"] = json_code_challenge_method

    params["state"] = state

    params["scope"] = scope

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
) -> Any | None:
    # A redirect's body only repeats its Location header; some answer with no body at all.
    if 300 <= response.status_code < 400 and not response.content:
        return None
    if response.status_code == 302:
        return None

    # An undocumented success status (say 204 instead of 200) carries nothing we can type.
    return None


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    """`response` to `authorize` as a typed `Response`.

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
    client_id: str,
    redirect_uri: str,
    response_type: ResponseType,
    code_challenge: str,
    code_challenge_method: CodeChallengeMethod,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[Any]:
    """Start a user login (authorization code with PKCE)

     The browser is sent here. After the user approves, SoundCloud redirects to `redirect_uri` with
    `code` and the unchanged `state`; on refusal it redirects with `error=access_denied`. Lives on
    https://secure.soundcloud.com.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (ResponseType):
        code_challenge (str):
        code_challenge_method (CodeChallengeMethod):
        state (str | Unset):
        scope (str | Unset):

    Raises:
        Exception: whatever ``client.raise_for_status`` raises for a status >= 400 (soundcloud_async
            raises its typed errors; the stand-alone default is errors.ApiError).
        ValueError: a path parameter is empty, "." or "..".
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
        state=state,
        scope=scope,
    )

    response = await client.send(kwargs)

    return parse_response(client=client, response=response)
