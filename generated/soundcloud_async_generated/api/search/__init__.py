"""Endpoints tagged `search`, and the facade's `sc.search` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.search.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import search as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime
    from soundcloud_async.pagination import AsyncPaginator

    from ...models.playlist import Playlist
    from ...models.track import Track
    from ...models.user import User
    from ...types import Unset
    from . import search_playlists, search_tracks, search_users


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "search_playlists",
        "search_tracks",
        "search_users",
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


class SearchNamespace:
    """The generated methods of `sc.search` (operations tagged `search` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.SearchNamespace` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def tracks(
        self,
        *,
        q: str | Unset = UNSET,
        urns: str | Unset = UNSET,
        genres: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        bpmfrom: int | Unset = UNSET,
        bpmto: int | Unset = UNSET,
        durationfrom: int | Unset = UNSET,
        durationto: int | Unset = UNSET,
        created_atfrom: str | Unset = UNSET,
        created_atto: str | Unset = UNSET,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """Search tracks.

        Full-text search over tracks, narrowed by genre, tag, tempo, length and upload date. Every
        filter is optional; `urns` fetches a known set of tracks in one call.

        Operation `search_tracks`: GET /tracks.
        """

        request = _operations.search_tracks.build_request(
            q=q,
            urns=urns,
            genres=genres,
            tags=tags,
            bpmfrom=bpmfrom,
            bpmto=bpmto,
            durationfrom=durationfrom,
            durationto=durationto,
            created_atfrom=created_atfrom,
            created_atto=created_atto,
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="search_tracks",
        )

    def playlists(
        self,
        *,
        q: str | Unset = UNSET,
        access: str | Unset = UNSET,
        show_tracks: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """Search playlists.

        Full-text search over playlists and albums.

        Operation `search_playlists`: GET /playlists.
        """

        request = _operations.search_playlists.build_request(
            q=q,
            access=access,
            show_tracks=show_tracks,
        )
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="search_playlists",
        )

    def users(
        self,
        *,
        q: str | Unset = UNSET,
        urns: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """Search users.

        Full-text search over usernames and profile text; `urns` fetches a known set of users in one
        call.

        Operation `search_users`: GET /users.
        """

        request = _operations.search_users.build_request(
            q=q,
            urns=urns,
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="search_users",
        )


# help(sc.search.<method>) names the module users import the class from, not this one.
for _method in vars(SearchNamespace).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
