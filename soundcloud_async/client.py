"""`SoundCloud`: one object that reaches every operation of the API, typed end to end.

    async with SoundCloud(client_id=..., client_secret=...) as sc:
        track = await sc.tracks.get("soundcloud:tracks:123")
        async for fan in sc.tracks.favoriters(track.urn):
            ...

It owns one `httpx.AsyncClient` wired as docs/architecture.md (The request pipeline) describes: auth
(`SoundCloudAuth`), retries (`RetryTransport` around the real or injected transport) and
redacting log hooks. Namespaces follow the spec's tags; their methods are generated from it.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Mapping
from functools import cached_property, partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from soundcloud_async._constants import DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT
from soundcloud_async._cookies import ResponseCookiesClient
from soundcloud_async._lean_send import LeanClient
from soundcloud_async._version import __version__
from soundcloud_async.errors import ClientClosedError, ConfigurationError, ResponseValidationError

# Only names for annotations here: `from soundcloud_async import SoundCloud` loads this module
# and little else (no attrs, no asyncio); building a client imports its pipeline, and each
# feature (a budget, hooks, `sc.raw`, a namespace) is imported when first used (bench/ section 6).
if TYPE_CHECKING:
    from soundcloud_async_generated.api.likes import LikesNamespace
    from soundcloud_async_generated.api.reposts import RepostsNamespace
    from soundcloud_async_generated.api.search import SearchNamespace
    from soundcloud_async_generated.api.users import UsersNamespace

    from soundcloud_async._budget_gate import BudgetGate
    from soundcloud_async._hooks import (
        Hook,
        Hooks,
        RateLimitEvent,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
    )
    from soundcloud_async._namespaces.me import MeNamespace
    from soundcloud_async._namespaces.oauth import OAuthNamespace
    from soundcloud_async._namespaces.playlists import PlaylistsNamespace
    from soundcloud_async._namespaces.tracks import TracksNamespace
    from soundcloud_async._observe import Observer
    from soundcloud_async._ratelimit import RateLimitHeaders
    from soundcloud_async._raw import RawResponse
    from soundcloud_async._resolved import Resolved
    from soundcloud_async._retry import RetryPolicy
    from soundcloud_async._settings import TimeoutLike
    from soundcloud_async._token import Token
    from soundcloud_async._token_keeper import TokenCallback
    from soundcloud_async._transport import RetryTransport
    from soundcloud_async.auth import SoundCloudAuth
    from soundcloud_async.budgets import RateBudget
    from soundcloud_async.token_store import TokenStore

__all__ = ["SoundCloud"]

T = TypeVar("T")

# /resolve answers one 302 to the resource (docs/soundcloud-behaviour.md, Redirects); a chain
# is a misbehaving server, not something to follow forever.
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
        timeout: Timeouts of every request except uploads: seconds for each phase (connect,
            read, write, pool), an `httpx.Timeout` per phase, or None for none at all.
        transport: Replaces the network for both origins (e.g. `httpx.MockTransport`, the fake
            SoundCloud's transport, or a transport shared by many clients); still wrapped by
            the retry layer, and never closed by this client.
        http_client: Use this client as is (its auth, transport, hooks and base_url): nothing
            is added and it is never closed here. For callers who build the pipeline themselves.
        page_size: Items per request for list methods (1 to 200).
        on_token: Called with every new token after it is saved (sync or async).
        on_request: Called before each attempt of each request (`RequestEvent`).
        on_response: Called with each attempt's response (`ResponseEvent`).
        on_retry: Called before the retry layer waits to send again (`RetryEvent`).
        on_rate_limit: Called with what each 429 said about the limit (`RateLimitEvent`).

    Hooks may be sync or async; one that raises is logged on `soundcloud_async.hooks` and
    the call goes on. Their arguments carry no header and no secret (URLs are redacted).
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
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        on_token: TokenCallback | None = None,
        on_request: Hook[RequestEvent] | None = None,
        on_response: Hook[ResponseEvent] | None = None,
        on_retry: Hook[RetryEvent] | None = None,
        on_rate_limit: Hook[RateLimitEvent] | None = None,
        budget: RateBudget | None = None,
    ) -> None:
        from soundcloud_async._logging import configure_from_environment
        from soundcloud_async._observe import Observer
        from soundcloud_async._runtime import Runtime
        from soundcloud_async._settings import Settings, to_timeout

        if http_client is not None and budget is not None:
            raise ValueError(
                "budget= is applied by the client's own pipeline: not with http_client="
            )
        timeouts = to_timeout(timeout)  # checked even with http_client: bad input fails early
        configure_from_environment()
        self._observer = Observer(_hooks_of(on_request, on_response, on_retry, on_rate_limit))
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
            http_client = self._build_http(retry, timeouts, transport, budget)
            if self._auth is not None:
                # Token and sign-out requests share this client's transport, retries and hooks.
                self._auth.use_client(http_client)
        self._http = http_client
        self._runtime = Runtime(http_client, page_size=page_size)

    # Each namespace (and the generated endpoints and models behind it) is imported on first
    # use: importing all of them made `import soundcloud_async` twice as slow as httpx's.
    @cached_property
    def me(self) -> MeNamespace:
        """The signed-in user: `/me` and its lists (`sc.me.get()`, `sc.me.liked_tracks()` ...)."""
        from soundcloud_async._namespaces.me import MeNamespace

        return MeNamespace(self._runtime)

    @cached_property
    def tracks(self) -> TracksNamespace:
        """Tracks: `get`, `update`, `delete`, `upload`, `streams`, comments and fans."""
        from soundcloud_async._namespaces.tracks import TracksNamespace

        return TracksNamespace(self._runtime)

    @cached_property
    def users(self) -> UsersNamespace:
        """Users: profiles, followers, followings, tracks, playlists, likes."""
        from soundcloud_async_generated.api.users import UsersNamespace

        return UsersNamespace(self._runtime)

    @cached_property
    def playlists(self) -> PlaylistsNamespace:
        """Playlists: `get`, `create`, `update`, `delete` and their tracks."""
        from soundcloud_async._namespaces.playlists import PlaylistsNamespace

        return PlaylistsNamespace(self._runtime)

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
    def oauth(self) -> OAuthNamespace:
        """Sign-in helpers bound to this client (authorization URL, code exchange)."""
        from soundcloud_async._namespaces.oauth import OAuthNamespace

        return OAuthNamespace(self._settings, self._http, self._auth)

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

        from soundcloud_async._namespaces._redirects import is_redirect, location_of
        from soundcloud_async._origin import same_origin

        response = await self._runtime.request(**operation.build_request(url_query=url))
        for _ in range(_MAX_RESOLVE_HOPS):
            if not is_redirect(response):
                from soundcloud_async._resolved import resource_of

                return resource_of(response)
            target = location_of(response)
            if not same_origin(target, self._http.base_url):
                return str(target)
            response = await self._runtime.request("GET", str(target))
        raise ResponseValidationError(
            f"/resolve redirected more than {_MAX_RESOLVE_HOPS} times", response=response
        )

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        retry: RetryPolicy | None = None,
    ) -> SoundCloud:
        """A view of this client with other timeouts or another retry policy.

        The view shares the connection pool, the token (and its renewals), the token store
        and the hooks; building one sends nothing and costs about one `httpx.AsyncClient`. It
        needs no closing and stops working when this client is closed.

            patient = sc.with_options(retry=RetryPolicy(max_retries=6), timeout=60.0)
            await patient.tracks.get(urn)

        `timeout` takes what `SoundCloud(timeout=...)` takes; None keeps this client's.

        Raises:
            ConfigurationError: this client was built from a caller's `http_client`.
            ValueError: `timeout` is not a valid timeout.
        """
        from soundcloud_async._runtime import Runtime
        from soundcloud_async._settings import to_timeout

        timeouts = self._http.timeout if timeout is None else to_timeout(timeout)
        if not isinstance(self._http, _OwnedClient) or self._retry_transport is None:
            raise ConfigurationError(
                "with_options() needs a client SoundCloud built itself; with http_client= "
                "build another httpx.AsyncClient with the options you want"
            )
        view = copy.copy(self)
        for name in _NAMESPACES:  # bound to this client's runtime: rebuilt on first use
            view.__dict__.pop(name, None)
        view._owns_http = False
        view._retry_transport = self._retry_transport.with_policy(
            retry if retry is not None else self._retry_transport.policy
        )
        view._http = self._http.view(view._retry_transport, timeouts)
        view._runtime = Runtime(view._http, page_size=self._runtime.page_size)
        return view

    async def raw(self, call: Awaitable[T]) -> RawResponse[T]:
        """Await `call` (a method of this client) and return its value with its final response.

            raw = await sc.raw(sc.tracks.get(urn))
            raw.parsed.title, raw.status_code, raw.headers["content-type"], raw.request_id

        The response is the last one the call received (after retries, a token refresh and
        replay, or a redirect followed by `resolve`). Errors raise as usual.

        Raises:
            ValueError: `call` sent no request through this client's task.
        """
        from soundcloud_async._raw import capture_raw

        return await capture_raw(call)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Call an operation the spec does not have yet; returns the parsed JSON (None if empty).

            await sc.request("GET", "/tracks/soundcloud:tracks:1/new-thing", params={"a": 1})

        Same token, refresh, retries, hooks and error classes as the generated methods. A
        relative path is on the API origin; an absolute URL on another origin raises
        `ValueError` before anything is sent, so the token never leaves. Once `make generate`
        has the operation, use its typed method instead.

        Raises:
            ValueError: an unknown method or another origin.
            APIStatusError: a status >= 400.
            ResponseValidationError: a success body that is not JSON.
        """
        from soundcloud_async._escape import request_json

        return await request_json(self._runtime, method, path, params=params, json=json)

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
        from soundcloud_async._retry import RetryPolicy
        from soundcloud_async.auth import SoundCloudAuth

        settings = self._settings
        if not settings.client_id and token is None and store is None:
            return None
        return SoundCloudAuth(
            settings.client_id,
            settings.client_secret,
            token=token,
            token_store=store,
            on_token=None if on_token is None else _logged(on_token),
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
        from soundcloud_async._logging import event_hooks
        from soundcloud_async._settings import MissingCredentials
        from soundcloud_async._transport import Borrowed, RetryTransport

        inner = _network() if transport is None else Borrowed(transport)
        gate = None if budget is None else _gate_for(budget, client_id=self._settings.client_id)
        self._retry_transport = RetryTransport(inner, policy=retry, budget=gate)
        return _OwnedClient(
            self._observer,
            base_url=self._settings.base_url,
            auth=self._auth if self._auth is not None else MissingCredentials(),
            transport=self._retry_transport,
            timeout=timeout,
            headers={"User-Agent": f"soundcloud-async/{__version__}", "Accept": "application/json"},
            event_hooks=event_hooks(),
        )


_NAMESPACES = ("me", "tracks", "users", "playlists", "likes", "reposts", "search", "oauth")


def _hooks_of(
    on_request: Hook[RequestEvent] | None,
    on_response: Hook[ResponseEvent] | None,
    on_retry: Hook[RetryEvent] | None,
    on_rate_limit: Hook[RateLimitEvent] | None,
) -> Hooks | None:
    """The client's hooks; None (and the hooks module left unimported) when it has none."""
    if on_request is None and on_response is None and on_retry is None and on_rate_limit is None:
        return None
    from soundcloud_async._hooks import Hooks

    return Hooks(on_request, on_response, on_retry, on_rate_limit)


def _logged(on_token: TokenCallback) -> TokenCallback:
    """`on_token` treated like the other hooks: if it raises, that is logged and the call goes
    on (the token is saved before it is announced, so nothing is lost)."""
    from soundcloud_async._hooks import call_hook

    return partial(call_hook, on_token)


def _network() -> httpx.AsyncBaseTransport:
    # The pool gate only for a client that talks to the network itself, not over a given transport.
    from soundcloud_async._gate import gated_network

    return gated_network()


def _gate_for(budget: RateBudget, *, client_id: str | None) -> BudgetGate:
    # Budget rules and buckets only for a client given `budget=`.
    from soundcloud_async._budget_gate import BudgetGate

    return BudgetGate(budget, client_id=client_id)


class _OwnedClient(LeanClient, ResponseCookiesClient):
    """The client a `SoundCloud` builds: use after `aclose()` is named as such, every request
    is observed (hooks, OpenTelemetry, `sc.raw`), and generated operations take the lean
    path (`_lean_send.py`)."""

    def __init__(
        self, observer: Observer, *, parent: _OwnedClient | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._observer = observer
        self._parent = parent

    @property
    def is_closed(self) -> bool:
        # A view (`with_options`) lives on its parent's connection pool.
        return super().is_closed or (self._parent is not None and self._parent.is_closed)

    def view(self, transport: RetryTransport, timeout: httpx.Timeout) -> _OwnedClient:
        """A client over the same auth, headers and hooks, with its own retries and timeout."""
        from soundcloud_async._logging import event_hooks

        return _OwnedClient(
            self._observer,
            parent=self,
            base_url=self.base_url,
            auth=self.auth,
            transport=transport,
            timeout=timeout,
            headers=self.headers,
            event_hooks=event_hooks(),
        )

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._refuse_if_closed()
        return await self._observer.send(
            request, lambda: super(_OwnedClient, self).send(request, **kwargs)
        )

    async def send_built(self, request: httpx.Request) -> httpx.Response:
        self._refuse_if_closed()
        return await self._observer.send(request, lambda: self.send_lean(request))

    def _refuse_if_closed(self) -> None:
        # httpx's own refusal ("the client has been closed") names neither the cause nor
        # SoundCloud, and is no SoundCloudError.
        if self.is_closed:
            raise ClientClosedError(
                "this SoundCloud client is closed (aclose() was called, or its `async with` "
                "block ended): create a new SoundCloud to make more requests"
            )


def retry_transport_of(client: SoundCloud) -> RetryTransport | None:
    """The retry layer `client` built for itself; None when it was given `http_client=`.

    Package-internal (not exported): the testing kit reaches the layer through this instead
    of the client's private attribute.
    """
    return client._retry_transport
