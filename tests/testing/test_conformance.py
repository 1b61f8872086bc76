"""Every operation of spec/openapi.yaml against the fake, each response checked by openapi-core.

The case table is keyed by operationId and must equal the spec's set, so adding an operation to
the spec fails here until the fake serves it and a case calls it.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from soundcloud_async.testing import RATE_LIMIT_VARIANTS, FakeSoundCloud
from soundcloud_async.testing._app import operations

from . import _cases_resources  # noqa: F401  (registers its cases)
from ._cases_me import CASES
from ._env import Env
from ._spec import raw_spec, spec_operations, validate
from .conftest import AUTH

_AUTH_HOST_OPERATIONS = {"authorize", "create_token"}


def test_every_spec_operation_has_a_case() -> None:
    assert set(CASES) == set(spec_operations())


def test_the_fake_routes_exactly_the_spec_operations() -> None:
    served = {(op.method, re.sub(r":\w+}", "}", op.path)) for op in operations()}
    wanted = {
        route for op_id, route in spec_operations().items() if op_id not in _AUTH_HOST_OPERATIONS
    }
    assert served == wanted


@pytest.mark.parametrize("operation_id", sorted(spec_operations()))
async def test_operation_conforms(
    operation_id: str, fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    env = Env(fake, client)
    await CASES[operation_id](env)
    method, path = spec_operations()[operation_id]
    assert any(_matches(r, method, path) for r in env.responses), "the operation was not called"
    for response in env.responses:
        validate(response)


def _matches(response: httpx.Response, method: str, template: str) -> bool:
    pattern = re.sub(r"\{\w+\}", "[^/]+", template)
    request = response.request
    return request.method == method and re.fullmatch(pattern, request.url.path) is not None


def _concrete(path: str, env: Env, unknown: bool) -> str:
    values = {
        "track_urn": "soundcloud:tracks:9" if unknown else env.other_track(),
        "user_urn": "soundcloud:users:9" if unknown else env.other.urn,
        "follower_urn": "soundcloud:users:9" if unknown else env.other.urn,
        "following_urn": "soundcloud:users:9" if unknown else env.other.urn,
        "playlist_urn": "soundcloud:playlists:9" if unknown else env.a_playlist(),
        "connection_id": "9",
        "playlist_id": "9",
        "track_id": "9",
        "user_id": "9" if unknown else str(env.me.id),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


_API_OPERATIONS = sorted(set(spec_operations()) - _AUTH_HOST_OPERATIONS)


@pytest.mark.parametrize("operation_id", _API_OPERATIONS)
async def test_operation_without_token_is_401(
    operation_id: str, fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    env = Env(fake, client)
    method, path = spec_operations()[operation_id]
    validate(await env.call(method, _concrete(path, env, unknown=False), 401, headers={}))


def _documents(operation_id: str, status: str) -> bool:
    method, path = spec_operations()[operation_id]
    return status in raw_spec()["paths"][path][method.lower()]["responses"]


@pytest.mark.parametrize(
    "operation_id",
    [op for op in _API_OPERATIONS if "{" in spec_operations()[op][1] and _documents(op, "404")],
)
async def test_unknown_resource_is_404(
    operation_id: str, fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    env = Env(fake, client)
    method, path = spec_operations()[operation_id]
    body: dict[str, Any] = {"json": {}} if method in ("PUT", "POST") else {}
    validate(await env.call(method, _concrete(path, env, unknown=True), 404, **body))


@pytest.mark.parametrize("variant", RATE_LIMIT_VARIANTS)
async def test_every_429_variant_conforms(
    variant: str, fake: FakeSoundCloud, client: httpx.AsyncClient
) -> None:
    env = Env(fake, client)
    fake.faults.rate_limit(variant=variant, retry_after=3)  # type: ignore[arg-type]
    validate(await env.get(f"/tracks/{env.other_track()}", 429))


async def test_html_500_on_search_conforms(fake: FakeSoundCloud, client: httpx.AsyncClient) -> None:
    # search_tracks documents a text/html 500 (a CDN error page); the fault serves one.
    env = Env(fake, client)
    fake.faults.html_error(status=500, path="/tracks")
    response = await env.get("/tracks", 500)
    assert response.headers["content-type"].startswith("text/html")
    validate(response)


async def test_token_endpoint_rate_limit_conforms(clock: object) -> None:
    fake = FakeSoundCloud(users=2, tracks=2, playlists=1, popular_followers=0)
    fake_limit = FakeSoundCloud(
        users=2, tracks=2, playlists=1, popular_followers=0, client_credentials_limit=1
    )
    for target, statuses in ((fake, (200, 200)), (fake_limit, (200, 429))):
        async with httpx.AsyncClient(transport=target.transport()) as http:
            for status in statuses:
                response = await http.post(
                    f"{AUTH}/oauth/token",
                    data={"grant_type": "client_credentials"},
                    auth=(target.client_id, target.client_secret),
                )
                assert response.status_code == status
                validate(response)
