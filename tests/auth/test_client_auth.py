"""Client authentication at the token endpoint: retried the other way once, then remembered.

SoundCloud answered a refused Basic header with 401 `invalid_client`, 403 or 400
`invalid_request` during its 2026 changes; every shape leads to one retry with form fields.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from soundcloud_async import SoundCloud, TokenRefreshError

from .conftest import API, AUTH, CLIENT_ID, CLIENT_SECRET, TOKEN_URL, form, token_body


def _basic(request: httpx.Request) -> bool:
    return request.headers.get("authorization", "").startswith("Basic ")


@pytest.mark.parametrize(
    "refusal",
    [
        httpx.Response(401, json={"error": "invalid_client"}),
        httpx.Response(403, json={"code": 403, "message": "Forbidden"}),
        httpx.Response(400, json={"error": "invalid_request"}),
    ],
    ids=["invalid_client", "403", "invalid_request"],
)
async def test_a_refused_basic_header_is_retried_once_with_form_fields(
    router: respx.MockRouter, refusal: httpx.Response
) -> None:
    def token_endpoint(request: httpx.Request) -> httpx.Response:
        return refusal if _basic(request) else httpx.Response(200, json=token_body())

    route = router.post(TOKEN_URL).mock(side_effect=token_endpoint)
    router.get(f"{API}/me").respond(200, json={})
    async with SoundCloud(CLIENT_ID, CLIENT_SECRET, base_url=API, auth_base_url=AUTH) as sc:
        await sc.http.get("/me")
    basic, fields = (call.request for call in route.calls)
    assert (_basic(basic), _basic(fields)) == (True, False)
    assert form(fields)["client_secret"] == CLIENT_SECRET
    assert form(fields)["grant_type"] == "client_credentials"


async def test_a_refused_retry_raises_the_second_refusal(router: respx.MockRouter) -> None:
    route = router.post(TOKEN_URL).respond(401, json={"error": "invalid_client"})
    async with SoundCloud(CLIENT_ID, "wrong-secret", base_url=API, auth_base_url=AUTH) as sc:
        with pytest.raises(TokenRefreshError) as refused:
            await sc.http.get("/me")
    assert refused.value.error_code == "invalid_client"
    assert route.call_count == 2  # once each way, never more
    assert "wrong-secret" not in str(refused.value)
