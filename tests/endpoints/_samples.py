"""Argument builders: a value for every path parameter, query parameter and request body.

A parameter or body schema these builders cannot handle raises `CaseError`, which fails that
operation's test case with the message below: new spec surface never goes untested silently.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from soundcloud_async_generated import models
from soundcloud_async_generated.types import File

from ._spec import Operation, ref_name, resolve, schema_properties

HERE = "tests/endpoints/_samples.py"


class CaseError(Exception):
    """The spec has something these tests have no builder for yet."""


# ---------------------------------------------------------------- path parameters
# (value passed, exact percent-encoded segment on the wire); several per type for
# operations with two parameters of one type (user_urn + following_urn).
PATH_SAMPLES: dict[str, list[tuple[object, str]]] = {
    "TrackUrn": [("soundcloud:tracks:13158665", "soundcloud%3Atracks%3A13158665")],
    "UserUrn": [
        ("soundcloud:users:3207", "soundcloud%3Ausers%3A3207"),
        ("soundcloud:users:183", "soundcloud%3Ausers%3A183"),
    ],
    "PlaylistUrn": [("soundcloud:playlists:405726", "soundcloud%3Aplaylists%3A405726")],
    "integer": [(207391226, "207391226")],
}


def path_key(param: dict[str, Any]) -> str:
    return ref_name(param["schema"]) or str(param["schema"].get("type"))


def path_sample(op: Operation, param: dict[str, Any], index: int) -> tuple[object, str]:
    samples = PATH_SAMPLES.get(path_key(param), [])
    if index >= len(samples):
        raise CaseError(
            f"{op.operation_id}: no sample #{index + 1} for path parameter {param['name']!r} "
            f"(schema {path_key(param)!r}); add one to PATH_SAMPLES in {HERE}"
        )
    return samples[index]


# ---------------------------------------------------------------- query parameters
# Realistic strings by wire name; other strings get a generic value unless they carry a pattern.
QUERY_STRINGS: dict[str, str] = {
    "access": "playable,preview",
    "url": "https://soundcloud.com/forss/flickermood",
    "urns": "soundcloud:tracks:13158665,soundcloud:tracks:293",
    "q": "deep house & techno",
    "genres": "techno,house",
    "tags": "lofi,chill out",
    "created_at[from]": "2024-01-01 00:00:00",
    "created_at[to]": "2024-12-31 23:59:59",
    "secret_token": "s-AbCdEfGhIjK",
    "client_id": "app-client-id",
    "redirect_uri": "https://app.example.com/callback?source=sc",
    "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    "state": "af0ifjsldkj/+=",
    "scope": "non-expiring",
}


def query_schema(param: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(component name, merged schema): `allOf: [$ref]` + sibling keys such as `default`."""
    raw = param.get("schema", {})
    name = ref_name(raw)
    merged = dict(resolve({"$ref": f"#/components/schemas/{name}"})) if name else {}
    merged.update({k: v for k, v in raw.items() if k not in ("$ref", "allOf")})
    return name, merged


def query_sample(op: Operation, param: dict[str, Any], index: int) -> tuple[object, str]:
    """(Python value, wire text) for one query parameter, honouring enum and limits."""
    wire, (schema_name, schema) = param["name"], query_schema(param)
    kind = schema.get("type")
    if "enum" in schema:
        value = next(v for v in schema["enum"] if v != schema.get("default"))
        enum_cls = getattr(models, schema_name or "", None)
        if enum_cls is None:
            raise CaseError(f"{op.operation_id}: enum query {wire!r} has no generated class")
        return enum_cls(value), str(value)
    if kind == "boolean":
        return True, "true"
    if kind == "integer":
        value = int(schema.get("minimum", 0)) + 100 + 7 * index
        value = min(value, int(schema.get("maximum", value)))
        return value, str(value)
    if kind == "string":
        if wire in QUERY_STRINGS:
            return QUERY_STRINGS[wire], QUERY_STRINGS[wire]
        if "pattern" in schema:
            raise CaseError(
                f"{op.operation_id}: query {wire!r} has pattern {schema['pattern']!r}; "
                f"add a matching value to QUERY_STRINGS in {HERE}"
            )
        text = f"sample-{re.sub(r'[^a-z]', '', wire)}".ljust(int(schema.get("minLength", 0)), "x")
        return text, text
    raise CaseError(
        f"{op.operation_id}: no argument builder for query {wire!r} of schema {schema!r}; "
        f"extend query_sample in {HERE}"
    )


