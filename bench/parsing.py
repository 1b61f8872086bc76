"""Section 3: parsing one 200-track page (~0.5 MB, the track fixture with distinct ids).

json.loads           the bytes to Python objects, nothing else (the baseline);
json.loads + Track   plus the generated `Track.from_dict` for each of the 200 items;
speedups + Track     the same decoded by the SDK's decoder with the speedups extra (orjson);
pydantic v2          `model_validate_json` of an equivalent pydantic model (reference only).
"""

from __future__ import annotations

import json
from typing import Any

from soundcloud_async_generated.models import Track

from soundcloud_async import _json

from ._common import (
    SPEEDUPS,
    Row,
    at_most,
    collection_body,
    fixture,
    interleaved_sync,
    median,
    paired_ratio,
)
from ._pydantic_models import TrackPage

SECTION = "3 parse 200-track page"


def run(*, rounds: int, calls: int) -> list[Row]:
    body = collection_body(fixture("track.json"), "tracks", 200, None)

    def loads() -> Any:
        return json.loads(body)

    def loads_models() -> list[Track]:
        return [Track.from_dict(item) for item in json.loads(body)["collection"]]

    def fast_models() -> list[Track]:
        return [Track.from_dict(item) for item in _json.decode_with_orjson(body)["collection"]]

    def pydantic() -> TrackPage:
        return TrackPage.model_validate_json(body)

    _check_equivalent(loads_models(), pydantic())
    variants = {"json": loads, "models": loads_models, "pydantic": pydantic}
    if SPEEDUPS:
        assert fast_models() == loads_models()
        variants["speedups"] = fast_models
    samples = interleaved_sync(
        variants,
        calls=calls,
        rounds=rounds,
        warmup=3,
    )
    ms = {name: median(values) / 1e6 for name, values in samples.items()}
    ratio = paired_ratio(samples, "models", "json")
    target, verdict = at_most(ratio, 2.0)
    reference = paired_ratio(samples, "pydantic", "json")
    rows = [
        Row(SECTION, "json.loads", "ms/page", ms["json"], 1.0, note=f"{len(body) // 1024} KiB"),
        Row(SECTION, "json.loads + Track.from_dict x200", "ms/page", ms["models"], ratio, target,
            verdict),
        Row(SECTION, "pydantic v2 model_validate_json", "ms/page", ms["pydantic"], reference,
            note="reference: same fields, compiled validator"),
    ]  # fmt: skip
    if SPEEDUPS:
        fast = paired_ratio(samples, "speedups", "json")
        target, verdict = at_most(fast, 1.4)
        rows.insert(2, Row(SECTION, "speedups decode + Track.from_dict x200", "ms/page",
                           ms["speedups"], fast, target, verdict))  # fmt: skip
    return rows


def _check_equivalent(ours: list[Track], theirs: TrackPage) -> None:
    # The reference must do comparable work: same items, same nested user, same values.
    assert len(ours) == len(theirs.collection) == 200
    first, other = ours[-1], theirs.collection[-1]
    assert (first.urn, first.title, first.playback_count) == (
        other.urn,
        other.title,
        other.playback_count,
    )
    assert first.user is not None
    assert other.user is not None
    assert first.user.username == other.user.username  # type: ignore[union-attr]
