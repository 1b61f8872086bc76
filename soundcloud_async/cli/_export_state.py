"""The state file of an export: where to resume, and what counts as new next time.

It sits next to the output (`likes.jsonl.state.json`) and is replaced atomically (temporary
file, fsync, rename) after each page is flushed to the output. It records the output's size at
that moment, so a process killed between the two writes is repaired on resume by cutting the
output back to that size: no item is lost and none is written twice.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from soundcloud_async._files import write_atomic
from soundcloud_async.cli._errors import fail

__all__ = ["HEAD_SIZE", "ExportState", "state_path"]

VERSION = 1
HEAD_SIZE = 20  # newest items remembered; `--since-last` stops at the first of them it meets


def state_path(out: Path) -> Path:
    """The state file of the export to `out`."""
    return out.with_name(out.name + ".state.json")


@dataclass
class ExportState:
    """One export's progress (`cursor`, `count`, `offset`) and its memory for `--since-last`.

    Attributes:
        listing: What is exported (`likes`, `followers` ...).
        user: The user whose list it is; None for the signed-in user.
        cursor: Where the listing continues; None to start at the top.
        count: Items in the output so far.
        offset: Size of the output in bytes after the last complete page.
        complete: The listing reached its end (or, with `--since-last`, known items).
        head: URNs of the newest items seen at the top of the list.
        stop_at: While a `--since-last` run is under way: the head it stops at.
    """

    listing: str
    user: str | None
    cursor: str | None = None
    count: int = 0
    offset: int = 0
    complete: bool = False
    head: list[str] = field(default_factory=list)
    stop_at: list[str] | None = None

    @classmethod
    def load(cls, path: Path) -> ExportState | None:
        """The state at `path`, or None when there is none."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            fail(f"cannot read the export state {path}: {error}")
        if not isinstance(data, dict) or data.pop("version", None) != VERSION:
            fail(f"{path} is not an export state of this version; remove it to start over")
        try:
            return cls(**data)
        except TypeError:
            fail(f"{path} is damaged; remove it (and the output) to start over")

    def save(self, path: Path) -> None:
        """Atomically and durably replace the state file."""
        data = json.dumps({"version": VERSION, **asdict(self)}).encode()
        write_atomic(path, data)
