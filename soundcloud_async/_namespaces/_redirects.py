"""Reading SoundCloud's 302 answers without following them blindly.

`/resolve` and `/tracks/{urn}/preview` answer 302 (soundcloud-api.md §3): the API-origin target
of `/resolve` is fetched with the token, a target on any other origin is handed back unfetched,
because the httpx client would attach `Authorization` to whatever URL it is given.
"""

from __future__ import annotations

import httpx

from soundcloud_async.errors import ResponseValidationError

__all__ = ["location_of", "same_origin"]


def location_of(response: httpx.Response) -> httpx.URL:
    """The absolute target of a redirect response.

    Raises:
        ResponseValidationError: a 3xx without a usable `Location`.
    """
    location = response.headers.get("location")
    if not location:
        raise ResponseValidationError(
            f"{response.request.method} {response.request.url.path} answered "
            f"{response.status_code} without a Location header",
            response=response,
        )
    return response.request.url.join(location)


def same_origin(url: httpx.URL, base: httpx.URL) -> bool:
    """Whether `url` has the scheme, host and port of `base`."""
    return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)
