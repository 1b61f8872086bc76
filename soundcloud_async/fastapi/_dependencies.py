"""FastAPI dependencies: the app client, the current user, and a client acting as that user.

The current user comes from `SoundCloudConfig.identify_user` (default: the signed session
cookie of `login_router`); `app.dependency_overrides[current_user_id]` also replaces it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from soundcloud_async.client import SoundCloud
from soundcloud_async.fastapi._state import soundcloud_state

__all__ = [
    "AppSoundCloud",
    "CurrentUserId",
    "UserSoundCloud",
    "current_user_id",
    "get_app_soundcloud",
    "get_user_soundcloud",
]

# Read by the error handlers: an auth failure of a user's client means "log in again",
# one of the app client means our credentials are wrong (a 502, not the visitor's fault).
USER_MARKER = "soundcloud_user_id"

_NOT_LOGGED_IN = "log in with SoundCloud first"


def get_app_soundcloud(request: Request) -> SoundCloud:
    """The app-only client opened by the lifespan (shared by every request)."""
    return soundcloud_state(request).app_client


async def current_user_id(request: Request) -> str:
    """The current user's id; 401 when nobody is logged in."""
    user_id = await soundcloud_state(request).identify(request)
    if not user_id:
        raise HTTPException(status_code=401, detail=_NOT_LOGGED_IN)
    return user_id


async def get_user_soundcloud(
    request: Request, user_id: Annotated[str, Depends(current_user_id)]
) -> AsyncIterator[SoundCloud]:
    """A client acting as the current user on the shared pool; closed after the request.

    401 when the user has no stored token (never logged in, or logged out elsewhere). Tokens
    the client rotates are saved back to the user store before they are used.
    """
    state = soundcloud_state(request)
    token = await state.user_tokens.load(user_id)
    if token is None:
        raise HTTPException(status_code=401, detail=_NOT_LOGGED_IN)
    setattr(request.state, USER_MARKER, user_id)
    client = state.user_client(user_id, token)
    try:
        yield client
    finally:
        await client.aclose()


def _document(alias: object, name: str, doc: str) -> None:
    # help() of a bare Annotated alias shows "Annotated = class SoundCloud" and SoundCloud's
    # whole page; with a name and a docstring of its own it shows what the parameter gives.
    # (Set afterwards, so that mypy still reads each name as a plain type alias.)
    for attribute, value in (("__name__", name), ("__doc__", doc), ("__module__", __package__)):
        setattr(alias, attribute, value)


AppSoundCloud = Annotated[SoundCloud, Depends(get_app_soundcloud)]
"""Endpoint parameter type: the app-only client."""

CurrentUserId = Annotated[str, Depends(current_user_id)]
"""Endpoint parameter type: the logged-in user's id (401 without one)."""

UserSoundCloud = Annotated[SoundCloud, Depends(get_user_soundcloud)]
"""Endpoint parameter type: a client acting as the logged-in user (401 without one)."""

_document(
    AppSoundCloud,
    "AppSoundCloud",
    "Route parameter type `sc: AppSoundCloud`: the app-only client the lifespan opened.",
)
_document(
    CurrentUserId,
    "CurrentUserId",
    "Route parameter type `user_id: CurrentUserId`: the logged-in user's id (401 without one).",
)
_document(
    UserSoundCloud,
    "UserSoundCloud",
    "Route parameter type `sc: UserSoundCloud`: a client acting as the logged-in user, on the "
    "app's shared pool, closed after the request (401 without a logged-in user).",
)