# ---------------------------------------------------------------- request bodies
@dataclass(frozen=True)
class FilePart:
    file_name: str
    mime_type: str
    data: bytes


# A fixed multipart boundary (+++, upstream's default) would be cut by these bytes.
AUDIO = FilePart(
    "flickermood.mp3",
    "audio/mpeg",
    b"ID3\x04\x00\x00\x00\x00\x00\x00\r\n--+++\r\n" + bytes(range(256)),
)
ARTWORK = FilePart("cover.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xf4")

TRACK_FIELDS: dict[str, Any] = {
    "title": "Flickermood (2025 remaster)",
    "permalink": "flickermood-2025",
    "sharing": "private",
    "embeddable_by": "me",
    "purchase_url": "https://forss.bandcamp.com/track/flickermood",
    "description": "Remastered from the 2007 session.\r\nVinyl & tape soon.",
    "genre": "Electronic",
    "tag_list": 'ambient "field recording" forss',
    "label_name": "Sonar Kollektiv",
    "release": "SK-042",
    "release_date": "2025-03-14",
    "streamable": True,
    "downloadable": False,
    "license": "cc-by-nc-sa",
    "commentable": True,
    "reveal_stats": False,
    "reveal_comments": True,
    "isrc": "DEA620700042",
}
PLAYLIST_FIELDS: dict[str, Any] = {
    "title": "Late night drive",
    "description": "Slow, deep, nocturnal.",
    "sharing": "public",
    "ean": "4250101412345",
    "genre": "Deep House",
    "label_name": "Self-released",
    "license": "all-rights-reserved",
    "permalink": "late-night-drive",
    "permalink_url": "https://soundcloud.com/jwagener/sets/late-night-drive",
    "purchase_title": "Buy on Bandcamp",
    "purchase_url": "https://jwagener.bandcamp.com/album/late-night-drive",
    "release": "LND-1",
    "release_date": "2025-06-01",
    "set_type": "album",
    "tag_list": 'night "deep house"',
}
PLAYLIST_TRACKS = ["soundcloud:tracks:13158665", "soundcloud:tracks:293", "soundcloud:tracks:2040"]


