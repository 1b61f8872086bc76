"""Mocked success responses built from fixtures, in the envelope each response schema names."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

from soundcloud_async_generated import models

from ._samples import CaseError
from ._spec import Operation, ref_name, resolve, schema_properties

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UNKNOWN = "x_future_field"  # present in every object fixture: proves unknown keys are kept

# One fixture per schema that is returned as a whole object (or a whole non-model array).
SCHEMA_FIXTURES = {
    "Track": "track.json",
    "User": "user.json",
    "Me": "me.json",
    "Playlist": "playlist.json",
    "Comment": "comment.json",
    "Status": "status.json",
    "Found": "found.json",
    "Streams": "streams.json",
    "Storefront": "storefront.json",
    "TokenResponse": "token.json",
    "Connection": "connection.json",
    "WebProfile": "web_profile.json",
    "IdList": "id_list.json",
}
# Whole pages, where the envelope itself has a shape worth writing by hand (next and future hrefs).
PAGE_FIXTURES = {"ActivityPage": "activity_page.json"}
# Items of list responses: a 2025 item next to an older-era one where SoundCloud changed shape.
LIST_ITEMS = {
    "Track": ["track.json", "track_legacy_2015.json"],
    "User": ["user.json", "user_2015_following.json"],
    "Comment": ["comment.json", "comment_legacy_2015.json"],
}
NEXT_HREF = "https://api.soundcloud.com/users/soundcloud:users:3207/followers?cursor=1740000000000&limit=50&linked_partitioning=true"
REDIRECT_TARGET = "https://cf-preview-media.sndcdn.com/preview/0/30/cWHNerOLlkUq.128.mp3"
# SoundCloud's 2025 success responses carry these meaningless values
# (docs/soundcloud-behaviour.md, Payloads and parsing).
RATE_HEADERS = {"x-ratelimit-limit": "-1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0"}


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class MockedResponse:
    status: int
    body: Any  # JSON value; None means an empty body
    form: str  # "none", "object", "array", "page" or "bare"
    schema: str | None = None  # component schema of the body (page/bare: the envelope)
    item: str | None = None  # schema of one list item (page/bare)
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return {"page": "page", "bare": "bare"}.get(self.form, "")


def list_items(op: Operation, item: str | None) -> list[Any]:
    names = LIST_ITEMS.get(item or "") or (
        [SCHEMA_FIXTURES[item]] if item in SCHEMA_FIXTURES else []
    )
    if not names:
        raise CaseError(f"{op.operation_id}: no fixture for list item schema {item!r}")
    return [load(name) for name in names]


def body_for(op: Operation, status: int, name: str) -> tuple[Any, str, str | None]:
    """(JSON body, envelope form, item schema) for a response schema name."""
    schema = resolve({"$ref": f"#/components/schemas/{name}"})
    props = schema_properties(name)
    if name in SCHEMA_FIXTURES:
        body = load(SCHEMA_FIXTURES[name])
        if name == "Status":
            body["status"] = f"{status} - {HTTPStatus(status).phrase}"
        form = "array" if schema.get("type") == "array" else "object"
        return body, form, None
    if props.get("collection", {}).get("type") == "array":
        item = ref_name(props["collection"]["items"])
        if name in PAGE_FIXTURES:
            return load(PAGE_FIXTURES[name]), "page", item
        page = {"collection": list_items(op, item), "next_href": NEXT_HREF, UNKNOWN: {"total": 2}}
        if "future_href" in props:
            page["future_href"] = NEXT_HREF.replace("cursor=", "future_cursor=")
        return page, "page", item
    if schema.get("type") == "array" and ref_name(schema.get("items", {})):
        item = ref_name(schema["items"])
        return list_items(op, item), "bare", item
    raise CaseError(
        f"{op.operation_id}: no fixture for response schema {name!r}; add a JSON file to "
        f"tests/endpoints/fixtures and map it in SCHEMA_FIXTURES (tests/endpoints/_responses.py)"
    )


def mocked_responses(op: Operation) -> list[MockedResponse]:
    """One mocked response per success status and per envelope variant (oneOf branch)."""
    found: list[MockedResponse] = []
    for status, response in op.success_responses():
        headers = dict(RATE_HEADERS)
        content = response.get("content") or {}
        if content and set(content) != {"application/json"}:
            raise CaseError(f"{op.operation_id}: no mock for success content {sorted(content)}")
        schema = content.get("application/json", {}).get("schema")
        variants = schema.get("oneOf", [schema]) if schema else []
        for variant in variants:
            name = ref_name(variant)
            if name is None:
                raise CaseError(f"{op.operation_id}: inline response schema {variant!r}")
            body, form, item = body_for(op, status, name)
            if "Location" in response.get("headers", {}):
                target = body.get("location") if isinstance(body, dict) else None
                headers["location"] = target or REDIRECT_TARGET
            found.append(MockedResponse(status, body, form, name, item, headers))
        if not variants:
            if "Location" in response.get("headers", {}):
                headers["location"] = REDIRECT_TARGET
            found.append(MockedResponse(status, None, "none", headers=headers))
    if not found:
        raise CaseError(f"{op.operation_id}: the spec declares no success response")
    return found


def check_parsed(parsed: Any, mocked: MockedResponse) -> None:
    """The parsed value has the schema's model type, keeps unknown keys and round-trips."""
    body = copy.deepcopy(mocked.body)
    if mocked.form == "none":
        assert parsed is None
    elif mocked.form == "array":
        assert parsed == body
    elif mocked.form == "bare":
        item_cls = getattr(models, mocked.item or "")
        assert isinstance(parsed, list)
        assert [type(item) for item in parsed] == [item_cls] * len(body)
        assert [item.to_dict() for item in parsed] == body
        assert [item[UNKNOWN] for item in parsed] == [item[UNKNOWN] for item in body]
    else:
        model_cls = getattr(models, mocked.schema or "")
        assert type(parsed) is model_cls, f"parsed {type(parsed).__name__}, want {model_cls}"
        assert UNKNOWN in parsed
        assert parsed[UNKNOWN] == body[UNKNOWN]
        assert parsed.to_dict() == body
        if mocked.form == "page":
            item_cls = getattr(models, mocked.item or "")
            assert [type(item) for item in parsed.collection] == [item_cls] * len(
                body["collection"]
            )
            assert parsed.next_href == body["next_href"]
