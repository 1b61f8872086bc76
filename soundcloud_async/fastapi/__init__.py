"""soundcloud-async for FastAPI: one pool, an app client, per-user clients and a login router.

    login = LoginSettings(secret_key=SECRET_KEY)
    config = SoundCloudConfig(
        login=login,
        user_tokens=SQLiteUserTokenStore("soundcloud.db"),
        pending_logins=SQLitePendingLoginStore("soundcloud.db"),  # several workers share it
    )
    app = FastAPI(lifespan=soundcloud_lifespan(config))
    app.include_router(login_router(login), prefix="/auth")
    install_error_handlers(app)

    @app.get("/likes")
    async def likes(sc: UserSoundCloud, cursor: str | None = None) -> dict[str, object]:
        page = await sc.me.liked_tracks(cursor=cursor)
        ...

Install with `pip install "soundcloud-async[fastapi]"`.
"""

try:
    import fastapi as _fastapi  # noqa: F401  (only to fail early with the fix in the message)
except ImportError as _missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        'soundcloud_async.fastapi needs FastAPI: pip install "soundcloud-async[fastapi]"'
    ) from _missing

from soundcloud_async.fastapi._config import LoginSettings, SoundCloudConfig, UserIdentifier
from soundcloud_async.fastapi._dependencies import (
    AppSoundCloud,
    CurrentUserId,
    UserSoundCloud,
    current_user_id,
    get_app_soundcloud,
    get_user_soundcloud,
)
from soundcloud_async.fastapi._encoders import register_encoders
from soundcloud_async.fastapi._errors import install_error_handlers, soundcloud_error_response
from soundcloud_async.fastapi._lifespan import open_soundcloud, soundcloud_lifespan
from soundcloud_async.fastapi._login import login_router
from soundcloud_async.fastapi._pending import (
    MemoryPendingLoginStore,
    PendingLogin,
    PendingLoginStore,
)
from soundcloud_async.fastapi._signing import Signer
from soundcloud_async.fastapi._sqlite_pending import SQLitePendingLoginStore
from soundcloud_async.fastapi._sqlite_store import SQLiteUserTokenStore
from soundcloud_async.fastapi._state import SoundCloudState, soundcloud_state
from soundcloud_async.fastapi._user_stores import (
    MemoryUserTokenStore,
    SharedUserTokenStore,
    UserLocks,
    UserScopedTokenStore,
    UserTokenStore,
)

register_encoders()

__all__ = [
    "AppSoundCloud",
    "CurrentUserId",
    "LoginSettings",
    "MemoryPendingLoginStore",
    "MemoryUserTokenStore",
    "PendingLogin",
    "PendingLoginStore",
    "SQLitePendingLoginStore",
    "SQLiteUserTokenStore",
    "SharedUserTokenStore",
    "Signer",
    "SoundCloudConfig",
    "SoundCloudState",
    "UserIdentifier",
    "UserLocks",
    "UserScopedTokenStore",
    "UserSoundCloud",
    "UserTokenStore",
    "current_user_id",
    "get_app_soundcloud",
    "get_user_soundcloud",
    "install_error_handlers",
    "login_router",
    "open_soundcloud",
    "soundcloud_error_response",
    "soundcloud_lifespan",
    "soundcloud_state",
]
