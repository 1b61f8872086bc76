"""Endpoints tagged `playlists`, and the facade's `sc.playlists` namespace methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.playlist import Playlist
from ...models.status import Status
from ...models.track import Track
from ...models.user import User
from ...types import UNSET, Unset
from . import (
    delete_playlist,
    get_playlist,
    list_playlist_reposters,
    list_playlist_tracks,
)

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike
    from soundcloud_async.pagination import AsyncPaginator


class PlaylistsNamespaceBase:
    """The generated methods of `sc.playlists` (operations tagged `playlists` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.PlaylistsNamespaceBase` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def get(
        self,
        playlist_urn: UrnLike,
        *,
        secret_token: str | Unset = UNSET,
        access: str | Unset = UNSET,
        show_tracks: bool | Unset = UNSET,
    ) -> Playlist:
        """Get a playlist.

        One playlist with its owner and, unless `show_tracks=false`, its tracks. Private playlists
        need their `secret_token` unless the caller owns them.

        Operation `get_playlist`: GET /playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            get_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
                secret_token=secret_token,
                access=access,
                show_tracks=show_tracks,
            )
        )

    async def delete(
        self,
        playlist_urn: UrnLike,
    ) -> Status:
        """Delete a playlist.

        Removes a playlist the signed-in user owns; its tracks stay.

        Operation `delete_playlist`: DELETE /playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            delete_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )

    def tracks(
        self,
        playlist_urn: UrnLike,
        *,
        secret_token: str | Unset = UNSET,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List a playlist's tracks.

        The tracks of a playlist in playlist order.

        Operation `list_playlist_tracks`: GET /playlists/{playlist_urn}/tracks.
        """

        request = list_playlist_tracks.build_request(
            playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
            secret_token=secret_token,
            access=access,
        )
        return self._runtime.paginate(
            request,
            Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_playlist_tracks",
        )

    def reposters(
        self,
        playlist_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List users who reposted a playlist.

        The accounts that reposted a playlist.

        Operation `list_playlist_reposters`: GET /playlists/{playlist_urn}/reposters.
        """

        request = list_playlist_reposters.build_request(
            playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
        )
        return self._runtime.paginate(
            request,
            User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_playlist_reposters",
        )


# help(sc.playlists.<method>) names the module users import the class from, not this one.
for _method in vars(PlaylistsNamespaceBase).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
