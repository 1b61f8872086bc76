"""The generated `from_dict` fast paths give the same models as the attrs constructor.

`from_dict` fills the slots of the exact class directly and calls the constructor only for a
subclass; absent keys, unknown keys and both together must round-trip through `to_dict()`.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from soundcloud_async.models import Status, Subscription, Track, User

FIXTURES = Path(__file__).parents[1] / "endpoints" / "fixtures"
TRACK: dict[str, Any] = json.loads((FIXTURES / "track.json").read_text(encoding="utf-8"))


def _shapes() -> dict[str, dict[str, Any]]:
    # The JSON key of each constructor field (Python's `license_` is the key `license`).
    known = [field.name.rstrip("_") for field in attrs.fields(Track) if field.init]
    complete = {key: TRACK.get(key) for key in known}
    return {
        "every-key": complete,
        "unknown-key": {**complete, "brand_new": {"nested": [1, 2]}},
        "missing-keys": {k: v for k, v in complete.items() if k not in ("genre", "user")},
        "missing-and-unknown": {
            **{k: v for k, v in complete.items() if k != "title"},
            "brand_new": None,
        },
        "fixture": TRACK,
    }


SHAPES = _shapes()


@pytest.mark.parametrize("payload", SHAPES.values(), ids=SHAPES.keys())
def test_a_payload_round_trips_through_to_dict(payload: dict[str, Any]) -> None:
    track = Track.from_dict(payload)
    assert track.to_dict() == payload
    assert Track.from_dict(track.to_dict()) == track
    assert track.additional_properties == {
        key: value for key, value in payload.items() if key not in SHAPES["every-key"]
    }


@pytest.mark.parametrize("payload", SHAPES.values(), ids=SHAPES.keys())
def test_a_parsed_model_equals_the_one_the_constructor_builds(payload: dict[str, Any]) -> None:
    track = Track.from_dict(payload)
    values = {field.name: getattr(track, field.name) for field in attrs.fields(Track) if field.init}
    built = Track(**values)
    built.additional_properties = dict(track.additional_properties)
    assert track == built
    assert repr(track) == repr(built)
    # Every slot is set: copying, pickling and evolving read them all.
    assert pickle.loads(pickle.dumps(track)).to_dict() == payload
    assert copy.deepcopy(track) == track
    assert attrs.evolve(track, title="changed").title == "changed"


def test_the_parsed_payload_is_not_shared_with_the_model() -> None:
    payload = {**TRACK, "brand_new": 1}
    track = Track.from_dict(payload)
    payload["brand_new"] = 2
    payload.pop("genre")
    assert track["brand_new"] == 1
    assert track.to_dict()["genre"] == TRACK["genre"]


@attrs.define
class TaggedUser(User):
    """A subclass with a field of its own: it must be built through its constructor."""

    tag: str = "mine"


def test_a_subclass_is_built_through_its_constructor() -> None:
    payload = {**TRACK["user"], "unknown_key": 1}
    payload.pop("city")
    user = TaggedUser.from_dict(payload)
    assert type(user) is TaggedUser
    assert user.tag == "mine"
    assert user.username == payload["username"]
    assert user.to_dict() == payload  # absent and unknown keys handled as for User


def test_a_field_named_like_its_model_is_parsed() -> None:
    # Status has a field `status`: the new instance must not overwrite the parsed value.
    assert Status.from_dict({"status": "200 - OK"}).status == "200 - OK"


def test_a_list_of_nested_models_names_the_failing_item() -> None:
    from soundcloud_async_generated.types import PayloadMismatch

    subscriptions = [{"product": {"id": "free"}}, {"product": {"id": 7}}]
    with pytest.raises(PayloadMismatch) as caught:
        User.from_dict({"subscriptions": subscriptions})
    assert caught.value.path == ["subscriptions", 1, "product", "id"]
    assert User.from_dict({"subscriptions": subscriptions[:1]}).subscriptions == [
        Subscription.from_dict(subscriptions[0])
    ]


@pytest.mark.parametrize("model", [Track, User, Status, Subscription])
def test_an_empty_payload_gives_an_empty_payload_back(model: type[Track]) -> None:
    # Every key absent: none may come back as null.
    assert model.from_dict({}).to_dict() == {}
    assert model.from_dict({"x_unknown": None}).to_dict() == {"x_unknown": None}


@pytest.mark.parametrize("shape", ["every-key", "unknown-key", "fixture"])
def test_unknown_keys_are_kept_in_a_dict_of_their_own_size(shape: str) -> None:
    # The payload's copy loses its known keys one pop at a time, and a dict never shrinks:
    # kept as is, every model would hold a table sized for the whole payload.
    track = Track.from_dict(SHAPES[shape])
    assert track.user is not None
    for extra in (track.additional_properties, track.user.additional_properties):
        fresh = {**dict(extra)}
        assert sys.getsizeof(extra) <= sys.getsizeof(fresh) < 500
