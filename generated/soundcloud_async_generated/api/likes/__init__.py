"""Endpoints tagged `likes`, and the facade's `sc.likes` namespace methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.status import Status
from . import like_playlist, like_track, unlike_playlist, unlike_track

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike


class LikesNamespace:
    """The generated methods of `sc.likes` (operations tagged `likes` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.LikesNamespace` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def add_track(
        self,
        track_urn: UrnLike,
    ) -> Status:
        """Like a track.

        Adds the track to the signed-in user's likes. Liking twice is harmless. SoundCloud rate-
        limits likes as spam protection (429).

        Operation `like_track`: POST /likes/tracks/{track_urn}.
        """

        return await self._runtime.result(
            like_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
            )
        )

    async def remove_track(
        self,
        track_urn: UrnLike,
    ) -> Status:
        """Unlike a track.

        Removes the track from the signed-in user's likes.

        Operation `unlike_track`: DELETE /likes/tracks/{track_urn}.
        """

        return await self._runtime.result(
            unlike_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
            )
        )

    async def add_playlist(
        self,
        playlist_urn: UrnLike,
    ) -> Status:
        """Like a playlist.

        Adds the playlist to the signed-in user's likes. Liking twice is harmless.

        Operation `like_playlist`: POST /likes/playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            like_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )

    async def remove_playlist(
        self,
        playlist_urn: UrnLike,
    ) -> Status:
        """Unlike a playlist.

        Removes the playlist from the signed-in user's likes.

        Operation `unlike_playlist`: DELETE /likes/playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            unlike_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )


# help(sc.likes.<method>) names the module users import the class from, not this one.
for _method in vars(LikesNamespace).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
