"""Endpoints tagged `me`, and the facade's `sc.me` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.me.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import me as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike
    from soundcloud_async.pagination import AsyncPaginator

    from ...models.activity import Activity
    from ...models.connection import Connection
    from ...models.me import Me
    from ...models.playlist import Playlist
    from ...models.sort_order import SortOrder
    from ...models.status import Status
    from ...models.track import Track
    from ...models.user import User
    from ...types import Unset
    from . import (
        follow_user,
        get_me,
        get_my_connection,
        get_my_follower,
        get_my_following,
        get_my_playlist,
        get_my_track,
        list_my_activities,
        list_my_connections,
        list_my_favorite_ids,
        list_my_feed,
        list_my_feed_tracks,
        list_my_followers,
        list_my_followings,
        list_my_followings_tracks,
        list_my_liked_playlists,
        list_my_liked_tracks,
        list_my_own_activities,
        list_my_playlist_reposts,
        list_my_playlists,
        list_my_recently_played_tracks,
        list_my_track_activities,
        list_my_track_reposts,
        list_my_tracks,
        unfollow_user,
    )


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "follow_user",
        "get_me",
        "get_my_connection",
        "get_my_follower",
        "get_my_following",
        "get_my_playlist",
        "get_my_track",
        "list_my_activities",
        "list_my_connections",
        "list_my_favorite_ids",
        "list_my_feed",
        "list_my_feed_tracks",
        "list_my_followers",
        "list_my_followings",
        "list_my_followings_tracks",
        "list_my_liked_playlists",
        "list_my_liked_tracks",
        "list_my_own_activities",
        "list_my_playlist_reposts",
        "list_my_playlists",
        "list_my_recently_played_tracks",
        "list_my_track_activities",
        "list_my_track_reposts",
        "list_my_tracks",
        "unfollow_user",
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


class MeNamespaceBase:
    """The generated methods of `sc.me` (operations tagged `me` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.MeNamespaceBase` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def get(
        self,
    ) -> Me:
        """Get the signed-in user.

        Returns the full profile of the user the access token belongs to, with private counters and
        upload quota.

        Operation `get_me`: GET /me.
        """

        return await self._runtime.result(
            _operations.get_me.asyncio_detailed(
                client=self._runtime.client,
            )
        )

    def activities(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Activity]:
        """List the signed-in user's activity stream (legacy).

        The old name of the feed. Deprecated by SoundCloud; use list_my_feed, which returns the same
        items.

        Operation `list_my_activities`: GET /me/activities.
        """

        self._runtime.deprecated("me.activities", "me.feed")

        request = _operations.list_my_activities.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Activity.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_activities",
        )

    def own_activities(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Activity]:
        """List activities the signed-in user caused (legacy).

        Uploads, reposts and comments made by the signed-in user. Deprecated by SoundCloud;
        list_my_tracks and list_my_track_reposts cover the same content.

        Operation `list_my_own_activities`: GET /me/activities/all/own.
        """

        self._runtime.deprecated("me.own_activities", "me.tracks")

        request = _operations.list_my_own_activities.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Activity.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_own_activities",
        )

    def track_activities(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Activity]:
        """List track items of the activity stream (legacy).

        Only the track entries of the old activity stream. Deprecated by SoundCloud; use
        list_my_feed_tracks.

        Operation `list_my_track_activities`: GET /me/activities/tracks.
        """

        self._runtime.deprecated("me.track_activities", "me.feed_tracks")

        request = _operations.list_my_track_activities.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Activity.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_track_activities",
        )

    def feed(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Activity]:
        """List the signed-in user's feed.

        New tracks, playlists and reposts from the accounts the user follows, newest first. Items
        carry a `type` and the `origin` resource; repost items also name the `reposter`.

        Operation `list_my_feed`: GET /me/feed.
        """

        request = _operations.list_my_feed.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Activity.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_feed",
        )

    def feed_tracks(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Activity]:
        """List the track items of the signed-in user's feed.

        Like list_my_feed, restricted to tracks and track reposts.

        Operation `list_my_feed_tracks`: GET /me/feed/tracks.
        """

        request = _operations.list_my_feed_tracks.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Activity.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_feed_tracks",
        )

    def liked_tracks(
        self,
        *,
        access: str | Unset = "playable,preview,blocked",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks the signed-in user liked.

        Liked tracks, most recent like first.

        Operation `list_my_liked_tracks`: GET /me/likes/tracks.
        """

        request = _operations.list_my_liked_tracks.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_liked_tracks",
        )

    def liked_playlists(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List playlists the signed-in user liked.

        Liked playlists and albums, most recent like first.

        Operation `list_my_liked_playlists`: GET /me/likes/playlists.
        """

        request = _operations.list_my_liked_playlists.build_request()
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_liked_playlists",
        )

    def followings(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List users the signed-in user follows.

        The accounts the signed-in user follows.

        Operation `list_my_followings`: GET /me/followings.
        """

        request = _operations.list_my_followings.build_request()
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_followings",
        )

    def followings_tracks(
        self,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List recent tracks by users the signed-in user follows.

        Recent uploads of followed accounts. SoundCloud documents this one as a bare array; a
        paginated envelope is accepted too.

        Operation `list_my_followings_tracks`: GET /me/followings/tracks.
        """

        request = _operations.list_my_followings_tracks.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_followings_tracks",
        )

    async def following(
        self,
        user_urn: UrnLike,
    ) -> User:
        """Get one user the signed-in user follows (legacy).

        Returns the user when the signed-in user follows them, 404 otherwise. Deprecated by
        SoundCloud; use get_user.

        Operation `get_my_following`: GET /me/followings/{user_urn}.
        """

        self._runtime.deprecated("me.following", "users.get")

        return await self._runtime.result(
            _operations.get_my_following.asyncio_detailed(
                user_urn=self._runtime.urn(user_urn, "users"),
                client=self._runtime.client,
            )
        )

    async def follow(
        self,
        user_urn: UrnLike,
    ) -> Status | User:
        """Follow a user.

        Makes the signed-in user follow `user_urn`. Answers 200 when the follow already existed and
        201 with the user when it was created; 422 explains refusals such as the followings limit in
        `message`.

        Operation `follow_user`: PUT /me/followings/{user_urn}.
        """

        return await self._runtime.result(
            _operations.follow_user.asyncio_detailed(
                user_urn=self._runtime.urn(user_urn, "users"),
                client=self._runtime.client,
            )
        )

    async def unfollow(
        self,
        user_urn: UrnLike,
    ) -> Status:
        """Unfollow a user.

        Stops the signed-in user following `user_urn`.

        Operation `unfollow_user`: DELETE /me/followings/{user_urn}.
        """

        return await self._runtime.result(
            _operations.unfollow_user.asyncio_detailed(
                user_urn=self._runtime.urn(user_urn, "users"),
                client=self._runtime.client,
            )
        )

    def followers(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List the signed-in user's followers.

        Accounts that follow the signed-in user.

        Operation `list_my_followers`: GET /me/followers.
        """

        request = _operations.list_my_followers.build_request()
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_followers",
        )

    async def follower(
        self,
        follower_urn: UrnLike,
    ) -> User:
        """Get one follower of the signed-in user (legacy).

        Returns the user when they follow the signed-in user. Deprecated by SoundCloud; use
        get_user.

        Operation `get_my_follower`: GET /me/followers/{follower_urn}.
        """

        self._runtime.deprecated("me.follower", "users.get")

        return await self._runtime.result(
            _operations.get_my_follower.asyncio_detailed(
                follower_urn=self._runtime.urn(follower_urn, "users"),
                client=self._runtime.client,
            )
        )

    def playlists(
        self,
        *,
        show_tracks: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List the signed-in user's playlists.

        Playlists and albums the user created, private ones included, each with its owner and
        (unless `show_tracks=false`) its tracks.

        Operation `list_my_playlists`: GET /me/playlists.
        """

        request = _operations.list_my_playlists.build_request(
            show_tracks=show_tracks,
        )
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_playlists",
        )

    def tracks(
        self,
        *,
        sort: SortOrder | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List the signed-in user's tracks.

        Tracks the user uploaded, private ones included, ordered by upload date.

        Operation `list_my_tracks`: GET /me/tracks.
        """

        request = _operations.list_my_tracks.build_request(
            sort=sort,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_tracks",
        )

    def track_reposts(
        self,
        *,
        access: str | Unset = "playable,preview,blocked",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks the signed-in user reposted.

        The signed-in user's track reposts, most recent first.

        Operation `list_my_track_reposts`: GET /me/reposts/tracks.
        """

        request = _operations.list_my_track_reposts.build_request(
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_track_reposts",
        )

    def playlist_reposts(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List playlists the signed-in user reposted.

        The signed-in user's playlist reposts, most recent first.

        Operation `list_my_playlist_reposts`: GET /me/reposts/playlists.
        """

        request = _operations.list_my_playlist_reposts.build_request()
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_playlist_reposts",
        )

    def connections(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Connection]:
        """List the signed-in user's connected services (legacy).

        External accounts (for example social networks) linked to the profile. Dropped from
        SoundCloud's published document; there is no replacement in the current API, and the call
        may answer 404.

        Deprecated by SoundCloud.

        Operation `list_my_connections`: GET /me/connections.
        """

        self._runtime.deprecated("me.connections", None)

        request = _operations.list_my_connections.build_request()
        return self._runtime.paginate(
            request,
            _models.Connection.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_my_connections",
        )

    async def connection(
        self,
        connection_id: UrnLike,
    ) -> Connection:
        """Get one connected service of the signed-in user (legacy).

        A single external account link by its numeric id. Dropped from SoundCloud's published
        document; there is no replacement in the current API.

        Deprecated by SoundCloud.

        Operation `get_my_connection`: GET /me/connections/{connection_id}.
        """

        self._runtime.deprecated("me.connection", None)

        return await self._runtime.result(
            _operations.get_my_connection.asyncio_detailed(
                connection_id=self._runtime.numeric_id(connection_id, "connections"),
                client=self._runtime.client,
            )
        )

    async def favorite_ids(
        self,
        *,
        limit: int | Unset = 50,
    ) -> list[int]:
        """List the ids of tracks the signed-in user liked (legacy).

        Numeric ids only. Dropped from SoundCloud's published document; use list_my_liked_tracks and
        read `urn` from each track.

        Deprecated by SoundCloud: use `me.liked_tracks` instead.

        Operation `list_my_favorite_ids`: GET /me/favorites/ids.
        """

        self._runtime.deprecated("me.favorite_ids", "me.liked_tracks")

        return await self._runtime.result(
            _operations.list_my_favorite_ids.asyncio_detailed(
                client=self._runtime.client,
                limit=limit,
            )
        )

    async def playlist(
        self,
        playlist_id: UrnLike,
    ) -> Playlist:
        """Get one of the signed-in user's playlists (legacy).

        Dropped from SoundCloud's published document; use get_playlist, which also returns private
        playlists to their owner.

        Deprecated by SoundCloud: use `playlists.get` instead.

        Operation `get_my_playlist`: GET /me/playlists/{playlist_id}.
        """

        self._runtime.deprecated("me.playlist", "playlists.get")

        return await self._runtime.result(
            _operations.get_my_playlist.asyncio_detailed(
                playlist_id=self._runtime.numeric_id(playlist_id, "playlists"),
                client=self._runtime.client,
            )
        )

    async def track(
        self,
        track_id: UrnLike,
    ) -> Track:
        """Get one of the signed-in user's tracks (legacy).

        Dropped from SoundCloud's published document; use get_track, which also returns private
        tracks to their owner.

        Deprecated by SoundCloud: use `tracks.get` instead.

        Operation `get_my_track`: GET /me/tracks/{track_id}.
        """

        self._runtime.deprecated("me.track", "tracks.get")

        return await self._runtime.result(
            _operations.get_my_track.asyncio_detailed(
                track_id=self._runtime.numeric_id(track_id, "tracks"),
                client=self._runtime.client,
            )
        )


# help(sc.me.<method>) names the module users import the class from, not this one.
for _method in vars(MeNamespaceBase).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
