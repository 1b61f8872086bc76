"""Adding an endpoint is a spec edit, `make generate` and one fake row: proven on a spec copy.

A throwaway operation (a new path word too) goes into a copy of spec/openapi.yaml; the generator
writes a package into a temp dir; a fresh interpreter that imports that package first finds the
operation on the facade, as `sc.tracks.<x-sdk-method>`, and calls it through respx. Another
adds the operation's one row to the fake's route table (soundcloud_async/testing/_table.py)
and calls it through the facade against the fake over a loopback socket.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import openapi_spec
import pytest
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


# The contributor's step "add one row to ROWS", done at run time on the imported table: the
# fake reads ROWS when it builds its app. A fake built before the row answers 404 in
# SoundCloud's envelope, so the row is what serves the operation.
CALL_THE_FAKE = textwrap.dedent(
    """
    import asyncio
    from soundcloud_async.errors import NotFoundError
    from soundcloud_async.testing import FakeSoundCloud, client_for, serve
    from soundcloud_async.testing import _table

    def small_fake():
        return FakeSoundCloud(seed=5, users=8, tracks=30, playlists=4, popular_followers=10)

    async def station(fake, track_id):
        async with serve(fake) as url, client_for(fake, user=True, base_url=url) as sc:
            try:
                got = await sc.tracks.station(track_id, station_word="night")
            except NotFoundError as error:
                return f"404:{error.status_code}"
            plain = await sc.tracks.get(track_id)
            return f"{got.id == track_id}:{got.to_dict() == plain.to_dict()}"

    async def main():
        before = small_fake()
        row = _table.ReadOne("GET", "/tracks/{track_urn}/station", kind="tracks")
        _table.ROWS = (*_table.ROWS, row)
        after = small_fake()
        track_id = after.track_ids()[0]
        print(await station(before, track_id), await station(after, track_id),
              await station(after, 987654321))

    asyncio.run(main())
    """
)


@pytest.fixture(scope="module")
def generated_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated from a spec copy that carries the throwaway operation."""
    tmp_path = tmp_path_factory.mktemp("throwaway")
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
    return package


def _run_with(package: Path, script: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(package.parent)}
    called = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert called.returncode == 0, called.stderr
    return called.stdout.strip()


def test_a_new_operation_in_the_spec_reaches_the_facade(generated_package: Path) -> None:
    assert _run_with(generated_package, CALL_IT).split(maxsplit=2) == [
        "Hi",
        "1",
        "A track's station (throwaway operation of a test).",
    ]


def test_one_table_row_serves_the_new_operation_on_the_fake(generated_package: Path) -> None:
    before, after, unknown = _run_with(generated_package, CALL_THE_FAKE).split()
    assert before == "404:404"
    assert after == "True:True"
    assert unknown == "404:404"
