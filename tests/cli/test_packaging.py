"""The command as installed: entry points, the optional extra, `soundcloud fake serve`."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from .conftest import SCRIPT, Cli

# Runs Python as if click and rich were not installed (the core install: httpx + attrs).
WITHOUT_CLI_STACK = """
import runpy, sys
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("click", "rich"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Missing())
"""


def test_core_install_works_without_the_cli_extra() -> None:
    core = WITHOUT_CLI_STACK + (
        "import soundcloud_async\n"
        "assert 'soundcloud_async.cli' not in sys.modules and 'click' not in sys.modules\n"
        "print('core ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", core], capture_output=True, text=True)
    assert done.stdout == "core ok\n", done.stderr
    as_module = WITHOUT_CLI_STACK + "runpy.run_module('soundcloud_async', run_name='__main__')"
    done = subprocess.run([sys.executable, "-c", as_module], capture_output=True, text=True)
    assert done.returncode == 1
    assert "pip install 'soundcloud-async[cli]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_fake_serve_then_every_offline_step(cli: Cli) -> None:
    """`soundcloud fake serve` as a user starts it: its URL and credentials drive the CLI."""
    fake = cli.start("fake", "serve", "--port", "0", "--popular-followers", "10")
    assert fake.stdout is not None
    try:
        banner = {}
        for line in fake.stdout:
            key, _, value = line.strip().partition(": ")
            banner[key] = value
            if key == "client_secret":
                break
        url = banner["API base_url and auth_base_url"]
        env = {
            **cli.env,
            "SOUNDCLOUD_CLIENT_ID": banner["client_id"],
            "SOUNDCLOUD_CLIENT_SECRET": banner["client_secret"],
        }
        popular = "https://soundcloud.com/popular-artist"
        args = ["--json", "--base-url", url, "--auth-base-url", url, "user", popular]
        done = subprocess.run([SCRIPT, *args], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["username"] == "Popular Artist"
    finally:
        fake.send_signal(signal.SIGTERM)
        _out, err = fake.communicate(timeout=20)
    assert fake.returncode == 0, err
