"""export: JSON lines, resumed after kill -9 with no loss and no repeat, --since-last."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

from .conftest import Cli, json_lines


def _state(out: Path) -> dict[str, object] | None:
    try:
        return json.loads(out.with_name(out.name + ".state.json").read_text())  # type: ignore[no-any-return]
    except (FileNotFoundError, ValueError):
        return None


def _wait_until_held(cli: Cli, out: Path, count: int) -> dict[str, object]:
    # Polls until the fake holds the third page's request (its fault rules are used up) and
    # the state file says two pages are saved; the CLI cannot move on while the page is held.
    for _ in range(3000):
        state = _state(out)
        held = cli.server.call(lambda: cli.server.fake.faults.pending) == 0
        if held and state and state["count"] == count:
            return state
        time.sleep(0.01)
    raise AssertionError(f"the export never got to {count}: {_state(out)}")


def test_export_resumes_after_kill_without_loss_or_repeat(cli: Cli, tmp_path: Path) -> None:
    popular = cli.server.fake.popular_user
    followers_path = f"/users/{popular.urn}/followers"
    out = tmp_path / "fans.jsonl"
    # The first two pages pass, the third is held until released: the kill lands mid-export.
    cli.server.call(lambda: cli.server.fake.faults.slow(2, seconds=0, path=followers_path))
    cli.server.call(lambda: cli.server.fake.faults.slow(1, seconds=60, path=followers_path))
    args = ("export", "followers", popular.urn, "--out", str(out), "--page-size", "200")
    process = cli.start(*args)
    try:
        state = _wait_until_held(cli, out, 400)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
    finally:
        cli.server.release_slow()
    assert process.returncode == -signal.SIGKILL
    assert state["complete"] is False
    assert state["cursor"]
    with out.open("ab") as file:  # a page written after the last state save: cut on resume
        file.write(b'{"urn": "soundcloud:users:half-written"')

    resumed = cli("--json", *args)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    urns = [user["urn"] for user in json_lines(out.read_text())]
    assert len(urns) == len(set(urns)) == summary["count"]  # nothing repeated
    expected = json.loads(cli("--json", "user", popular.urn).stdout)["followers_count"]
    assert len(urns) == expected
    assert summary["new"] == expected - 400


def test_since_last_fetches_only_what_is_new(user_cli: Cli, tmp_path: Path) -> None:
    cli = user_cli
    out = tmp_path / "likes.jsonl"
    first = cli("export", "likes", "--out", str(out))
    assert first.returncode == 0, first.stderr
    before = [item["urn"] for item in json_lines(out.read_text())]
    assert before
    assert f"{len(before)} new likes" in first.stderr

    new = "soundcloud:tracks:200000450"
    assert new not in before
    again, liked = cli.many(["export", "likes", "--out", str(out)], ["like", new])
    assert again.returncode == 0
    assert "is complete" in again.stderr
    assert liked.returncode == 0, liked.stderr
    requests_before = cli.server.call(lambda: len(list(cli.server.fake.token_requests)))
    since = cli("--json", "export", "likes", "--out", str(out), "--since-last")
    assert since.returncode == 0, since.stderr
    assert json.loads(since.stdout)["new"] == 1
    after = [item["urn"] for item in json_lines(out.read_text())]
    assert after == [*before, new]
    assert cli.server.call(lambda: len(list(cli.server.fake.token_requests))) == requests_before

    stray = tmp_path / "notes.jsonl"
    stray.write_text("keep me\n")
    other, refused = cli.many(
        ["export", "followers", "--out", str(out)], ["export", "likes", "--out", str(stray)]
    )
    assert other.returncode == 2
    assert "holds an export of likes" in other.stderr
    assert refused.returncode == 2
    assert stray.read_text() == "keep me\n"
