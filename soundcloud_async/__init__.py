"""soundcloud-async: an asyncio SDK for SoundCloud's public API.

One import line gets everything a user needs (``from soundcloud_async import SoundCloud``);
models are in ``soundcloud_async.models`` and the raw generated endpoint functions in
``soundcloud_async.endpoints``.
"""

from typing import TYPE_CHECKING

from soundcloud_async import oauth
from soundcloud_async._constants import DEFAULT_TIMEOUT, UPLOAD_TIMEOUT
from soundcloud_async._multipart import ProgressCallback, UploadSource
from soundcloud_async._namespaces._fields import PlaylistFields, TrackFields
from soundcloud_async._ratelimit import RateLimit, RateLimitHeaders
from soundcloud_async._retry import RetryPolicy
from soundcloud_async._token import Token
from soundcloud_async._transport import STREAM_EXTENSION, RetryTransport
from soundcloud_async._urn import UrnLike
from soundcloud_async._version import __version__
from soundcloud_async.auth import SoundCloudAuth
from soundcloud_async.client import Resolved, SoundCloud
from soundcloud_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ErrorBody,
    NotFoundError,
    OAuthCallbackError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SoundCloudError,
    TokenRefreshError,
    UnprocessableEntityError,
    error_from_response,
    raise_for_status,
)
from soundcloud_async.oauth import (
    AuthorizationRequest,
    exchange_code,
    fetch_app_token,
    refresh_token,
    sign_out,
    start_authorization,
    verify_callback,
)
from soundcloud_async.pagination import AsyncPaginator, Page
from soundcloud_async.token_store import (
    FileTokenStore,
    LockableTokenStore,
    MemoryTokenStore,
    TokenStore,
)

if TYPE_CHECKING:
    from soundcloud_async.namespaces import (
        LikesNamespace,
        MeNamespace,
        OAuthNamespace,
        PlaylistsNamespace,
        RepostsNamespace,
        SearchNamespace,
        TracksNamespace,
        UsersNamespace,
    )

# The namespace classes are exported for annotations, but imported only when one is used: they
# pull in every generated endpoint module (see SoundCloud's namespace properties).
_NAMESPACES = frozenset(
    {
        "LikesNamespace",
        "MeNamespace",
        "OAuthNamespace",
        "PlaylistsNamespace",
        "RepostsNamespace",
        "SearchNamespace",
        "TracksNamespace",
        "UsersNamespace",
    }
)


def __getattr__(name: str) -> object:
    if name in _NAMESPACES:
        from soundcloud_async import namespaces

        return getattr(namespaces, name)
    raise AttributeError(f"module 'soundcloud_async' has no attribute {name!r}")


__all__ = [
    "DEFAULT_TIMEOUT",
    "STREAM_EXTENSION",
    "UPLOAD_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "AuthorizationRequest",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ErrorBody",
    "FileTokenStore",
    "LikesNamespace",
    "LockableTokenStore",
    "MeNamespace",
    "MemoryTokenStore",
    "NotFoundError",
    "OAuthCallbackError",
    "OAuthNamespace",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PlaylistFields",
    "PlaylistsNamespace",
    "ProgressCallback",
    "RateLimit",
    "RateLimitError",
    "RateLimitHeaders",
    "RepostsNamespace",
    "Resolved",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "SearchNamespace",
    "ServerError",
    "SoundCloud",
    "SoundCloudAuth",
    "SoundCloudError",
    "Token",
    "TokenRefreshError",
    "TokenStore",
    "TrackFields",
    "TracksNamespace",
    "UnprocessableEntityError",
    "UploadSource",
    "UrnLike",
    "UsersNamespace",
    "__version__",
    "error_from_response",
    "exchange_code",
    "fetch_app_token",
    "oauth",
    "raise_for_status",
    "refresh_token",
    "sign_out",
    "start_authorization",
    "verify_callback",
]
