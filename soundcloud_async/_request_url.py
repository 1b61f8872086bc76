"""Request URLs joined to `base_url` with one parse instead of httpx's two (or three).

For a relative URL httpx parses the path on its own, then parses the joined result again
(`base_url.copy_with(raw_path=...)`), and a third time to merge `params`: about half of the
time a mocked call spends outside the network (bench/ section 1). A path of a generated
operation is always plain (one leading "/", no fragment, its segments already quoted by
`path_segment`), so appending it to the base URL's text and parsing that once gives the same
URL. Anything unusual is left to httpx's own join; tests/perf/test_request_url.py checks the
result equals httpx's on generated paths, queries and base URLs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["request_url"]


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
    text = str(base_url)
    # httpx prints a bare host without its "/" path, yet joins onto "/".
    text = (text if text.endswith("/") else text + "/") + path[1:]
    # Any `params`, even {}, makes httpx re-encode the query (dropping an empty one).
    if params is not None:
        if "?" in path:
            return None
        query = httpx.QueryParams(params)
        if query:  # a key with no values still gets its "?", as in httpx
            text += "?" + str(query)
    try:
        return httpx.URL(text)
    except httpx.InvalidURL:
        # httpx's join checks the path and the joined URL separately (length limits, where a
        # bad character is reported): it raises its own error for such a path.
        return None
