"""The fake over real loopback sockets: `serve()` and `python -m soundcloud_async.testing serve`."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from soundcloud_async import oauth
from soundcloud_async.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeSoundCloud, serve

_REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_fake() -> FakeSoundCloud:
    return FakeSoundCloud(users=5, tracks=30, playlists=4, popular_followers=250)


async def test_serve_round_trip_and_clean_shutdown(small_fake: FakeSoundCloud) -> None:
    tasks_before = asyncio.all_tasks()
    async with serve(small_fake) as url:
        assert url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=url) as http:
            token = await oauth.fetch_app_token(
                http,
                client_id=small_fake.client_id,
                client_secret=small_fake.client_secret,
                auth_base_url=url,
            )
            headers = {"Authorization": f"OAuth {token.access_token}"}
            page = (
                await http.get(
                    f"/users/{small_fake.popular_user.urn}/followers",
                    params={"linked_partitioning": "true", "limit": 200},
                    headers=headers,
                )
            ).json()
            assert page["next_href"].startswith(url)  # the socket's own origin
            popular = (
                await http.get(f"/users/{small_fake.popular_user.urn}", headers=headers)
            ).json()
            rest = (await http.get(page["next_href"], headers=headers)).json()["collection"]
            assert len(page["collection"]) + len(rest) == popular["followers_count"] == 250
            resolved = await http.get(
                "/resolve", params={"url": small_fake.popular_user.permalink_url}, headers=headers
            )
            assert resolved.headers["location"] == f"{url}/users/{small_fake.popular_user.urn}"
    assert asyncio.all_tasks() == tasks_before
    port = int(url.rsplit(":", 1)[1])
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", port))


async def test_drop_closes_the_socket_without_a_response(small_fake: FakeSoundCloud) -> None:
    headers = {"Authorization": f"OAuth {small_fake.issue_token()['access_token']}"}
    async with serve(small_fake) as url, httpx.AsyncClient(base_url=url, headers=headers) as http:
        small_fake.faults.drop()
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/me")
        assert (await http.get("/me")).status_code == 200


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cli_serves_until_terminated() -> None:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "soundcloud_async.testing",
        "serve",
        "--port",
        str(port),
        "--users",
        "3",
        "--tracks",
        "10",
        "--playlists",
        "1",
        "--popular-followers",
        "5",
    ]
    process = subprocess.Popen(
        command, cwd=_REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.strip() == f"fake SoundCloud listening on http://127.0.0.1:{port}"
        details = "".join(process.stdout.readline() for _ in range(4))
        assert DEFAULT_CLIENT_ID in details
        assert DEFAULT_CLIENT_SECRET in details
        response = httpx.post(
            f"http://127.0.0.1:{port}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET),
        )
        assert response.status_code == 200
    finally:
        process.terminate()
        _stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
