"""Request bodies of the write operations: JSON (`{"track": {...}}`) or multipart forms
with Rails-style names (`track[title]`), validated into plain field dictionaries.

Invalid values answer 422 ("understood but refused", the status every write operation of
the spec documents); values are checked against the spec's enums.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from soundcloud_async.testing._errors import ApiError

LICENSES = frozenset({
    "no-rights-reserved", "all-rights-reserved", "cc-by", "cc-by-nc", "cc-by-nd", "cc-by-sa",
    "cc-by-nc-nd", "cc-by-nc-sa",
})  # fmt: skip
_SHARING = frozenset({"public", "private"})
# Per resource: the spec's enums (a playlist's `license` is free text, a track's is not).
TRACK_ENUMS = {
    "sharing": _SHARING,
    "embeddable_by": frozenset({"all", "me", "none"}),
    "license": LICENSES,
}
PLAYLIST_ENUMS = {"sharing": _SHARING, "set_type": frozenset({"album", "playlist"})}
TRACK_TEXT = (
    "title", "permalink", "sharing", "embeddable_by", "purchase_url", "description", "genre",
    "tag_list", "label_name", "release", "release_date", "license", "isrc",
)  # fmt: skip
TRACK_FLAGS = ("streamable", "downloadable", "commentable", "reveal_stats", "reveal_comments")
PLAYLIST_TEXT = (
    "title", "description", "sharing", "ean", "genre", "label_name", "license", "permalink",
    "purchase_title", "purchase_url", "release", "release_date", "set_type", "tag_list",
)  # fmt: skip
_TRUE, _FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})


@dataclass
class Body:
    """Validated fields of a write, plus uploaded file sizes (files are not kept)."""

    fields: dict[str, Any] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    track_refs: list[str] | None = None


async def read_json(request: Request) -> Any:
    """The JSON body; 422 when it is not JSON (RFC 8259: no NaN or Infinity) or nests too deep."""
    try:
        return json.loads(await request.body() or b"null", parse_constant=_not_json)
    except (ValueError, RecursionError) as exc:
        # RecursionError: Python's decoder gives up on deeply nested arrays or objects; a
        # real server refuses such a body as a client error, it does not crash.
        raise ApiError(422, "request body is not valid JSON") from exc


def _not_json(constant: str) -> Any:
    # Python's json accepts NaN and Infinity; strict JSON parsers, SoundCloud's too, do not.
    raise ValueError(f"{constant} is not a JSON value")


def _is_json(request: Request) -> bool:
    return "json" in request.headers.get("content-type", "")


Enums = dict[str, frozenset[str]]


async def read_resource_body(request: Request, resource: str) -> Body:
    """Read a `{resource: {...}}` JSON body or a `resource[...]` form into validated fields."""
    schema = (TRACK_TEXT, TRACK_ENUMS) if resource == "track" else (PLAYLIST_TEXT, PLAYLIST_ENUMS)
    if _is_json(request):
        payload = await read_json(request)
        inner = payload.get(resource) if isinstance(payload, dict) else None
        if not isinstance(inner, dict):
            raise ApiError(422, f"expected a JSON object with a {resource!r} object")
        texts, enums = schema
        return _validate(inner, texts, enums, refs=_json_refs(inner.get("tracks")))
    async with request.form() as form:
        return _from_form(form, resource, schema[0], schema[1])


def _from_form(form: FormData, resource: str, texts: tuple[str, ...], enums: Enums) -> Body:
    values: dict[str, Any] = {}
    files: dict[str, int] = {}
    prefix = f"{resource}["
    for name, value in form.multi_items():
        if not name.startswith(prefix) or not name.endswith("]"):
            continue
        key = name[len(prefix) : -1]
        if isinstance(value, UploadFile):
            files[key] = value.size or 0
        elif key != "tracks][][urn":
            values[key] = value
    refs = [
        ref for raw in form.getlist(f"{resource}[tracks][][urn]") for ref in str(raw).split(",")
    ]
    body = _validate(values, texts, enums, refs=refs or None)
    body.files = files
    return body


def _json_refs(tracks: object) -> list[str] | None:
    if tracks is None:
        return None
    if not isinstance(tracks, list) or not all(isinstance(t, dict) and "urn" in t for t in tracks):
        raise ApiError(422, "tracks must be a list of {urn} objects")
    return [str(t["urn"]) for t in tracks]


def _validate(
    raw: Mapping[str, Any], texts: tuple[str, ...], enums: Enums, refs: list[str] | None
) -> Body:
    fields: dict[str, Any] = {}
    for name in texts:
        if name in raw and raw[name] is not None:
            fields[name] = _text(name, raw[name], enums.get(name))
    flags = TRACK_FLAGS if enums is TRACK_ENUMS else ()
    for name in flags:
        if name in raw:
            fields[name] = _flag(name, raw[name])
    if "title" in fields and not fields["title"].strip():
        raise ApiError(422, "title must not be empty")
    return Body(fields, {}, refs)


def _text(name: str, value: Any, allowed: frozenset[str] | None) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ApiError(422, f"{name} must be a string")
    text = str(value)
    if allowed is not None and text not in allowed:
        raise ApiError(422, f"{name} must be one of {sorted(allowed)}")
    return text


def _flag(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ApiError(422, f"{name} must be true or false")
