"""`SoundCloud`: one object that reaches every operation of the API, typed end to end.

    async with SoundCloud(client_id=..., client_secret=...) as sc:
        track = await sc.tracks.get("soundcloud:tracks:123")
        async for fan in sc.tracks.favoriters(track.urn):
            ...

It owns one `httpx.AsyncClient` wired as DESIGN.md's request pipeline describes: auth
(`SoundCloudAuth`), retries (`RetryTransport` around the real or injected transport) and
redacting log hooks. Namespaces follow the spec's tags; their methods are generated from it.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx
from soundcloud_async_generated.models import Playlist, Track, User

from soundcloud_async._budget_gate import BudgetGate
from soundcloud_async._constants import DEFAULT_TIMEOUT
from soundcloud_async._gate import gated_network
from soundcloud_async._logging import event_hooks
from soundcloud_async._namespaces._redirects import location_of, same_origin
from soundcloud_async._ratelimit import RateLimitHeaders, parse_json
from soundcloud_async._renewal import TokenCallback
from soundcloud_async._retry import RetryPolicy
from soundcloud_async._runtime import Runtime, invalid_body
from soundcloud_async._settings import MissingCredentials, Settings
from soundcloud_async._token import Token
from soundcloud_async._transport import RetryTransport
from soundcloud_async._version import __version__
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.budgets import RateBudget
from soundcloud_async.errors import ClientClosedError, ConfigurationError, ResponseValidationError
from soundcloud_async.pagination import DEFAULT_PAGE_SIZE
from soundcloud_async.token_store import TokenStore

if TYPE_CHECKING:
    from soundcloud_async_generated.api.likes import LikesNamespace
    from soundcloud_async_generated.api.reposts import RepostsNamespace
    from soundcloud_async_generated.api.search import SearchNamespace
    from soundcloud_async_generated.api.users import UsersNamespace

    from soundcloud_async._namespaces.me import Me
    from soundcloud_async._namespaces.oauth import OAuth
    from soundcloud_async._namespaces.playlists import Playlists
    from soundcloud_async._namespaces.tracks import Tracks

__all__ = ["Resolved", "SoundCloud"]

Resolved = Track | User | Playlist
"""What a soundcloud.com URL can resolve to."""

_RESOLVED_KINDS: dict[str, type[Track] | type[User] | type[Playlist]] = {
    "track": Track,
    "user": User,
    "playlist": Playlist,
}
# /resolve answers one 302 to the resource (soundcloud-api.md §3); a chain is a misbehaving
# server, not something to follow forever.
_MAX_RESOLVE_HOPS = 3


class SoundCloud:
    """An async SoundCloud client: `sc.tracks`, `sc.users`, `sc.me` ... and `sc.resolve(url)`.

    Args:
        client_id: Your app's client id (default: `SOUNDCLOUD_CLIENT_ID`).
        client_secret: Your app's secret, for app-only tokens (default: `SOUNDCLOUD_CLIENT_SECRET`).
        token: Start with this token (e.g. a user's, from a login); it is refreshed as needed.
        token_store: Load and save tokens here (`FileTokenStore` shares them across processes).
        base_url: API origin (default: `SOUNDCLOUD_BASE_URL` or https://api.soundcloud.com).
        auth_base_url: Auth origin (default: `SOUNDCLOUD_AUTH_BASE_URL` or
            https://secure.soundcloud.com).
        retry: Retry policy for 429s, 5xx and connection errors.
        timeout: httpx timeouts of every request except uploads.
        transport: Replaces the network for both origins (e.g. `httpx.MockTransport`, the fake
            SoundCloud's transport, or a transport shared by many clients); still wrapped by
            the retry layer, and never closed by this client.
        http_client: Use this client as is (its auth, transport, hooks and base_url): nothing
            is added and it is never closed here. For callers who build the pipeline themselves.
        page_size: Items per request for list methods (1 to 200).
        on_token: Called with every new token after it is saved (sync or async).
        budget: Client-side rate budget every request draws from before it is sent
            (`MemoryRateBudget`, or `soundcloud_async.redis.RedisRateBudget` across hosts).

    Missing credentials are reported by the first request that needs them (`ConfigurationError`).
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token: Token | None = None,
        token_store: TokenStore | None = None,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        on_token: TokenCallback | None = None,
        budget: RateBudget | None = None,
    ) -> None:
        if http_client is not None and budget is not None:
            raise ValueError(
                "budget= is applied by the client's own pipeline: not with http_client="
            )
        if http_client is not None:
            if not str(http_client.base_url):
                raise ConfigurationError(
                    "http_client has no base_url: build it with base_url= (the API origin, "
                    "e.g. https://api.soundcloud.com)"
                )
            base_url = str(http_client.base_url)
        self._settings = Settings.resolve(
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            auth_base_url=auth_base_url,
        )
        self._auth: SoundCloudAuth | None = None
        self._retry_transport: RetryTransport | None = None
        self._owns_http = http_client is None
        if http_client is None:
            self._auth = self._build_auth(token, token_store, on_token, retry)
            http_client = self._build_http(retry, timeout, transport, budget)
            if self._auth is not None:
                # Token and sign-out requests share this client's transport, retries and hooks.
                self._auth.use_client(http_client)
        self._http = http_client
        self._runtime = Runtime(http_client, page_size=page_size)

    # Each namespace (and the generated endpoints and models behind it) is imported on first
    # use: importing all of them made `import soundcloud_async` twice as slow as httpx's.
    @cached_property
    def me(self) -> Me:
        """The signed-in user: `/me` and its lists (`sc.me.get()`, `sc.me.liked_tracks()` ...)."""
        from soundcloud_async._namespaces.me import Me

        return Me(self._runtime)

    @cached_property
    def tracks(self) -> Tracks:
        """Tracks: `get`, `update`, `delete`, `upload`, `streams`, comments and fans."""
        from soundcloud_async._namespaces.tracks import Tracks

        return Tracks(self._runtime)

    @cached_property
    def users(self) -> UsersNamespace:
        """Users: profiles, followers, followings, tracks, playlists, likes."""
        from soundcloud_async_generated.api.users import UsersNamespace

        return UsersNamespace(self._runtime)

    @cached_property
    def playlists(self) -> Playlists:
        """Playlists: `get`, `create`, `update`, `delete` and their tracks."""
        from soundcloud_async._namespaces.playlists import Playlists

        return Playlists(self._runtime)

    @cached_property
    def likes(self) -> LikesNamespace:
        """Liking and unliking tracks and playlists."""
        from soundcloud_async_generated.api.likes import LikesNamespace

        return LikesNamespace(self._runtime)

    @cached_property
    def reposts(self) -> RepostsNamespace:
        """Reposting tracks and playlists."""
        from soundcloud_async_generated.api.reposts import RepostsNamespace

        return RepostsNamespace(self._runtime)

    @cached_property
    def search(self) -> SearchNamespace:
        """Search for tracks, users and playlists."""
        from soundcloud_async_generated.api.search import SearchNamespace

        return SearchNamespace(self._runtime)

    @cached_property
    def oauth(self) -> OAuth:
        """Sign-in helpers bound to this client (authorization URL, code exchange)."""
        from soundcloud_async._namespaces.oauth import OAuth

        return OAuth(self._settings, self._http, self._auth)

    def __repr__(self) -> str:
        settings = self._settings
        return f"SoundCloud(base_url={settings.base_url!r}, client_id={settings.client_id!r})"

    @property
    def http(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` every request of this client goes through."""
        return self._http

    @property
    def token(self) -> Token | None:
        """The current token (None before the first request, or with a caller's http_client)."""
        return None if self._auth is None else self._auth.token

    @property
    def last_rate_limit(self) -> RateLimitHeaders | None:
        """Rate-limit headers of the most recent response (None before any, or if unknown)."""
        return None if self._retry_transport is None else self._retry_transport.last_rate_limit

    async def resolve(self, url: str) -> Resolved | str:
        """Turn a soundcloud.com URL into its track, user or playlist.

        SoundCloud answers with a 302 to the resource on the API origin, which is fetched
        with the token. A target on any other origin is returned as a string, unfetched, so
        the token never leaves the API origin. Operation `resolve`: GET /resolve.

        Raises:
            NotFoundError: SoundCloud knows no resource at that URL.
            ResponseValidationError: the answer is neither a redirect nor a known resource.
        """
        from soundcloud_async_generated.api.miscellaneous import resolve as operation

        response = await self._runtime.request(**operation._get_kwargs(url_query=url))
        for _ in range(_MAX_RESOLVE_HOPS):
            if not response.is_redirect:
                return _resource_of(response)
            target = location_of(response)
            if not same_origin(target, self._http.base_url):
                return str(target)
            response = await self._runtime.request("GET", str(target))
        raise ResponseValidationError(
            f"/resolve redirected more than {_MAX_RESOLVE_HOPS} times", response=response
        )

    async def sign_out(self) -> None:
        """End the session on SoundCloud and forget the token here and in the token store.

        Sends SoundCloud's documented sign-out (auth host, falling back to the API host's
        operation `sign_out`: POST /sign-out). A no-op when no token was ever obtained.
        """
        if self._auth is not None:
            await self._auth.sign_out(self._http, base_url=self._settings.base_url)

    async def aclose(self) -> None:
        """Close the connections this client opened (a caller's client or transport stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> SoundCloud:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _build_auth(
        self,
        token: Token | None,
        store: TokenStore | None,
        on_token: TokenCallback | None,
        retry: RetryPolicy | None,
    ) -> SoundCloudAuth | None:
        settings = self._settings
        if not settings.client_id and token is None and store is None:
            return None
        return SoundCloudAuth(
            settings.client_id,
            settings.client_secret,
            token=token,
            token_store=store,
            on_token=on_token,
            auth_base_url=settings.auth_base_url,
            # A renewal is part of the call that needs it: it gets the same overall budget.
            renewal_deadline=(retry or RetryPolicy()).deadline,
        )

    def _build_http(
        self,
        retry: RetryPolicy | None,
        timeout: httpx.Timeout,
        transport: httpx.AsyncBaseTransport | None,
        budget: RateBudget | None,
    ) -> httpx.AsyncClient:
        inner = gated_network() if transport is None else _Borrowed(transport)
        gate = None if budget is None else BudgetGate(budget, client_id=self._settings.client_id)
        self._retry_transport = RetryTransport(inner, policy=retry, budget=gate)
        return _OwnedClient(
            base_url=self._settings.base_url,
            auth=self._auth if self._auth is not None else MissingCredentials(),
            transport=self._retry_transport,
            timeout=timeout,
            headers={"User-Agent": f"soundcloud-async/{__version__}", "Accept": "application/json"},
            event_hooks=event_hooks(),
        )


class _OwnedClient(httpx.AsyncClient):
    """The client a `SoundCloud` builds: use after `aclose()` is named as such."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        # httpx's own refusal ("the client has been closed") names neither the cause nor
        # SoundCloud, and is no SoundCloudError.
        if self.is_closed:
            raise ClientClosedError(
                "this SoundCloud client is closed (aclose() was called, or its `async with` "
                "block ended): create a new SoundCloud to make more requests"
            )
        return await super().send(request, **kwargs)


class _Borrowed(httpx.AsyncBaseTransport):
    """A caller's transport, used but never closed (it may be shared by many clients)."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport.handle_async_request(request)


def _resource_of(response: httpx.Response) -> Resolved:
    parsed = parse_json(response.content)
    data = cast("dict[str, Any]", parsed) if isinstance(parsed, dict) else {}
    kind = data.get("kind")
    model = _RESOLVED_KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise ResponseValidationError(
            f"/resolve led to {response.request.url.path}, which is not a track, user or "
            f"playlist (kind={kind!r})",
            response=response,
        )
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise invalid_body(response, exc) from exc
