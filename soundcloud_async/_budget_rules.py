"""`BudgetRule`: which requests a client-side budget counts, and SoundCloud's own limits.

Kept apart from `budgets.py` (the buckets and the protocol); both are public through
`soundcloud_async.budgets`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

import attrs
from attrs.validators import ge, gt

__all__ = ["DEFAULT_RULES", "BudgetRule", "pacing_rule"]

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_RULE_TEXT = re.compile(
    r"(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*:\s*(?P<limit>\d+)\s*(?:per|/)\s*"
    r"(?P<unit>second|minute|hour|day)s?",
)


def _upper(value: str | None) -> str | None:
    return None if value is None else value.upper()


@attrs.frozen
class BudgetRule:
    """`limit` requests per `per` seconds for the requests this rule matches.

    Attributes:
        name: Names the bucket (in Redis keys and errors); unique within a budget.
        limit: Requests allowed per window, and at once.
        per: Window in seconds.
        method: HTTP method matched (None: any).
        path: Path pattern matched; `*` stands for any run of characters, `/` included.
        grant_type: Only token requests (`POST .../oauth/token`) with this `grant_type`.
        scope: `"client"`: one bucket per app (client id); `"host"`: one per machine (the
            budget's `host_id`), for limits SoundCloud counts per IP address.
        group: SoundCloud's name for this limit in a 429 body (`"plays"`); a 429 naming
            another group leaves the bucket alone. None: any 429 this rule's request got.
        bucket: SoundCloud's `bucket` for the limit (`"by-ip"`), when it names one.
    """

    name: str
    limit: int = attrs.field(validator=ge(1))
    per: float = attrs.field(validator=gt(0.0))
    method: str | None = attrs.field(default=None, converter=_upper)
    path: str = "*"
    grant_type: str | None = None
    scope: Literal["client", "host"] = "client"
    group: str | None = None
    bucket: str | None = None
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    @_pattern.default
    def _compile(self) -> re.Pattern[str]:
        return re.compile(".*".join(re.escape(part) for part in self.path.split("*")))

    @classmethod
    def parse(cls, text: str, *, name: str | None = None) -> BudgetRule:
        """Read a rule written as `"POST /likes/*: 10 per minute"` (units: second ... day).

        Raises:
            ValueError: The text is not of that form.
        """
        found = _RULE_TEXT.fullmatch(text.strip())
        if found is None:
            raise ValueError(
                f"budget rule {text!r}: expected 'METHOD /path/*: N per second|minute|hour|day'"
            )
        method, path = found["method"].upper(), found["path"]
        return cls(
            name or f"{method} {path}",
            int(found["limit"]),
            _UNITS[found["unit"]],
            method=method,
            path=path,
        )

    def matches(self, method: str, path: str, grant_type: Callable[[], str | None]) -> bool:
        """Whether a `method` request to `path` counts against this rule.

        `grant_type` reads the form of a token request; it is only called when it matters.
        """
        if self.method is not None and method != self.method:
            return False
        if not self._pattern.fullmatch(path):
            return False
        return self.grant_type is None or grant_type() == self.grant_type

    def drained_by(self, group: str | None, bucket: str | None) -> bool:
        """Whether a 429 naming `group` and `bucket` empties this rule's bucket."""
        if self.group is not None and group != self.group:
            return False
        return self.bucket is None or bucket is None or bucket == self.bucket


def pacing_rule(requests_per_second: float) -> BudgetRule:
    """A rule spacing every request of one app: at most `requests_per_second` per second.

    Fractions pace slower than one per second (0.5: one request every two seconds).
    """
    if not requests_per_second > 0:
        raise ValueError(f"requests_per_second must be > 0, got {requests_per_second!r}")
    limit = max(1, int(requests_per_second))
    # "client-pacing" is no SoundCloud group: a 429 never drains the polite pace.
    return BudgetRule("pacing", limit, limit / requests_per_second, group="client-pacing")


# SoundCloud's published limits (see docs/soundcloud-behaviour.md, "Rate limits and 429
# responses"): app tokens per app and per IP, and plays per app. `/streams` hands out the
# stream URLs a play starts with, so both it and the legacy `/stream` are counted.
DEFAULT_RULES: tuple[BudgetRule, ...] = (
    BudgetRule(
        "client-credentials-by-app",
        50,
        12 * 3600.0,
        method="POST",
        path="*/token",
        grant_type="client_credentials",
        group="client-credentials-exchange",
        bucket="by-client",
    ),
    BudgetRule(
        "client-credentials-by-ip",
        30,
        3600.0,
        method="POST",
        path="*/token",
        grant_type="client_credentials",
        scope="host",
        group="client-credentials-exchange",
        bucket="by-ip",
    ),
    BudgetRule("plays", 15_000, 24 * 3600.0, method="GET", path="/tracks/*/stream*", group="plays"),
)
