"""Paginator progress counters, and `SOUNDCLOUD_LOG` turning on redacted logging to stderr."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from soundcloud_async.testing import FakeSoundCloud, client_for


async def test_paginator_counts_items_and_pages_as_they_are_handed_out(
    fake_soundcloud: FakeSoundCloud,
) -> None:
    async with client_for(fake_soundcloud) as sc:
        listing = sc.search.tracks(page_size=7, max_items=20)
        assert (listing.items_seen, listing.pages_seen) == (0, 0)
        seen = 0
        async for _ in listing:
            seen += 1
            assert listing.items_seen == seen
        assert (listing.items_seen, listing.pages_seen) == (20, 3)
        pages = sc.search.tracks(page_size=5, max_items=12)
        async for _page in pages.pages():
            assert pages.items_seen % 5 == 0 or pages.items_seen == 12
        assert (pages.items_seen, pages.pages_seen) == (12, 3)


async def test_counters_add_up_over_interleaved_and_abandoned_iterations(
    fake_soundcloud: FakeSoundCloud,
) -> None:
    async with client_for(fake_soundcloud) as sc:
        listing = sc.search.tracks(page_size=4, max_items=10)
        first, second = aiter(listing), aiter(listing)
        for handed in range(1, 7):  # two iterations of one paginator, item by item in turn
            await anext(first)
            assert listing.items_seen == 2 * handed - 1
            await anext(second)
            assert listing.items_seen == 2 * handed
        await first.aclose()  # stopped mid-page: its 6 items stay counted
        assert listing.items_seen == 12
        assert len([item async for item in second]) == 4
        assert (listing.items_seen, listing.pages_seen) == (16, 5)


async def test_raw_of_an_awaited_paginator_is_its_first_page(
    fake_soundcloud: FakeSoundCloud,
) -> None:
    async with client_for(fake_soundcloud) as sc:
        raw = await sc.raw(sc.search.tracks(page_size=3))
    assert len(raw.parsed.items) == 3
    assert raw.status_code == 200


@pytest.mark.parametrize("level", ["debug", "info"])
def test_soundcloud_log_writes_redacted_lines_to_stderr(level: str) -> None:
    script = textwrap.dedent(
        """
        import asyncio, httpx
        from soundcloud_async import SoundCloud, Token

        def answer(request):
            return httpx.Response(200, json={"kind": "track", "urn": "soundcloud:tracks:1"})

        async def main():
            async with SoundCloud(
                token=Token("ACCESS-log-9999"), transport=httpx.MockTransport(answer)
            ) as sc:
                await sc.tracks.get(1, secret_token="s-LOGSECRET")

        asyncio.run(main())
        """
    )
    env = {**os.environ, "SOUNDCLOUD_LOG": level}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert "HTTP Request: GET https://api.soundcloud.com/tracks/soundcloud%3Atracks%3A1" in (
        result.stderr
    )
    assert ("soundcloud_async.http" in result.stderr) is (level == "debug")
    assert "[redacted]" in result.stderr
    assert "s-LOGSECRET" not in result.stderr
    assert "ACCESS-log-9999" not in result.stderr


def test_without_soundcloud_log_nothing_is_written() -> None:
    script = (
        "import asyncio, httpx\n"
        "from soundcloud_async import SoundCloud, Token\n"
        "body = {'urn': 'soundcloud:tracks:1'}\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json=body))\n"
        "async def main():\n"
        "    async with SoundCloud(token=Token('x'), transport=t) as sc:\n"
        "        await sc.tracks.get(1)\n"
        "asyncio.run(main())\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "SOUNDCLOUD_LOG"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert result.stderr == ""
