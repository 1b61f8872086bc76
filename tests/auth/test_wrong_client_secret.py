"""A wrong client secret on the first app token says which setting to check.

Before: "token endpoint refused the request (HTTP 401): invalid_client", which reads like a
failed refresh although nothing was refreshed and the fix is the app's credentials.
"""

from __future__ import annotations

import pytest

from soundcloud_async import SoundCloud, TokenRefreshError
from soundcloud_async.testing import FakeSoundCloud

WRONG_SECRET = "wrong-secret-7f3a9c"


async def test_a_wrong_client_secret_names_the_settings_to_check() -> None:
    fake = FakeSoundCloud(seed=2, users=3, tracks=3, playlists=0, popular_followers=0)
    async with SoundCloud(
        client_id=fake.client_id, client_secret=WRONG_SECRET, transport=fake.transport()
    ) as sc:
        with pytest.raises(TokenRefreshError) as caught:
            await sc.tracks.get(fake.track_ids()[0])
    error = caught.value
    assert error.error_code == "invalid_client"
    assert "SOUNDCLOUD_CLIENT_ID" in str(error)
    assert "SOUNDCLOUD_CLIENT_SECRET" in str(error)
    assert not error.requires_login  # a user's stored login is not at fault
    assert WRONG_SECRET not in str(error)
    assert WRONG_SECRET not in repr(error)
