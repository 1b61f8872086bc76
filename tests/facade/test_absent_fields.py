"""Models SoundCloud sends read an absent optional field as None and give their payload back.

Before: every optional field was `X | Unset`, `json.dumps({"urn": user.urn})` raised TypeError
for a user without a URN, and `sc.tracks.get(track.urn)` type-checked with an unset URN.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import SoundCloud
from soundcloud_async.models import UNSET, StorefrontUpdateRequest, Track, Unset, User

from ..endpoints._responses import load
from .conftest import API_HOST, TRACK, USER, json_body


def route(router: respx.MockRouter, method: str, path: str) -> respx.Route:
    return router.route(method=method, host=API_HOST, path=path)


def legacy_user() -> dict[str, Any]:
    """A user payload from before URNs: no `urn`, no `full_name`, a null `city`."""
    body = {
        key: value for key, value in load("user.json").items() if key not in ("urn", "full_name")
    }
    return {**body, "city": None}


async def test_an_absent_field_reads_as_none_and_stays_absent(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    payload = legacy_user()
    route(router, "GET", f"/users/{USER}").respond(200, json=payload)
    user = await sc.users.get(USER)
    assert (user.urn, user.full_name, user.city) == (None, None, None)
    assert json.dumps({"urn": user.urn}) == '{"urn": null}'
    assert user.to_dict() == payload  # absent keys left out, the null kept
    assert json.loads(json.dumps(user.to_dict())) == payload
    assert User.from_dict(user.to_dict()) == user


async def test_a_field_set_after_parsing_is_written(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    route(router, "GET", f"/users/{USER}").respond(200, json=legacy_user())
    user = await sc.users.get(USER)
    user.full_name = "Set Later"
    assert user.to_dict()["full_name"] == "Set Later"


def test_a_model_built_in_code_writes_every_field_and_round_trips() -> None:
    track = Track(title="Dawn")
    data = track.to_dict()
    assert data["title"] == "Dawn"
    assert data["urn"] is None
    assert "UNSET" not in json.dumps(data)
    assert Track.from_dict(data) == track
    assert pickle.loads(pickle.dumps(track)).to_dict() == data


async def test_unknown_fields_are_kept_through_to_dict(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    payload = {**load("track.json"), "brand_new_field": {"x": 1}}
    route(router, "GET", f"/tracks/{TRACK}").respond(200, json=payload)
    track = await sc.tracks.get(TRACK)
    assert track["brand_new_field"] == {"x": 1}
    assert track.to_dict() == payload


@pytest.mark.parametrize("missing", [None, UNSET])
async def test_a_missing_urn_is_refused_before_any_request(
    sc: SoundCloud, router: respx.MockRouter, missing: object
) -> None:
    with pytest.raises(ValueError, match="has no urn"):
        await sc.tracks.get(missing)  # type: ignore[arg-type]
    assert not router.calls


async def test_a_request_body_still_leaves_out_what_was_not_given(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    storefront = route(router, "PUT", f"/tracks/{TRACK}/storefront").respond(
        200, json={"title": "Buy", "type": "other", "link": "https://x.test"}
    )
    await sc.tracks.update_storefront(TRACK, title="Buy", type="other", link="https://x.test")
    request: httpx.Request = storefront.calls.last.request
    assert json_body(request) == {"title": "Buy", "type": "other", "link": "https://x.test"}
    assert (
        StorefrontUpdateRequest(
            title="t",
            type_=StorefrontUpdateRequest.from_dict(
                {"title": "t", "type": "other", "link": "l"}
            ).type_,
            link="l",
        ).price
        is UNSET
    )


def test_unset_is_documented() -> None:
    assert Unset.__doc__
    assert "request bodies" in Unset.__doc__
    assert "UNSET" in (Unset.__doc__ or "")
