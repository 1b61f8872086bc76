"""User token stores (memory, SQLite), the per-user adapter, pending logins and the signer."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

import pytest

from soundcloud_async import ConfigurationError, LockableTokenStore, Token
from soundcloud_async.fastapi import (
    MemoryPendingLoginStore,
    MemoryUserTokenStore,
    PendingLogin,
    Signer,
    SQLiteUserTokenStore,
    UserLocks,
    UserScopedTokenStore,
    UserTokenStore,
)

SECRET = "unit-test-secret-key-0123456789abcdef"


def token(n: int) -> Token:
    return Token(f"access-{n}", refresh_token=f"refresh-{n}", expires_at=1_000.0 + n, lifetime=3600)


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> UserTokenStore:
    if request.param == "memory":
        return MemoryUserTokenStore()
    return SQLiteUserTokenStore(tmp_path / "tokens.db")


async def test_round_trip_and_clear(store: UserTokenStore) -> None:
    assert isinstance(store, UserTokenStore)
    assert await store.load("soundcloud:users:1") is None
    await store.save("soundcloud:users:1", token(1))
    await store.save("soundcloud:users:2", token(2))
    await store.save("soundcloud:users:1", token(3))  # replaces
    assert await store.load("soundcloud:users:1") == token(3)
    await store.clear("soundcloud:users:1")
    await store.clear("soundcloud:users:9")  # unknown: no error
    assert await store.load("soundcloud:users:1") is None
    assert await store.load("soundcloud:users:2") == token(2)


async def test_concurrent_saves_of_many_users_all_land(store: UserTokenStore) -> None:
    await asyncio.gather(*(store.save(f"user-{n}", token(n)) for n in range(30)))
    await asyncio.gather(*(store.save("same-user", token(n)) for n in range(30)))
    loaded = await asyncio.gather(*(store.load(f"user-{n}") for n in range(30)))
    assert loaded == [token(n) for n in range(30)]
    assert await store.load("same-user") in [token(n) for n in range(30)]


async def test_sqlite_store_survives_a_new_instance_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "tokens.db"
    await SQLiteUserTokenStore(path).save("soundcloud:users:7", token(7))
    assert await SQLiteUserTokenStore(path).load("soundcloud:users:7") == token(7)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "access-7" not in repr(SQLiteUserTokenStore(path))


async def test_sqlite_store_refuses_an_unsafe_table_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        SQLiteUserTokenStore(tmp_path / "t.db", table="tokens; DROP TABLE users")


async def test_scoped_store_reads_and_writes_one_user_only() -> None:
    users, locks = MemoryUserTokenStore(), UserLocks()
    await users.save("bob", token(2))
    alice = UserScopedTokenStore(users, "alice", locks.lock_for("alice"))
    assert isinstance(alice, LockableTokenStore)
    await alice.save(token(1))
    assert await alice.load() == token(1)
    await alice.clear()
    assert await users.load("alice") is None
    assert await users.load("bob") == token(2)


async def test_user_locks_are_shared_per_user_and_not_kept_forever() -> None:
    locks = UserLocks()
    first = locks.lock_for("alice")
    assert locks.lock_for("alice") is first
    assert locks.lock_for("bob") is not first
    del first
    assert "active=0" in repr(locks)


async def test_pending_logins_are_single_use_and_expire() -> None:
    now = [100.0]
    pending = MemoryPendingLoginStore(max_entries=2, clock=lambda: now[0])
    login = PendingLogin("state-secret", "verifier-secret", "https://app/cb", expires_at=160.0)
    await pending.put("a", login)
    assert "secret" not in repr(login)
    assert await pending.pop("a") == login
    assert await pending.pop("a") is None
    await pending.put("b", login)
    now[0] = 161.0
    assert await pending.pop("b") is None
    for key in "cde":
        await pending.put(key, PendingLogin("s", "v", "r", expires_at=999.0))
    assert await pending.pop("c") is None  # the oldest went beyond max_entries
    assert await pending.pop("e") is not None


def test_signer_round_trip_expiry_and_tampering() -> None:
    now = [1_000.0]
    signer = Signer(SECRET, purpose="session", clock=lambda: now[0])
    signed = signer.sign("soundcloud:users:1")
    assert signer.unsign(signed, max_age=60) == "soundcloud:users:1"
    assert Signer(SECRET, purpose="login").unsign(signed, max_age=60) is None
    assert signer.unsign(signed.replace(".", "x."), max_age=60) is None
    assert signer.unsign("garbage", max_age=60) is None
    assert signer.unsign(None, max_age=60) is None
    now[0] += 61
    assert signer.unsign(signed, max_age=60) is None
    assert SECRET not in repr(signer)


def test_signer_refuses_a_short_key() -> None:
    with pytest.raises(ConfigurationError, match="at least 32"):
        Signer("short", purpose="session")
