"""`install_error_handlers` keeps the message of what went wrong: in the log always (at ERROR
for what the app must fix), in the body only in debug mode."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI, Request

from soundcloud_async.fastapi import (
    MemoryUserTokenStore,
    UserSoundCloud,
    install_error_handlers,
    soundcloud_lifespan,
    soundcloud_state,
)
from soundcloud_async.testing import FakeSoundCloud

from .conftest import APP_URL, TransportFactory, make_config


def app_without_login(fake: FakeSoundCloud, *, debug: bool) -> FastAPI:
    """The README's app with `SoundCloudConfig(login=...)` forgotten."""
    config = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    app = FastAPI(debug=debug, lifespan=soundcloud_lifespan(config))
    install_error_handlers(app)

    @app.get("/likes")
    async def likes(sc: UserSoundCloud) -> list[str]:
        return []

    return app


async def get(app: FastAPI, path: str) -> httpx.Response:
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as browser,
    ):
        return await browser.get(path)


@pytest.mark.parametrize("debug", [False, True])
async def test_a_misconfiguration_is_logged_at_error_with_its_message(
    fake: FakeSoundCloud, caplog: pytest.LogCaptureFixture, debug: bool
) -> None:
    caplog.set_level(logging.DEBUG, logger="soundcloud_async.fastapi")
    answer = await get(app_without_login(fake, debug=debug), "/likes")
    assert answer.status_code == 500
    error = answer.json()["error"]
    assert error["code"] == "misconfigured"
    (record,) = [r for r in caplog.records if r.name == "soundcloud_async.fastapi"]
    assert record.levelno == logging.ERROR
    assert "SoundCloudConfig(login=...)" in record.getMessage()
    assert fake.client_secret not in caplog.text
    if debug:
        assert "SoundCloudConfig(login=...)" in error["detail"]
    else:
        assert "detail" not in error  # visitors of a production app never see it


async def test_an_upstream_not_found_stays_a_warning_with_its_message(
    fake: FakeSoundCloud, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="soundcloud_async.fastapi")
    config = make_config(fake, TransportFactory(fake), MemoryUserTokenStore())
    app = FastAPI(debug=True, lifespan=soundcloud_lifespan(config))
    install_error_handlers(app)

    @app.get("/tracks/{urn}")
    async def track(urn: str, request: Request) -> dict[str, object]:
        sc = soundcloud_state(request).app_client
        return {"title": (await sc.tracks.get(urn)).title}

    answer = await get(app, "/tracks/soundcloud:tracks:1")
    assert answer.status_code == 404
    assert "404" in answer.json()["error"]["detail"]
    (record,) = [r for r in caplog.records if r.name == "soundcloud_async.fastapi"]
    assert record.levelno == logging.WARNING
    assert "NotFoundError" in record.getMessage()
    assert "/tracks/" in record.getMessage()
