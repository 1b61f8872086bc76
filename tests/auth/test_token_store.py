"""Token stores: durable 0600 JSON files, OS locks, and two processes refreshing once."""

from __future__ import annotations

import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from soundcloud_async._token import Token
from soundcloud_async.errors import ConfigurationError, TokenRefreshError
from soundcloud_async.token_store import (
    FileTokenStore,
    LockableTokenStore,
    MemoryTokenStore,
    TokenStore,
)

from .conftest import NOW, OLD_ACCESS, OLD_REFRESH, expired_token, fresh_token

WORKER = Path(__file__).with_name("_two_process_worker.py")


async def test_memory_store_round_trip() -> None:
    store = MemoryTokenStore()
    assert isinstance(store, LockableTokenStore)
    assert await store.load() is None
    await store.save(fresh_token())
    assert await store.load() == fresh_token()
    assert OLD_ACCESS not in repr(store)
    await store.clear()
    assert await store.load() is None


async def test_file_store_round_trip_with_private_mode(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "sub" / "token.json")
    assert isinstance(store, TokenStore)
    assert isinstance(store, LockableTokenStore)
    assert await store.load() is None
    await store.save(fresh_token())
    assert await store.load() == fresh_token()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["token.json"]
    await store.save(expired_token())  # atomic replace keeps the mode and leaves no temp file
    assert await store.load() == expired_token()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["token.json"]
    await store.clear()
    await store.clear()
    assert await store.load() is None


async def test_corrupt_token_file_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text('{"access_token": "' + OLD_ACCESS + '", "expires_at": "x"')
    with pytest.raises(ConfigurationError) as caught:
        await FileTokenStore(path).load()
    assert str(path) in str(caught.value)
    assert OLD_ACCESS not in str(caught.value)


async def test_file_lock_excludes_a_second_holder(tmp_path: Path) -> None:
    first = FileTokenStore(tmp_path / "t.json")
    second = FileTokenStore(tmp_path / "t.json", lock_timeout=0.05, poll=0.01)
    async with first.lock():
        assert first.lock_path.exists()
        with pytest.raises(TokenRefreshError) as caught:
            async with second.lock():
                pass  # pragma: no cover - the lock must not be granted
        assert caught.value.error_code == "lock_timeout"
    async with second.lock():  # released: granted at once
        pass


async def test_file_store_is_a_drop_in_for_token_json(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    token = Token(OLD_ACCESS, OLD_REFRESH, expires_at=NOW, lifetime=3599, scope="s")
    path.write_text(token.to_json())
    assert await FileTokenStore(path).load() == token


def _race_two_processes(tmp_path: Path, answer: str, callers: int) -> tuple[list[int], int]:
    """Run two workers on one expired token file; return their exit codes and token requests."""
    token_file, counter, ready = tmp_path / "token.json", tmp_path / "count", tmp_path / "ready"
    ready.mkdir()
    counter.touch()
    stale = Token(OLD_ACCESS, OLD_REFRESH, expires_at=time.time() - 60, lifetime=3600)
    token_file.write_text(stale.to_json())
    args = [sys.executable, str(WORKER), str(token_file), str(counter), str(ready)]
    workers = [subprocess.Popen([*args, answer, str(callers)]) for _ in range(2)]
    codes = [worker.wait(timeout=20) for worker in workers]
    return codes, len(counter.read_text().splitlines())


def test_two_processes_sharing_a_file_refresh_once(tmp_path: Path) -> None:
    codes, token_requests = _race_two_processes(tmp_path, "ok", callers=1)
    assert codes == [0, 0]
    assert token_requests == 1
    token = Token.from_json((tmp_path / "token.json").read_text())
    assert token.refresh_token == "REFRESH-proc-new"


@pytest.mark.parametrize("answer", ["invalid_grant", "500"])
def test_two_processes_share_a_failed_refresh(tmp_path: Path, answer: str) -> None:
    """50 callers in each process, the token endpoint fails: ONE token request in all.

    The process that waited for the file lock reads the failure the other one recorded and
    fails the same way instead of sending the same refresh token again.
    """
    codes, token_requests = _race_two_processes(tmp_path, answer, callers=50)
    assert codes == [0, 0]
    assert token_requests == 1
    failure = (tmp_path / "token.json.failure").read_text()
    assert OLD_REFRESH not in failure
    assert stat.S_IMODE((tmp_path / "token.json.failure").stat().st_mode) == 0o600
