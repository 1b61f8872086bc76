"""Where a `SoundCloud` client's settings come from: arguments first, then the environment.

Credentials are checked lazily: a client without them can be built (in a module, a fixture, a
FastAPI lifespan) and only the first request that needs a token fails, naming what is missing.
"""

from __future__ import annotations

import math
import os
from collections.abc import AsyncGenerator, Mapping

import httpx

from soundcloud_async._constants import DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL
from soundcloud_async.errors import ConfigurationError

__all__ = [
    "ENV_BASE_URL",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "MissingCredentials",
    "Settings",
    "TimeoutLike",
    "to_timeout",
]

ENV_CLIENT_ID = "SOUNDCLOUD_CLIENT_ID"
ENV_CLIENT_SECRET = "SOUNDCLOUD_CLIENT_SECRET"  # noqa: S105 -- a variable name, not a secret
ENV_BASE_URL = "SOUNDCLOUD_BASE_URL"
ENV_AUTH_BASE_URL = "SOUNDCLOUD_AUTH_BASE_URL"


class Settings:
    """The resolved settings; the secret is kept out of the repr.

    A plain class, not a dataclass: defining a frozen dataclass (and importing `dataclasses`)
    takes about 2 ms, three times what building a whole client does (bench/ section 6).
    """

    __slots__ = ("auth_base_url", "base_url", "client_id", "client_secret")

    def __init__(
        self,
        *,
        client_id: str | None,
        client_secret: str | None,
        base_url: str,
        auth_base_url: str,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.base_url = base_url
        self.auth_base_url = auth_base_url

    def __repr__(self) -> str:
        secret = "set" if self.client_secret else None
        return (
            f"Settings(client_id={self.client_id!r}, client_secret={secret!r}, "
            f"base_url={self.base_url!r}, auth_base_url={self.auth_base_url!r})"
        )

    @classmethod
    def resolve(
        cls,
        *,
        client_id: str | None,
        client_secret: str | None,
        base_url: str | None,
        auth_base_url: str | None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """An explicit argument wins; an unset one falls back to its environment variable.

        Raises:
            ConfigurationError: a base URL is not an absolute http(s) URL.
        """
        env = os.environ if environ is None else environ
        return cls(
            client_id=_pick(client_id, env.get(ENV_CLIENT_ID)),
            client_secret=_pick(client_secret, env.get(ENV_CLIENT_SECRET)),
            base_url=_url(_pick(base_url, env.get(ENV_BASE_URL)) or DEFAULT_BASE_URL),
            auth_base_url=_url(
                _pick(auth_base_url, env.get(ENV_AUTH_BASE_URL)) or DEFAULT_AUTH_BASE_URL
            ),
        )


def _pick(explicit: str | None, from_env: str | None) -> str | None:
    value = explicit if explicit is not None else from_env
    return value.strip() or None if value is not None else None


def _url(value: str) -> str:
    url = httpx.URL(value)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"a base URL must be an absolute http(s) URL, got {value!r}")
    return value.rstrip("/")


TimeoutLike = httpx.Timeout | float | None
"""What `timeout=` accepts: seconds for every phase, httpx's per-phase `Timeout`, or None."""


def to_timeout(value: TimeoutLike) -> httpx.Timeout:
    """Return `value` as an `httpx.Timeout`: a number applies to connect, read, write and pool.

    None means no timeout at all (as in httpx): a stalled connection then waits forever.

    Raises:
        ValueError: a number that is negative, NaN, or not a number (e.g. a bool or a string).
    """
    if value is None or isinstance(value, httpx.Timeout):
        return httpx.Timeout(value)
    # bool is an int subclass: timeout=True would silently mean one second.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(
            f"timeout must be seconds (a number), an httpx.Timeout or None, not {value!r}"
        )
    if math.isnan(value) or value < 0:
        raise ValueError(f"timeout must be a number of seconds >= 0, got {value!r}")
    return httpx.Timeout(float(value))


class MissingCredentials(httpx.Auth):
    """The auth of a client with neither credentials nor a token: every request explains why."""

    message = (
        f"no SoundCloud credentials: pass client_id= and client_secret= (or set "
        f"{ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}), or a user token= / token_store="
    )

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Refuse the request before anything is sent."""
        if self.message:
            raise ConfigurationError(self.message)
        yield request  # httpx drives auth flows as async generators
