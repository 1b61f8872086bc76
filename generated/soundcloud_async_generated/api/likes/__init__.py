"""Endpoints tagged `likes`, and the facade's `sc.likes` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.likes.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import likes as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike

    from ...models.status import Status
    from . import like_playlist, like_track, unlike_playlist, unlike_track


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "like_playlist",
        "like_track",
        "unlike_playlist",
        "unlike_track",
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
            _operations.like_track.asyncio_detailed(
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
            _operations.unlike_track.asyncio_detailed(
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
            _operations.like_playlist.asyncio_detailed(
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
            _operations.unlike_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )


# help(sc.likes.<method>) names the module users import the class from, not this one.
for _method in vars(LikesNamespace).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
