"""Every list operation of the spec pages through `endpoints.paginate`, found by its marker."""

from __future__ import annotations

from typing import Any

import httpx
import openapi_spec
import pytest
import respx

from soundcloud_async.endpoints import operation, operations, paginate

BASE = "https://api.soundcloud.com"
MARKED = sorted(op.operation_id for op in openapi_spec.operations() if "x-pagination" in op.node)
# One value per path parameter name that list operations use.
PATH_SAMPLES = {
    "user_urn": ("soundcloud:users:7", "soundcloud%3Ausers%3A7"),
    "track_urn": ("soundcloud:tracks:8", "soundcloud%3Atracks%3A8"),
    "playlist_urn": ("soundcloud:playlists:9", "soundcloud%3Aplaylists%3A9"),
    "user_id": (7, "7"),
}
# A minimal realistic item of each list item model, keyed by schema name.
ITEMS: dict[str, dict[str, Any]] = {
    "Track": {"kind": "track", "id": 1, "urn": "soundcloud:tracks:1", "title": "One"},
    "Playlist": {"kind": "playlist", "id": 2, "urn": "soundcloud:playlists:2", "title": "Set"},
    "User": {"kind": "user", "id": 3, "urn": "soundcloud:users:3", "username": "ann"},
    "Comment": {"kind": "comment", "id": 4, "body": "nice", "timestamp": 1200},
    "WebProfile": {"id": 5, "service": "personal", "url": "https://example.com"},
    "Connection": {"id": 6, "service": "twitter", "display_name": "ann"},
    "Activity": {
        "type": "track",
        "created_at": "2025/01/01 10:00:00 +0000",
        "origin": {"kind": "track", "id": 1, "urn": "soundcloud:tracks:1", "title": "One"},
    },
}


def test_generated_markers_match_the_spec() -> None:
    assert sorted(op_id for op_id, m in operations().items() if m.PAGINATION) == MARKED
    assert len(MARKED) >= 30


@pytest.mark.parametrize("operation_id", MARKED)
async def test_list_operation_pages_into_its_item_model(operation_id: str) -> None:
    module = operation(operation_id)
    item = ITEMS[module.PAGE_ITEM.__name__]
    args, path = [], module.PATH
    for name in (segment[1:-1] for segment in module.PATH.split("/") if segment.startswith("{")):
        value, wire = PATH_SAMPLES[name]
        args.append(value)
        path = path.replace("{" + name + "}", wire)
    with respx.mock(base_url=BASE, assert_all_mocked=True, assert_all_called=True) as router:
        route = router.get(url__regex=rf"^{BASE}{path}(\?.*)?$").mock(
            side_effect=[
                httpx.Response(200, json={"collection": [item], "next_href": f"{BASE}{path}?c=2"}),
                httpx.Response(200, json={"collection": [item], "next_href": None}),
            ]
        )
        async with httpx.AsyncClient(base_url=BASE) as http:
            got = [x async for x in paginate(http, operation_id, *args)]
    assert [type(x) for x in got] == [module.PAGE_ITEM] * 2
    first = route.calls[0].request.url
    assert first.raw_path.decode().split("?")[0] == path
    assert (first.params["linked_partitioning"], first.params["limit"]) == ("true", "200")
    assert route.calls[1].request.url.params["c"] == "2"


async def test_a_non_list_operation_is_refused_before_any_request() -> None:
    async with httpx.AsyncClient(base_url=BASE) as http:
        with pytest.raises(ValueError, match="not a list operation"):
            paginate(http, "get_track", "soundcloud:tracks:1")
