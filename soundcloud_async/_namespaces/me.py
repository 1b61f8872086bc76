"""`sc.me`: the generated methods plus the one list SoundCloud does not paginate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from soundcloud_async_generated.api import me as operations
from soundcloud_async_generated.api.me import MeNamespaceBase
from soundcloud_async_generated.types import UNSET

from soundcloud_async._namespaces import public

if TYPE_CHECKING:
    from soundcloud_async_generated.models import Track

__all__ = ["MeNamespace"]


@public
class MeNamespace(MeNamespaceBase):
    """The signed-in user: profile, feed, likes, followings, follow/unfollow and more."""

    async def recently_played_tracks(self, *, access: str | None = None) -> list[Track]:
        """The user's last (at most 25) distinct played tracks, most recent first.

        Not paginated by SoundCloud; whichever envelope it answers with, a list is returned.
        Operation `list_my_recently_played_tracks`: GET /me/recently-played/tracks.
        """
        found = await self._runtime.result(
            operations.list_my_recently_played_tracks.asyncio_detailed(
                client=self._runtime.client, access=UNSET if access is None else access
            )
        )
        if isinstance(found, list):
            return found
        return [] if found.collection is None else list(found.collection)
