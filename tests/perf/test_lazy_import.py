"""`import soundcloud_async` stays cheap: names load on first use (PEP 562), namespaces alone.

Each check runs in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

import soundcloud_async

_LOADED = (
    "import json, sys; "
    "print(json.dumps(sorted(m for m in sys.modules if m.startswith('soundcloud'))))"
)


def loaded_after(code: str) -> set[str]:
    """The soundcloud_async* modules a fresh interpreter has loaded after running `code`."""
    script = f"{code}\n{_LOADED}"
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_bare_import_loads_no_generated_module_namespace_or_model() -> None:
    assert loaded_after("import soundcloud_async") == {
        "soundcloud_async",
        "soundcloud_async._version",
    }


def test_importing_the_client_loads_no_namespace_or_endpoint() -> None:
    loaded = loaded_after("from soundcloud_async import SoundCloud")
    assert "soundcloud_async.client" in loaded
    assert not {m for m in loaded if m.startswith("soundcloud_async._namespaces.")} - {
        "soundcloud_async._namespaces._redirects"
    }
    assert not {m for m in loaded if m.startswith("soundcloud_async_generated.api")}


def test_a_namespace_loads_only_its_own_operations() -> None:
    loaded = loaded_after(
        "from soundcloud_async import SoundCloud\n"
        "sc = SoundCloud('client-id-lazy', transport=None)\n"
        "sc.tracks\n"
    )
    api = {m for m in loaded if m.startswith("soundcloud_async_generated.api.")}
    assert "soundcloud_async_generated.api.tracks.get_track" in api
    assert {m.split(".")[2] for m in api} == {"tracks"}


def test_every_lazy_name_is_exported_and_resolves() -> None:
    exports = set(soundcloud_async._EXPORTS)
    assert exports | {"__version__"} == set(soundcloud_async.__all__)
    assert set(dir(soundcloud_async)) >= set(soundcloud_async.__all__)
    assert soundcloud_async.oauth.__name__ == "soundcloud_async.oauth"
    assert soundcloud_async.SoundCloud.__module__ == "soundcloud_async.client"
