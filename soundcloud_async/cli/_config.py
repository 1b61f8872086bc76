"""Where the CLI keeps its tokens: the user's config directory, one folder per API origin.

XDG on Linux and macOS (`$XDG_CONFIG_HOME/soundcloud-async`, else `~/.config/soundcloud-async`),
`%APPDATA%\\soundcloud-async` on Windows. Tokens are kept per API origin so a login against the
fake SoundCloud never sends its token to api.soundcloud.com, or the other way round.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["DEFAULT_ORIGIN", "app_token_path", "config_dir", "user_token_path"]

APP_DIR = "soundcloud-async"
DEFAULT_ORIGIN = "https://api.soundcloud.com"


def config_dir(environ: dict[str, str] | None = None) -> Path:
    """The CLI's configuration directory (not created here)."""
    env = dict(os.environ) if environ is None else environ
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / APP_DIR
    base = env.get("XDG_CONFIG_HOME", "").strip()
    # XDG: a relative path in the variable is invalid and must be ignored.
    if base and Path(base).is_absolute():
        return Path(base) / APP_DIR
    return Path.home() / ".config" / APP_DIR


def _origin_folder(base_url: str | None) -> str:
    parts = urlsplit(base_url or DEFAULT_ORIGIN)
    name = parts.hostname or "unknown"
    if parts.port:
        name += f"_{parts.port}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def user_token_path(base_url: str | None) -> Path:
    """The logged-in user's token file for the API at `base_url`."""
    return config_dir() / "tokens" / _origin_folder(base_url) / "user.json"


def app_token_path(base_url: str | None) -> Path:
    """The app-only token file: reused across runs (SoundCloud allows 50 app tokens per 12 h)."""
    return config_dir() / "tokens" / _origin_folder(base_url) / "app.json"
