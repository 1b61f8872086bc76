"""Adding an endpoint is a spec edit plus `make generate`: proven on a copy of the spec.

A throwaway operation (a new path word too) goes into a copy of spec/openapi.yaml; the generator
writes a package into a temp dir; a fresh interpreter that imports that package first finds the
operation on the facade, as `sc.tracks.<x-sdk-method>`, and calls it through respx.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import openapi_spec
import yaml

GENERATE = openapi_spec.ROOT / "tools" / "generate.py"

THROWAWAY = {
    "get": {
        "operationId": "get_track_station",
        "summary": "A track's station (throwaway operation of a test)",
        "tags": ["tracks"],
        "x-sdk-method": "tracks.station",
        "parameters": [
            {
                "name": "track_urn",
                "in": "path",
                "required": True,
                "x-urn-kind": "tracks",
                "schema": {"type": "string"},
            },
            {
                "name": "station_word",
                "in": "query",
                "required": False,
                "schema": {"type": "string"},
            },
        ],
        "responses": {"200": {"$ref": "#/components/responses/Track"}},
    }
}

CALL_IT = textwrap.dedent(
    """
    import asyncio, time, respx
    from soundcloud_async import SoundCloud, Token

    TOKEN = Token("access-throwaway", None, expires_at=time.time() + 10**7, lifetime=3600)

    async def main():
        with respx.mock(assert_all_called=True) as router:
            route = router.get(
                "https://api.soundcloud.com/tracks/soundcloud%3Atracks%3A7/station",
                params={"station_word": "night"},
            ).respond(json={"kind": "track", "id": 7, "urn": "soundcloud:tracks:7", "title": "Hi"})
            async with SoundCloud(client_id="throwaway", token=TOKEN) as sc:
                track = await sc.tracks.station(7, station_word="night")
        print(track.title, route.call_count, sc.tracks.station.__doc__.splitlines()[0])

    asyncio.run(main())
    """
)


def test_a_new_operation_in_the_spec_reaches_the_facade(tmp_path: Path) -> None:
    document = yaml.safe_load(openapi_spec.SPEC_PATH.read_text(encoding="utf-8"))
    document["paths"]["/tracks/{track_urn}/station"] = THROWAWAY
    spec_copy = tmp_path / "openapi.yaml"
    spec_copy.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    package = tmp_path / "out" / "soundcloud_async_generated"
    generated = subprocess.run(
        [sys.executable, str(GENERATE), "--spec", str(spec_copy), "--output", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    assert (package / "api" / "tracks" / "get_track_station.py").is_file()

    environment = {**os.environ, "PYTHONPATH": str(package.parent)}
    called = subprocess.run(
        [sys.executable, "-c", CALL_IT],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip().split(maxsplit=2) == [
        "Hi",
        "1",
        "A track's station (throwaway operation of a test).",
    ]
