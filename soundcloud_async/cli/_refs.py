"""What a command argument names: a URN, a bare id, a soundcloud.com URL or permalink.

URNs and ids go to the SDK as they are (it checks them); a URL is resolved first, so
`soundcloud like https://soundcloud.com/artist/song` works, and so does the path alone
(`artist/song`, `artist`). The kind (track, user, playlist)
comes from the URN or from what the URL resolved to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from soundcloud_async import SoundCloud
from soundcloud_async.cli._errors import CliError, ExitCode, fail

__all__ = ["Ref", "resolve_ref"]

KINDS = ("tracks", "users", "playlists")
_URN = re.compile(r"soundcloud:(?P<kind>[a-z]+):(?P<id>\S+)")
_PERMALINK = re.compile(r"(?:soundcloud\.com/)?(?P<path>[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+){0,2})")
SITE = "https://soundcloud.com/"
_SINGULAR = {"tracks": "track", "users": "user", "playlists": "playlist"}


@dataclass(frozen=True, slots=True)
class Ref:
    """A resource's kind (`tracks`, `users`, `playlists`) and URN."""

    kind: str
    urn: str


async def resolve_ref(sc: SoundCloud, text: str, default: str, allowed: tuple[str, ...]) -> Ref:
    """Turn `text` into a `Ref` of one of the `allowed` kinds (`default` for a bare id)."""
    ref = await _parse(sc, text.strip(), default)
    if ref.kind not in allowed:
        wanted = " or ".join(_SINGULAR[kind] for kind in allowed)
        fail(f"{text} is a {_SINGULAR.get(ref.kind, ref.kind)}, not a {wanted}")
    return ref


async def _parse(sc: SoundCloud, text: str, default: str) -> Ref:
    if text.startswith(("http://", "https://")):
        return await _from_url(sc, text)
    match = _URN.fullmatch(text)
    if match:
        return Ref(match["kind"], text)
    if text.isdigit():
        return Ref(default, f"soundcloud:{default}:{text}")
    permalink = _PERMALINK.fullmatch(text)
    if permalink:
        return await _from_url(sc, SITE + permalink["path"])
    raise CliError(f"{text!r} is not a URN, an id, a soundcloud.com URL or permalink")


async def _from_url(sc: SoundCloud, url: str) -> Ref:
    # Imported here: the models module costs a third of the CLI's start-up time.
    from soundcloud_async.models import Playlist, Track, User

    resource = await sc.resolve(url)
    for model, kind in ((Track, "tracks"), (User, "users"), (Playlist, "playlists")):
        if isinstance(resource, model) and isinstance(resource.urn, str):
            return Ref(kind, resource.urn)
    raise CliError(f"{url} does not lead to a track, user or playlist", ExitCode.NOT_FOUND)
