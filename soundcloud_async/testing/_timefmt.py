"""Timestamps the way SoundCloud's v1 API writes them.

See docs/soundcloud-behaviour.md, Payloads and parsing.
"""

from __future__ import annotations

from datetime import UTC, datetime

SC_TIME_FORMAT = "%Y/%m/%d %H:%M:%S +0000"
# Accepted by the `created_at[from]`/`created_at[to]` filters: the documented
# `yyyy-mm-dd hh:mm:ss`, a bare date, and SoundCloud's own payload format.
_FILTER_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S %z", "%Y/%m/%d %H:%M:%S")


def sc_time(epoch: float) -> str:
    """Format epoch seconds as `YYYY/MM/DD HH:MM:SS +0000`."""
    return datetime.fromtimestamp(epoch, UTC).strftime(SC_TIME_FORMAT)


def parse_filter_time(text: str) -> float | None:
    """Parse a date filter value into epoch seconds (UTC); None when unreadable."""
    value = text.strip()
    for fmt in _FILTER_FORMATS:
        try:
            moment = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    return None
