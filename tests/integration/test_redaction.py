"""Private links and secret tokens never reach a log line or an error, over a real socket.

Every logger that renders a request is captured at DEBUG: ours, httpx's own INFO line and
httpcore's response headers (a 302 from /resolve carries `secret_token` in `Location`).
"""

from __future__ import annotations

import base64
import logging

import pytest

from soundcloud_async import NotFoundError, SoundCloud
from soundcloud_async._logging import RedactingFilter
from soundcloud_async.testing import FakeSoundCloud
from soundcloud_async.testing._clients import client_for

CAPTURED = ("httpx", "httpcore", "soundcloud_async")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in CAPTURED:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


async def _private_share_link(fake: FakeSoundCloud, base_url: str) -> tuple[int, str, str]:
    """Make one of the login user's tracks private: its id, secret token and share link."""
    track_id = fake.track_ids(fake.login_user)[0]
    async with client_for(fake, user=True, base_url=base_url) as owner:
        track = await owner.tracks.update(track_id, sharing="private")
    assert isinstance(track.secret_token, str)
    assert track.secret_token.startswith("s-")
    return track_id, track.secret_token, f"{track.permalink_url}/{track.secret_token}"


def _rendered(logs: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{record.name} {record.getMessage()}" for record in logs.records)


async def test_a_private_link_is_used_but_never_logged(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    track_id, secret, share = await _private_share_link(fake_soundcloud, soundcloud_server)
    debug_logs.clear()

    async with client_for(fake_soundcloud, base_url=soundcloud_server) as stranger:
        resolved = await stranger.resolve(share)
        again = await stranger.tracks.get(track_id, secret_token=secret)

    assert getattr(resolved, "id", None) == again.id == track_id  # the secret did its job
    logged = _rendered(debug_logs)
    assert "HTTP Request: GET" in logged  # httpx's own line was captured, redacted
    assert "receive_response_headers" in logged  # so were httpcore's headers
    assert "/resolve" in logged
    assert secret not in logged
    assert secret.removeprefix("s-") not in logged


async def test_a_wrong_private_link_fails_without_showing_it(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    track_id, secret, share = await _private_share_link(fake_soundcloud, soundcloud_server)
    wrong_secret = "s-" + "0" * 10
    wrong = share.replace(secret, wrong_secret)

    async with client_for(fake_soundcloud, base_url=soundcloud_server) as stranger:
        with pytest.raises(NotFoundError) as resolving:
            await stranger.resolve(wrong)
        with pytest.raises(NotFoundError) as getting:
            await stranger.tracks.get(track_id, secret_token=wrong_secret)

    for error in (resolving.value, getting.value):
        shown = f"{error} {error!r} {error.url} {error.args}"
        assert wrong_secret not in shown
        assert "0" * 10 not in shown
        assert "[redacted]" in error.url
    assert "/resolve" in resolving.value.url
    assert wrong_secret not in _rendered(debug_logs)


async def test_the_filter_is_installed_once_however_many_clients(
    fake_soundcloud: FakeSoundCloud,
) -> None:
    for _ in range(3):
        async with SoundCloud("id", "secret", transport=fake_soundcloud.transport()):
            pass
    for name in ("httpx", "httpcore.http11", "httpcore.connection"):
        filters = logging.getLogger(name).filters
        assert sum(isinstance(f, RedactingFilter) for f in filters) == 1


async def test_a_private_listing_keeps_its_secret_out_of_pages_and_cursors(
    fake_soundcloud: FakeSoundCloud, soundcloud_server: str
) -> None:
    owner_tracks = fake_soundcloud.track_ids(fake_soundcloud.login_user)[:3]
    async with client_for(fake_soundcloud, user=True, base_url=soundcloud_server) as owner:
        playlist = await owner.playlists.create("hidden", tracks=owner_tracks, sharing="private")
    # The spec's Playlist has no secret_token field: read it where the fake keeps it.
    secret = fake_soundcloud._world.state.playlists[playlist.id].secret_token
    assert isinstance(secret, str)

    async with client_for(fake_soundcloud, base_url=soundcloud_server) as stranger:
        listing = stranger.playlists.tracks(playlist.urn, secret_token=secret, page_size=1)
        first = await listing
        assert first.next_href is not None
        assert secret in first.next_href  # the server's own link keeps it, for the next request
        assert first.cursor is not None
        resumed = stranger.playlists.tracks(
            playlist.urn, secret_token=secret, page_size=1, cursor=first.cursor
        )
        rest = [track.id async for track in resumed]
        whole = [t.id async for t in stranger.playlists.tracks(playlist.urn, secret_token=secret)]

    assert len(whole) > 1
    assert [track.id for track in first.items] + rest == whole
    assert secret not in repr(first)
    decoded = base64.urlsafe_b64decode(first.cursor + "=" * (-len(first.cursor) % 4))
    assert secret.encode() not in decoded  # a cursor may end up in a browser's URL bar
    assert secret not in first.cursor
