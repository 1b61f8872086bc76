"""A log of token-endpoint requests, so tests can assert "exactly one refresh"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TokenRequest:
    """One request to `POST /oauth/token`.

    Attributes:
        grant_type: The `grant_type` sent (may be anything the client sent, or "").
        client_id: The app that authenticated, or the claimed id, or None.
        status: The HTTP status the fake answered.
    """

    grant_type: str
    client_id: str | None
    status: int


class TokenStats:
    """Every token request in arrival order, with counting helpers."""

    def __init__(self) -> None:
        self._requests: list[TokenRequest] = []

    def record(self, request: TokenRequest) -> None:
        """Append one request (done by the token endpoint)."""
        self._requests.append(request)

    def count(
        self,
        grant_type: str | None = None,
        *,
        client_id: str | None = None,
        status: int | None = None,
    ) -> int:
        """How many requests match every given filter (None matches anything)."""
        return sum(
            1
            for r in self._requests
            if (grant_type is None or r.grant_type == grant_type)
            and (client_id is None or r.client_id == client_id)
            and (status is None or r.status == status)
        )

    def clear(self) -> None:
        """Forget the log (e.g. after a test's setup)."""
        self._requests.clear()

    def __iter__(self) -> Iterator[TokenRequest]:
        return iter(list(self._requests))

    def __len__(self) -> int:
        return len(self._requests)

    def __repr__(self) -> str:
        return f"TokenStats(requests={len(self._requests)})"
