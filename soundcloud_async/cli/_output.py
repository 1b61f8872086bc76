"""What commands print: rich tables for people, JSON for scripts (`--json`).

`--json` prints one JSON document for one thing and JSON lines (one object per line) for a
list, so `soundcloud --json likes | jq .title` streams. Tables are built from the models'
`to_dict()`, so a field the server stops sending shows as empty instead of failing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import click

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Output", "as_dict"]


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def as_dict(item: _Model | Mapping[str, Any]) -> dict[str, Any]:
    """A model's JSON form (what the API sent, unknown fields included)."""
    return dict(item) if isinstance(item, Mapping) else item.to_dict()


def _duration(data: Mapping[str, Any]) -> str:
    millis = data.get("duration")
    if not isinstance(millis, int):
        return ""
    minutes, seconds = divmod(millis // 1000, 60)
    return f"{minutes}:{seconds:02d}"


def _nested(key: str, field: str) -> Callable[[Mapping[str, Any]], str]:
    def get(data: Mapping[str, Any]) -> str:
        inner = data.get(key)
        return _text(inner.get(field)) if isinstance(inner, Mapping) else ""

    return get


def _field(name: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda data: _text(data.get(name))


def _text(value: object) -> str:
    return "" if value is None else str(value)


Column = tuple[str, Callable[[Mapping[str, Any]], str]]

# The columns of a list, by the items' `kind`.
COLUMNS: dict[str, list[Column]] = {
    "track": [
        ("URN", _field("urn")),
        ("Title", _field("title")),
        ("Artist", _nested("user", "username")),
        ("Length", _duration),
        ("Likes", _field("favoritings_count")),
    ],
    "user": [
        ("URN", _field("urn")),
        ("Username", _field("username")),
        ("Followers", _field("followers_count")),
        ("Tracks", _field("track_count")),
    ],
    "playlist": [
        ("URN", _field("urn")),
        ("Title", _field("title")),
        ("Owner", _nested("user", "username")),
        ("Tracks", _field("track_count")),
    ],
    "comment": [
        ("URN", _field("urn")),
        ("User", _nested("user", "username")),
        ("At (ms)", _field("timestamp")),
        ("Comment", _field("body")),
    ],
}


class Output:
    """Prints results in the chosen form; messages for people go to stderr."""

    def __init__(self, json_mode: bool) -> None:
        self.json = json_mode

    def one(self, item: _Model | Mapping[str, Any], *, title: str | None = None) -> None:
        """Print one resource: a JSON document, or a two-column table of its plain fields."""
        data = as_dict(item)
        if self.json:
            self._line(data)
            return
        from rich.table import Table

        table = Table(title=title, show_header=False, box=None, padding=(0, 2, 0, 0))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        for key, value in data.items():
            if value is None or value == "":  # the JSON form keeps them; a person needs not
                continue
            if isinstance(value, Mapping):
                value = value.get("username") or value.get("urn") or json.dumps(value)
            elif isinstance(value, list):
                value = f"{len(value)} item(s)"
            table.add_row(key, _text(value))
        _console().print(table)

    async def many(self, items: AsyncIterator[Any], kind: str) -> int:
        """Print a list: JSON lines as items arrive, or one table at the end; returns the count."""
        if self.json:
            count = 0
            async for item in items:
                self._line(as_dict(item))
                count += 1
            return count
        rows = [as_dict(item) async for item in items]
        self._table(rows, kind)
        return len(rows)

    def done(self, action: str, target: str, **extra: object) -> None:
        """Confirm a write: `{"action", "urn", ...}` in JSON, one line otherwise."""
        if self.json:
            self._line({"action": action, "urn": target, **extra})
        else:
            click.echo(f"{action}: {target}")

    def note(self, message: str) -> None:
        """A message for the person at the terminal (stderr, never mixed into the data)."""
        click.echo(message, err=True)

    def _table(self, rows: list[dict[str, Any]], kind: str) -> None:
        from rich.table import Table

        columns = COLUMNS.get(kind, [("URN", _field("urn"))])
        table = Table(show_edge=False, pad_edge=False)
        for name, _ in columns:
            table.add_column(name, no_wrap=name == "URN", overflow="fold")
        for row in rows:
            table.add_row(*(get(row) for _, get in columns))
        _console().print(table)
        self.note(f"{len(rows)} {kind}(s)")

    @staticmethod
    def _line(data: object) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
        sys.stdout.flush()


def _console() -> Console:
    from rich.console import Console

    # Not a terminal (a pipe, a file): wide enough that URNs and titles are not cut off.
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
