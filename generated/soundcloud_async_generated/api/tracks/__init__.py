"""Endpoints tagged `tracks`, and the facade's `sc.tracks` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.tracks.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import tracks as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike
    from soundcloud_async.pagination import AsyncPaginator

    from ...models.comment import Comment
    from ...models.status import Status
    from ...models.streams import Streams
    from ...models.track import Track
    from ...models.user import User
    from ...types import Unset
    from . import (
        create_track_comment,
        delete_track,
        get_track,
        get_track_preview,
        get_track_streams,
        list_related_tracks,
        list_track_comments,
        list_track_favoriters,
        list_track_reposters,
        update_track,
        update_track_storefront,
        upload_track,
    )


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "create_track_comment",
        "delete_track",
        "get_track",
        "get_track_preview",
        "get_track_streams",
        "list_related_tracks",
        "list_track_comments",
        "list_track_favoriters",
        "list_track_reposters",
        "update_track",
        "update_track_storefront",
        "upload_track",
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


class TracksNamespaceBase:
    """The generated methods of `sc.tracks` (operations tagged `tracks` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.TracksNamespaceBase` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def get(
        self,
        track_urn: UrnLike,
        *,
        secret_token: str | Unset = UNSET,
    ) -> Track:
        """Get a track.

        One track with its uploader. Private tracks need their `secret_token` unless the caller owns
        them.

        Operation `get_track`: GET /tracks/{track_urn}.
        """

        return await self._runtime.result(
            _operations.get_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
                secret_token=secret_token,
            )
        )

    async def delete(
        self,
        track_urn: UrnLike,
    ) -> Status:
        """Delete a track.

        Removes a track the signed-in user owns. There is no undo.

        Operation `delete_track`: DELETE /tracks/{track_urn}.
        """

        return await self._runtime.result(
            _operations.delete_track.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
            )
        )

    async def streams(
        self,
        track_urn: UrnLike,
        *,
        secret_token: str | Unset = UNSET,
    ) -> Streams:
        """Get a track's stream URLs.

        The playback URLs of a track by format (AAC HLS is the current one). Fetching them still
        needs an access token; each play counts against the per-app play limit.

        Operation `get_track_streams`: GET /tracks/{track_urn}/streams.
        """

        return await self._runtime.result(
            _operations.get_track_streams.asyncio_detailed(
                track_urn=self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
                secret_token=secret_token,
            )
        )

    def comments(
        self,
        track_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Comment]:
        """List a track's comments.

        Comments on a track, newest first, each with its author and position in the track.

        Operation `list_track_comments`: GET /tracks/{track_urn}/comments.
        """

        request = _operations.list_track_comments.build_request(
            track_urn=self._runtime.urn(track_urn, "tracks"),
        )
        return self._runtime.paginate(
            request,
            _models.Comment.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_track_comments",
        )

    def favoriters(
        self,
        track_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List users who liked a track.

        The accounts that liked a track.

        Operation `list_track_favoriters`: GET /tracks/{track_urn}/favoriters.
        """

        request = _operations.list_track_favoriters.build_request(
            track_urn=self._runtime.urn(track_urn, "tracks"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_track_favoriters",
        )

    def reposters(
        self,
        track_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List users who reposted a track.

        The accounts that reposted a track.

        Operation `list_track_reposters`: GET /tracks/{track_urn}/reposters.
        """

        request = _operations.list_track_reposters.build_request(
            track_urn=self._runtime.urn(track_urn, "tracks"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_track_reposters",
        )

    def related(
        self,
        track_urn: UrnLike,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks related to a track.

        Tracks SoundCloud considers similar, by listening behaviour and metadata.

        Operation `list_related_tracks`: GET /tracks/{track_urn}/related.
        """

        request = _operations.list_related_tracks.build_request(
            track_urn=self._runtime.urn(track_urn, "tracks"),
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_related_tracks",
        )


# help(sc.tracks.<method>) names the module users import the class from, not this one.
for _method in vars(TracksNamespaceBase).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
