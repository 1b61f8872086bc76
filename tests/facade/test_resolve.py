"""`sc.resolve(url)`: same-origin redirects are followed with the token, others handed back."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from soundcloud_async import NotFoundError, ResponseValidationError, SoundCloud
from soundcloud_async.models import Playlist, Track, User

from ..endpoints._responses import load
from .conftest import ACCESS, API, API_HOST, PLAYLIST, TRACK, USER, authorization, query

PAGE = "https://soundcloud.com/forss/flickermood"


def found(location: str) -> httpx.Response:
    """SoundCloud's /resolve answer: 302 with the target in Location and in the body."""
    body = {"status": "302 - Found", "location": location}
    return httpx.Response(302, headers={"Location": location}, json=body)


def resolve_route(router: respx.MockRouter) -> respx.Route:
    return router.route(method="GET", host=API_HOST, path="/resolve")


KINDS = [
    ("track", f"/tracks/{TRACK}", "track.json", Track, TRACK),
    ("user", f"/users/{USER}", "user.json", User, USER),
    ("playlist", f"/playlists/{PLAYLIST}", "playlist.json", Playlist, PLAYLIST),
]


@pytest.mark.parametrize(
    ("kind", "path", "fixture", "model", "urn"), KINDS, ids=[k[0] for k in KINDS]
)
async def test_a_same_origin_redirect_is_followed_with_the_token(
    sc: SoundCloud, router: respx.MockRouter, kind: str, path: str, fixture: str, model: Any,
    urn: str,
) -> None:  # fmt: skip
    """302 → GET the API URL (authorised) → the model of the body's `kind`."""
    first = resolve_route(router).mock(return_value=found(f"{API}{path}"))
    target = router.route(method="GET", host=API_HOST, path=path).respond(200, json=load(fixture))
    resolved = await sc.resolve(PAGE)
    assert query(first.calls.last.request) == [("url", PAGE)]
    assert [authorization(r.calls.last.request) for r in (first, target)] == [f"OAuth {ACCESS}"] * 2
    assert type(resolved) is model
    assert not isinstance(resolved, str)
    assert resolved.urn == urn


async def test_a_relative_location_is_followed_on_the_api_origin(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """`Location: /tracks/...` resolves against the API origin and is fetched there."""
    resolve_route(router).mock(return_value=found(f"/tracks/{TRACK}"))
    target = router.get(f"{API}/tracks/{TRACK}").respond(200, json=load("track.json"))
    assert type(await sc.resolve(PAGE)) is Track
    assert target.call_count == 1


async def test_a_direct_200_is_the_resource(sc: SoundCloud, router: respx.MockRouter) -> None:
    """An answer without a redirect is parsed as it is: one request."""
    route = resolve_route(router).respond(200, json=load("user.json"))
    resolved = await sc.resolve("https://soundcloud.com/forss")
    assert (type(resolved), route.call_count) == (User, 1)


@pytest.mark.parametrize(
    "location",
    [
        "https://cdn.example.net/tracks/soundcloud:tracks:1",
        "http://api.soundcloud.com/tracks/soundcloud:tracks:1",  # same host, other scheme
        "https://api.soundcloud.com:8443/tracks/soundcloud:tracks:1",  # other port
        "https://evil.example/?x=https://api.soundcloud.com",
    ],
)
async def test_a_foreign_location_is_returned_and_never_requested(
    sc: SoundCloud, location: str
) -> None:
    """Another origin gets neither a request nor the token: the URL comes back as a string."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        route = resolve_route(router).mock(return_value=found(location))
        elsewhere = router.route(host=httpx.URL(location).host)
        resolved = await sc.resolve(PAGE)
    assert resolved == location
    assert (route.call_count, elsewhere.call_count) == (1, 0)


async def test_a_foreign_location_stays_unfetched_with_a_redirect_following_client() -> None:
    """Even a caller's client with follow_redirects=True must not take the token elsewhere."""
    location = "https://cdn.example.net/x"
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        resolve_route(router).mock(return_value=found(location))
        elsewhere = router.route(host="cdn.example.net").respond(200, json={"kind": "track"})
        headers = {"Authorization": f"OAuth {ACCESS}"}
        async with httpx.AsyncClient(base_url=API, headers=headers, follow_redirects=True) as http:
            assert await SoundCloud(http_client=http).resolve(PAGE) == location
    assert elsewhere.call_count == 0


async def test_not_found_is_a_not_found_error(sc: SoundCloud, router: respx.MockRouter) -> None:
    """404 from /resolve: NotFoundError with the status."""
    resolve_route(router).respond(404, json={"code": 404, "message": "404 - Not Found"})
    with pytest.raises(NotFoundError) as caught:
        await sc.resolve("https://soundcloud.com/nobody/nothing")
    assert caught.value.status_code == 404


async def test_a_404_after_the_redirect_is_a_not_found_error(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """The target may be gone (deleted track): the second request's 404 surfaces."""
    resolve_route(router).mock(return_value=found(f"{API}/tracks/{TRACK}"))
    router.get(f"{API}/tracks/{TRACK}").respond(404, json={"code": 404})
    with pytest.raises(NotFoundError):
        await sc.resolve(PAGE)


@pytest.mark.parametrize(
    "body",
    [{"kind": "comment", "id": 1}, {"kind": None}, {"id": 1}, [], "track"],
    ids=["comment", "null-kind", "no-kind", "array", "string"],
)
async def test_an_unknown_kind_is_a_validation_error(
    sc: SoundCloud, router: respx.MockRouter, body: Any
) -> None:
    """Anything but a track, user or playlist cannot be a `Resolved`."""
    resolve_route(router).respond(200, json=body)
    with pytest.raises(ResponseValidationError, match="not a track, user or playlist"):
        await sc.resolve(PAGE)


async def test_a_redirect_without_location_or_an_endless_chain_is_an_error(
    sc: SoundCloud, router: respx.MockRouter
) -> None:
    """A 302 without Location, or redirects that never end, fail instead of looping."""
    route = resolve_route(router)
    route.side_effect = [httpx.Response(302), *[found(f"{API}/resolve?url=x")] * 10]
    with pytest.raises(ResponseValidationError, match="without a Location"):
        await sc.resolve(PAGE)
    with pytest.raises(ResponseValidationError, match="redirected more than"):
        await sc.resolve(PAGE)
    assert route.call_count == 1 + 4  # the first answer plus three followed hops
