"""Section 6: import time and first-call latency, each in fresh interpreter processes.

Import: wall time of `python -c "from soundcloud_async import SoundCloud"` (what a user writes)
vs `python -c "import httpx"` (the target); a bare `import soundcloud_async` loads next to
nothing (PEP 562, soundcloud_async/__init__.py) and is shown for reference. httpx imports its
command-line client when rich, click and pygments are installed, as they are in this dev venv
(schemathesis needs them), which adds ~150 ms to both sides and flatters the ratio; the "no
httpx CLI" rows block that import (`sys.modules["httpx._main"] = None`, which is httpx's own
ImportError fallback), as in a production venv.
First call: one fresh process that imports, builds the client and awaits its first `get` over a
MockTransport, timed inside the process from before the first import; raw httpx is the baseline.
The children may write bytecode (PYTHONDONTWRITEBYTECODE is dropped from their environment):
pip compiles httpx on install, so our package must not be timed compiling itself either.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable

from ._common import FIXTURES, ROOT, Row, at_most, median, paired_ratio

SECTION = "6 import / first call"
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
_NO_CLI = 'import sys; sys.modules["httpx._main"] = None; '
_FROM_SDK = "from soundcloud_async import SoundCloud"

_FIRST_CALL = """\
import time
started = time.perf_counter_ns()
import asyncio, json, httpx
body = open({body!r}, "rb").read()
headers = {{"content-type": "application/json"}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))
async def main():
{call}
asyncio.run(main())
print(time.perf_counter_ns() - started)
"""
_SDK_CALL = """\
    from soundcloud_async import SoundCloud, Token
    token = Token(access_token="a", refresh_token="r", expires_at=time.time() + 3600)
    async with SoundCloud("id", token=token, transport=transport) as sc:
        await sc.tracks.get("soundcloud:tracks:13158665")"""
_RAW_CALL = """\
    async with httpx.AsyncClient(base_url="https://api.soundcloud.com", transport=transport) as c:
        json.loads((await c.get("/tracks/soundcloud:tracks:13158665")).content)"""


def _wall(code: str) -> float:
    started = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=_ENV)
    return (time.perf_counter_ns() - started) / 1e6


def _inside(code: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=ROOT, env=_ENV, capture_output=True, text=True
    )
    return int(result.stdout.strip().splitlines()[-1]) / 1e6


def run(*, runs: int) -> list[Row]:
    body = str(FIXTURES / "track.json")
    first_sdk = _FIRST_CALL.format(body=body, call=_SDK_CALL)
    first_raw = _FIRST_CALL.format(body=body, call=_RAW_CALL)
    measures: dict[str, Callable[[], float]] = {
        "bare": lambda: _wall("pass"),
        "httpx": lambda: _wall("import httpx"),
        "bare_sdk": lambda: _wall("import soundcloud_async"),
        "sdk": lambda: _wall(_FROM_SDK),
        "httpx_lean": lambda: _wall(_NO_CLI + "import httpx"),
        "sdk_lean": lambda: _wall(_NO_CLI + _FROM_SDK),
        "first_raw": lambda: _inside(first_raw),
        "first_sdk": lambda: _inside(first_sdk),
    }
    for measure in measures.values():  # warm the OS page cache and the .pyc files
        measure()
    samples: dict[str, list[float]] = {name: [] for name in measures}
    names = list(measures)
    for index in range(runs):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(measures[name]())
    return _rows(samples, runs)


def _rows(samples: dict[str, list[float]], runs: int) -> list[Row]:
    ms = {name: median(values) for name, values in samples.items()}
    ratio = paired_ratio(samples, "sdk", "httpx")
    target, verdict = at_most(ratio, 1.35)
    lean = paired_ratio(samples, "sdk_lean", "httpx_lean")
    lean_target, lean_verdict = at_most(lean, 1.35)
    first = paired_ratio(samples, "first_sdk", "first_raw")
    first_target, first_verdict = at_most(first, 1.25)
    net = (ms["sdk"] - ms["httpx"], ms["httpx_lean"] - ms["bare"])
    return [
        Row(SECTION, "python -c pass", "ms", ms["bare"], note=f"median of {runs} processes"),
        Row(SECTION, "import httpx", "ms", ms["httpx"], 1.0),
        Row(SECTION, "import soundcloud_async (bare)", "ms", ms["bare_sdk"],
            paired_ratio(samples, "bare_sdk", "httpx"), note="loads no client, namespace or model"),
        Row(SECTION, "from soundcloud_async import SoundCloud", "ms", ms["sdk"], ratio, target,
            verdict, f"{net[0]:.0f} ms on top of httpx"),
        Row(SECTION, "import httpx (no httpx CLI)", "ms", ms["httpx_lean"], 1.0,
            note=f"{net[1]:.0f} ms net of interpreter start"),
        Row(SECTION, "from ... import SoundCloud (no httpx CLI)", "ms", ms["sdk_lean"], lean,
            lean_target, lean_verdict, "as in a venv without rich/click/pygments"),
        Row(SECTION, "first call raw: import+client+get", "ms", ms["first_raw"], 1.0),
        Row(SECTION, "first call sdk: import+client+get", "ms", ms["first_sdk"], first,
            first_target, first_verdict),
    ]  # fmt: skip
