"""Progress bars on stderr (rich), shown only when stderr is a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

__all__ = ["progress_bar"]


@contextlib.contextmanager
def progress_bar(
    label: str,
    total: int | None,
    done: int = 0,
    *,
    enabled: bool = True,
    in_bytes: bool = False,
) -> Iterator[Callable[[int], None]]:
    """Yield `advance(amount)`; draws a bar (total known) or a counter (unknown)."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _amount: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    amount = DownloadColumn() if in_bytes else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), amount, TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(label, total=total, completed=done)
        yield lambda amount: progress.advance(task, amount)
