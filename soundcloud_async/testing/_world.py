"""Everything the request handlers share: the state, the auth server and the switches."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from ._auth import AuthServer
from ._state import State

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class World:
    """The mutable core of one `FakeSoundCloud`.

    Attributes:
        state: Resources and relations.
        auth: Apps and tokens.
        sleep: How slow-response faults wait (injectable so tests never wait for real).
        login_user: Who `GET /authorize` logs in as.
        deny_login: Make `GET /authorize` answer `error=access_denied`.
    """

    state: State
    auth: AuthServer
    sleep: Sleep
    login_user: int
    deny_login: bool = False
