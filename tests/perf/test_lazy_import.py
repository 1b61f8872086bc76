"""`import soundcloud_async` stays cheap: names load on first use (PEP 562), namespaces alone.

Each check runs in a fresh interpreter, since this test process has imported everything. What
is asserted is which modules get loaded, never how long that takes (bench/ section 6 times it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import soundcloud_async

TRACK_JSON = Path(__file__).resolve().parents[1] / "endpoints" / "fixtures" / "track.json"

# httpx imports its command-line client (rich, click: dataclasses, html, uuid ...) when those
# are installed, as in this dev venv; blocking it, as httpx itself does when they are missing,
# leaves what a production venv loads.
HTTPX = 'import sys; sys.modules["httpx._main"] = None; import httpx'
# The client, a fresh token and one `sc.tracks.get` over a MockTransport: the bench's first call.
_FIRST_GET = f"""
import time
from soundcloud_async import SoundCloud, Token
body = open({str(TRACK_JSON)!r}, "rb").read()
headers = {{"content-type": "application/json"}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))
async def main():
    token = Token(access_token="a", refresh_token="r", expires_at=time.time() + 3600)
    async with SoundCloud("client-id-lazy", token=token, transport=transport) as sc:
        track = await sc.tracks.get("soundcloud:tracks:13158665")
    assert track.id == 13158665, track.id
asyncio.run(main())
"""

# Loaded by the pipeline only when its feature is used: a budget, hooks, `sc.raw`, a list,
# an upload, an error body, a retried status, a token renewal, a log record.
_ON_DEMAND = {
    "soundcloud_async._budget_gate",
    "soundcloud_async._cursor",
    "soundcloud_async._error_body",
    "soundcloud_async._hooks",
    "soundcloud_async._multipart",
    "soundcloud_async._pages",
    "soundcloud_async._ratelimit",
    "soundcloud_async._raw",
    "soundcloud_async._redact",
    "soundcloud_async._renewal",
    "soundcloud_async._shared_failure",
    "soundcloud_async._token_endpoint",
    "soundcloud_async.budgets",
    "soundcloud_async.pagination",
    "html",  # error pages only (orjson, when installed, imports dataclasses and uuid itself)
}


def loaded_after(code: str, *, before: str = HTTPX) -> set[str]:
    """The modules a fresh interpreter loads running `code` after `before` (httpx by default)."""
    script = f"{before}\nloaded = set(sys.modules)\n{code}\n"
    script += "import json\nprint(json.dumps(sorted(set(sys.modules) - loaded)))"
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def generated(modules: set[str], package: str) -> set[str]:
    return {m for m in modules if m.startswith(f"soundcloud_async_generated.{package}.")}


def test_bare_import_loads_no_generated_module_namespace_or_model() -> None:
    assert loaded_after("import soundcloud_async") == {
        "soundcloud_async",
        "soundcloud_async._version",
    }


def test_importing_the_client_loads_no_pipeline_attrs_or_asyncio() -> None:
    loaded = loaded_after("from soundcloud_async import SoundCloud")
    assert "soundcloud_async.client" in loaded
    # Only construction needs the pipeline, and only a request needs the generated client.
    assert not {m for m in loaded if m.startswith("soundcloud_async_generated")}
    assert not {m for m in loaded if m.startswith("soundcloud_async._namespaces")}
    for pipeline in ("_runtime", "_transport", "_retry", "auth", "_observe", "_token"):
        assert f"soundcloud_async.{pipeline}" not in loaded
    assert not loaded & _ON_DEMAND
    assert not {"attr", "attrs", "asyncio", "orjson"} & loaded


def test_a_namespace_loads_none_of_its_operations_until_called() -> None:
    loaded = loaded_after(
        "from soundcloud_async import SoundCloud\n"
        "sc = SoundCloud('client-id-lazy', transport=None)\n"
        "sc.tracks, sc.users, sc.me, sc.playlists, sc.likes, sc.reposts, sc.search\n"
    )
    assert generated(loaded, "api") == {
        f"soundcloud_async_generated.api.{tag}"
        for tag in ("likes", "me", "playlists", "reposts", "search", "tracks", "users")
    }
    assert not generated(loaded, "models")
    assert not loaded & _ON_DEMAND


def test_a_first_get_loads_only_its_operation_and_the_models_it_returns() -> None:
    # asyncio is the caller's: as in the bench's first call, it is loaded before.
    loaded = loaded_after(_FIRST_GET, before=f"{HTTPX}, asyncio")
    returned = loaded_after("import soundcloud_async_generated.models.track")
    assert generated(loaded, "api") == {
        "soundcloud_async_generated.api.tracks",
        "soundcloud_async_generated.api.tracks.get_track",
    }
    assert generated(loaded, "models") == generated(returned, "models")
    assert "soundcloud_async_generated.models.track" in returned
    # A fresh token and a 200: no renewal, no error body, no hook or capture was needed.
    assert not loaded & _ON_DEMAND


def test_a_first_get_parses_no_signature_text() -> None:
    # attrs reads each converter's signature; for a builtin (`converter=tuple`) inspect parses
    # its text signature, with tokenize, whose first use compiles a large regex (~3 ms).
    count = (
        "import inspect\nparsed = []\nfromstr = inspect._signature_fromstr\n"
        "inspect._signature_fromstr = lambda *a, **k: parsed.append(a) or fromstr(*a, **k)\n"
    )
    script = f"{HTTPX}, asyncio\n{count}{_FIRST_GET}\nprint(len(parsed))"
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    assert result.stdout.split()[-1] == "0"


def test_every_lazy_name_is_exported_and_resolves() -> None:
    exports = set(soundcloud_async._EXPORTS)
    assert exports | {"__version__"} == set(soundcloud_async.__all__)
    assert set(dir(soundcloud_async)) >= set(soundcloud_async.__all__)
    assert soundcloud_async.oauth.__name__ == "soundcloud_async.oauth"
    assert soundcloud_async.SoundCloud.__module__ == "soundcloud_async.client"
