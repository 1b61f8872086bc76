"""RetryPolicy: pure decisions, table-tested."""

from __future__ import annotations

import math

import attrs
import httpx
import pytest

from soundcloud_async._retry import RetryPolicy

POLICY = RetryPolicy()
METHODS = ["GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"]
IDEMPOTENT = {"GET", "HEAD", "PUT", "DELETE"}

# status -> methods for which a retry is allowed (docs/architecture.md, "Retries").
STATUS_TABLE: dict[int, set[str]] = {
    400: set(),
    401: set(),
    403: set(),
    404: set(),
    409: set(),
    422: set(),
    429: set(METHODS),
    500: IDEMPOTENT,
    501: set(),
    502: IDEMPOTENT,
    503: set(METHODS),
    504: IDEMPOTENT,
    505: set(),
}


@pytest.mark.parametrize("status", sorted(STATUS_TABLE))
@pytest.mark.parametrize("method", METHODS)
def test_status_method_matrix(method: str, status: int) -> None:
    assert POLICY.retries_status(method, status) is (method in STATUS_TABLE[status])


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://api.soundcloud.com/me")


ERROR_TABLE: list[tuple[Exception, set[str]]] = [
    (httpx.ConnectError("refused"), set(METHODS)),
    (httpx.ConnectTimeout("slow connect"), set(METHODS)),
    (httpx.PoolTimeout("pool"), set(METHODS)),
    (httpx.ReadTimeout("slow read"), IDEMPOTENT),
    (httpx.WriteTimeout("slow write"), IDEMPOTENT),
    (httpx.ReadError("reset"), IDEMPOTENT),
    (httpx.WriteError("broken pipe"), IDEMPOTENT),
    (httpx.RemoteProtocolError("server disconnected"), IDEMPOTENT),
    (httpx.LocalProtocolError("bad header"), set()),
    (httpx.UnsupportedProtocol("ftp"), set()),
    (httpx.ProxyError("proxy"), set()),
    (ValueError("not a transport error"), set()),
]


@pytest.mark.parametrize(("error", "retried_for"), ERROR_TABLE, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("method", METHODS)
def test_error_method_matrix(method: str, error: Exception, retried_for: set[str]) -> None:
    assert POLICY.retries_error(method, error) is (method in retried_for)


def test_methods_are_case_insensitive() -> None:
    policy = RetryPolicy(idempotent_methods=["get"])
    assert policy.idempotent_methods == frozenset({"GET"})
    assert policy.retries_status("get", 500)
    assert not policy.retries_status("put", 500)


@pytest.mark.parametrize(
    ("retry_number", "expected"),
    [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (10_000, 8.0), (0, 0.5)],
)
def test_backoff_doubles_up_to_the_cap(retry_number: int, expected: float) -> None:
    assert POLICY.backoff(retry_number, jitter_sample=0.0) == expected


@pytest.mark.parametrize("sample", [0.0, 0.25, 0.5, 0.999999, 1.0, -3.0, 7.0])
@pytest.mark.parametrize("retry_number", [1, 3, 7])
def test_jitter_removes_at_most_a_quarter(retry_number: int, sample: float) -> None:
    full = POLICY.backoff(retry_number, jitter_sample=0.0)
    delay = POLICY.backoff(retry_number, jitter_sample=sample)
    assert 0.75 * full <= delay <= full <= POLICY.max_delay


def test_jitter_spreads_delays() -> None:
    assert POLICY.backoff(2, jitter_sample=0.0) != POLICY.backoff(2, jitter_sample=0.9)


def test_zero_jitter_is_deterministic() -> None:
    policy = RetryPolicy(jitter=0.0)
    assert policy.backoff(3, jitter_sample=0.9) == 2.0


def _delay(policy: RetryPolicy = POLICY, /, **overrides: float | None) -> float | None:
    arguments: dict[str, float | None] = {
        "retry_number": 1,
        "elapsed": 0.0,
        "announced_wait": None,
        "jitter_sample": 0.0,
    }
    arguments.update(overrides)
    return policy.next_delay(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, 0.5),
        ({"retry_number": 3}, 2.0),
        ({"retry_number": 4}, None),  # three retries by default
        ({"announced_wait": 12.0}, 12.0),
        ({"announced_wait": 60.0}, 60.0),  # exactly the cap is honoured
        ({"announced_wait": 60.001}, None),  # over the cap: surface at once
        ({"announced_wait": 3600.0}, None),
        ({"announced_wait": 0.0}, 0.5),  # a reset already past falls back to backoff
        ({"elapsed": 89.5}, 0.5),  # ends exactly at the deadline
        ({"elapsed": 89.6}, None),
        ({"elapsed": 40.0, "announced_wait": 55.0}, None),  # would sleep past the deadline
        ({"retry_number": 4, "announced_wait": 1.0}, None),
    ],
)
def test_next_delay(overrides: dict[str, float], expected: float | None) -> None:
    assert _delay(POLICY, **overrides) == expected


def test_no_deadline_and_zero_retries() -> None:
    assert _delay(RetryPolicy(deadline=None), elapsed=10_000.0) == 0.5
    assert _delay(RetryPolicy(max_retries=0)) is None


def test_a_longer_cap_honours_a_longer_wait() -> None:
    policy = RetryPolicy(max_retry_wait=600.0, deadline=None)
    assert _delay(policy, announced_wait=300.0) == 300.0


@pytest.mark.parametrize(
    "changes",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"initial_delay": math.nan},
        {"max_delay": -1.0},
        {"jitter": 1.5},
        {"jitter": -0.1},
        {"deadline": 0.0},
        {"deadline": -5.0},
        {"deadline": math.nan},
        {"max_retry_wait": -1.0},
    ],
)
def test_invalid_settings_are_refused(changes: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(changes))):
        RetryPolicy(**changes)  # type: ignore[arg-type]


def test_policy_is_frozen_and_evolvable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        POLICY.max_retries = 5  # type: ignore[misc]
    changed = attrs.evolve(POLICY, max_retries=5, jitter=0.0)
    assert (changed.max_retries, changed.jitter, changed.initial_delay) == (5, 0.0, 0.5)
    assert POLICY.max_retries == 3


def test_statuses_are_configurable() -> None:
    policy = RetryPolicy(always_retry_statuses=[429], idempotent_retry_statuses=[])
    assert not policy.retries_status("GET", 503)
    assert not policy.retries_status("GET", 500)
    assert policy.retries_status("POST", 429)
