"""Writes change the fake's state and every later read shows it."""

from __future__ import annotations

from typing import Any

import httpx

from soundcloud_async.testing import FakeSoundCloud


async def _get(client: httpx.AsyncClient, path: str, headers: dict[str, str], **params: Any) -> Any:
    response = await client.get(path, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def test_like_and_unlike_a_track(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    track = f"soundcloud:tracks:{fake.track_ids(fake.popular_user)[1]}"
    await client.delete(f"/likes/tracks/{track}", headers=user_headers)
    before = (await _get(client, f"/tracks/{track}", user_headers))["favoritings_count"]
    assert (await client.post(f"/likes/tracks/{track}", headers=user_headers)).status_code == 201
    liked = await _get(client, "/me/likes/tracks", user_headers, linked_partitioning="true")
    assert liked["collection"][0]["urn"] == track  # most recent like first
    after = await _get(client, f"/tracks/{track}", user_headers)
    assert (after["favoritings_count"], after["user_favorite"]) == (before + 1, True)
    favoriters = await _get(client, f"/tracks/{track}/favoriters", user_headers)
    assert fake.login_user.urn in [u["urn"] for u in favoriters]
    await client.delete(f"/likes/tracks/{track}", headers=user_headers)
    assert (await _get(client, f"/tracks/{track}", user_headers))["favoritings_count"] == before


async def test_follow_shows_in_followings_feed_and_counts(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    artist = fake.user("listener-00003")
    assert (
        await client.put(f"/me/followings/{artist.urn}", headers=user_headers)
    ).status_code == 201
    followings = await _get(client, "/me/followings", user_headers, limit=200)
    assert followings[0]["urn"] == artist.urn
    assert (await _get(client, f"/users/{artist.urn}", user_headers))["followers_count"] == 1
    # The new followee uploads: the upload tops the follower's feed.
    artist_headers = {"Authorization": f"OAuth {fake.issue_token(artist)['access_token']}"}
    files = {"track[asset_data]": ("a.mp3", b"\x00" * 2048, "audio/mpeg")}
    upload = await client.post(
        "/tracks", headers=artist_headers, data={"track[title]": "Fresh"}, files=files
    )
    feed = await _get(client, "/me/feed", user_headers, limit=5)
    assert feed["collection"][0]["origin"]["urn"] == upload.json()["urn"]
    assert (
        await client.delete(f"/me/followings/{artist.urn}", headers=user_headers)
    ).status_code == 200
    assert (await _get(client, f"/users/{artist.urn}", user_headers))["followers_count"] == 0


async def test_future_href_returns_what_appeared_later(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    first = await _get(client, "/me/feed", user_headers, limit=3)
    assert (await client.get(first["future_href"], headers=user_headers)).json()["collection"] == []
    followed = (await _get(client, "/me/followings", user_headers, limit=1))[0]["urn"]
    track = fake.track_ids(fake.login_user)[0]
    followed_headers = {"Authorization": f"OAuth {fake.issue_token(followed)['access_token']}"}
    await client.post(f"/reposts/tracks/soundcloud:tracks:{track}", headers=followed_headers)
    newer = (await client.get(first["future_href"], headers=user_headers)).json()
    assert [(a["type"], a["reposter"]) for a in newer["collection"]] == [("track:repost", followed)]


async def test_comment_appears_first_on_the_track(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    track = f"soundcloud:tracks:{fake.track_ids()[10]}"
    body = {"comment": {"body": "Lovely", "timestamp": "1500"}}
    created = await client.post(f"/tracks/{track}/comments", headers=user_headers, json=body)
    assert created.status_code == 201
    assert created.json()["timestamp"] == 1500
    comments = await _get(client, f"/tracks/{track}/comments", user_headers)
    assert comments[0]["urn"] == created.json()["urn"]
    assert comments[0]["user"]["urn"] == fake.login_user.urn


async def test_a_comment_timestamp_out_of_range_is_a_422_not_a_crash(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    track = f"soundcloud:tracks:{fake.track_ids()[10]}"
    for raw in (b"1e400", b"-1e400"):  # json.loads reads these as infinities
        body = b'{"comment": {"body": "Far out", "timestamp": ' + raw + b"}}"
        headers = {**user_headers, "content-type": "application/json"}
        answer = await client.post(f"/tracks/{track}/comments", headers=headers, content=body)
        assert answer.status_code == 422, answer.text
        assert "timestamp" in answer.text


async def test_playlist_lifecycle(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    tracks = [f"soundcloud:tracks:{i}" for i in fake.track_ids(fake.login_user)[:2]]
    body = {
        "playlist": {"title": "Road trip", "sharing": "private", "tracks": [{"urn": tracks[0]}]}
    }
    created = (await client.post("/playlists", headers=user_headers, json=body)).json()
    assert (created["track_count"], created["sharing"]) == (1, "private")
    mine = await _get(client, "/me/playlists", user_headers, limit=200, show_tracks="false")
    assert created["urn"] in [p["urn"] for p in mine]
    update = {"playlist": {"tracks": [{"urn": t} for t in reversed(tracks)]}}
    await client.put(f"/playlists/{created['urn']}", headers=user_headers, json=update)
    listed = await _get(client, f"/playlists/{created['urn']}/tracks", user_headers)
    assert [t["urn"] for t in listed] == list(reversed(tracks))
    stranger = {"Authorization": f"OAuth {fake.issue_token(fake.popular_user)['access_token']}"}
    assert (await client.get(f"/playlists/{created['urn']}", headers=stranger)).status_code == 404
    assert (
        await client.delete(f"/playlists/{created['urn']}", headers=user_headers)
    ).status_code == 200
    assert (
        await client.get(f"/playlists/{created['urn']}", headers=user_headers)
    ).status_code == 404


async def test_upload_update_and_delete_a_track(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    files = {
        "track[asset_data]": ("song.wav", b"\x00" * 16_000, "audio/wav"),
        "track[artwork_data]": ("art.png", b"\x89PNG", "image/png"),
    }
    form = {
        "track[title]": "Demo Take",
        "track[genre]": "Ambient",
        "track[tag_list]": 'rain "field recording"',
        "track[downloadable]": "true",
    }
    created = (await client.post("/tracks", headers=user_headers, data=form, files=files)).json()
    assert (created["title"], created["genre"], created["duration"]) == (
        "Demo Take",
        "Ambient",
        1000,
    )
    assert created["artwork_url"]
    assert created["download_url"]
    found = await _get(client, "/tracks", user_headers, tags="field recording", genres="ambient")
    assert created["urn"] in [t["urn"] for t in found]
    await client.put(
        f"/tracks/{created['urn']}", headers=user_headers, json={"track": {"title": "Final Take"}}
    )
    assert (await _get(client, f"/tracks/{created['urn']}", user_headers))["title"] == "Final Take"
    mine = await _get(client, "/me/tracks", user_headers, limit=1)
    assert mine[0]["urn"] == created["urn"]  # newest upload first
    assert (
        await client.delete(f"/tracks/{created['urn']}", headers=user_headers)
    ).status_code == 200
    assert (await client.get(f"/tracks/{created['urn']}", headers=user_headers)).status_code == 404


async def test_private_tracks_need_the_secret_token(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    form = {"track[title]": "Secret", "track[sharing]": "private"}
    files = {"track[asset_data]": ("s.mp3", b"\x00" * 100, "audio/mpeg")}
    created = (await client.post("/tracks", headers=user_headers, data=form, files=files)).json()
    stranger = {"Authorization": f"OAuth {fake.issue_token(fake.popular_user)['access_token']}"}
    path = f"/tracks/{created['urn']}"
    assert (await client.get(path, headers=stranger)).status_code == 404
    secret = {"secret_token": created["secret_token"]}
    assert (await client.get(path, headers=stranger, params=secret)).status_code == 200


async def test_storefront_is_replaced_whole(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    path = f"/tracks/soundcloud:tracks:{fake.track_ids(fake.login_user)[0]}/storefront"
    full = {
        "title": "Tee",
        "type": "apparel",
        "link": "https://shop.example.com",
        "price": "20 EUR",
    }
    assert (await client.put(path, headers=user_headers, json=full)).json()["price"] == "20 EUR"
    bare = {"title": "Tee", "type": "apparel", "link": "https://shop.example.com"}
    assert (await client.put(path, headers=user_headers, json=bare)).json()["price"] is None


async def test_repost_shows_in_reposts_and_reposters(
    fake: FakeSoundCloud, client: httpx.AsyncClient, user_headers: dict[str, str]
) -> None:
    playlist = f"soundcloud:playlists:{fake.playlist_ids()[3]}"
    assert (
        await client.post(f"/reposts/playlists/{playlist}", headers=user_headers)
    ).status_code == 201
    reposts = await _get(client, "/me/reposts/playlists", user_headers)
    assert reposts[0]["urn"] == playlist
    reposters = await _get(client, f"/playlists/{playlist}/reposters", user_headers)
    assert fake.login_user.urn in [u["urn"] for u in reposters]
