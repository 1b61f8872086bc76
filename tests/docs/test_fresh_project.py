"""The README as a new user meets it: the wheel in a new virtualenv, the snippets verbatim.

The snippets marked `<!-- fresh-project: NAME -->` in README.md are written, unchanged, into an
empty directory as NAME. The built wheel is pip-installed with `[testing,fastapi]` into a new
virtualenv (no repository on its path), then, as a user would: pytest runs the test snippets,
the worker runs against the standalone fake, the FastAPI app runs under uvicorn, and
`mypy --strict` checks every file. `make fresh-project` runs this (about a minute; deselected
from the plain `pytest` run); it reuses the wheel `make build` made via
`SOUNDCLOUD_ASYNC_WHEEL`, or builds one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ._process import Output
from ._reference_table import ROOT

pytestmark = pytest.mark.fresh_project

README = ROOT / "README.md"
MARKER = re.compile(r"<!-- fresh-project: (?P<name>[\w.]+) -->")
EXPECTED = {"pyproject.toml", "conftest.py", "test_search.py", "worker.py", "app.py"}
PYTHON_FILES = sorted(name for name in EXPECTED if name.endswith(".py"))
INSTALL_TIMEOUT = 300
RUN_TIMEOUT = 120


def marked_snippets() -> dict[str, str]:
    """NAME -> source of the ```python (or ```toml) block right after each marker."""
    lines = README.read_text(encoding="utf-8").splitlines()
    snippets: dict[str, str] = {}
    for index, line in enumerate(lines):
        found = MARKER.fullmatch(line.strip())
        if found is None:
            continue
        fence = lines[index + 1].strip()
        assert fence in ("```python", "```toml"), f"README.md:{index + 2}: not a block"
        end = lines.index("```", index + 2)
        snippets[found["name"]] = "\n".join(lines[index + 2 : end]) + "\n"
    return snippets


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("SOUNDCLOUD_ASYNC_WHEEL")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=INSTALL_TIMEOUT)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def python(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """The new virtualenv's interpreter, with the wheel and its extras installed by pip."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=RUN_TIMEOUT)
    interpreter = venv / "bin" / "python"
    install = [str(interpreter), "-m", "pip", "install", "--quiet", f"{wheel}[testing,fastapi]"]
    subprocess.run(install, check=True, capture_output=True, timeout=INSTALL_TIMEOUT)
    return interpreter


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("project")
    snippets = marked_snippets()
    assert set(snippets) == EXPECTED
    for name, source in snippets.items():
        (directory / name).write_text(source, encoding="utf-8")
    return directory


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: none of our SOUNDCLOUD_* or PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SOUNDCLOUD_", "PYTHON"))}
    return {**env, **extra}


@pytest.fixture
def fake_env(python: Path, project: Path) -> Iterator[dict[str, str]]:
    """The standalone fake from the installed wheel; the environment its banner exports."""
    command = [str(python), "-m", "soundcloud_async.testing", "serve", "--port", "0"]
    with subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, text=True) as process:
        output = Output(process.stdout)
        try:
            exports = [output.wait_for(r"^export (\w+)=(\S+)$") for _ in range(4)]
            yield user_env(**{found[1]: found[2] for found in exports})
        finally:
            process.terminate()
            process.wait(timeout=10)
            output.drain()


def test_the_readme_marks_every_snippet_of_the_new_user_path() -> None:
    assert set(marked_snippets()) == EXPECTED


def test_the_pytest_snippets_pass_in_the_new_project(python: Path, project: Path) -> None:
    """No pytest settings at all in the project: the snippet's marker is enough."""
    output = run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"], project, user_env())
    assert re.search(r"\b2 passed\b", output), output
    assert "warning" not in output.lower(), output


def test_the_worker_runs_against_the_standalone_fake(
    python: Path, project: Path, fake_env: dict[str, str]
) -> None:
    url = "https://soundcloud.com/popular-artist"
    output = run([str(python), "worker.py", url], project, fake_env)
    assert output.strip() == f"50 followers of {url}"


def test_the_app_serves_under_uvicorn(
    python: Path, project: Path, fake_env: dict[str, str]
) -> None:
    command = [str(python), "-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port", "0"]
    with subprocess.Popen(
        command, cwd=project, env=fake_env, stderr=subprocess.PIPE, text=True
    ) as process:
        log = Output(process.stderr)
        try:
            base_url = log.wait_for(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")[1]
            search = httpx.get(f"{base_url}/search", params={"q": "a"}, timeout=30)
            likes = httpx.get(f"{base_url}/likes", timeout=30)
            login = httpx.get(f"{base_url}/auth/login", timeout=30)
        finally:
            process.terminate()
            process.wait(timeout=10)
            log.drain()
    assert search.status_code == 200, search.text
    assert search.json()
    assert all(urn.startswith("soundcloud:tracks:") for urn in search.json())
    assert likes.status_code == 401
    assert login.status_code == 302
    assert "Secure" not in login.headers["set-cookie"]  # plain http: a cookie that comes back
    assert any("kept in this process's memory" in line for line in log.seen), log.seen


def test_mypy_strict_accepts_the_new_project(python: Path, project: Path, tmp_path: Path) -> None:
    """Our mypy, looking only at the new virtualenv's packages (PEP 561, py.typed)."""
    command = [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python)]
    command += ["--cache-dir", str(tmp_path / "mypy"), *PYTHON_FILES]
    output = run(command, project, user_env())
    assert "Success" in output, output
