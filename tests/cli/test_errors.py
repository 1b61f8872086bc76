"""One line on stderr and a distinct exit code per class of failure."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime, timedelta

from .conftest import Cli


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_exit_codes_per_failure_class(cli: Cli) -> None:
    closed = f"http://127.0.0.1:{_free_port()}"
    missing, bad_ref, wrong_kind, offline, usage, help_ = cli.many(
        ["track", "soundcloud:tracks:999999"],
        ["track", "12.5"],
        ["track", "soundcloud:users:10000002"],
        ["--retries", "0", "--base-url", closed, "--auth-base-url", closed, "track", "1"],
        ["track"],
        ["--help"],
    )
    assert (missing.returncode, bad_ref.returncode, wrong_kind.returncode) == (4, 2, 2)
    assert (offline.returncode, usage.returncode, help_.returncode) == (6, 2, 0)
    for done in (missing, bad_ref, wrong_kind, offline):
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1, done.stderr
        assert done.stderr.startswith("soundcloud: error: ")
        assert "Traceback" not in done.stderr
    assert "404" in missing.stderr
    assert "is a user, not a track" in wrong_kind.stderr
    assert "Missing argument" in usage.stderr  # click's own usage errors keep exit code 2
    for documented in ("3 auth", "4 not found", "5 rate limited", "6 network"):
        assert documented in " ".join(help_.stdout.split())


def test_rate_limited_names_the_reset_time(cli: Cli) -> None:
    fake = cli.server.fake
    cli.server.call(lambda: fake.faults.rate_limit(1, reset_in=3600, path="/tracks/"))
    done = cli("track", "200000001")
    assert done.returncode == 5
    assert done.stderr.startswith("soundcloud: error: rate limited: ")
    found = re.search(r"the limit resets at (\S+ \S+) UTC$", done.stderr.strip())
    assert found, done.stderr
    reset = datetime.strptime(found.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert abs(reset - (datetime.now(UTC) + timedelta(hours=1))) < timedelta(minutes=5)
    assert len(done.stderr.splitlines()) == 1


def test_server_error_after_retries_is_exit_code_1(cli: Cli) -> None:
    cli.server.call(lambda: cli.server.fake.faults.server_error(1, status=500, path="/tracks/"))
    done = cli("--retries", "0", "track", "200000001")
    assert done.returncode == 1
    assert done.stderr.startswith("soundcloud: error: 500")
    assert len(done.stderr.splitlines()) == 1
