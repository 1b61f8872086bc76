"""Renewal under stress, through the facade against the fake, in process and over sockets.

100 concurrent callers share ONE token request and its outcome, whether the caller that
started it is cancelled, the token endpoint refuses the grant, fails with a 500 or hangs.
Nothing here waits for real: the fake's slow answers wait on `Held`, released by the test.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
import pytest_asyncio

from soundcloud_async import (
    APITimeoutError,
    MemoryTokenStore,
    RetryPolicy,
    SoundCloud,
    TokenRefreshError,
    oauth,
)
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._clients import client_for, user_token
from soundcloud_async.testing._server import serve

CALLERS = 100
TOKEN = "/oauth/token"
ORIGIN = "https://fake.test"
INVALID_GRANT = {"error": "invalid_grant", "error_description": "refresh token revoked"}


class Held:
    """The fake's sleep: a slow answer waits until the test releases it (or forever)."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self._released = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.entered.set()
        await self._released.wait()

    def release(self) -> None:
        self._released.set()


@pytest.fixture
def held() -> Held:
    return Held()


@pytest.fixture
def fake(held: Held) -> FakeSoundCloud:
    return FakeSoundCloud(seed=5, users=4, tracks=8, playlists=1, popular_followers=3, sleep=held)


@pytest_asyncio.fixture(params=["in_process", "socket"])
async def base_url(
    request: pytest.FixtureRequest, fake: FakeSoundCloud
) -> AsyncIterator[str | None]:
    """None: the fake's in-process transport; else the URL of the fake served on loopback."""
    if request.param == "in_process":
        yield None
        return
    async with serve(fake) as url:
        yield url


async def _all(calls: list[asyncio.Task[object]]) -> list[object]:
    # Bounded, so a regression fails instead of hanging the suite.
    return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), timeout=30)


def _spawn(sc: SoundCloud, count: int = CALLERS) -> list[asyncio.Task[object]]:
    return [asyncio.create_task(sc.me.get()) for _ in range(count)]


async def test_a_cancelled_first_caller_does_not_lose_the_rotated_token(
    fake: FakeSoundCloud, held: Held, base_url: str | None
) -> None:
    store = MemoryTokenStore()
    async with client_for(fake, user=True, base_url=base_url, token_store=store) as sc:
        fake.expire_access_tokens()
        # The fake rotates the refresh token at once (the old one is spent), then delays.
        fake.faults.late_answer(seconds=30, path=TOKEN)
        calls = _spawn(sc)
        await held.entered.wait()
        calls[0].cancel()  # the caller whose request started the renewal goes away
        held.release()
        outcomes = await _all(calls)
        again = await sc.me.get()
        assert (await store.load()) == sc.token
    assert isinstance(outcomes[0], asyncio.CancelledError)
    assert {getattr(me, "urn", me) for me in outcomes[1:]} == {fake.login_user.urn}
    assert again.urn == fake.login_user.urn
    assert fake.token_requests.count("refresh_token") == 1


async def test_the_renewal_completes_and_is_saved_when_every_caller_is_cancelled(
    fake: FakeSoundCloud, held: Held, base_url: str | None
) -> None:
    store = MemoryTokenStore()
    async with client_for(fake, user=True, base_url=base_url, token_store=store) as sc:
        fake.expire_access_tokens()
        fake.faults.late_answer(seconds=30, path=TOKEN)
        calls = _spawn(sc)
        await held.entered.wait()
        for call in calls:
            call.cancel()
        await _all(calls)
        held.release()
        me = await sc.me.get()  # waits for the renewal still running, then uses its token
        assert (await store.load()) == sc.token
    assert me.urn == fake.login_user.urn
    assert fake.token_requests.count("refresh_token") == 1
    assert fake.token_requests.count("refresh_token", status=200) == 1


