"""Write commands as the logged-in user, checked by reading back through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Cli, json_lines

TRACK = "soundcloud:tracks:200000003"
OTHER = "soundcloud:tracks:200000004"


def _urns(cli: Cli, *args: str) -> list[str]:
    done = cli("--json", *args, "--limit", "0")
    assert done.returncode == 0, done.stderr
    return [item["urn"] for item in json_lines(done.stdout)]


def test_social_writes(user_cli: Cli) -> None:
    cli = user_cli
    popular = cli.server.fake.popular_user
    liked, reposted, followed, commented = cli.many(
        ["--json", "like", TRACK],
        ["--json", "repost", "soundcloud:playlists:300000002"],
        ["--json", "follow", popular.permalink_url],
        ["--json", "comment", TRACK, "Lovely drums", "--at", "12.5"],
    )
    for done in (liked, reposted, followed, commented):
        assert done.returncode == 0, done.stderr
    assert json.loads(liked.stdout) == {"action": "liked", "urn": TRACK}
    assert json.loads(reposted.stdout)["urn"] == "soundcloud:playlists:300000002"
    assert json.loads(followed.stdout) == {"action": "followed", "urn": popular.urn}
    posted = json.loads(commented.stdout)
    assert (posted["body"], posted["timestamp"]) == ("Lovely drums", 12500)
    assert TRACK in _urns(cli, "likes")
    assert popular.urn in _urns(cli, "followings")

    unliked, unfollowed = cli.many(["unlike", TRACK], ["unfollow", str(popular.id)])
    assert (unliked.returncode, unfollowed.returncode) == (0, 0)
    assert unliked.stdout == f"unliked: {TRACK}\n"
    assert TRACK not in _urns(cli, "likes")
    assert popular.urn not in _urns(cli, "followings")


def test_playlist_create_add_remove_and_upload(user_cli: Cli, tmp_path: Path) -> None:
    cli = user_cli
    made = cli("--json", "playlist", "create", "Morning", TRACK, "--description", "for coffee")
    assert made.returncode == 0, made.stderr
    playlist = json.loads(made.stdout)
    assert playlist["title"] == "Morning" and playlist["sharing"] == "private"

    added = cli("--json", "playlist", "add", playlist["urn"], OTHER, TRACK)
    assert json.loads(added.stdout) == {"action": "added", "urn": playlist["urn"], "tracks": 3}
    shown = json.loads(cli("--json", "playlist", playlist["urn"]).stdout)
    assert [t["urn"] for t in shown["tracks"]] == [TRACK, OTHER, TRACK]

    removed = cli("playlist", "remove", playlist["urn"], TRACK)
    assert removed.returncode == 0, removed.stderr
    shown = json.loads(cli("--json", "playlist", "show", playlist["urn"]).stdout)
    assert [t["urn"] for t in shown["tracks"]] == [OTHER]

    audio = tmp_path / "take1.mp3"
    audio.write_bytes(b"ID3" + bytes(200_000))
    uploaded = cli("--json", "upload", str(audio), "--title", "Take 1", "--tags", "demo")
    assert uploaded.returncode == 0, uploaded.stderr
    track = json.loads(uploaded.stdout)
    assert (track["title"], track["tag_list"]) == ("Take 1", "demo")
    assert track["urn"] in _urns(cli, "tracks")
    missing = cli("upload", str(tmp_path / "nope.mp3"), "--title", "x")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
