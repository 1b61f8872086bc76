"""The README's and docs/'s Python blocks run, unchanged, against the fake over a real socket.

Every ```python block (README.md and every page under docs/) is compiled with top-level
`await` allowed and run in a namespace that provides the few names the documents leave to the
reader's app (`user_token`, `user_urn`, a `db`, ...). Environment variables point `SoundCloud()`
at the fake, exactly as a user's `SOUNDCLOUD_*` settings would point it at SoundCloud.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from soundcloud_async.testing import FakeSoundCloud, serve, user_token

from ._reference_table import BEGIN, END, PAGE, ROOT, page, table

README = ROOT / "README.md"
# The site's pages: what users copy from the site must run as much as what they copy from README.
DOCUMENTS = (README, *sorted((ROOT / "docs").rglob("*.md")))
REDIRECT_URI = "https://app.example/callback"


# Put on the line before a ```python block that changes process-wide state (e.g. installs a
# global OpenTelemetry tracer provider): the block then runs in an interpreter of its own.
OWN_PROCESS = "<!-- run in its own process -->"


def python_blocks(document: Path = README, *, own_process: bool = False) -> list[tuple[int, str]]:
    """(line number, source) of the ```python blocks of a Markdown document.

    With `own_process`, only the blocks marked `OWN_PROCESS`; otherwise only the others.
    """
    blocks: list[tuple[int, str]] = []
    current: list[str] | None = None
    start, marked, previous = 0, False, ""
    for number, line in enumerate(document.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if current is None and stripped == "```python":
            current, start, marked = [], number + 1, previous == OWN_PROCESS
        elif current is not None and stripped == "```":
            if marked == own_process:
                blocks.append((start, "\n".join(current) + "\n"))
            current = None
        elif current is not None:
            current.append(line)
        if stripped:
            previous = stripped
    return blocks


class MemoryDatabase:
    """Stands in for the app database of the README's TokenStore example."""

    def __init__(self) -> None:
        self.rows: dict[int, str] = {}

    async def load_soundcloud_token(self, user_id: int) -> str | None:
        return self.rows.get(user_id)

    async def save_soundcloud_token(self, user_id: int, raw: str) -> None:
        self.rows[user_id] = raw

    async def delete_soundcloud_token(self, user_id: int) -> None:
        self.rows.pop(user_id, None)


@pytest.fixture
async def served() -> AsyncIterator[tuple[FakeSoundCloud, str]]:
    fake = FakeSoundCloud(
        seed=7,
        users=12,
        tracks=60,
        playlists=8,
        popular_followers=260,
        redirect_uris=(REDIRECT_URI,),
    )
    async with serve(fake) as url:
        yield fake, url


def _namespace(fake: FakeSoundCloud, url: str, tmp_path: Path) -> dict[str, Any]:
    async def browser_login(authorize_url: str) -> dict[str, str]:
        # The user's browser: open the authorize page, which (in the fake) approves at once.
        async with httpx.AsyncClient() as browser:
            answer = await browser.get(authorize_url)
        assert answer.status_code == 302, answer.text
        return dict(httpx.URL(answer.headers["location"]).params)

    audio = tmp_path / "dawn.wav"
    audio.write_bytes(b"RIFF" + bytes(64 * 1024))
    popular = fake.popular_user
    return {
        "__name__": "readme",
        "CLIENT_ID": fake.client_id,
        "CLIENT_SECRET": fake.client_secret,
        "BASE_URL": url,
        "AUTH_BASE_URL": url,
        "REDIRECT_URI": REDIRECT_URI,
        "browser_login": browser_login,
        "user_token": user_token(fake),
        "user_urn": popular.urn,
        "popular_permalink": popular.permalink,
        "audio_path": audio,
        "tmp_path": tmp_path,
        "db": MemoryDatabase(),
    }


def all_blocks() -> list[Any]:
    """Every ```python block of every document, with an id like `docs/guides/errors.md:42`."""
    return [
        pytest.param(f"{document.relative_to(ROOT)}:{line}", source, id=f"{document.name}:{line}")
        for document in DOCUMENTS
        for line, source in python_blocks(document)
    ]


@pytest.mark.parametrize(("where", "source"), all_blocks())
async def test_readme_block_runs_against_the_fake(
    where: str,
    source: str,
    served: tuple[FakeSoundCloud, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake, url = served
    monkeypatch.setenv("SOUNDCLOUD_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("SOUNDCLOUD_CLIENT_SECRET", fake.client_secret)
    monkeypatch.setenv("SOUNDCLOUD_BASE_URL", url)
    monkeypatch.setenv("SOUNDCLOUD_AUTH_BASE_URL", url)
    code = compile(source, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, _namespace(fake, url, tmp_path))
    if inspect.iscoroutine(result):
        await result


@pytest.mark.parametrize(
    ("where", "source"),
    [
        pytest.param(f"{document.relative_to(ROOT)}:{line}", source, id=f"{document.name}:{line}")
        for document in DOCUMENTS
        for line, source in python_blocks(document, own_process=True)
    ],
)
def test_block_runs_in_its_own_process(where: str, source: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, f"{where}: {done.stderr}"


def test_readme_has_python_blocks() -> None:
    assert len(python_blocks()) >= 10


def test_every_guide_is_collected() -> None:
    guides = {path.name for path in DOCUMENTS if path.parent.name == "guides"}
    assert {"quickstart.md", "authentication.md", "pagination.md", "errors.md"} <= guides
    assert sum(len(python_blocks(path)) for path in DOCUMENTS if path != README) >= 15


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_code_fences_name_a_known_language(document: Path) -> None:
    # A block fenced as ```py or ```python3 would silently escape the test above.
    fences = re.findall(r"^\s*```(\S*)\s*$", document.read_text(encoding="utf-8"), re.M)
    assert set(fences) <= {"", "python", "bash", "text", "toml"}, document


def test_methods_page_matches_the_spec() -> None:
    assert PAGE.read_text(encoding="utf-8") == page(), "regenerate with: make generate"


def test_readme_methods_table_matches_the_spec_or_links_the_page() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(re.escape(BEGIN) + r"\n(.*?)" + re.escape(END), text, re.S)
    if found is None:
        assert "docs/reference/methods.md" in text, "the README neither has the table nor links it"
    else:
        assert found[1] == table(), "copy it from docs/reference/methods.md (make generate)"
