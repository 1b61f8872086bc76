"""The classes of `sc.tracks`, `sc.users` ... for annotations: `def f(tracks: TracksNamespace)`.

Every namespace is `<Tag>Namespace`, after its spec tag. Their methods are generated from the
spec; where a few are written by hand, the generated ones sit on a `<Tag>NamespaceBase` it
derives from. `help(sc.users.followers)` names this module. Importing it
imports every namespace; `soundcloud_async` re-exports the names without that cost until one is
used.
"""

from __future__ import annotations

from soundcloud_async_generated.api.likes import LikesNamespace
from soundcloud_async_generated.api.me import MeNamespaceBase
from soundcloud_async_generated.api.playlists import PlaylistsNamespaceBase
from soundcloud_async_generated.api.reposts import RepostsNamespace
from soundcloud_async_generated.api.search import SearchNamespace
from soundcloud_async_generated.api.tracks import TracksNamespaceBase
from soundcloud_async_generated.api.users import UsersNamespace

from soundcloud_async._namespaces.me import MeNamespace
from soundcloud_async._namespaces.oauth import OAuthNamespace
from soundcloud_async._namespaces.playlists import PlaylistsNamespace
from soundcloud_async._namespaces.tracks import TracksNamespace

__all__ = [
    "LikesNamespace",
    "MeNamespace",
    "MeNamespaceBase",
    "OAuthNamespace",
    "PlaylistsNamespace",
    "PlaylistsNamespaceBase",
    "RepostsNamespace",
    "SearchNamespace",
    "TracksNamespace",
    "TracksNamespaceBase",
    "UsersNamespace",
]
