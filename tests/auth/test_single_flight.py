"""Concurrency: many requests, one token request (httpx.MockTransport, one event loop)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.token_store import MemoryTokenStore

from .conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    ME_URL,
    NEW_ACCESS,
    OLD_ACCESS,
    TOKEN_URL,
    FakeClock,
    bearer,
    expired_token,
    fresh_token,
    token_body,
)


class FakeSoundCloud:
    """Counts token requests; /me accepts only the tokens it was told about."""

    def __init__(self, *valid: str) -> None:
        self.valid = set(valid)
        self.token_requests = 0
        self.api_tokens: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.token_requests += 1
            for _ in range(5):  # let every other request reach the lock meanwhile
                await asyncio.sleep(0)
            self.valid.add(NEW_ACCESS)
            return httpx.Response(200, json=token_body())
        assert str(request.url) == ME_URL
        self.api_tokens.append(bearer(request))
        return httpx.Response(200 if bearer(request) in self.valid else 401, json={})


async def test_200_concurrent_requests_with_an_expired_token_refresh_once(
    clock: FakeClock,
) -> None:
    server = FakeSoundCloud()
    auth = SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, token=expired_token(), clock=clock)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server)) as client:
        auth.use_client(client)
        responses = await asyncio.gather(*(client.get(ME_URL) for _ in range(200)))
    assert [r.status_code for r in responses] == [200] * 200
    assert server.token_requests == 1
    assert server.api_tokens == [NEW_ACCESS] * 200


async def test_200_concurrent_requests_without_a_token_fetch_one_app_token(
    clock: FakeClock,
) -> None:
    server = FakeSoundCloud()
    store = MemoryTokenStore()
    auth = SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, token_store=store, clock=clock)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server)) as client:
        auth.use_client(client)
        responses = await asyncio.gather(*(client.get(ME_URL) for _ in range(200)))
    assert {r.status_code for r in responses} == {200}
    assert server.token_requests == 1
    assert await store.load() == auth.token


async def test_two_clients_sharing_a_store_refresh_once(clock: FakeClock) -> None:
    server = FakeSoundCloud()
    store = MemoryTokenStore(expired_token())
    transport = httpx.MockTransport(server)
    clients = [
        httpx.AsyncClient(
            auth=SoundCloudAuth(
                CLIENT_ID, CLIENT_SECRET, token_store=store, clock=clock, transport=transport
            ),
            transport=transport,
        )
        for _ in range(2)
    ]
    responses = await asyncio.gather(*(c.get(ME_URL) for c in clients for _ in range(50)))
    for c in clients:
        await c.aclose()
    assert {r.status_code for r in responses} == {200}
    assert server.token_requests == 1


async def test_401_with_an_old_token_reuses_the_newer_one(clock: FakeClock) -> None:
    """Both requests are rejected with the old token; only the first one refreshes."""
    both_rejected = asyncio.Event()
    rejected: list[str] = []
    token_requests = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if str(request.url) == TOKEN_URL:
            token_requests += 1
            return httpx.Response(200, json=token_body())
        if bearer(request) == OLD_ACCESS:
            rejected.append(OLD_ACCESS)
            if len(rejected) == 2:
                both_rejected.set()
            await both_rejected.wait()  # hold both 401s until both requests were sent
            return httpx.Response(401)
        return httpx.Response(200, json={})

    auth = SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, token=fresh_token(), clock=clock)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as client:
        auth.use_client(client)
        first, second = await asyncio.gather(client.get(ME_URL), client.get(ME_URL))
    assert (first.status_code, second.status_code) == (200, 200)
    assert token_requests == 1
    assert len(rejected) == 2


async def test_a_cancelled_caller_does_not_cancel_its_renewal(clock: FakeClock) -> None:
    """The caller that started the renewal goes away; the exchange still completes and saves."""
    token_request_arrived, answer = asyncio.Event(), asyncio.Event()
    token_requests = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if str(request.url) == TOKEN_URL:
            token_requests += 1
            token_request_arrived.set()
            await answer.wait()  # SoundCloud already rotated: the old refresh token is spent
            return httpx.Response(200, json=token_body())
        return httpx.Response(200 if bearer(request) == NEW_ACCESS else 401, json={})

    store = MemoryTokenStore(expired_token())
    auth = SoundCloudAuth(CLIENT_ID, CLIENT_SECRET, token_store=store, clock=clock)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as client:
        auth.use_client(client)
        stuck = asyncio.create_task(client.get(ME_URL))
        await token_request_arrived.wait()
        stuck.cancel()
        with pytest.raises(asyncio.CancelledError):
            await stuck
        answer.set()
        response = await asyncio.wait_for(client.get(ME_URL), timeout=5)
    assert response.status_code == 200
    assert token_requests == 1
    assert (await store.load()) == auth.token
    assert auth.token is not None
    assert auth.token.access_token == NEW_ACCESS
