"""Every response body the SDK parses is decoded here: orjson when installed, else `json`.

`pip install soundcloud-async[speedups]` adds orjson, which decodes a 200-item page several
times faster than `json.loads` (bench/ section 3). It must not change a single value: orjson
rejects what `json` accepts in a few places (integers beyond 64 bits, NaN/Infinity literals,
lone surrogate escapes, UTF-16/32 and BOM-prefixed bodies), so any body orjson refuses is
decoded again by `json.loads`, which gives the plain path's value or raises the plain path's
error. Callers therefore see exactly what `json.loads(content)` would return or raise.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["decode", "decode_plain", "decode_with_orjson", "orjson_available"]


def decode_plain(content: bytes) -> Any:
    """`json.loads`: what httpx's `Response.json()` does."""
    return json.loads(content)


try:
    import orjson

    _HAVE_ORJSON = True
except ImportError:  # the speedups extra is not installed
    _HAVE_ORJSON = False


def orjson_available() -> bool:
    return _HAVE_ORJSON


def decode_with_orjson(content: bytes) -> Any:
    """orjson's value, or `json.loads`'s value (or error) for a body orjson rejects."""
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


# Chosen once at import; clients built afterwards use it (tests swap it to cover both paths).
decode: Callable[[bytes], Any] = decode_with_orjson if _HAVE_ORJSON else decode_plain
