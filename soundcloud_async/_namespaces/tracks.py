"""`sc.tracks`: the generated methods plus the ones that need judgment (bodies, uploads, 302).

Like the generated methods, these import what they use on first call (their operation modules
through `operations`, request models through `models`, the form and upload helpers in the
method): `sc.tracks.get` does not pay for an upload's machinery (bench/ section 6).
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Unpack

from soundcloud_async_generated import models
from soundcloud_async_generated.api import tracks as operations
from soundcloud_async_generated.api.tracks import TracksNamespaceBase
from soundcloud_async_generated.types import UNSET

from soundcloud_async._constants import UPLOAD_TIMEOUT
from soundcloud_async._namespaces import public

if TYPE_CHECKING:
    from soundcloud_async_generated.models import Comment, Storefront, StorefrontType, Track

    from soundcloud_async._multipart import ProgressCallback, UploadSource
    from soundcloud_async._namespaces._fields import TrackFields, TrackOptions
    from soundcloud_async._urn import UrnLike

__all__ = ["TracksNamespace"]


@public
class TracksNamespace(TracksNamespaceBase):
    """Tracks: `get`, `update`, `delete`, `upload`, `streams`, `preview`, comments and fans."""

    async def upload(
        self,
        title: str,
        *,
        asset: UploadSource,
        artwork: UploadSource | None = None,
        progress: ProgressCallback | None = None,
        **fields: Unpack[TrackOptions],
    ) -> Track:
        """Upload a new track: the audio file is streamed from disk, never read whole.

        Args:
            title: The track's title.
            asset: The audio file: a path, the bytes, or a binary file object.
            artwork: An optional cover image, in the same forms.
            progress: Called with (bytes sent, total bytes) as the body goes out.
            **fields: More metadata (`description`, `genre`, `sharing`, `tag_list` ...).

        Never retried once a byte was sent: SoundCloud has no idempotency keys, and a replay
        would create a second track. Operation `upload_track`: POST /tracks.

        Raises:
            TypeError: an unknown metadata field, or an asset of an unsupported type.
            FileNotFoundError: `asset` or `artwork` names a missing file (nothing is sent).
        """
        from soundcloud_async._multipart import StreamingMultipart, file_part
        from soundcloud_async._namespaces._fields import (
            TrackFields,
            check_fields,
            form_parts,
            require_text,
        )

        values = check_fields(
            {**fields, "title": require_text(title, "title")}, TrackFields, "track"
        )
        with ExitStack() as stack:
            parts = [*form_parts("track", values), file_part("track[asset_data]", asset, stack)]
            if artwork is not None:
                parts.append(file_part("track[artwork_data]", artwork, stack))
            return await self._runtime.stream_form(
                *operations.upload_track.request_target(),
                StreamingMultipart(parts, progress),
                operations.upload_track.parse_response,
                request_timeout=UPLOAD_TIMEOUT,
            )

    async def update(
        self,
        track_urn: UrnLike,
        *,
        artwork: UploadSource | None = None,
        progress: ProgressCallback | None = None,
        **fields: Unpack[TrackFields],
    ) -> Track:
        """Change a track's metadata (JSON), or its artwork too (multipart when `artwork` is set).

        Operation `update_track`: PUT /tracks/{track_urn}.

        Raises:
            TypeError: an unknown metadata field.
            ValueError: `track_urn` is not a track id.
        """
        from soundcloud_async._namespaces._fields import TrackFields, check_fields, form_parts

        urn = self._runtime.urn(track_urn, "tracks")
        values = check_fields(fields, TrackFields, "track")
        if artwork is None:
            body = models.TrackMetadataRequest.from_dict({"track": values})
            return await self._runtime.result(
                operations.update_track.asyncio_detailed(
                    urn, client=self._runtime.client, body=body
                )
            )
        from soundcloud_async._multipart import StreamingMultipart, file_part

        with ExitStack() as stack:
            parts = [*form_parts("track", values), file_part("track[artwork_data]", artwork, stack)]
            return await self._runtime.stream_form(
                *operations.update_track.request_target(urn),
                StreamingMultipart(parts, progress),
                operations.update_track.parse_response,
                request_timeout=UPLOAD_TIMEOUT,
            )

    async def comment(
        self, track_urn: UrnLike, body: str, *, timestamp: float | str | None = None
    ) -> Comment:
        """Post a comment, optionally at a position in the track (milliseconds).

        Never retried automatically: a replay would post the comment twice.
        Operation `create_track_comment`: POST /tracks/{track_urn}/comments.

        Raises:
            ValueError: `body` is not a non-empty string (nothing is sent).
        """
        from soundcloud_async._namespaces._fields import require_text

        text = require_text(body, "comment body")
        comment = models.CommentBody(body=text, timestamp=UNSET if timestamp is None else timestamp)
        return await self._runtime.result(
            operations.create_track_comment.asyncio_detailed(
                self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
                body=models.CommentRequest(comment=comment),
            )
        )

    async def preview(self, track_urn: UrnLike, *, secret_token: str | None = None) -> str:
        """Return the URL of the track's preview audio, without fetching it.

        SoundCloud answers 302 to a CDN host; that URL is returned as is so the access token
        never travels there. Operation `get_track_preview`: GET /tracks/{track_urn}/preview.
        """
        from soundcloud_async._namespaces._redirects import location_of

        kwargs = operations.get_track_preview.build_request(
            self._runtime.urn(track_urn, "tracks"),
            secret_token=UNSET if secret_token is None else secret_token,
        )
        response = await self._runtime.request(**kwargs)
        return str(location_of(response))

    async def update_storefront(
        self,
        track_urn: UrnLike,
        *,
        title: str,
        type: StorefrontType | str,
        link: str,
        link_title: str | None = None,
        description: str | None = None,
        price: str | None = None,
    ) -> Storefront:
        """Attach one external purchase offer to a track (replaces the whole storefront).

        Operation `update_track_storefront`: PUT /tracks/{track_urn}/storefront.
        """
        known = {member.value for member in models.StorefrontType}
        if str(type) not in known:
            # The enum parses unknown values in responses; a request must use a known one.
            raise ValueError(f"unknown storefront type {type!r}; known: {sorted(known)}")
        offer: dict[str, Any] = {"title": title, "type": str(type), "link": link}
        optional = {"link_title": link_title, "description": description, "price": price}
        offer.update({key: value for key, value in optional.items() if value is not None})
        return await self._runtime.result(
            operations.update_track_storefront.asyncio_detailed(
                self._runtime.urn(track_urn, "tracks"),
                client=self._runtime.client,
                body=models.StorefrontUpdateRequest.from_dict(offer),
            )
        )
