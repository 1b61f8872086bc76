"""Reading SoundCloud's 302 answers without following them blindly.

`/resolve` and `/tracks/{urn}/preview` answer 302: the API-origin target of `/resolve` is
fetched with the token, a target on any other origin is handed back unfetched, because the
httpx client would attach `Authorization` to whatever URL it is given. The target is in the
`Location` header or only in the body (see docs/soundcloud-behaviour.md, Redirects and
private links).
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from soundcloud_async._json import parse_json
from soundcloud_async.errors import ResponseValidationError

__all__ = ["is_redirect", "location_of"]

_WEB_SCHEMES = frozenset({"http", "https"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def is_redirect(response: httpx.Response) -> bool:
    """A redirect status, with or without a `Location` header (httpx's `is_redirect` needs one)."""
    return response.status_code in _REDIRECT_STATUSES


def location_of(response: httpx.Response) -> httpx.URL:
    """The absolute http(s) target of a redirect: its `Location` header, else the body's `location`.

    Raises:
        ResponseValidationError: a 3xx without a target, or with one that is malformed or not
            an http(s) URL (`javascript:`, `data:` ...). The target itself is not quoted: a
            private share link would carry its secret.
    """
    location = response.headers.get("location") or _body_location(response)
    where = f"{response.request.method} {response.request.url.path} answered {response.status_code}"
    if not location:
        raise ResponseValidationError(
            f"{where} without a Location header or a `location` in its body", response=response
        )
    try:
        target = response.request.url.join(location)
    except httpx.InvalidURL as exc:
        raise ResponseValidationError(
            f"{where} with a malformed redirect target ({exc})", response=response
        ) from exc
    if target.scheme not in _WEB_SCHEMES or not target.host:
        raise ResponseValidationError(
            f"{where} with a redirect target that is not an http(s) URL", response=response
        )
    return target


def _body_location(response: httpx.Response) -> str | None:
    # see docs/soundcloud-behaviour.md, Redirects and private links: the target may be
    # only in the body.
    body = parse_json(response.content)
    location = body.get("location") if isinstance(body, Mapping) else None
    return location if isinstance(location, str) else None
