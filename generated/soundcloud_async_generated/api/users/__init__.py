"""Endpoints tagged `users`, and the facade's `sc.users` namespace methods.

Importing this package imports none of its operation modules: each one, and the models it
parses, is imported on first use (`__getattr__` below), so `sc.users.<method>()` pays only
for its own operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET

# This package itself: `_operations.get_track` imports get_track.py on first access and is a
# plain attribute lookup from then on (the import binds the module here).
from .. import users as _operations

if TYPE_CHECKING:
    from soundcloud_async._runtime import Runtime, UrnLike
    from soundcloud_async.pagination import AsyncPaginator

    from ...models.comment import Comment
    from ...models.playlist import Playlist
    from ...models.sort_order import SortOrder
    from ...models.track import Track
    from ...models.user import User
    from ...models.web_profile import WebProfile
    from ...types import Unset
    from . import (
        get_user,
        get_user_following,
        list_related_users,
        list_user_comments,
        list_user_favorites,
        list_user_followers,
        list_user_followings,
        list_user_liked_playlists,
        list_user_liked_tracks,
        list_user_playlist_reposts,
        list_user_playlists,
        list_user_track_reposts,
        list_user_tracks,
        list_user_web_profiles,
    )


# Every operation module of the tag, handwritten ones included (soundcloud_async/_namespaces/).
_OPERATIONS = frozenset(
    {
        "get_user",
        "get_user_following",
        "list_related_users",
        "list_user_comments",
        "list_user_favorites",
        "list_user_followers",
        "list_user_followings",
        "list_user_liked_playlists",
        "list_user_liked_tracks",
        "list_user_playlist_reposts",
        "list_user_playlists",
        "list_user_track_reposts",
        "list_user_tracks",
        "list_user_web_profiles",
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


class UsersNamespace:
    """The generated methods of `sc.users` (operations tagged `users` in the spec)."""

    # Users meet this class as `soundcloud_async.namespaces.UsersNamespace` (help(), docs).
    __module__ = "soundcloud_async.namespaces"

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def get(
        self,
        user_urn: UrnLike,
    ) -> User:
        """Get a user.

        A public profile with its counters.

        Operation `get_user`: GET /users/{user_urn}.
        """

        return await self._runtime.result(
            _operations.get_user.asyncio_detailed(
                user_urn=self._runtime.urn(user_urn, "users"),
                client=self._runtime.client,
            )
        )

    def related(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List artists related to a user.

        Accounts SoundCloud considers similar to this one.

        Operation `list_related_users`: GET /users/{user_urn}/related.
        """

        request = _operations.list_related_users.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_related_users",
        )

    def favorites(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks a user liked (legacy).

        The old name of a user's liked tracks. Deprecated by SoundCloud; use list_user_liked_tracks.

        Operation `list_user_favorites`: GET /users/{user_urn}/favorites.
        """

        self._runtime.deprecated("users.favorites", "users.liked_tracks")

        request = _operations.list_user_favorites.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_favorites",
        )

    def followers(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List a user's followers.

        Accounts that follow this user.

        Operation `list_user_followers`: GET /users/{user_urn}/followers.
        """

        request = _operations.list_user_followers.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_followers",
        )

    def followings(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[User]:
        """List users a user follows.

        Accounts this user follows.

        Operation `list_user_followings`: GET /users/{user_urn}/followings.
        """

        request = _operations.list_user_followings.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.User.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_followings",
        )

    async def following(
        self,
        user_urn: UrnLike,
        following_urn: UrnLike,
    ) -> User:
        """Get one user a user follows (legacy).

        Returns `following_urn` when `user_urn` follows them, 404 otherwise. Deprecated by
        SoundCloud; use get_user.

        Operation `get_user_following`: GET /users/{user_urn}/followings/{following_urn}.
        """

        self._runtime.deprecated("users.following", "users.get")

        return await self._runtime.result(
            _operations.get_user_following.asyncio_detailed(
                user_urn=self._runtime.urn(user_urn, "users"),
                following_urn=self._runtime.urn(following_urn, "users"),
                client=self._runtime.client,
            )
        )

    def playlists(
        self,
        user_urn: UrnLike,
        *,
        access: str | Unset = UNSET,
        show_tracks: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List a user's playlists.

        Public playlists and albums of a user.

        Operation `list_user_playlists`: GET /users/{user_urn}/playlists.
        """

        request = _operations.list_user_playlists.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
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
            operation="list_user_playlists",
        )

    def tracks(
        self,
        user_urn: UrnLike,
        *,
        access: str | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List a user's tracks.

        Public tracks of a user, ordered by upload date.

        Operation `list_user_tracks`: GET /users/{user_urn}/tracks.
        """

        request = _operations.list_user_tracks.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
            access=access,
            sort=sort,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_tracks",
        )

    def web_profiles(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[WebProfile]:
        """List a user's external links.

        Links shown on a profile (websites, other social accounts). SoundCloud answers with a bare
        array.

        Operation `list_user_web_profiles`: GET /users/{user_urn}/web-profiles.
        """

        request = _operations.list_user_web_profiles.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.WebProfile.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_web_profiles",
        )

    def liked_tracks(
        self,
        user_urn: UrnLike,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks a user liked.

        A user's public track likes, most recent first.

        Operation `list_user_liked_tracks`: GET /users/{user_urn}/likes/tracks.
        """

        request = _operations.list_user_liked_tracks.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_liked_tracks",
        )

    def liked_playlists(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List playlists a user liked.

        A user's public playlist likes, most recent first.

        Operation `list_user_liked_playlists`: GET /users/{user_urn}/likes/playlists.
        """

        request = _operations.list_user_liked_playlists.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_liked_playlists",
        )

    def track_reposts(
        self,
        user_urn: UrnLike,
        *,
        access: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Track]:
        """List tracks a user reposted.

        A user's track reposts, most recent first.

        Operation `list_user_track_reposts`: GET /users/{user_urn}/reposts/tracks.
        """

        request = _operations.list_user_track_reposts.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
            access=access,
        )
        return self._runtime.paginate(
            request,
            _models.Track.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_track_reposts",
        )

    def playlist_reposts(
        self,
        user_urn: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Playlist]:
        """List playlists a user reposted.

        A user's playlist reposts, most recent first.

        Operation `list_user_playlist_reposts`: GET /users/{user_urn}/reposts/playlists.
        """

        request = _operations.list_user_playlist_reposts.build_request(
            user_urn=self._runtime.urn(user_urn, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.Playlist.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_playlist_reposts",
        )

    def comments(
        self,
        user_id: UrnLike,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Comment]:
        """List comments a user wrote (legacy).

        Dropped from SoundCloud's published document; there is no replacement that lists a user's
        comments across tracks (list_track_comments lists one track's). May answer 404.

        Deprecated by SoundCloud.

        Operation `list_user_comments`: GET /users/{user_id}/comments.
        """

        self._runtime.deprecated("users.comments", None)

        request = _operations.list_user_comments.build_request(
            user_id=self._runtime.numeric_id(user_id, "users"),
        )
        return self._runtime.paginate(
            request,
            _models.Comment.from_dict,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            prefetch=prefetch,
            operation="list_user_comments",
        )


# help(sc.users.<method>) names the module users import the class from, not this one.
for _method in vars(UsersNamespace).values():
    if callable(_method):
        _method.__module__ = "soundcloud_async.namespaces"