async def test_a_refused_grant_fails_every_caller_with_one_token_request(
    fake: FakeSoundCloud, base_url: str | None
) -> None:
    refused = fake.faults.status(1000, status=400, body=INVALID_GRANT, path=TOKEN)
    async with client_for(fake, user=True, base_url=base_url) as sc:
        fake.expire_access_tokens()
        outcomes = await _all(_spawn(sc))
        with pytest.raises(TokenRefreshError) as later:  # the spent grant is not sent again
            await sc.me.get()
    assert 1000 - refused.remaining == 1
    assert all(isinstance(error, TokenRefreshError) for error in outcomes)
    errors = [*outcomes, later.value]
    assert {(e.error_code, e.status_code) for e in errors} == {("invalid_grant", 400)}  # type: ignore[attr-defined]
    assert later.value.requires_login


async def test_a_500_from_the_token_endpoint_fails_every_caller_once_and_keeps_the_login(
    fake: FakeSoundCloud, base_url: str | None
) -> None:
    failing = fake.faults.server_error(1000, status=500, path=TOKEN)
    async with client_for(fake, user=True, base_url=base_url) as sc:
        fake.expire_access_tokens()
        outcomes = await _all(_spawn(sc))
        fake.faults.clear()
        me = await sc.me.get()  # a transient failure: the next call renews normally
    assert 1000 - failing.remaining == 1
    assert all(isinstance(error, TokenRefreshError) for error in outcomes)
    assert {(e.status_code, e.requires_login) for e in outcomes} == {(500, False)}  # type: ignore[attr-defined]
    assert me.urn == fake.login_user.urn
    assert fake.token_requests.count("refresh_token", status=200) == 1


async def test_a_hung_token_endpoint_fails_every_caller_together_in_process(
    fake: FakeSoundCloud, held: Held
) -> None:
    """In process httpx has no socket timeouts: the renewal deadline bounds the wait."""
    hung = fake.faults.slow(1000, seconds=3600, path=TOKEN)
    fast_deadline = RetryPolicy(deadline=0.05)
    async with client_for(fake, user=True, retry=fast_deadline) as sc:
        fake.expire_access_tokens()
        outcomes = await _all(_spawn(sc))
    held.release()
    assert 1000 - hung.remaining == 1
    assert all(isinstance(error, TokenRefreshError) for error in outcomes)
    assert {e.error_code for e in outcomes} == {"timeout"}  # type: ignore[attr-defined]


async def test_a_hung_token_endpoint_fails_every_caller_together_over_a_socket(
    fake: FakeSoundCloud, held: Held
) -> None:
    """One read timeout for all 100 callers, not one after another."""
    hung = fake.faults.slow(1000, seconds=3600, path=TOKEN)
    async with serve(fake) as url:
        # The timeout is real time: it must outlast the moment all 100 callers take to join
        # the renewal, which on a loaded machine is tens of milliseconds. A caller arriving
        # after the shared failure rightly starts a renewal of its own.
        sc = _client(fake, url, timeout=httpx.Timeout(5.0, read=1.0))
        async with sc:
            fake.expire_access_tokens()
            outcomes = await _all(_spawn(sc))
        held.release()
    assert 1000 - hung.remaining == 1
    assert all(isinstance(error, APITimeoutError) for error in outcomes)
    assert len({id(error.__cause__) for error in outcomes}) == 1  # one failure, shared


def _client(fake: FakeSoundCloud, url: str, **kwargs: object) -> SoundCloud:
    return SoundCloud(
        fake.client_id,
        fake.client_secret,
        token=user_token(fake),
        base_url=url,
        auth_base_url=url,
        **kwargs,  # type: ignore[arg-type]
    )


def test_one_client_keeps_working_across_two_event_loops() -> None:
    """A module-scoped client used by two `asyncio.run`s: contended renewals in both."""

    async def yield_once(seconds: float) -> None:
        await asyncio.sleep(0)  # the token answer suspends once: the other callers pile up

    fake = FakeSoundCloud(
        seed=5, users=4, tracks=8, playlists=1, popular_followers=3, sleep=yield_once
    )
    sc = client_for(fake, user=True)

    async def burst() -> set[str]:
        fake.expire_access_tokens()
        fake.faults.slow(seconds=1, path=TOKEN)
        results = await asyncio.gather(*(sc.me.get() for _ in range(20)))
        return {me.urn for me in results}

    assert asyncio.run(burst()) == {fake.login_user.urn}
    assert asyncio.run(burst()) == {fake.login_user.urn}
    asyncio.run(sc.aclose())
    assert fake.token_requests.count("refresh_token") == 2


