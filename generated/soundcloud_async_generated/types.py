"""Contains some shared types for properties"""

import re
from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    """The type of UNSET: "leave this field out" in a request body you build.

    Only request bodies use it, where omitting a field and sending null mean different things
    (e.g. a storefront update clears the fields it omits). Models SoundCloud sends read an
    absent optional field as None instead. UNSET is falsy and a singleton: test `x is UNSET`.
    """

    __slots__ = ()

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


class SoundCloudModel:
    """Base of every generated model: `to_dict()` is its JSON form, also for pydantic/FastAPI.

    A FastAPI route may return a model, a list of them or a Page (annotated or not, see
    soundcloud_async.fastapi); pydantic validates a model from an instance or a JSON object.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return to_dict_core_schema(cls._pydantic_validate)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {"type": "object", "title": cls.__name__}

    @classmethod
    def _pydantic_validate(cls, value: object) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, Mapping):
            try:
                return cls.from_dict(value)
            except (
                PayloadMismatch
            ) as error:  # pydantic reports ValueErrors as validation errors
                raise ValueError(str(error)) from None
        raise ValueError(
            f"expected a {cls.__name__} or a JSON object, got {type(value).__name__}"
        )


def to_dict_core_schema(validate: Callable[[Any], Any]) -> Any:
    """A pydantic-core schema: values validate through `validate`, serialise by `to_dict()`.

    pydantic is not a dependency: it is imported only when pydantic (e.g. FastAPI building a
    route's response field) asks a class for its schema.
    """
    from pydantic_core import core_schema

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(
            _serialize, when_used="always"
        ),
    )


def _serialize(value: Any) -> Any:
    return value.to_dict()


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
    "SoundCloudModel",
    "Unset",
    "check_items",
    "item_mismatch",
    "json_type",
    "not_an_object",
    "path_segment",
    "payload_mismatch",
    "to_dict_core_schema",
]
