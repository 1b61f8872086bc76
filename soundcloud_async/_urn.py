"""Normalising the ids users pass: `soundcloud:tracks:123`, `123` and `"123"` are one track.

SoundCloud's current API names resources by URN and also accepts the bare number in a path
(docs/soundcloud-behaviour.md, Ids and URNs); the legacy `/me/tracks/{track_id}` family wants
the number. Whatever the caller passes, the facade sends one canonical form and refuses anything
else before a request is built, so a value like `1/../me` can never reach a path.
"""

from __future__ import annotations

import re

from soundcloud_async_generated.types import Unset

__all__ = ["UrnLike", "numeric_id", "to_urn"]

# Models type `urn` as `str | None` (payloads from before URNs have none): mypy makes callers
# check `track.urn` before passing it; an unchecked None (or UNSET) is refused at run time.
UrnLike = str | int

_NUMBER = re.compile(r"[0-9]{1,20}")
# soundcloud.com page URLs (any subdomain, scheme optional): what `/resolve` turns into ids
# (see docs/soundcloud-behaviour.md, Redirects and private links).
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)*soundcloud\.com(?:/|$)", re.IGNORECASE)
_URN = re.compile(r"soundcloud:(?P<kind>[a-z-]+):(?P<number>[0-9]{1,20})")


def to_urn(value: UrnLike, kind: str) -> str:
    """Return `value` as the URN `soundcloud:<kind>:<n>`.

    Raises:
        ValueError: `value` is not a non-negative int, a string of digits, or a URN of `kind`.
    """
    return f"soundcloud:{kind}:{_number_of(value, kind)}"


def numeric_id(value: UrnLike, kind: str) -> str:
    """Return the decimal id of `value` (a URN of `kind`, an int or a string of digits).

    Raises:
        ValueError: as for `to_urn`.
    """
    return _number_of(value, kind)


def _number_of(value: object, kind: str) -> str:
    if value is None or isinstance(value, Unset):
        raise ValueError(f"no {kind} id: the object it came from has no urn (an older payload?)")
    # bool is an int subclass: True would silently become id 1.
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"a {kind} id must be a URN, an int or a string of digits, not {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"a {kind} id cannot be negative: {value}")
        return str(value)
    if _NUMBER.fullmatch(value):
        return str(int(value))
    if _WEB_ADDRESS.match(value):
        # Not echoed: a private link carries its secret in the path (same section of the docs).
        raise ValueError(
            f"not a {kind} id but a web address: look it up with `await sc.resolve(url)`, "
            "which returns the track, user or playlist; pass its .urn here"
        )
    match = _URN.fullmatch(value)
    if match is None:
        raise ValueError(
            f"not a {kind} id: {value[:80]!r} (expected 'soundcloud:{kind}:<n>' or a number)"
        )
    if match["kind"] != kind:
        raise ValueError(f"expected a soundcloud:{kind} URN, got {value!r}")
    return str(int(match["number"]))
