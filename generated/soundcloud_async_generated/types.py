"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
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
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
