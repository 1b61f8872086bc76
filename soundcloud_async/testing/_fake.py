"""`FakeSoundCloud`: the public face of the fake (construction, switches, runners)."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.types import ASGIApp

from soundcloud_async.testing._app import build_app
from soundcloud_async.testing._auth import AuthServer
from soundcloud_async.testing._faults import Faults
from soundcloud_async.testing._ids import parse_ref, urn
from soundcloud_async.testing._seed import SeedSizes, popular_user_id, seed_state
from soundcloud_async.testing._state import State
from soundcloud_async.testing._tokenstats import TokenStats
from soundcloud_async.testing._transport import FakeTransport
from soundcloud_async.testing._world import Sleep, World

DEFAULT_CLIENT_ID = "fake-client-id"
DEFAULT_CLIENT_SECRET = "fake-client-secret"  # noqa: S105  (a published test credential)


@dataclass(frozen=True, slots=True)
class FakeUser:
    """A seeded account, enough to address it in requests and URLs."""

    id: int
    urn: str
    username: str
    permalink: str

    @property
    def permalink_url(self) -> str:
        """Its soundcloud.com page (what `/resolve` accepts)."""
        return f"https://soundcloud.com/{self.permalink}"


class FakeSoundCloud:
    """A stateful, deterministic, in-process SoundCloud (API host and auth host in one app).

    Args:
        seed: Same seed and sizes give the same users, tracks, ids and payloads.
        users: Artist accounts to seed.
        tracks: Tracks to seed.
        playlists: Playlists to seed.
        popular_followers: Listener accounts that all follow `popular_user`; they are its
            only followers, so its `followers_count` is exactly this number.
        clock: Epoch seconds; drives token expiry, new items' dates and rate-limit windows.
        sleep: Awaited by slow-response faults (pass a no-op in tests that must not wait).
        token_lifetime: Access-token lifetime in seconds.
        client_credentials_limit: Client-credentials tokens per app per window.
        client_credentials_window: That window in seconds (SoundCloud: 12 h).
        client_id: Id of the default app.
        client_secret: Secret of the default app.
        redirect_uris: Redirect URIs registered for the default app. `/authorize` redirects
            only to these (exact match) or to a loopback URL (`http://127.0.0.1:8000/cb`,
            `http://localhost/cb` ...), like SoundCloud, which accepts only registered ones;
            anything else (even `javascript:`) answers 400 `invalid_request`.
    """

    def __init__(
        self,
        seed: int = 1,
        *,
        users: int = 50,
        tracks: int = 500,
        playlists: int = 60,
        popular_followers: int = 2500,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
        token_lifetime: float = 3600.0,
        client_credentials_limit: int = 50,
        client_credentials_window: float = 12 * 3600.0,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        redirect_uris: tuple[str, ...] = (),
    ) -> None:
        self.seed = seed
        state = State(clock=clock)
        seed_state(state, seed, SeedSizes(users, tracks, playlists, popular_followers))
        auth = AuthServer(
            clock=clock,
            # Tokens of a fake need determinism, not secrecy; kept apart from the data stream.
            rng=random.Random(seed ^ 0x5EED_70CE),  # noqa: S311
            lifetime=token_lifetime,
            client_credentials_limit=client_credentials_limit,
            client_credentials_window=client_credentials_window,
        )
        self._world = World(state, auth, sleep, login_user=min(state.users))
        self.faults = Faults(clock)
        self.app: ASGIApp = build_app(self._world, self.faults)
        self.client_id = client_id
        self.client_secret = client_secret
        auth.register_app(client_id, client_secret, redirect_uris)

    def __repr__(self) -> str:
        state = self._world.state
        return (
            f"FakeSoundCloud(seed={self.seed}, users={len(state.users)}, "
            f"tracks={len(state.tracks)}, playlists={len(state.playlists)}, "
            f"client_id={self.client_id!r})"
        )

    # ------------------------------------------------------------------ runners
    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process transport for `httpx.AsyncClient(transport=...)`, any base URL."""
        return FakeTransport(self.app)

    # ------------------------------------------------------------------ apps and tokens
    @property
    def token_requests(self) -> TokenStats:
        """Every `POST /oauth/token` so far: `fake.token_requests.count("refresh_token")`."""
        return self._world.auth.stats

    def register_app(
        self, client_id: str, client_secret: str, *, redirect_uris: tuple[str, ...] = ()
    ) -> None:
        """Register another app, which accepts `redirect_uris` and any loopback URL."""
        self._world.auth.register_app(client_id, client_secret, redirect_uris)

    def register_redirect_uri(self, redirect_uri: str, *, client_id: str | None = None) -> None:
        """Also accept `redirect_uri` for an app (default: the default app)."""
        app = self._world.auth.apps[client_id or self.client_id]
        app.redirect_uris = (*app.redirect_uris, redirect_uri)

    def accept_client_auth(
        self, grant_type: str | None = None, *, basic: bool = True, form: bool = True
    ) -> None:
        """Choose how the token endpoint accepts client credentials (default: both ways).

        SoundCloud changed this twice in March 2026: first HTTP Basic was refused for every
        grant (`accept_client_auth(basic=False)`), then Basic was required again for
        client_credentials (`accept_client_auth("client_credentials", form=False)`). A refused
        way answers 401 `invalid_client`. `grant_type=None` sets the default of every grant.
        """
        accepted = frozenset(m for m, ok in (("basic", basic), ("form", form)) if ok)
        self._world.client_auth[grant_type] = accepted

    def serve_sign_out(self, *, session: bool = True, api: bool = True) -> None:
        """Choose which sign-out forms exist (a missing one answers 404).

        `session`: the API guide's `POST /sign-out` on the auth host with a JSON
        `{"access_token": ...}`; `api`: `POST /sign-out` with `Authorization: OAuth <token>`.
        """
        self._world.sign_out_forms = frozenset(
            form for form, served in (("session", session), ("api", api)) if served
        )

    def issue_token(
        self, user: int | str | FakeUser | None = None, *, app_only: bool = False
    ) -> dict[str, Any]:
        """Mint a token without the token endpoint (not counted in `token_requests`).

        Returns the token endpoint's body (`access_token`, `refresh_token`, `expires_in` ...)
        for `user` (default: the login user) or, with `app_only=True`, an app-only token.
        """
        user_id = (
            None
            if app_only
            else self._user_id(user)
            if user is not None
            else self._world.login_user
        )
        return self._world.auth.issue(self.client_id, user_id)

    def expire_access_tokens(self) -> None:
        """Expire every access token issued so far (refresh tokens keep working)."""
        self._world.auth.expire_access_tokens()

    def authorize_as(self, user: int | str | FakeUser) -> None:
        """Make `GET /authorize` log in as `user` (id, URN, permalink or `FakeUser`)."""
        self._world.login_user = self._user_id(user)

    def deny_authorization(self, deny: bool = True) -> None:
        """Make `GET /authorize` redirect with `error=access_denied` (or approve again)."""
        self._world.deny_login = deny

    # ------------------------------------------------------------------ seeded data
    @property
    def login_user(self) -> FakeUser:
        """Who `GET /authorize` and `issue_token()` act as (default: the first seeded user)."""
        return self.user(self._world.login_user)

    @property
    def popular_user(self) -> FakeUser:
        """The account with thousands of followers (`popular_followers` of them)."""
        return self.user(popular_user_id(self._world.state))

    def user(self, ref: int | str | FakeUser) -> FakeUser:
        """Look up an account by id, URN or permalink; KeyError when unknown."""
        record = self._world.state.users[self._user_id(ref)]
        return FakeUser(record.id, urn("users", record.id), record.username, record.permalink)

    def _user_id(self, ref: int | str | FakeUser) -> int:
        users = self._world.state.users
        if isinstance(ref, FakeUser):
            ref = ref.id
        if isinstance(ref, str):
            by_permalink = next((u.id for u in users.values() if u.permalink == ref), None)
            ref = by_permalink if by_permalink is not None else parse_ref("users", ref) or 0
        if ref not in users:
            raise KeyError(f"no seeded user {ref!r}")
        return ref

    def track_ids(self, user: int | str | FakeUser | None = None) -> list[int]:
        """Ids of all tracks (or of one user's), in id order."""
        owner = None if user is None else self._user_id(user)
        tracks = self._world.state.tracks.values()
        return sorted(t.id for t in tracks if owner is None or t.user_id == owner)

    def playlist_ids(self, user: int | str | FakeUser | None = None) -> list[int]:
        """Ids of all playlists (or of one user's), in id order."""
        owner = None if user is None else self._user_id(user)
        playlists = self._world.state.playlists.values()
        return sorted(p.id for p in playlists if owner is None or p.user_id == owner)
