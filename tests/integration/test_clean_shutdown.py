"""After a busy session nothing is left behind: no tasks, no sockets, no open clients."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from soundcloud_async.testing import FakeSoundCloud, serve
from soundcloud_async.testing._clients import client_for

from .conftest import FAST_RETRY


def open_sockets() -> int:
    """Sockets this process holds (Linux: the fd table names them `socket:[inode]`)."""
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        try:
            count += os.readlink(fd).startswith("socket:")
        except OSError:  # closed between listing and reading
            continue
    return count


async def test_no_task_or_socket_outlives_the_client_and_the_server() -> None:
    sockets_before = open_sockets()
    tasks_before = asyncio.all_tasks()
    fake = FakeSoundCloud(seed=3, users=10, tracks=40, playlists=5, popular_followers=450)
    async with serve(fake) as url:
        sc = client_for(fake, user=True, base_url=url, retry=FAST_RETRY)
        async with sc:
            fake.faults.drop(1, path="/me")
            fake.faults.rate_limit(1, reset_in=0.01, path="/me")
            await asyncio.gather(*(sc.me.get() for _ in range(30)))
            fake.expire_access_tokens()
            await asyncio.gather(*(sc.users.get(fake.popular_user.urn) for _ in range(30)))
            async with sc.users.followers(fake.popular_user.urn, prefetch=2) as followers:
                async for _ in followers:
                    break  # abandon mid-listing with read-ahead in flight
        assert sc.http.is_closed
    await asyncio.sleep(0)  # let cancelled callbacks finish
    assert asyncio.all_tasks() == tasks_before
    assert open_sockets() == sockets_before
