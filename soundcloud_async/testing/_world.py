"""Everything the request handlers share: the state, the auth server and the switches."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from soundcloud_async.testing._auth import AuthServer
from soundcloud_async.testing._state import State

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
        client_auth: Per grant type (None: every grant), the ways the token endpoint accepts
            the client credentials (`"basic"`, `"form"`); a grant missing here accepts both.
        sign_out_forms: The sign-out forms served: `"session"` (`POST /sign-out` on the auth
            host with a JSON `access_token`) and `"api"` (`POST /sign-out` with the header).
    """

    state: State
    auth: AuthServer
    sleep: Sleep
    login_user: int
    deny_login: bool = False
    client_auth: dict[str | None, frozenset[str]] = field(default_factory=dict)
    sign_out_forms: frozenset[str] = frozenset({"session", "api"})

    def accepts_client_auth(self, grant_type: str, method: str) -> bool:
        """Whether the token endpoint takes client credentials sent `method` for `grant_type`."""
        accepted = self.client_auth.get(grant_type, self.client_auth.get(None))
        return accepted is None or method in accepted
