"""429 bursts, 5xx, HTML pages and dropped connections over a real socket."""

from __future__ import annotations

import pytest

from soundcloud_async import APIConnectionError, RateLimitError, ServerError, SoundCloud
from soundcloud_async.testing import RATE_LIMIT_VARIANTS, FakeSoundCloud


@pytest.mark.parametrize("variant", RATE_LIMIT_VARIANTS)
async def test_a_burst_of_429s_is_absorbed(
    variant: str, user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    track_id = fake_soundcloud.track_ids()[0]
    await user_over_socket.tracks.get(track_id)  # token first, so the burst hits the API call
    fake_soundcloud.faults.rate_limit(3, variant=variant, reset_in=0.05, path="/tracks/")
    track = await user_over_socket.tracks.get(track_id)
    assert track.id == track_id
    assert fake_soundcloud.faults.pending == 0


async def test_a_long_reset_raises_at_once_with_reset_at(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    await user_over_socket.me.get()
    fake_soundcloud.faults.rate_limit(1, variant="documented", reset_in=3600, path="/me")
    with pytest.raises(RateLimitError) as caught:
        await user_over_socket.me.get()
    assert caught.value.reset_at is not None


async def test_server_errors_html_pages_and_drops_are_retried_for_gets(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    await user_over_socket.me.get()
    fake_soundcloud.faults.server_error(1, status=503, path="/me")
    fake_soundcloud.faults.html_error(1, status=502, path="/me")
    fake_soundcloud.faults.drop(1, path="/me")
    assert (await user_over_socket.me.get()).urn == fake_soundcloud.login_user.urn
    assert fake_soundcloud.faults.pending == 0


async def test_a_post_is_not_replayed_after_a_500(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    track_id = fake_soundcloud.track_ids()[0]
    await user_over_socket.me.get()
    fake_soundcloud.faults.server_error(2, status=500, method="POST")
    with pytest.raises(ServerError):
        await user_over_socket.tracks.comment(track_id, "once")
    assert fake_soundcloud.faults.pending == 1  # the second 500 was never asked for


async def test_failures_past_every_retry_surface_typed(
    user_over_socket: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    await user_over_socket.me.get()
    fake_soundcloud.faults.drop(10, path="/me")
    with pytest.raises(APIConnectionError):
        await user_over_socket.me.get()
