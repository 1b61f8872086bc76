"""The README's many-workers FastAPI block (also in the guide), verbatim, under `--workers 4`.

The fake SoundCloud is served on loopback by this test's event loop; four uvicorn worker
processes share a real Redis. Proof: one app token for every worker, and a login that passes
through several workers (each request may reach any of them) ends with a working session.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from redis.asyncio import Redis

from soundcloud_async.testing import FakeSoundCloud, serve

from ._server import RedisServer, free_port

GUIDE = Path(__file__).parents[2] / "docs" / "guides" / "many-workers.md"
README = Path(__file__).parents[2] / "README.md"


def _app_block(path: Path, heading: str) -> str:
    text = path.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    apps = [block for block in blocks if "FastAPI(" in block]
    assert len(apps) == 1, f"{path.name} {heading!r} needs exactly one FastAPI example"
    return str(apps[0])


def guide_workers_block() -> str:
    """The README's many-workers app, which the site's guide shows word for word too."""
    readme = _app_block(README, "## Running many workers")
    assert _app_block(GUIDE, "## A FastAPI app on many workers") == readme, (
        "guide and README differ"
    )
    return readme


@pytest_asyncio.fixture
async def app_url(
    redis: Redis, redis_server: RedisServer, tmp_path: Path
) -> AsyncIterator[tuple[FakeSoundCloud, str]]:
    fake = FakeSoundCloud(seed=5, users=4, tracks=12, playlists=1, popular_followers=2)
    (tmp_path / "app.py").write_text(guide_workers_block(), encoding="utf-8")
    port = free_port()
    async with serve(fake) as fake_url:
        env = {
            **os.environ,
            "SOUNDCLOUD_CLIENT_ID": fake.client_id,
            "SOUNDCLOUD_CLIENT_SECRET": fake.client_secret,
            "SOUNDCLOUD_BASE_URL": fake_url,
            "SOUNDCLOUD_AUTH_BASE_URL": fake_url,
            "REDIS_URL": redis_server.url,
            "APP_SECRET_KEY": secrets.token_urlsafe(32),
            "APP_CALLBACK_URL": f"http://127.0.0.1:{port}/auth/callback",
        }
        server = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "uvicorn", "app:app", "--workers", "4",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
            cwd=tmp_path, env=env,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            await wait_until_up(url)
            yield fake, url
        finally:
            server.terminate()
            await asyncio.wait_for(server.wait(), timeout=20)


async def wait_until_up(url: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(300):
            try:
                await client.get(f"{url}/docs")
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    pytest.fail("uvicorn --workers 4 did not start within 30 s")


async def test_the_readme_app_shares_tokens_and_logins_across_4_workers(
    app_url: tuple[FakeSoundCloud, str],
) -> None:
    fake, url = app_url
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        answers = await asyncio.gather(*(client.get("/search?q=a") for _ in range(40)))
        assert {answer.status_code for answer in answers} == {200}
    # 40 requests spread over 4 workers, each with its own app client: one exchange.
    assert fake.token_requests.count("client_credentials") == 1

    async with httpx.AsyncClient(base_url=url, timeout=30, follow_redirects=True) as browser:
        assert (await browser.get("/likes")).status_code == 401
        landed = await browser.get("/auth/login")  # -> the fake -> /auth/callback -> /likes
        assert landed.status_code == 200, landed.text
        assert landed.url.path == "/likes"
        for _ in range(8):  # any worker knows the session and the user's token
            likes = await browser.get("/likes")
            assert likes.status_code == 200, likes.text
    assert fake.token_requests.count("authorization_code") == 1
