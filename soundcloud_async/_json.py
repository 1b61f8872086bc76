"""Every response body the SDK parses is decoded here: orjson when installed, else `json`.

`pip install soundcloud-async[speedups]` adds orjson, which decodes a 200-item page several
times faster than `json.loads` (bench/ section 3). It must not change a single value: orjson
rejects what `json` accepts in a few places (integers beyond 64 bits, NaN/Infinity literals,
lone surrogate escapes, UTF-16/32 and BOM-prefixed bodies), so any body orjson refuses is
decoded again by `json.loads`, which gives the plain path's value or raises the plain path's
error. Callers therefore see exactly what `json.loads(content)` would return or raise.

`parse_json` is the lenient form for bodies that may not be JSON at all (error pages, 429s,
redirects): it returns None instead of raising.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["decode", "decode_plain", "decode_with_orjson", "orjson_available", "parse_json"]


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


# Every digit maps to "0", every other byte to "-": a run of 19 zeros in the translation is a
# run of 19 digits in the body, found at C speed (a regex takes longer than orjson itself).
_DIGITS = bytes(48 if 48 <= byte <= 57 else 45 for byte in range(256))
_LONG_RUN = b"0" * 19
# Any 19 consecutive positions hold 4 consecutive multiples of 4, so a run of 19 digits shows
# as 4 digits in a row in every 4th byte of the body: that sample (a quarter of the bytes) rules
# most bodies out at half the cost of translating all of them. Dates ("2008/02/27 11:58:04"),
# ids and URNs never give 4 sampled digits in a row; what does is checked exactly.
_STRIDE = 4
_SAMPLED_RUN = b"0" * 4


def _loses_big_integers() -> bool:
    # Some orjson releases reject integers beyond 64 bits, newer ones return a float, which
    # would silently lose digits json keeps: those bodies must go to json.
    try:
        return not isinstance(orjson.loads(b"18446744073709551616"), int)
    except orjson.JSONDecodeError:
        return False


def decode_with_orjson(content: bytes) -> Any:
    """orjson's value, or `json.loads`'s value (or error) for a body orjson rejects."""
    # 19 digits can leave 64 bits (-9223372036854775809): such a body, or one that only has
    # a long digit run in a string, takes the exact path.
    if _LOSSY and _has_long_digit_run(content):
        return json.loads(content)
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


def _has_long_digit_run(content: bytes) -> bool:
    if _SAMPLED_RUN not in content[::_STRIDE].translate(_DIGITS):
        return False
    return _LONG_RUN in content.translate(_DIGITS)


_LOSSY = _HAVE_ORJSON and _loses_big_integers()
# Chosen once at import; clients built afterwards use it (tests swap it to cover both paths).
decode: Callable[[bytes], Any] = decode_with_orjson if _HAVE_ORJSON else decode_plain


def parse_json(content: bytes) -> object | None:
    """Decode a JSON body, or return None when it is empty, not JSON or absurdly nested."""
    if not content.strip():
        return None
    try:
        # Looked up at call time, so a test that swaps `decode` covers this path too.
        return decode(content)  # type: ignore[no-any-return]
    except (ValueError, RecursionError):
        return None
