"""Whether a URL is on the client's origin: the token is only ever sent there.

Following a `next_href`, a redirect target or a URL given to `sc.request(...)` attaches
`Authorization`, so every such URL is checked against `base_url` with this one rule.
"""

from __future__ import annotations

import httpx

__all__ = ["same_origin"]


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    """Return whether `url` has the scheme, host and port of `origin` (RFC 6454 §4)."""
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)
