"""Endpoints tagged `search`, and the facade's `sc.search` namespace methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.playlist import Playlist
from ...models.track import Track
from ...models.user import User
from ...types import UNSET, Unset
from . import search_playlists, search_tracks, search_users

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime
    from soundcloud_async.pagination import AsyncPaginator


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

        request = search_tracks.build_request(
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
            Track.from_dict,
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

        request = search_playlists.build_request(
            q=q,
            access=access,
            show_tracks=show_tracks,
        )
        return self._runtime.paginate(
            request,
            Playlist.from_dict,
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

        request = search_users.build_request(
            q=q,
            urns=urns,
        )
        return self._runtime.paginate(
            request,
            User.from_dict,
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
