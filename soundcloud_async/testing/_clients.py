"""Ready `SoundCloud` clients for a fake: in process (its transport) or over a served URL."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from soundcloud_async import RetryPolicy, Token
from soundcloud_async.client import SoundCloud, retry_transport_of
from soundcloud_async.testing._fake import FakeSoundCloud, FakeUser
from soundcloud_async.token_store import TokenStore

__all__ = ["client_for", "user_token"]


def user_token(
    fake: FakeSoundCloud,
    user: int | str | FakeUser | None = None,
    *,
    clock: Callable[[], float] = time.time,
) -> Token:
    """A user token minted by `fake` (default: its login user), as the client stores tokens.

    Minted directly, so it does not count in `fake.token_requests`.
    """
    body = fake.issue_token(user)
    lifetime = float(body["expires_in"])
    return Token(
        access_token=str(body["access_token"]),
        refresh_token=str(body["refresh_token"]),
        expires_at=clock() + lifetime,
        lifetime=lifetime,
        scope=str(body.get("scope") or ""),
        app_only=False,
    )


def client_for(
    fake: FakeSoundCloud,
    *,
    user: int | str | FakeUser | bool = False,
    base_url: str | None = None,
    retry: RetryPolicy | None = None,
    token_store: TokenStore | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> SoundCloud:
    """A `SoundCloud` with the fake's default app credentials.

    Args:
        fake: The fake to talk to.
        user: False for an app-only client (its token is fetched on first use); True for the
            fake's login user, or a user (id, URN, permalink or `FakeUser`) to act as.
        base_url: The URL `serve(fake)` yielded, to go over a real socket; None to stay in
            process through `fake.transport()`.
        retry: The client's retry policy (default: the library's).
        token_store: Where the client loads and saves tokens.
        sleep: Awaited with each retry delay instead of `asyncio.sleep` (e.g. a
            `RecordingSleep`, so tests of 429s and 5xx never wait); None sleeps for real.
    """
    token = None
    if user is not False:
        token = user_token(fake, None if user is True else user)
    client = SoundCloud(
        fake.client_id,
        fake.client_secret,
        token=token,
        token_store=token_store,
        retry=retry,
        base_url=base_url,
        auth_base_url=base_url,
        transport=fake.transport() if base_url is None else None,
    )
    if sleep is not None:
        _retry_with_sleep(client, sleep)
    return client


def _retry_with_sleep(client: SoundCloud, sleep: Callable[[float], Awaitable[None]]) -> None:
    # The facade keeps its sleep internal on purpose (real code should wait); the testing kit,
    # part of the same package, swaps it on the retry layer the client built for itself.
    retry_transport = retry_transport_of(client)
    if retry_transport is None:  # pragma: no cover - client_for never passes http_client
        raise RuntimeError("client_for: the client has no retry layer to give a sleep to")
    retry_transport.use_sleep(sleep)
