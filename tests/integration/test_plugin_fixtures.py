"""The in-process fixtures users get from the pytest plugin."""

from __future__ import annotations

from soundcloud_async import SoundCloud
from soundcloud_async.testing import FakeSoundCloud, RecordingSleep


async def test_app_only_fixture_works_in_process(
    soundcloud: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    page = await soundcloud.search.tracks(genres="Techno", page_size=2)
    assert page.items
    assert fake_soundcloud.token_requests.count("client_credentials") == 1


async def test_user_fixture_acts_as_the_login_user(
    soundcloud_user: SoundCloud, fake_soundcloud: FakeSoundCloud
) -> None:
    me = await soundcloud_user.me.get()
    assert me.urn == fake_soundcloud.login_user.urn
    assert len(fake_soundcloud.token_requests) == 0  # the token was minted, not requested


async def test_retries_of_the_plugin_clients_are_recorded_not_slept(
    soundcloud: SoundCloud,
    soundcloud_user: SoundCloud,
    fake_soundcloud: FakeSoundCloud,
    soundcloud_sleep: RecordingSleep,
) -> None:
    """A 500 and a 429 are retried with the library's backoff, recorded instead of waited."""
    urn = (await soundcloud.search.tracks(page_size=1)).items[0].urn
    fake_soundcloud.faults.server_error(1, status=500)
    assert (await soundcloud.tracks.get(urn)).urn == urn
    fake_soundcloud.faults.rate_limit(1, variant="documented", reset_in=None, retry_after=7)
    assert (await soundcloud_user.me.get()).urn == fake_soundcloud.login_user.urn
    first, second = soundcloud_sleep.waits
    assert 0 < first <= 0.5  # the default backoff's first wait (jitter may shorten it)
    assert second == 7  # Retry-After honoured: recorded, not slept


async def test_the_socket_client_records_its_waits_too(
    soundcloud_over_socket: SoundCloud,
    fake_soundcloud: FakeSoundCloud,
    soundcloud_sleep: RecordingSleep,
) -> None:
    fake_soundcloud.faults.server_error(2, status=503)
    page = await soundcloud_over_socket.search.tracks(genres="Techno", page_size=2)
    assert page.items
    assert len(soundcloud_sleep.waits) == 2
    assert soundcloud_sleep.waits[1] > soundcloud_sleep.waits[0] * 1.4  # doubling backoff
