"""login (PKCE + loopback redirect, driven by a test browser), whoami, logout, auth errors."""

from __future__ import annotations

import json
import re
import stat
import sys

import httpx

from .conftest import Cli

AUTHORIZE = re.compile(r"(http://\S+/authorize\?\S+)")


def _browse(cli: Cli, *command: str) -> tuple[int, str, str, httpx.Response]:
    """Run `login`, act as the user's browser on the URL it prints, return its outcome."""
    args = ("--json", "login", "--no-browser", "--port", "0")
    process = cli.start(*args, command=command) if command else cli.start(*args)
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        found = AUTHORIZE.search(line)
        if found:
            break
    else:
        raise AssertionError(f"no authorize URL printed: {''.join(lines)}")
    # The browser: to the fake's /authorize, which redirects to the CLI's loopback server.
    with httpx.Client(follow_redirects=True, timeout=30) as browser:
        page = browser.get(found.group(1))
    out, err = process.communicate(timeout=30)
    # The login's state value must not reach the test log, even in a failure message.
    shown = re.sub(r"state=[^&\s]+", "state=<redacted>", "".join(lines) + err)
    return process.returncode, out, shown, page


def test_login_whoami_logout(cli: Cli) -> None:
    code, out, err, page = _browse(cli, sys.executable, "-m", "soundcloud_async")
    assert code == 0, err
    assert page.status_code == 200
    assert "Logged in" in page.text
    assert str(page.url).startswith("http://127.0.0.1:")  # the CLI's loopback callback
    me = json.loads(out)
    assert me["urn"] == cli.server.fake.login_user.urn
    token_file = cli.user_token_file
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert json.loads(token_file.read_text())["app_only"] is False
    assert json.loads(token_file.read_text())["access_token"] not in out + err  # no secrets shown

    whoami, table = cli.many(["--json", "whoami"], ["whoami"])
    assert whoami.returncode == 0
    assert json.loads(whoami.stdout)["urn"] == me["urn"]
    assert me["username"] in table.stdout

    logout = cli("logout")
    assert logout.returncode == 0, logout.stderr
    assert not token_file.exists()
    after = cli("whoami")
    assert after.returncode == 3
    assert after.stderr.strip() == "soundcloud: error: not logged in: run `soundcloud login` first"


def test_denied_login_exits_with_the_auth_code(cli: Cli) -> None:
    cli.server.call(cli.server.fake.deny_authorization)
    try:
        code, out, err, page = _browse(cli)
    finally:
        cli.server.call(lambda: cli.server.fake.deny_authorization(False))
    assert code == 3
    assert "Login failed" in page.text
    assert "access_denied" in err
    assert out == ""
    assert not cli.user_token_file.exists()


def test_app_only_commands_need_the_app_credentials(cli: Cli) -> None:
    del cli.env["SOUNDCLOUD_CLIENT_SECRET"], cli.env["SOUNDCLOUD_CLIENT_ID"]
    done = cli("track", "200000001")
    assert done.returncode == 3
    assert "SOUNDCLOUD_CLIENT_ID" in done.stderr
    assert len(done.stderr.splitlines()) == 1
