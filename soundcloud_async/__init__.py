"""soundcloud-async: an asyncio SDK for SoundCloud's public API.

One import line gets everything a user needs (``from soundcloud_async import SoundCloud``);
models are in ``soundcloud_async.models`` and the raw generated endpoint functions in
``soundcloud_async.endpoints``.

Every name below is imported on first access (PEP 562 module ``__getattr__``): ``import
soundcloud_async`` alone loads no generated module, namespace or model, and ``from
soundcloud_async import SoundCloud`` loads only what the client needs (bench/ section 6).
Type checkers read the same names from the TYPE_CHECKING block;
tests/perf/test_lazy_import.py keeps the two in step and the bare import lazy.
"""

import importlib
from typing import TYPE_CHECKING, Any

from soundcloud_async._version import __version__

if TYPE_CHECKING:
    from soundcloud_async import oauth
    from soundcloud_async._constants import DEFAULT_TIMEOUT, UPLOAD_TIMEOUT
    from soundcloud_async._hooks import (
        Hooks,
        RateLimitEvent,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
    )
    from soundcloud_async._multipart import ProgressCallback, UploadSource
    from soundcloud_async._namespaces._fields import PlaylistFields, TrackFields
    from soundcloud_async._ratelimit import RateLimit, RateLimitHeaders
    from soundcloud_async._raw import RawResponse
    from soundcloud_async._resolved import Resolved
    from soundcloud_async._retry import RetryPolicy
    from soundcloud_async._token import Token
    from soundcloud_async._transport import STREAM_EXTENSION, RetryTransport
    from soundcloud_async._urn import UrnLike
    from soundcloud_async.auth import SoundCloudAuth
    from soundcloud_async.budgets import DEFAULT_RULES, BudgetRule, MemoryRateBudget, RateBudget
    from soundcloud_async.client import SoundCloud
    from soundcloud_async.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BudgetExhaustedError,
        ClientClosedError,
        ConfigurationError,
        EdgeBlockedError,
        ErrorBody,
        NotFoundError,
        OAuthCallbackError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RedisUnavailableError,
        ResponseValidationError,
        ServerError,
        SoundCloudError,
        TokenRefreshError,
        UnprocessableEntityError,
        error_from_response,
        raise_for_status,
    )
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

# Exported name -> the module that defines it (a submodule maps to itself). The namespace
# classes are exported for annotations; importing one pulls in its generated endpoint modules.
_EXPORTS = {
    "LikesNamespace": "soundcloud_async.namespaces",
    "MeNamespace": "soundcloud_async.namespaces",
    "OAuthNamespace": "soundcloud_async.namespaces",
    "PlaylistsNamespace": "soundcloud_async.namespaces",
    "RepostsNamespace": "soundcloud_async.namespaces",
    "SearchNamespace": "soundcloud_async.namespaces",
    "TracksNamespace": "soundcloud_async.namespaces",
    "UsersNamespace": "soundcloud_async.namespaces",
    "APIConnectionError": "soundcloud_async.errors",
    "APIStatusError": "soundcloud_async.errors",
    "APITimeoutError": "soundcloud_async.errors",
    "AsyncPaginator": "soundcloud_async.pagination",
    "AuthenticationError": "soundcloud_async.errors",
    "AuthorizationRequest": "soundcloud_async.oauth",
    "BadRequestError": "soundcloud_async.errors",
    "BudgetExhaustedError": "soundcloud_async.errors",
    "BudgetRule": "soundcloud_async.budgets",
    "DEFAULT_RULES": "soundcloud_async.budgets",
    "MemoryRateBudget": "soundcloud_async.budgets",
    "RateBudget": "soundcloud_async.budgets",
    "RedisUnavailableError": "soundcloud_async.errors",
    "ClientClosedError": "soundcloud_async.errors",
    "ConfigurationError": "soundcloud_async.errors",
    "EdgeBlockedError": "soundcloud_async.errors",
    "DEFAULT_TIMEOUT": "soundcloud_async._constants",
    "ErrorBody": "soundcloud_async.errors",
    "FileTokenStore": "soundcloud_async.token_store",
    "Hooks": "soundcloud_async._hooks",
    "LockableTokenStore": "soundcloud_async.token_store",
    "MemoryTokenStore": "soundcloud_async.token_store",
    "NotFoundError": "soundcloud_async.errors",
    "OAuthCallbackError": "soundcloud_async.errors",
    "Page": "soundcloud_async.pagination",
    "PaginationError": "soundcloud_async.errors",
    "PermissionDeniedError": "soundcloud_async.errors",
    "PlaylistFields": "soundcloud_async._namespaces._fields",
    "ProgressCallback": "soundcloud_async._multipart",
    "RateLimit": "soundcloud_async._ratelimit",
    "RateLimitEvent": "soundcloud_async._hooks",
    "RateLimitError": "soundcloud_async.errors",
    "RateLimitHeaders": "soundcloud_async._ratelimit",
    "RawResponse": "soundcloud_async._raw",
    "RequestEvent": "soundcloud_async._hooks",
    "Resolved": "soundcloud_async._resolved",
    "ResponseEvent": "soundcloud_async._hooks",
    "ResponseValidationError": "soundcloud_async.errors",
    "RetryEvent": "soundcloud_async._hooks",
    "RetryPolicy": "soundcloud_async._retry",
    "RetryTransport": "soundcloud_async._transport",
    "STREAM_EXTENSION": "soundcloud_async._transport",
    "ServerError": "soundcloud_async.errors",
    "SoundCloud": "soundcloud_async.client",
    "SoundCloudAuth": "soundcloud_async.auth",
    "SoundCloudError": "soundcloud_async.errors",
    "Token": "soundcloud_async._token",
    "TokenRefreshError": "soundcloud_async.errors",
    "TokenStore": "soundcloud_async.token_store",
    "TrackFields": "soundcloud_async._namespaces._fields",
    "UPLOAD_TIMEOUT": "soundcloud_async._constants",
    "UnprocessableEntityError": "soundcloud_async.errors",
    "UploadSource": "soundcloud_async._multipart",
    "UrnLike": "soundcloud_async._urn",
    "error_from_response": "soundcloud_async.errors",
    "exchange_code": "soundcloud_async.oauth",
    "fetch_app_token": "soundcloud_async.oauth",
    "oauth": "soundcloud_async.oauth",
    "raise_for_status": "soundcloud_async.errors",
    "refresh_token": "soundcloud_async.oauth",
    "sign_out": "soundcloud_async.oauth",
    "start_authorization": "soundcloud_async.oauth",
    "verify_callback": "soundcloud_async.oauth",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module)
    value = loaded if module == f"{__name__}.{name}" else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


__all__ = [
    "DEFAULT_RULES",
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
    "BudgetExhaustedError",
    "BudgetRule",
    "ClientClosedError",
    "ConfigurationError",
    "EdgeBlockedError",
    "ErrorBody",
    "FileTokenStore",
    "Hooks",
    "LikesNamespace",
    "LockableTokenStore",
    "MeNamespace",
    "MemoryRateBudget",
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
    "RateBudget",
    "RateLimit",
    "RateLimitError",
    "RateLimitEvent",
    "RateLimitHeaders",
    "RawResponse",
    "RedisUnavailableError",
    "RepostsNamespace",
    "RequestEvent",
    "Resolved",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
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
