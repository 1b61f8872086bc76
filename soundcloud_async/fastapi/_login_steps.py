"""The SoundCloud side of logging in and out: code exchange, `/me`, sign-out.

Kept apart from the HTTP handling of `_login.py` so the steps read as the protocol does.
"""

from __future__ import annotations

import logging

from soundcloud_async.errors import ResponseValidationError, SoundCloudError
from soundcloud_async.fastapi._pending import PendingLogin
from soundcloud_async.fastapi._state import SoundCloudState

__all__ = ["complete_login", "sign_out_user"]

logger = logging.getLogger("soundcloud_async.fastapi")


async def complete_login(state: SoundCloudState, code: str, pending: PendingLogin) -> str:
    """Exchange `code`, find out who logged in, store their token; return their user id.

    The token is stored under the SoundCloud user URN only after `/me` answered, so a
    failed login stores nothing. If `/me` made the client refresh, the newest token is kept.

    Raises:
        TokenRefreshError: SoundCloud refused the code (used, expired, wrong verifier).
        SoundCloudError: `/me` or the network failed.
    """
    async with state.new_client() as client:
        token = await client.oauth.exchange_code(
            code, code_verifier=pending.code_verifier, redirect_uri=pending.redirect_uri
        )
        me = await client.me.get()
        user_id = me.urn if isinstance(me.urn, str) and me.urn else None
        if user_id is None and isinstance(me.id, int):
            user_id = f"soundcloud:users:{me.id}"
        if user_id is None:
            raise ResponseValidationError("/me answered without an id or urn")
        async with state.user_locks.lock_for(user_id):
            await state.user_tokens.save(user_id, client.token or token)
    return user_id


async def sign_out_user(state: SoundCloudState, user_id: str) -> None:
    """End the user's session on SoundCloud and forget their token here, whatever happens."""
    try:
        token = await state.user_tokens.load(user_id)
        if token is not None:
            async with state.user_client(user_id, token) as client:
                await client.sign_out()
    except SoundCloudError as error:
        # The local token goes anyway: a logout that keeps the token would not be one.
        logger.warning("SoundCloud sign-out failed (%s); token forgotten", type(error).__name__)
    finally:
        await state.user_tokens.clear(user_id)
