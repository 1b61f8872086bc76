"""`SoundCloudConfig(hooks=...)` reaches the app's client and every user's client."""

from __future__ import annotations

from dataclasses import replace

import httpx
from fastapi import FastAPI

from soundcloud_async import Hooks, ResponseEvent
from soundcloud_async.fastapi import (
    AppSoundCloud,
    MemoryUserTokenStore,
    UserSoundCloud,
    soundcloud_lifespan,
)
from soundcloud_async.testing import FakeSoundCloud, user_token
from tests.fastapi.conftest import APP_URL, TransportFactory, make_config


async def test_config_hooks_see_app_and_user_calls() -> None:
    fake = FakeSoundCloud(seed=4, users=6, tracks=30, playlists=2, popular_followers=5)
    store = MemoryUserTokenStore()
    seen: list[ResponseEvent] = []

    async def user_from_header(request: object) -> str | None:
        return "u1"

    config = replace(
        make_config(fake, TransportFactory(fake), store),
        identify_user=user_from_header,
        hooks=Hooks(on_response=seen.append),
    )
    app = FastAPI(lifespan=soundcloud_lifespan(config))

    @app.get("/me")
    async def me(sc: UserSoundCloud) -> dict[str, object]:
        return {"urn": (await sc.me.get()).urn}

    @app.get("/tracks/{urn}")
    async def track(urn: str, sc: AppSoundCloud) -> dict[str, object]:
        return {"title": (await sc.tracks.get(urn)).title}

    await store.save("u1", user_token(fake))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as client,
    ):
        assert (await client.get("/me")).status_code == 200
        urn = fake.track_ids()[0]
        assert (await client.get(f"/tracks/{urn}")).status_code == 200
    templates = [event.url_template for event in seen]
    assert "/me" in templates
    assert "/tracks/{track_urn}" in templates