def test_two_clients_sharing_a_store_work_across_two_event_loops() -> None:
    """The store's in-process lock is per loop too: contended by two clients in each run."""

    async def yield_once(seconds: float) -> None:
        await asyncio.sleep(0)

    fake = FakeSoundCloud(
        seed=5, users=4, tracks=8, playlists=1, popular_followers=3, sleep=yield_once
    )
    store = MemoryTokenStore(user_token(fake))
    clients = [client_for(fake, token_store=store) for _ in range(2)]

    async def burst() -> set[str]:
        fake.expire_access_tokens()
        fake.faults.slow(seconds=1, path=TOKEN)
        calls = [sc.me.get() for sc in clients for _ in range(10)]
        return {me.urn for me in await asyncio.gather(*calls)}

    assert asyncio.run(burst()) == {fake.login_user.urn}
    assert asyncio.run(burst()) == {fake.login_user.urn}
    for sc in clients:
        asyncio.run(sc.aclose())
    assert fake.token_requests.count("refresh_token") == 2


def test_one_client_in_two_running_loops_at_once_is_refused_clearly() -> None:
    """Two threads, two loops, one client: the second loop gets a clear error at once."""
    entered, release = threading.Event(), threading.Event()

    async def block_thread(seconds: float) -> None:
        entered.set()
        await asyncio.to_thread(release.wait, 30)

    fake = FakeSoundCloud(
        seed=5, users=4, tracks=8, playlists=1, popular_followers=3, sleep=block_thread
    )
    sc = client_for(fake, user=True)
    fake.expire_access_tokens()
    fake.faults.slow(seconds=1, path=TOKEN)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        first = pool.submit(asyncio.run, sc.me.get())
        assert entered.wait(30)  # the first loop is renewing
        with pytest.raises(RuntimeError, match="one event loop"):
            asyncio.run(sc.me.get())
        release.set()
        assert first.result(timeout=30).urn == fake.login_user.urn


SwitchMode = Callable[[FakeSoundCloud], None]


@pytest.mark.parametrize(
    ("switch", "grant"),
    [
        # Basic required for refresh grants: our form fields are refused, Basic is retried.
        (lambda fake: fake.accept_client_auth("refresh_token", form=False), "refresh_token"),
        # March 2026 (first change): Basic refused for every grant; form fields are retried.
        (lambda fake: fake.accept_client_auth(basic=False), "client_credentials"),
    ],
    ids=["form-to-basic", "basic-to-form"],
)
async def test_refused_client_authentication_is_retried_the_other_way_and_remembered(
    fake: FakeSoundCloud,
    base_url: str | None,
    switch: SwitchMode,
    grant: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    switch(fake)
    caplog.set_level("DEBUG")
    user = grant == "refresh_token"
    async with client_for(fake, user=user, base_url=base_url) as sc:
        if user:
            for _ in range(2):  # two renewals: the second goes the remembered way at once
                fake.expire_access_tokens()
                await sc.me.get()
        else:
            await sc.search.tracks()
    assert fake.token_requests.count(grant, status=401) == 1
    assert fake.token_requests.count(grant, status=200) == (2 if user else 1)
    assert fake.client_secret not in caplog.text


@pytest.mark.parametrize(("session", "api"), [(True, True), (True, False), (False, True)])
async def test_sign_out_really_ends_the_session_on_the_fake(
    fake: FakeSoundCloud, base_url: str | None, session: bool, api: bool
) -> None:
    """The guide's form first, the API host's on 404; both tokens are refused afterwards."""
    fake.serve_sign_out(session=session, api=api)
    async with client_for(fake, user=True, base_url=base_url) as sc:
        token = sc.token
        assert token is not None
        await sc.sign_out()
        assert sc.token is None
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ORIGIN) as http:
        me = await http.get("/me", headers={"Authorization": f"OAuth {token.access_token}"})
        with pytest.raises(TokenRefreshError) as refused:
            await oauth.refresh_token(
                http,
                token,
                client_id=fake.client_id,
                client_secret=fake.client_secret,
                auth_base_url=ORIGIN,
            )
    assert me.status_code == 401
    assert refused.value.error_code == "invalid_grant"
