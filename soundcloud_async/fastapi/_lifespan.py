"""The lifespan: open the shared pool and the app client at startup, close both at shutdown.

Clients hold connections bound to the event loop that opened them, so they are created inside
the lifespan (the server's loop) and closed in it, never at import time and never per request.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

from starlette.applications import Starlette

from soundcloud_async.fastapi._config import SoundCloudConfig
from soundcloud_async.fastapi._pending import MemoryPendingLoginStore
from soundcloud_async.fastapi._state import STATE_ATTRIBUTE, SoundCloudState
from soundcloud_async.fastapi._user_stores import MemoryUserTokenStore

__all__ = ["open_soundcloud", "soundcloud_lifespan"]

logger = logging.getLogger("soundcloud_async.fastapi")


@contextlib.asynccontextmanager
async def open_soundcloud(
    app: Starlette, config: SoundCloudConfig
) -> AsyncIterator[SoundCloudState]:
    """Open the SoundCloud state on `app.state.soundcloud` for the duration of the block.

    Use it inside your own lifespan to combine it with other resources:

        @asynccontextmanager
        async def lifespan(app: FastAPI) -> AsyncIterator[None]:
            async with open_soundcloud(app, config), open_my_database():
                yield
    """
    if getattr(app.state, STATE_ATTRIBUTE, None) is not None:
        raise RuntimeError("open_soundcloud: this app's SoundCloud state is already open")
    _warn_about_memory_stores(config)
    transport = config.transport_factory()
    try:
        state = SoundCloudState(config, transport)
        async with state.app_client:
            setattr(app.state, STATE_ATTRIBUTE, state)
            try:
                yield state
            finally:
                setattr(app.state, STATE_ATTRIBUTE, None)
    finally:
        await transport.aclose()


def _warn_about_memory_stores(config: SoundCloudConfig) -> None:
    """One startup line when users' state lives in this process only.

    In memory, a restart logs everyone out, and with several workers a login's callback that
    reaches another process fails as "login expired". The defaults are fine for one process
    in development, so this is a warning, not an error.
    """
    settings = []
    has_users = config.login is not None or config.identify_user is not None
    if has_users and isinstance(config.user_tokens, MemoryUserTokenStore):
        settings.append("user_tokens=SQLiteUserTokenStore(path)")
    if config.login is not None and isinstance(config.pending_logins, MemoryPendingLoginStore):
        settings.append("pending_logins=SQLitePendingLoginStore(path)")
    if settings:
        logger.warning(
            "SoundCloud logins are kept in this process's memory: lost on restart and not "
            "shared between workers; for several workers pass SoundCloudConfig(%s)",
            ", ".join(settings),
        )


def soundcloud_lifespan(
    config: SoundCloudConfig,
) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    """Return a lifespan for `FastAPI(lifespan=...)` that only opens the SoundCloud state."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with open_soundcloud(app, config):
            yield

    return lifespan
