"""Read commands through the console script: tables for people, JSON for scripts."""

from __future__ import annotations

import json

from .conftest import Cli, json_lines

POPULAR = "https://soundcloud.com/popular-artist"


def test_resolve_and_show_commands_print_what_the_api_has(cli: Cli) -> None:
    popular = cli.server.fake.popular_user
    resolved, user, track, playlist, streams, table = cli.many(
        ["--json", "resolve", POPULAR],
        ["--json", "user", "popular-artist"],  # a permalink is resolved like its URL
        ["--json", "track", "200000001"],
        ["--json", "playlist", "soundcloud:playlists:300000001"],
        ["--json", "streams", "soundcloud:tracks:200000001"],
        ["track", "lunar-echo-0/solar-static-0"],
    )
    for done in (resolved, user, track, playlist, streams, table):
        assert done.returncode == 0, done.stderr
    assert json.loads(resolved.stdout)["urn"] == popular.urn
    assert json.loads(user.stdout)["username"] == popular.username
    assert json.loads(track.stdout)["urn"] == "soundcloud:tracks:200000001"
    assert json.loads(playlist.stdout)["kind"] == "playlist"
    assert json.loads(streams.stdout)["hls_aac_160_url"].startswith("https://")
    title = json.loads(track.stdout)["title"]
    assert title in table.stdout  # the human table
    assert "soundcloud:tracks:200000001" in table.stdout


def test_search_and_lists_stream_json_lines(user_cli: Cli) -> None:
    popular = user_cli.server.fake.popular_user
    tracks, users, playlists, likes, followers, followings, mine, theirs = user_cli.many(
        ["--json", "search", "tracks", "--genres", "Techno", "--limit", "5"],
        ["--json", "search", "users", "Popular", "--limit", "3"],
        ["--json", "search", "playlists", "--limit", "2"],
        ["--json", "likes", "--limit", "4"],
        ["--json", "followers", popular.urn, "--limit", "7"],
        ["--json", "followings", "--limit", "3"],
        ["tracks", "--limit", "2"],
        ["--json", "playlists", "https://soundcloud.com/silver-machine-44", "--limit", "0"],
    )
    for done in (tracks, users, playlists, likes, followers, followings, mine, theirs):
        assert done.returncode == 0, done.stderr
    found = json_lines(tracks.stdout)
    assert len(found) == 5
    assert {track["genre"] for track in found} == {"Techno"}
    assert any(user["urn"] == popular.urn for user in json_lines(users.stdout))
    assert [p["kind"] for p in json_lines(playlists.stdout)] == ["playlist", "playlist"]
    assert len(json_lines(likes.stdout)) == 4
    assert len(json_lines(followers.stdout)) == 7
    assert all(user["kind"] == "user" for user in json_lines(followings.stdout))
    assert "Lunar Echo 0" in mine.stdout  # a table: the artist column shows the login user
    assert "2 track(s)" in mine.stderr
    owned = json_lines(theirs.stdout)  # --limit 0: all of them
    owner = json.loads(user_cli("--json", "user", "soundcloud:users:10000045").stdout)
    assert len(owned) == owner["playlist_count"] > 0
    assert all(p["user"]["urn"] == owner["urn"] for p in owned)
