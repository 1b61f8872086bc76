"""Routes return models, lists of them and pages; FastAPI sends their `to_dict()` JSON.

Both ways a route can be written: with a return annotation (FastAPI asks pydantic, which the
classes answer) and without one (FastAPI's `jsonable_encoder`). Before, the annotated route
could not even be declared and the bare one raised ValueError.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from soundcloud_async import Page, SoundCloud
from soundcloud_async.fastapi import AppSoundCloud, MemoryUserTokenStore, soundcloud_lifespan
from soundcloud_async.models import Track, User
from soundcloud_async.testing import FakeSoundCloud

from .conftest import API, APP_URL, AUTH, TransportFactory, make_config


def build_app(fake: FakeSoundCloud) -> FastAPI:
    config = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    app = FastAPI(lifespan=soundcloud_lifespan(config))
    urn = fake.popular_user.urn

    @app.get("/typed/user")
    async def typed_user(sc: AppSoundCloud) -> User:
        return await sc.users.get(urn)

    @app.get("/typed/tracks")
    async def typed_tracks(sc: AppSoundCloud) -> list[Track]:
        return [track async for track in sc.users.tracks(urn, max_items=3)]

    @app.get("/typed/page")
    async def typed_page(sc: AppSoundCloud) -> Page[User]:
        return await sc.users.followers(urn, page_size=2)

    @app.get("/bare/user")
    async def bare_user(sc: AppSoundCloud):  # type: ignore[no-untyped-def]
        return await sc.users.get(urn)

    @app.get("/bare/tracks")
    async def bare_tracks(sc: AppSoundCloud):  # type: ignore[no-untyped-def]
        return [track async for track in sc.users.tracks(urn, max_items=3)]

    @app.get("/bare/page")
    async def bare_page(sc: AppSoundCloud):  # type: ignore[no-untyped-def]
        return await sc.users.followers(urn, page_size=2)

    return app


@pytest.fixture
async def app_client() -> AsyncIterator[tuple[FakeSoundCloud, httpx.AsyncClient, FastAPI]]:
    fake = FakeSoundCloud(seed=5, users=6, tracks=20, playlists=1, popular_followers=5)
    app = build_app(fake)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as client,
    ):
        yield fake, client, app


async def expected(fake: FakeSoundCloud, path: str) -> Any:
    """What the route should send: the same objects' to_dict(), fetched by the SDK directly."""
    urn = fake.popular_user.urn
    async with SoundCloud(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url=API,
        auth_base_url=AUTH,
        transport=fake.transport(),
    ) as sc:
        if path.endswith("user"):
            return (await sc.users.get(urn)).to_dict()
        if path.endswith("tracks"):
            return [track.to_dict() async for track in sc.users.tracks(urn, max_items=3)]
        page = await sc.users.followers(urn, page_size=2)
        return {"items": [user.to_dict() for user in page.items], "cursor": page.cursor}


@pytest.mark.parametrize("kind", ["typed", "bare"])
@pytest.mark.parametrize("what", ["user", "tracks", "page"])
async def test_a_route_sends_the_to_dict_json(
    app_client: tuple[FakeSoundCloud, httpx.AsyncClient, FastAPI], kind: str, what: str
) -> None:
    fake, client, _ = app_client
    response = await client.get(f"/{kind}/{what}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == json.loads(json.dumps(await expected(fake, what)))
    if what == "user":
        assert body["urn"] == fake.popular_user.urn
        assert "UNSET" not in response.text
        assert "{}" not in response.text


async def test_the_openapi_document_describes_model_routes(
    app_client: tuple[FakeSoundCloud, httpx.AsyncClient, FastAPI],
) -> None:
    _, client, _ = app_client
    response = await client.get("/openapi.json")
    assert response.status_code == 200, response.text
    assert "/typed/page" in response.json()["paths"]
