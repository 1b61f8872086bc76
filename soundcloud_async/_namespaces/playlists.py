"""`sc.playlists`: the generated methods plus create and update, which take keyword fields.

The write helpers and request models are imported by the methods that use them, as in
`_namespaces/tracks.py`: reading a playlist does not pay for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Unpack

from soundcloud_async_generated import models
from soundcloud_async_generated.api import playlists as operations
from soundcloud_async_generated.api.playlists import PlaylistsNamespaceBase

from soundcloud_async._constants import UPLOAD_TIMEOUT
from soundcloud_async._namespaces import public

if TYPE_CHECKING:
    from soundcloud_async_generated.models import Playlist

    from soundcloud_async._multipart import UploadSource
    from soundcloud_async._namespaces._fields import PlaylistFields
    from soundcloud_async._urn import UrnLike

__all__ = ["PlaylistsNamespace"]


@public
class PlaylistsNamespace(PlaylistsNamespaceBase):
    """Playlists and albums: `get`, `create`, `update`, `delete`, `tracks`, `reposters`."""

    async def create(
        self,
        title: str,
        *,
        tracks: Iterable[UrnLike] = (),
        artwork: UploadSource | None = None,
        **fields: Unpack[PlaylistFields],
    ) -> Playlist:
        """Create a playlist owned by the signed-in user, with these tracks in this order.

        JSON, or multipart when `artwork` is given. Never retried automatically: a replay
        would create a second playlist. Operation `create_playlist`: POST /playlists.

        Raises:
            TypeError: an unknown field.
            ValueError: an entry of `tracks` is not a track id.
        """
        from soundcloud_async._namespaces._fields import PlaylistFields, check_fields, require_text

        values = {
            **check_fields(fields, PlaylistFields, "playlist"),
            "title": require_text(title, "title"),
        }
        urns = [self._runtime.urn(track, "tracks") for track in tracks]
        if artwork is None:
            body = models.PlaylistRequest.from_dict({"playlist": _with_tracks(values, urns)})
            return await self._runtime.result(
                operations.create_playlist.asyncio_detailed(client=self._runtime.client, body=body)
            )
        from soundcloud_async._multipart import StreamingMultipart, file_part
        from soundcloud_async._namespaces._fields import form_parts

        with ExitStack() as stack:
            parts = [
                *form_parts("playlist", values),
                # One part, URNs comma-separated: the form SoundCloud's own spec documents.
                *(
                    [("playlist[tracks][][urn]", (None, ",".join(urns).encode(), "text/plain"))]
                    if urns
                    else []
                ),
                file_part("playlist[artwork_data]", artwork, stack),
            ]
            return await self._runtime.stream_form(
                *operations.create_playlist.request_target(),
                StreamingMultipart(parts),
                operations.create_playlist.parse_response,
                request_timeout=UPLOAD_TIMEOUT,
            )

    async def update(
        self,
        playlist_urn: UrnLike,
        *,
        title: str | None = None,
        tracks: Iterable[UrnLike] | None = None,
        **fields: Unpack[PlaylistFields],
    ) -> Playlist:
        """Change a playlist; `tracks`, when given, replaces the whole track list.

        Operation `update_playlist`: PUT /playlists/{playlist_urn}.
        """
        from soundcloud_async._namespaces._fields import PlaylistFields, check_fields, require_text

        urn = self._runtime.urn(playlist_urn, "playlists")
        values = check_fields(fields, PlaylistFields, "playlist")
        if title is not None:
            values["title"] = require_text(title, "title")
        urns = None if tracks is None else [self._runtime.urn(t, "tracks") for t in tracks]
        body = models.PlaylistRequest.from_dict({"playlist": _with_tracks(values, urns)})
        return await self._runtime.result(
            operations.update_playlist.asyncio_detailed(urn, client=self._runtime.client, body=body)
        )


def _with_tracks(values: dict[str, Any], urns: list[str] | None) -> dict[str, Any]:
    if urns is None:
        return values
    return {**values, "tracks": [{"urn": urn} for urn in urns]}
