"""`sc.request(...)`: call an operation the spec does not have yet, with everything else kept.

The request goes through the client's own pipeline (token, refresh, retries, hooks, errors),
so the only thing it lacks compared with a generated method is a typed result. The token is
attached to whatever URL the client is given, so a URL on another origin is refused before
anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from soundcloud_async._json import parse_json
from soundcloud_async._origin import same_origin
from soundcloud_async._redact import redact_url
from soundcloud_async._runtime import Runtime
from soundcloud_async.errors import ResponseValidationError

__all__ = ["METHODS", "request_json"]

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


async def request_json(
    runtime: Runtime,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
) -> Any:
    """Send `method path` through `runtime` and return the parsed JSON body (None if empty).

    Raises:
        ValueError: an unknown method, or a URL on another origin than the API's (nothing
            is sent).
        APIStatusError: a status >= 400, as for every generated method.
        ResponseValidationError: a success body that is not JSON.
    """
    verb = method.upper()
    if verb not in METHODS:
        raise ValueError(f"method must be one of {sorted(METHODS)}, got {method!r}")
    target = _target(path, runtime.http.base_url)
    kwargs: dict[str, Any] = {}
    if params:
        kwargs["params"] = dict(params)
    if json is not None:
        kwargs["json"] = json
    response = await runtime.request(verb, target, **kwargs)
    content = response.content
    if not content.strip():
        return None
    parsed = parse_json(content)
    if parsed is None and content.strip() != b"null":  # parse_json's None: not JSON
        raise ResponseValidationError(
            f"{verb} {response.request.url.path} answered {response.status_code} with a body "
            "that is not JSON",
            response=response,
        )
    return parsed


def _target(path: str, base_url: httpx.URL) -> str:
    try:
        url = httpx.URL(path)
    except httpx.InvalidURL as exc:
        raise ValueError(f"the request URL is invalid: {exc}") from exc
    if url.is_relative_url:
        if not path.startswith("/"):
            raise ValueError(f"a path must start with '/', got {redact_url(path)!r}")
        return path
    if not same_origin(url, base_url):
        raise ValueError(
            f"refusing to send the token to {url.scheme}://{url.host}: sc.request() only "
            f"reaches the API origin ({base_url.scheme}://{base_url.host})"
        )
    return path
