"""Endpoints tagged `playlists`, and the facade's `sc.playlists` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.playlists.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import playlists as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike
    from soundcloud_async.pagination import AsyncPaginator

    from ...models.playlist import Playlist
    from ...models.status import Status
    from ...models.track import Track
    from ...models.user import User
    from ...types import Unset
    from . import (
        create_playlist,
        delete_playlist,
        get_playlist,
        list_playlist_reposters,
        list_playlist_tracks,
        update_playlist,
    )


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "create_playlist",
        "delete_playlist",
        "get_playlist",
        "list_playlist_reposters",
        "list_playlist_tracks",
        "update_playlist",
    }
)


# Hidden from type checkers, which read the operations from the imports above: a visible
# module __getattr__ would make any misspelt name type-check as Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Import the operation module `name` on first access (PEP 562)."""
        if name not in _OPERATIONS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


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
            _operations.get_playlist.asyncio_detailed(
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
            _operations.delete_playlist.asyncio_detailed(
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

        request = _operations.list_playlist_tracks.build_request(
            playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
            secret_token=secret_token,
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
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

        request = _operations.list_playlist_reposters.build_request(
            playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
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
