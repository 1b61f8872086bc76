"""The in-process fixtures users get from the pytest plugin."""

from __future__ import annotations

from soundcloud_async import SoundCloud
from soundcloud_async.testing import FakeSoundCloud


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
