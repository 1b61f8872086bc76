"""soundcloud-async: an asyncio SDK for SoundCloud's public API.

One import line gets everything a user needs (``from soundcloud_async import SoundCloud``);
models are in ``soundcloud_async.models`` and the raw generated endpoint functions in
``soundcloud_async.endpoints``.
"""

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
from soundcloud_async.budgets import DEFAULT_RULES, BudgetRule, MemoryRateBudget, RateBudget
from soundcloud_async.client import Resolved, SoundCloud
from soundcloud_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExhaustedError,
    ClientClosedError,
    ConfigurationError,
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
    "ErrorBody",
    "FileTokenStore",
    "LockableTokenStore",
    "MemoryRateBudget",
    "MemoryTokenStore",
    "NotFoundError",
    "OAuthCallbackError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PlaylistFields",
    "ProgressCallback",
    "RateBudget",
    "RateLimit",
    "RateLimitError",
    "RateLimitHeaders",
    "RedisUnavailableError",
    "Resolved",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "SoundCloud",
    "SoundCloudAuth",
    "SoundCloudError",
    "Token",
    "TokenRefreshError",
    "TokenStore",
    "TrackFields",
    "UnprocessableEntityError",
    "UploadSource",
    "UrnLike",
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
