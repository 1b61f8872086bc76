"""Contains some shared types for properties"""

import re
from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return UNSET

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return UNSET

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def path_segment(value: object) -> str:
    """Percent-encode one path parameter, refusing values that would change the path.

    ``quote`` already neutralises "/", "?" and "#", but httpx normalises the exact segments
    "." and ".." away and an empty value names the parent collection, so those are refused.
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(
            f"invalid path parameter {text!r}: empty, '.' and '..' would change the path"
        )
    if _URN_LIKE.fullmatch(text):
        # What quote(text, safe="") returns for these characters, without its per-byte loop.
        return text.replace(":", "%3A")
    return quote(text, safe="")


# Unreserved characters (RFC 3986 §2.3) plus ":": every id and URN the facade sends.
_URN_LIKE = re.compile(r"[A-Za-z0-9_.~:-]+")


class PayloadMismatch(TypeError):
    """A JSON value whose type the schema does not allow.

    Attributes:
        path: Keys and indexes from the parsed body to the value, e.g. ["collection", 3, "user"].
        expected: The JSON types the schema allows there ("missing": the field may be absent).
        found: The JSON type that arrived ("missing" when a required field is absent).
        operation: The operation id whose body it was, set where the body is parsed.
    """

    def __init__(
        self, path: list[str | int], expected: tuple[str, ...], found: str
    ) -> None:
        super().__init__()
        self.path = path
        self.expected = expected
        self.found = found
        self.operation: str | None = None

    def inside(self, *keys: str | int) -> "PayloadMismatch":
        """Prefix the path with where the failing value sat in its parent; returns self."""
        self.path[:0] = keys
        return self

    @property
    def location(self) -> str:
        """The path as `collection[3].user.followers_count` ("the body" when empty)."""
        text = "".join(
            f"[{key}]" if isinstance(key, int) else f".{key}" for key in self.path
        )
        return text.lstrip(".") or "the body"

    def __str__(self) -> str:
        return f"{self.location}: expected {' or '.join(self.expected)}, found {self.found}"


_JSON_TYPE_NAMES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
    type(None): "null",
}


def json_type(value: object) -> str:
    """The JSON type name of a value as json.loads builds it; "missing" for UNSET."""
    if value is UNSET:
        return "missing"
    return _JSON_TYPE_NAMES.get(type(value)) or type(value).__name__


def payload_mismatch(
    source: Mapping[str, object], fields: tuple[tuple[str, tuple[str, ...]], ...]
) -> PayloadMismatch:
    """Name the first field of `source` whose JSON type is not in its allowed tuple.

    Called only after a model's one-line fast check failed, so the slow walk costs nothing on
    valid payloads; it uses the same type names the fast check was generated from.
    """
    for key, expected in fields:
        found = json_type(source.get(key, UNSET))
        if found not in expected:
            return PayloadMismatch([key], expected, found)
    return PayloadMismatch([], ("object",), json_type(source))


def not_an_object(value: object) -> PayloadMismatch:
    """The error for a model built from something that is not a JSON object."""
    return PayloadMismatch([], ("object",), json_type(value))


def item_mismatch(
    error: PayloadMismatch, items: list[object], parse: Callable[[object], object]
) -> PayloadMismatch:
    """Find which item of a list failed (a comprehension does not say) and prefix its index."""
    for index, item in enumerate(items):
        try:
            parse(item)
        except PayloadMismatch as found:
            return found.inside(index)
    return error


def check_items(items: list[object], python_class: type, expected: str) -> None:
    """Raise for the first item of a list of plain values that is not of the expected type."""
    for index, item in enumerate(items):
        if item.__class__ is not python_class:
            raise PayloadMismatch([index], (expected,), json_type(item))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "PayloadMismatch",
    "RequestFiles",
    "Response",
    "Unset",
    "check_items",
    "item_mismatch",
    "json_type",
    "not_an_object",
    "path_segment",
    "payload_mismatch",
]
