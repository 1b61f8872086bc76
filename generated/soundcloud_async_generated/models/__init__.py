"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import Access
    from .activity import Activity
    from .activity_origin import ActivityOrigin
    from .activity_page import ActivityPage
    from .activity_type import ActivityType
    from .code_challenge_method import CodeChallengeMethod
    from .comment import Comment
    from .comment_body import CommentBody
    from .comment_page import CommentPage
    from .comment_request import CommentRequest
    from .connection import Connection
    from .connection_page import ConnectionPage
    from .embeddable_by import EmbeddableBy
    from .error import Error
    from .error_detail import ErrorDetail
    from .found import Found
    from .grant_type import GrantType
    from .license_ import License
    from .me import Me
    from .playlist import Playlist
    from .playlist_form import PlaylistForm
    from .playlist_kind import PlaylistKind
    from .playlist_metadata import PlaylistMetadata
    from .playlist_page import PlaylistPage
    from .playlist_request import PlaylistRequest
    from .playlist_track_ref import PlaylistTrackRef
    from .quota import Quota
    from .rate_limit import RateLimit
    from .rate_limit_meta import RateLimitMeta
    from .response_type import ResponseType
    from .set_type import SetType
    from .sharing import Sharing
    from .sort_order import SortOrder
    from .status import Status
    from .storefront import Storefront
    from .storefront_type import StorefrontType
    from .storefront_update_request import StorefrontUpdateRequest
    from .streams import Streams
    from .subscription import Subscription
    from .subscription_product import SubscriptionProduct
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .too_many_requests import TooManyRequests
    from .track import Track
    from .track_kind import TrackKind
    from .track_metadata import TrackMetadata
    from .track_metadata_request import TrackMetadataRequest
    from .track_page import TrackPage
    from .track_update_form import TrackUpdateForm
    from .track_upload_form import TrackUploadForm
    from .user import User
    from .user_page import UserPage
    from .web_profile import WebProfile
    from .web_profile_page import WebProfilePage

# Model name -> module; every line of `imports` reads "from .<module> import <Name>".
_MODULES = {
    "Access": ".access",
    "Activity": ".activity",
    "ActivityOrigin": ".activity_origin",
    "ActivityPage": ".activity_page",
    "ActivityType": ".activity_type",
    "CodeChallengeMethod": ".code_challenge_method",
    "Comment": ".comment",
    "CommentBody": ".comment_body",
    "CommentPage": ".comment_page",
    "CommentRequest": ".comment_request",
    "Connection": ".connection",
    "ConnectionPage": ".connection_page",
    "EmbeddableBy": ".embeddable_by",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "Found": ".found",
    "GrantType": ".grant_type",
    "License": ".license_",
    "Me": ".me",
    "Playlist": ".playlist",
    "PlaylistForm": ".playlist_form",
    "PlaylistKind": ".playlist_kind",
    "PlaylistMetadata": ".playlist_metadata",
    "PlaylistPage": ".playlist_page",
    "PlaylistRequest": ".playlist_request",
    "PlaylistTrackRef": ".playlist_track_ref",
    "Quota": ".quota",
    "RateLimit": ".rate_limit",
    "RateLimitMeta": ".rate_limit_meta",
    "ResponseType": ".response_type",
    "SetType": ".set_type",
    "Sharing": ".sharing",
    "SortOrder": ".sort_order",
    "Status": ".status",
    "Storefront": ".storefront",
    "StorefrontType": ".storefront_type",
    "StorefrontUpdateRequest": ".storefront_update_request",
    "Streams": ".streams",
    "Subscription": ".subscription",
    "SubscriptionProduct": ".subscription_product",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "TooManyRequests": ".too_many_requests",
    "Track": ".track",
    "TrackKind": ".track_kind",
    "TrackMetadata": ".track_metadata",
    "TrackMetadataRequest": ".track_metadata_request",
    "TrackPage": ".track_page",
    "TrackUpdateForm": ".track_update_form",
    "TrackUploadForm": ".track_upload_form",
    "User": ".user",
    "UserPage": ".user_page",
    "WebProfile": ".web_profile",
    "WebProfilePage": ".web_profile_page",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Access",
    "Activity",
    "ActivityOrigin",
    "ActivityPage",
    "ActivityType",
    "CodeChallengeMethod",
    "Comment",
    "CommentBody",
    "CommentPage",
    "CommentRequest",
    "Connection",
    "ConnectionPage",
    "EmbeddableBy",
    "Error",
    "ErrorDetail",
    "Found",
    "GrantType",
    "License",
    "Me",
    "Playlist",
    "PlaylistForm",
    "PlaylistKind",
    "PlaylistMetadata",
    "PlaylistPage",
    "PlaylistRequest",
    "PlaylistTrackRef",
    "Quota",
    "RateLimit",
    "RateLimitMeta",
    "ResponseType",
    "SetType",
    "Sharing",
    "SortOrder",
    "Status",
    "Storefront",
    "StorefrontType",
    "StorefrontUpdateRequest",
    "Streams",
    "Subscription",
    "SubscriptionProduct",
    "TokenRequest",
    "TokenResponse",
    "TooManyRequests",
    "Track",
    "TrackKind",
    "TrackMetadata",
    "TrackMetadataRequest",
    "TrackPage",
    "TrackUpdateForm",
    "TrackUploadForm",
    "User",
    "UserPage",
    "WebProfile",
    "WebProfilePage",
)
