"""Write commands as the logged-in user, checked by reading back through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Cli, json_lines

TRACK = "soundcloud:tracks:200000003"
OTHER = "soundcloud:tracks:200000004"


def _urns(cli: Cli, *lists: str) -> list[list[str]]:
    """The URNs in each of `lists` (e.g. "likes", "followings"), read at once."""
    found = []
    for done in cli.many(*(["--json", name, "--limit", "0"] for name in lists)):
        assert done.returncode == 0, done.stderr
        found.append([item["urn"] for item in json_lines(done.stdout)])
    return found


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
    likes, followings = _urns(cli, "likes", "followings")
    assert TRACK in likes
    assert popular.urn in followings

    unliked, unfollowed = cli.many(["unlike", TRACK], ["unfollow", str(popular.id)])
    assert (unliked.returncode, unfollowed.returncode) == (0, 0)
    assert unliked.stdout == f"unliked: {TRACK}\n"
    likes, followings = _urns(cli, "likes", "followings")
    assert TRACK not in likes
    assert popular.urn not in followings


def test_playlist_create_add_remove_and_upload(user_cli: Cli, tmp_path: Path) -> None:
    cli = user_cli
    audio = tmp_path / "take1.mp3"
    audio.write_bytes(b"ID3" + bytes(200_000))
    made, uploaded, missing = cli.many(
        ["--json", "playlist", "create", "Morning", TRACK, "--description", "for coffee"],
        ["--json", "upload", str(audio), "--title", "Take 1", "--tags", "demo"],
        ["upload", str(tmp_path / "nope.mp3"), "--title", "x"],
    )
    assert made.returncode == 0, made.stderr
    playlist = json.loads(made.stdout)
    assert playlist["title"] == "Morning"
    assert playlist["sharing"] == "private"
    assert uploaded.returncode == 0, uploaded.stderr
    track = json.loads(uploaded.stdout)
    assert (track["title"], track["tag_list"]) == ("Take 1", "demo")
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr

    added = cli("--json", "playlist", "add", playlist["urn"], OTHER, TRACK)
    assert json.loads(added.stdout) == {"action": "added", "urn": playlist["urn"], "tracks": 3}
    removed = cli("playlist", "remove", playlist["urn"], TRACK)  # every occurrence
    assert removed.stdout == f"removed: {playlist['urn']}\n", removed.stderr
    shown, mine = cli.many(
        ["--json", "playlist", playlist["urn"]], ["--json", "tracks", "--limit", "0"]
    )
    assert [t["urn"] for t in json.loads(shown.stdout)["tracks"]] == [OTHER]
    assert track["urn"] in [t["urn"] for t in json_lines(mine.stdout)]
