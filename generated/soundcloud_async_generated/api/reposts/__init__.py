"""Endpoints tagged `reposts`, and the facade's `sc.reposts` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.reposts.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import reposts as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike

    from ...models.status import Status
    from . import repost_playlist, repost_track, unrepost_playlist, unrepost_track


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "repost_playlist",
        "repost_track",
        "unrepost_playlist",
        "unrepost_track",
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


class RepostsNamespace:
    """The generated methods of `sc.reposts` (operations tagged `reposts` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.RepostsNamespace` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def add_track(
        self,
        track_urn: UrnLike,
    ) -> Status:
        """Repost a track.

        Shares the track to the signed-in user's followers. Answers 201 with no body, read as an
        empty `Status` like every status operation.

        Operation `repost_track`: POST /reposts/tracks/{track_urn}.
        """

        return await self._runtime.result(
            _operations.repost_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
            )
        )

    async def remove_track(
        self,
        track_urn: UrnLike,
    ) -> Status:
        """Remove a track repost.

        Takes back the signed-in user's repost of a track. SoundCloud marks this operation
        deprecated without naming a successor; it still works and nothing else removes a track
        repost.

        Operation `unrepost_track`: DELETE /reposts/tracks/{track_urn}.
        """

        self._runtime.deprecated("reposts.remove_track", None)

        return await self._runtime.result(
            _operations.unrepost_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
            )
        )

    async def add_playlist(
        self,
        playlist_urn: UrnLike,
    ) -> Status:
        """Repost a playlist.

        Shares the playlist to the signed-in user's followers. Answers 201 with no body, read as an
        empty `Status` like every status operation.

        Operation `repost_playlist`: POST /reposts/playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            _operations.repost_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )

    async def remove_playlist(
        self,
        playlist_urn: UrnLike,
    ) -> Status:
        """Remove a playlist repost.

        Takes back the signed-in user's repost of a playlist.

        Operation `unrepost_playlist`: DELETE /reposts/playlists/{playlist_urn}.
        """

        return await self._runtime.result(
            _operations.unrepost_playlist.asyncio_detailed(
                playlist_urn=self._runtime.urn(playlist_urn, "playlists"),
                client=self._runtime.client,
            )
        )


# help(sc.reposts.<method>) names the module users import the class from, not this one.
for _method in vars(RepostsNamespace).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
