"""A real redis-server per session (and a private one for tests that kill it).

Without the binary the tests skip with the reason, except under `CI=true`, where a missing
Redis is a failure: CI must prove the Redis integration.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from ._server import RedisMissing, RedisServer, in_ci


def _server(directory: Path, *, persist: bool = False) -> RedisServer:
    try:
        return RedisServer(directory, persist=persist)
    except RedisMissing as missing:
        if in_ci():
            pytest.fail(f"CI=true and {missing}")
        pytest.skip(str(missing))


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """The session's redis-server."""
    server = _server(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def persistent_redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test alone that keeps its data when killed and restarted."""
    server = _server(tmp_path, persist=True).start()
    try:
        yield server
    finally:
        server.stop()


@pytest_asyncio.fixture
async def redis(redis_server: RedisServer) -> AsyncIterator[Redis]:
    """A client of the session's server, on an empty database."""
    client = Redis.from_url(redis_server.url)
    await client.flushdb()
    try:
        yield client
    finally:
        await client.aclose()
