"""Request URLs joined to `base_url` without httpx's two (or three) parses.

For a relative URL httpx parses the path on its own, then parses the joined result again
(`base_url.copy_with(raw_path=...)`), and a third time to merge `params`: about half of the
time a mocked call spends outside the network (bench/ section 1). A path of a generated
operation is always plain (one leading "/", no fragment, its segments already quoted by
`path_segment`), so the joined URL is known without parsing anything:

* when the path and query are already in the form httpx's parser would give them (only
  characters RFC 3986 allows there, valid `%XX` escapes, no "." or ".." segment), the base
  URL's parsed form is copied with the new path and query (`_assembled`, about 1 us);
* otherwise the base URL's text plus the path is parsed once (about 11 us);
* anything unusual (a "//" path, a fragment, a base with a query) is left to httpx's join.

tests/perf/test_request_url.py checks that every answer equals httpx's own join, over
generated paths, queries and base URLs.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["request_url"]

# RFC 3986 pchar ("/" between segments, "%" checked below) and query characters: text made of
# these alone is left as it is by httpx's parser, which escapes a superset less.
_UNRESERVED = string.ascii_letters + string.digits + "-._~"
_PATH_CHARS = _UNRESERVED + "!$&'()*+,;=:@/%"
_QUERY_CHARS = _PATH_CHARS + "?"
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# httpx refuses URLs over 65,536 characters ("URL too long"): a path and query near that size
# take the parsing route, which raises or declines exactly as httpx does.
_LONGEST_ASSEMBLED = 60_000


def request_url(
    base_url: httpx.URL, path: str, params: Mapping[str, Any] | None
) -> httpx.URL | None:
    """The absolute URL httpx would send `path` (+ `params`) to, or None to let httpx join it.

    Same result as `httpx.AsyncClient(base_url=base_url).build_request("GET", path,
    params=params).url` whenever it is not None.
    """
    # httpx reads "//x" as an authority and drops a "#fragment" from the path; a query in both
    # the path and `params` is merged by re-encoding. All rare: httpx's own join handles them.
    if not path.startswith("/") or path.startswith("//") or "#" in path:
        return None
    if base_url.query or base_url.fragment or not base_url.raw_path.endswith(b"/"):
        return None
    query: str | None = None
    # Any `params`, even {}, makes httpx re-encode the query (dropping an empty one).
    if params is not None:
        if "?" in path:
            return None
        encoded = httpx.QueryParams(params)
        if encoded:  # a key with no values still gets its "?", as in httpx
            query = str(encoded)
    if _ASSEMBLES and _is_canonical(path, query):
        # httpx joins onto the base path, which ends with "/" (and is already in parsed form).
        return _assembled(base_url, base_url.raw_path.decode("ascii") + path[1:], query)
    text = str(base_url)
    # httpx prints a bare host without its "/" path, yet joins onto "/".
    text = (text if text.endswith("/") else text + "/") + path[1:]
    if query is not None:
        text += "?" + query
    try:
        return httpx.URL(text)
    except httpx.InvalidURL:
        # httpx's join checks the path and the joined URL separately (length limits, where a
        # bad character is reported): it raises its own error for such a path.
        return None


def _is_canonical(path: str, query: str | None) -> bool:
    """Whether httpx's parser would keep `path` and `query` exactly as they are."""
    text = path if query is None else f"{path}?{query}"
    if path.rstrip(_PATH_CHARS) or "/." in path or len(text) > _LONGEST_ASSEMBLED:
        return False
    if query is not None and query.rstrip(_QUERY_CHARS):
        return False
    return "%" not in text or not _BAD_ESCAPE.search(text)


def _assembled(base_url: httpx.URL, path: str, query: str | None) -> httpx.URL:
    # httpx keeps a URL as the named tuple of its parsed parts; the base URL's are already
    # checked and normalised, and `_is_canonical` vouches for the new path and query. The
    # attribute is not public: `_ASSEMBLES` checks once that it still works as expected.
    url = httpx.URL.__new__(httpx.URL)
    parts = base_url._uri_reference
    url._uri_reference = parts._replace(path=path, query=query, fragment=None)
    return url


def _assembly_works() -> bool:
    """Whether this httpx builds `_assembled` URLs equal to parsed ones (httpx 0.28 does)."""
    base = httpx.URL("https://user@api.example:8443/v1/")
    try:
        built = _assembled(base, "/v1/tracks/soundcloud%3Atracks%3A1", "limit=5&q=a%20b")
    except (AttributeError, TypeError, ValueError):
        return False
    expected = httpx.URL(f"{base}tracks/soundcloud%3Atracks%3A1?limit=5&q=a%20b")
    same_parts = (built.host, built.port, built.userinfo) == (
        expected.host,
        expected.port,
        expected.userinfo,
    )
    return built == expected and built.raw_path == expected.raw_path and same_parts


_ASSEMBLES = _assembly_works()
