"""Search filters, /resolve, /preview and /streams."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from soundcloud_async.testing import FakeSoundCloud


async def _tracks(
    client: httpx.AsyncClient, headers: dict[str, str], **params: Any
) -> list[dict[str, Any]]:
    response = await client.get("/tracks", headers=headers, params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def test_q_matches_titles_case_insensitively(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    found = await _tracks(client, user_headers, q="GOLDEN")
    assert found
    assert all(
        "golden"
        in " ".join(str(t[k]) for k in ("title", "tag_list", "genre", "description")).lower()
        or "golden" in t["user"]["username"].lower()
        for t in found
    )


async def test_genres_and_tags_match_any(
    client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    found = await _tracks(client, user_headers, genres="Techno,Jazz")
    assert found
    assert {t["genre"] for t in found} <= {"Techno", "Jazz"}
    tagged = await _tracks(client, user_headers, tags="remix")
    assert tagged
    assert all("remix" in t["tag_list"].split() for t in tagged)


@pytest.mark.parametrize(
    ("field", "low", "high"), [("bpm", 100, 120), ("duration", 60_000, 120_000)]
)
async def test_ranges_are_inclusive(
    client: httpx.AsyncClient, user_headers: dict[str, str], field: str, low: int, high: int
) -> None:
    found = await _tracks(client, user_headers, **{f"{field}[from]": low, f"{field}[to]": high})
    assert found
    assert all(low <= t[field] <= high for t in found)


async def test_created_at_range(client: httpx.AsyncClient, user_headers: dict[str, str]) -> None:
    params = {"created_at[from]": "2020-01-01 00:00:00", "created_at[to]": "2020-12-31 23:59:59"}
    found = await _tracks(client, user_headers, **params)
    assert found
    assert all(t["created_at"].startswith("2020/") for t in found)
    bad = await client.get("/tracks", headers=user_headers, params={"created_at[to]": "soon"})
    assert bad.status_code == 400


async def test_urns_and_access_filters(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    wanted = fake.track_ids()[:5]
    found = await _tracks(
        client,
        user_headers,
        urns=",".join(f"soundcloud:tracks:{i}" for i in wanted),
        access="playable,preview,blocked",
    )
    visible = [i for i in wanted if i in {t["id"] for t in found}]
    assert sorted(t["id"] for t in found) == visible
    assert visible
    for level in ("playable", "preview", "blocked"):
        assert {t["access"] for t in await _tracks(client, user_headers, access=level)} <= {level}
    default = await _tracks(client, user_headers)
    assert "blocked" not in {t["access"] for t in default}


async def test_user_search_by_q_and_urns(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    found = (await client.get("/users", headers=user_headers, params={"q": "popular"})).json()
    assert fake.popular_user.urn in [u["urn"] for u in found]
    by_urn = (
        await client.get("/users", headers=user_headers, params={"urns": fake.popular_user.urn})
    ).json()
    assert [u["urn"] for u in by_urn] == [fake.popular_user.urn]


@pytest.mark.parametrize("base", ["https://api.soundcloud.com", "http://127.0.0.1:9999"])
async def test_resolve_redirects_on_the_request_origin(
    fake: FakeSoundCloud, user_headers: dict[str, str], base: str
) -> None:
    async with httpx.AsyncClient(transport=fake.transport(), base_url=base) as http:
        user = await http.get(
            "/resolve", params={"url": fake.popular_user.permalink_url}, headers=user_headers
        )
        assert user.status_code == 302
        assert user.headers["location"] == f"{base}/users/{fake.popular_user.urn}"
        assert user.json() == {"status": "302 - Found", "location": user.headers["location"]}
        track = (await http.get(user.headers["location"] + "/tracks", headers=user_headers)).json()[
            0
        ]
        resolved = await http.get(
            "/resolve", params={"url": track["permalink_url"]}, headers=user_headers
        )
        assert resolved.headers["location"] == f"{base}/tracks/{track['urn']}"


async def test_resolve_playlists_and_unknown_urls(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    playlist = (
        await client.get(
            f"/playlists/soundcloud:playlists:{fake.playlist_ids()[0]}", headers=user_headers
        )
    ).json()
    resolved = await client.get(
        "/resolve", params={"url": playlist["permalink_url"]}, headers=user_headers
    )
    assert resolved.headers["location"].endswith(f"/playlists/{playlist['urn']}")
    for url in ("https://soundcloud.com/nobody", "https://example.com/popular-artist"):
        assert (
            await client.get("/resolve", params={"url": url}, headers=user_headers)
        ).status_code == 404


async def test_preview_redirects_to_another_origin(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    track = f"soundcloud:tracks:{fake.track_ids(fake.popular_user)[0]}"
    response = await client.get(f"/tracks/{track}/preview", headers=user_headers)
    assert response.status_code == 302
    assert httpx.URL(response.headers["location"]).host == "cf-preview-media.sndcdn.com"


async def test_streams_and_recently_played(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    track = fake.track_ids(fake.login_user)[0]
    streams = (await client.get(f"/tracks/{track}/streams", headers=user_headers)).json()
    assert set(streams) >= {"hls_aac_160_url", "preview_mp3_128_url"}
    played = (await client.get("/me/recently-played/tracks", headers=user_headers)).json()
    assert played[0]["id"] == track
    assert len(played) <= 25


async def test_urn_of_another_kind_is_404(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    assert (
        await client.get(f"/tracks/{fake.popular_user.urn}", headers=user_headers)
    ).status_code == 404
    assert (await client.get("/tracks/1%2F..%2Fme", headers=user_headers)).status_code == 404
