"""The retry policy: pure, frozen decisions about what to retry and how long to wait.

No I/O and no clock here: the transport measures time and passes it in, so every decision is
a table test. Change a policy with `attrs.evolve(policy, max_retries=5)`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import httpx
from attrs.validators import ge as _ge
from attrs.validators import le as _le

from soundcloud_async._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_DEADLINE,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    MAX_RETRY_WAIT,
    RETRY_JITTER,
)

# RFC 9110 §9.2.2: replaying these has the same effect as sending them once. POST is absent on
# purpose: SoundCloud has no idempotency keys, and a replayed comment or upload is a duplicate.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})

# 429 and 503 mean the request was refused before it was processed (RFC 9110 §15.6.4,
# RFC 6585 §4), so replaying is safe for every method.
ALWAYS_RETRY_STATUSES = frozenset({429, 503})
# The server may have acted before failing: replay only what is idempotent.
IDEMPOTENT_RETRY_STATUSES = frozenset({500, 502, 504})

# Nothing left the client: no connection, or no pooled connection was free.
ALWAYS_RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Bytes may have reached the server before the failure.
IDEMPOTENT_RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


def _upper_methods(methods: Iterable[str]) -> frozenset[str]:
    # Methods compare case-sensitively in HTTP but users write "get"; normalise once here.
    return frozenset(method.upper() for method in methods)


def _statuses(statuses: Iterable[int]) -> frozenset[int]:
    return frozenset(statuses)


def _errors(errors: Iterable[type[Exception]]) -> tuple[type[Exception], ...]:
    # Not `converter=tuple`: attrs reads a converter's signature, and for a builtin that means
    # parsing its text signature with `tokenize`, whose first use compiles a large regex
    # (about 3 ms, paid by every process at its first client: bench/ section 6).
    return tuple(errors)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How the client retries: which failures, how often, how long it waits.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        initial_delay: Backoff before the first retry, in seconds; doubles on each retry.
        max_delay: Ceiling of the computed backoff, in seconds.
        jitter: Fraction of the backoff randomly removed (0.25: sleep 75-100 % of it), so
            clients that failed together do not retry together.
        deadline: Budget in seconds for one call, from its first attempt; no retry starts and
            no sleep ends after it. None disables it.
        max_retry_wait: Longest server-announced wait (`Retry-After` or a 429 `reset_time`)
            that is slept through; a longer one surfaces the response at once.
        idempotent_methods: Methods replayed after a failure that may have reached the server.
        always_retry_statuses: Statuses retried for every method.
        idempotent_retry_statuses: Statuses retried for idempotent methods only.
        always_retry_errors: httpx exceptions retried for every method.
        idempotent_retry_errors: httpx exceptions retried for idempotent methods only.
    """

    # attrs comparison validators also reject NaN: every comparison with NaN is false.
    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_ge(0))
    initial_delay: float = attrs.field(default=INITIAL_RETRY_DELAY, validator=_ge(0.0))
    max_delay: float = attrs.field(default=MAX_RETRY_DELAY, validator=_ge(0.0))
    jitter: float = attrs.field(default=RETRY_JITTER, validator=[_ge(0.0), _le(1.0)])
    deadline: float | None = attrs.field(default=DEFAULT_RETRY_DEADLINE)
    max_retry_wait: float = attrs.field(default=MAX_RETRY_WAIT, validator=_ge(0.0))
    idempotent_methods: frozenset[str] = attrs.field(
        default=IDEMPOTENT_METHODS, converter=_upper_methods
    )
    always_retry_statuses: frozenset[int] = attrs.field(
        default=ALWAYS_RETRY_STATUSES, converter=_statuses
    )
    idempotent_retry_statuses: frozenset[int] = attrs.field(
        default=IDEMPOTENT_RETRY_STATUSES, converter=_statuses
    )
    always_retry_errors: tuple[type[Exception], ...] = attrs.field(
        default=ALWAYS_RETRY_ERRORS, converter=_errors
    )
    idempotent_retry_errors: tuple[type[Exception], ...] = attrs.field(
        default=IDEMPOTENT_RETRY_ERRORS, converter=_errors
    )

    @deadline.validator
    def _check_deadline(self, _: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"deadline must be > 0 or None, got {value!r}")

    def is_idempotent(self, method: str) -> bool:
        """Whether `method` may be replayed after the server may have acted on it."""
        return method.upper() in self.idempotent_methods

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether a response with `status_code` to a `method` request is worth retrying."""
        if status_code in self.always_retry_statuses:
            return True
        return status_code in self.idempotent_retry_statuses and self.is_idempotent(method)

    def retries_error(self, method: str, error: Exception) -> bool:
        """Whether a transport `error` raised for a `method` request is worth retrying."""
        if isinstance(error, self.always_retry_errors):
            return True
        return isinstance(error, self.idempotent_retry_errors) and self.is_idempotent(method)

    def backoff(self, retry_number: int, jitter_sample: float) -> float:
        """Computed wait before retry `retry_number` (1-based).

        Args:
            retry_number: 1 for the first retry, 2 for the second, ...
            jitter_sample: A number in [0, 1), e.g. `random.random()`; passed in to keep
                this method pure.

        Returns:
            `initial_delay * 2 ** (retry_number - 1)`, capped at `max_delay`, minus up to
            `jitter` of it.
        """
        exponent = min(max(retry_number - 1, 0), 32)  # 2**32 * 0.5 s is far past any cap
        base = min(self.max_delay, self.initial_delay * 2.0**exponent)
        return base * (1.0 - self.jitter * min(max(jitter_sample, 0.0), 1.0))

    def longest_wait(self, elapsed: float) -> float:
        """Longest wait worth sleeping through `elapsed` seconds into a call: the cap on
        server-announced waits, and no further than the deadline. A client-side budget
        (`SoundCloud(budget=...)`) waits by the same rule."""
        if self.deadline is None:
            return self.max_retry_wait
        return min(self.max_retry_wait, self.deadline - elapsed)

    def next_delay(
        self,
        *,
        retry_number: int,
        elapsed: float,
        announced_wait: float | None,
        jitter_sample: float,
    ) -> float | None:
        """Decide whether retry `retry_number` happens, and after how long.

        Call it only for a failure that `retries_status` or `retries_error` accepted.

        Args:
            retry_number: 1-based number of the retry being considered.
            elapsed: Seconds since the call's first attempt started.
            announced_wait: Wait the server asked for (`Retry-After`, 429 `reset_time`), or
                None when it said nothing; 0 (a reset already past) also falls back to backoff.
            jitter_sample: A number in [0, 1) for the backoff jitter.

        Returns:
            Seconds to sleep before retrying, or None to stop and surface the failure: retries
            exhausted, the announced wait is over `max_retry_wait`, or the sleep would end
            after the deadline.
        """
        if retry_number > self.max_retries:
            return None
        if announced_wait is not None and announced_wait > self.max_retry_wait:
            return None
        if announced_wait is not None and announced_wait > 0:
            delay = announced_wait
        else:
            delay = self.backoff(retry_number, jitter_sample)
        if self.deadline is not None and elapsed + delay > self.deadline:
            return None
        return delay