def _bracketed(prefix: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {f"{prefix}[{name}]": value for name, value in fields.items()}


# Wire form of each request-body schema: JSON/form dicts, or multipart field -> value.
BODY_SAMPLES: dict[str, Any] = {
    "TrackMetadataRequest": {"track": TRACK_FIELDS},
    "PlaylistRequest": {
        "playlist": {**PLAYLIST_FIELDS, "tracks": [{"urn": urn} for urn in PLAYLIST_TRACKS]}
    },
    "CommentRequest": {"comment": {"body": "That drop at 1:02 \N{FIRE}", "timestamp": 62000.5}},
    "StorefrontUpdateRequest": {
        "title": 'Flickermood 7" vinyl',
        "type": "vinyl",
        "link": "https://forss.bandcamp.com/merch/flickermood-7",
        "link_title": "Bandcamp",
        "description": "Limited run of 300, hand-numbered.",
        "price": "\N{EURO SIGN}12.00",
    },
    "TokenRequest": {
        "grant_type": "authorization_code",
        "client_id": "app-client-id",
        "client_secret": "s3cr3t&c=r t",
        "code": "0f6e3a1b-auth-code",
        "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-verifier",
        "redirect_uri": "https://app.example.com/callback?source=sc",
        "refresh_token": "REFRESH-single-use",
    },
    "TrackUploadForm": {
        **_bracketed("track", TRACK_FIELDS),
        "track[asset_data]": AUDIO,
        "track[artwork_data]": ARTWORK,
    },
    "TrackUpdateForm": {**_bracketed("track", TRACK_FIELDS), "track[artwork_data]": ARTWORK},
    "PlaylistForm": {
        **_bracketed("playlist", PLAYLIST_FIELDS),
        "playlist[tracks][][urn]": ",".join(PLAYLIST_TRACKS),
        "playlist[artwork_data]": ARTWORK,
    },
}

BODY_KINDS = {
    "application/json": "json",
    "application/x-www-form-urlencoded": "form",
    "multipart/form-data": "multipart",
}


def uncovered(schema_name: str, sample: Any, where: str = "") -> list[str]:
    """Spec properties the sample leaves out, and sample keys the spec does not declare."""
    if not isinstance(sample, dict):
        return []
    props = schema_properties(schema_name)
    gaps = [f"missing {where}{key}" for key in props if key not in sample]
    gaps += [f"undeclared {where}{key}" for key in sample if key not in props]
    for key, prop in props.items():
        inner = prop.get("items", prop) if prop.get("type") == "array" else prop
        name = ref_name(inner)
        values = sample.get(key)
        for value in values if isinstance(values, list) else [values]:
            if name and isinstance(value, dict):
                gaps += uncovered(name, value, f"{where}{key}.")
    return gaps


def body_sample(op: Operation, content_type: str, schema: dict[str, Any]) -> tuple[str, str, Any]:
    """(kind, schema name, wire sample) for one content type of an operation's requestBody."""
    kind, name = BODY_KINDS.get(content_type), ref_name(schema)
    if kind is None or name is None:
        raise CaseError(f"{op.operation_id}: no body builder for {content_type} ({schema!r})")
    if name not in BODY_SAMPLES:
        raise CaseError(f"{op.operation_id}: no body sample for schema {name!r}; add it in {HERE}")
    gaps = uncovered(name, BODY_SAMPLES[name])
    if gaps:
        raise CaseError(f"{op.operation_id}: BODY_SAMPLES[{name!r}] vs spec: {', '.join(gaps)}")
    return kind, name, BODY_SAMPLES[name]


def body_factory(kind: str, schema_name: str, sample: Any) -> Callable[[], object]:
    """A fresh model per call (a File payload can be read only once)."""
    model_cls = getattr(models, schema_name)
    if kind != "multipart":
        return lambda: model_cls.from_dict(copy.deepcopy(sample))
    props = schema_properties(schema_name)

    def build() -> object:
        kwargs: dict[str, Any] = {}
        for wire, value in sample.items():
            enum_name = ref_name(props[wire])
            if isinstance(value, FilePart):
                value = File(
                    payload=BytesIO(value.data),
                    file_name=value.file_name,
                    mime_type=value.mime_type,
                )
            elif enum_name:
                value = getattr(models, enum_name)(value)
            kwargs[re.sub(r"[\[\]]", "", wire)] = value
        return model_cls(**kwargs)

    return build


def expected_parts(sample: dict[str, Any]) -> dict[str, list[tuple[str | None, str | None, bytes]]]:
    """Multipart parts by field name: (filename, content type, bytes), in order per name."""
    parts: dict[str, list[tuple[str | None, str | None, bytes]]] = {}
    for name, value in sample.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, FilePart):
                part = (item.file_name, item.mime_type, item.data)
            elif isinstance(item, bool):
                part = (None, "text/plain", b"true" if item else b"false")
            else:
                part = (None, "text/plain", str(item).encode())
            parts.setdefault(name, []).append(part)
    return parts


def expected_form(op: Operation, sample: dict[str, Any]) -> list[tuple[str, str]]:
    if not all(isinstance(v, str) for v in sample.values()):
        raise CaseError(f"{op.operation_id}: form bodies with non-string fields need a rule here")
    return sorted(sample.items())
