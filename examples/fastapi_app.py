"""A small FastAPI app on `soundcloud_async.fastapi`: log in with SoundCloud, your likes, search.

    uvicorn examples.fastapi_app:app              # then open http://127.0.0.1:8000
    uvicorn examples.fastapi_app:app --port 9000  # any port: the callback URL follows

Without `SOUNDCLOUD_CLIENT_ID` in the environment the lifespan starts the fake SoundCloud on a
free loopback port and points the app there, so a real browser can follow the authorize
redirect (the fake approves at once). With `SOUNDCLOUD_CLIENT_ID` and
`SOUNDCLOUD_CLIENT_SECRET` it talks to the real API; register
`<APP_BASE_URL>/auth/callback` as the app's redirect URI on SoundCloud.

Environment:
    APP_BASE_URL     where browsers reach this app, e.g. https://app.example behind a proxy
                     (default: taken from each request, so any host and port work); an
                     https URL or request makes the cookies Secure.
    APP_SECRET_KEY   signs the cookies (default: random per process, so a restart logs
                     everybody out).
    APP_TOKEN_DB     SQLite file for the users' tokens (default: kept in memory).

Endpoints: `GET /` (who is logged in), `GET /auth/login`, `POST /auth/logout`, `GET /me`,
`GET /likes?cursor=...` and `GET /search?q=...&cursor=...` (JSON pages whose `next` is the URL
of the following page, resumable at any time), served by the login router and the
dependencies of `soundcloud_async.fastapi`.
"""

from __future__ import annotations

import html
import os
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from soundcloud_async import AsyncPaginator, Page, PaginationError
from soundcloud_async.fastapi import (
    AppSoundCloud,
    LoginSettings,
    SoundCloudConfig,
    SQLiteUserTokenStore,
    UserSoundCloud,
    install_error_handlers,
    login_router,
    open_soundcloud,
    soundcloud_state,
)
from soundcloud_async.models import Track
from soundcloud_async.testing import FakeSoundCloud, serve

PageSize = Annotated[int, Query(ge=1, le=200)]
"""Items per page of this app's JSON lists (SoundCloud allows up to 200)."""

routes = APIRouter()


def login_settings_from_env() -> LoginSettings:
    """Cookie signing and the callback URL, from `APP_SECRET_KEY` and `APP_BASE_URL`.

    Without `APP_BASE_URL` the callback URL and cookie security follow the request, so the
    app works on whatever host and port uvicorn serves it.
    """
    base_url = os.environ.get("APP_BASE_URL", "").rstrip("/")
    return LoginSettings(
        secret_key=os.environ.get("APP_SECRET_KEY") or secrets.token_urlsafe(32),
        redirect_uri=f"{base_url}/auth/callback" if base_url else None,
    )


def config_from_env() -> SoundCloudConfig:
    """Credentials from `SOUNDCLOUD_*` (read by the client), user tokens per `APP_TOKEN_DB`."""
    database = os.environ.get("APP_TOKEN_DB")
    if database:
        return SoundCloudConfig(user_tokens=SQLiteUserTokenStore(database))
    return SoundCloudConfig()


@asynccontextmanager
async def soundcloud_config(given: SoundCloudConfig | None) -> AsyncIterator[SoundCloudConfig]:
    """The given config, the real API (credentials set), or a fake served on loopback."""
    if given is not None:
        yield given
    elif os.environ.get("SOUNDCLOUD_CLIENT_ID"):
        yield config_from_env()
    else:
        fake = FakeSoundCloud()
        async with serve(fake) as url:
            yield replace(
                config_from_env(),
                client_id=fake.client_id,
                client_secret=fake.client_secret,
                base_url=url,
                auth_base_url=url,
            )


def create_app(
    config: SoundCloudConfig | None = None, *, login: LoginSettings | None = None
) -> FastAPI:
    """Build the app; tests pass a `config` on the fake's in-process transport."""
    login_settings = login or login_settings_from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with (
            soundcloud_config(config) as resolved,
            open_soundcloud(app, replace(resolved, login=login_settings)),
        ):
            yield

    app = FastAPI(title="soundcloud-async example", lifespan=lifespan)
    app.include_router(login_router(login_settings), prefix="/auth")
    app.include_router(routes)
    install_error_handlers(app)
    return app


@routes.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    """Who is logged in, and links to try."""
    user_id = await soundcloud_state(request).identify(request)
    if user_id is None:
        body = '<p><a href="/auth/login">Log in with SoundCloud</a></p>'
    else:
        body = (
            f"<p>Logged in as {html.escape(user_id)}.</p>"
            '<p><a href="/me">/me</a> <a href="/likes">/likes</a></p>'
            '<form method="post" action="/auth/logout"><button>Log out</button></form>'
        )
    search = '<p><a href="/search?q=ambient">/search?q=ambient</a></p>'
    return HTMLResponse(f"<!DOCTYPE html><title>SoundCloud example</title>{body}{search}")


@routes.get("/me")
async def me(sc: UserSoundCloud) -> dict[str, object]:
    """The logged-in user's profile (401 without a login)."""
    profile = await sc.me.get()
    return {"urn": profile.urn, "username": profile.username}


@routes.get("/likes")
async def likes(
    request: Request, sc: UserSoundCloud, cursor: str | None = None, page_size: PageSize = 20
) -> dict[str, object]:
    """One page of the user's liked tracks; follow `next` for the rest."""
    return await page_body(request, lambda: sc.me.liked_tracks(cursor=cursor, page_size=page_size))


@routes.get("/search")
async def search(
    request: Request,
    sc: AppSoundCloud,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    cursor: str | None = None,
    page_size: PageSize = 20,
) -> dict[str, object]:
    """One page of a track search with the app's own token."""
    return await page_body(
        request, lambda: sc.search.tracks(q=q, cursor=cursor, page_size=page_size)
    )


async def page_body(
    request: Request, listing: Callable[[], AsyncPaginator[Track]]
) -> dict[str, object]:
    """`{"items": [...], "next": <this URL with the next cursor> | None}`."""
    try:
        paginator = listing()
    except PaginationError:  # a damaged or foreign cursor in the query string
        raise HTTPException(status_code=400, detail="invalid cursor") from None
    page: Page[Track] = await paginator
    following = None
    if page.cursor is not None:
        following = str(request.url.include_query_params(cursor=page.cursor))
    return {"items": [track_summary(track) for track in page.items], "next": following}


def track_summary(track: Track) -> dict[str, object]:
    """The few fields a client of this app needs (the full model has dozens)."""
    user = track.user if track.user else None
    return {
        "urn": track.urn,
        "title": track.title,
        "permalink_url": track.permalink_url,
        "user": user.username if user is not None else None,
    }


app = create_app()
