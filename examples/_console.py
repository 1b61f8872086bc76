"""Readable terminal output for the tour: headings, result lines and a progress bar."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Console", "ProgressBar"]


class Console:
    """Numbered steps with indented results, written to one stream."""

    def __init__(self, stream: TextIO = sys.stdout) -> None:
        self.stream = stream
        self._step = 0
        self.started = time.perf_counter()
        self.failures: list[str] = []

    def title(self, text: str) -> None:
        self.stream.write(f"{text}\n")

    def step(self, title: str) -> None:
        self._step += 1
        self.stream.write(f"\n{self._step:>2}. {title}\n")
        self.stream.flush()

    def line(self, text: str) -> None:
        self.stream.write(f"    {text}\n")
        self.stream.flush()

    def check(self, ok: bool, claim: str) -> None:
        """Print a claim the tour makes and remember it if it did not hold."""
        self.line(f"{'ok' if ok else 'FAILED'}: {claim}")
        if not ok:
            self.failures.append(claim)

    def progress(self, label: str, total: int | None) -> ProgressBar:
        return ProgressBar(self.stream, label, total)


class ProgressBar:
    """`[#####.....] 1200/2500 followers` redrawn in place on a terminal, sparse elsewhere."""

    WIDTH = 30

    def __init__(self, stream: TextIO, label: str, total: int | None) -> None:
        self._stream = stream
        self._label = label
        self.total = total
        self._tty = stream.isatty()
        self._last_line = -1
        self.count = 0

    def advance(self, by: int = 1) -> None:
        self.count += by
        if self._tty:
            self._stream.write(f"\r    {self._render()}")
            self._stream.flush()
        elif self.total and self.count * 4 // self.total > self._last_line:
            # Not a terminal (CI logs): a line at each quarter instead of a redraw.
            self._last_line = self.count * 4 // self.total
            self._stream.write(f"    {self._render()}\n")

    def finish(self) -> None:
        if self._tty:
            self._stream.write("\n")
        elif self._last_line < 4:
            self._stream.write(f"    {self._render()}\n")
        self._stream.flush()

    def _render(self) -> str:
        if not self.total:
            return f"{self.count} {self._label}"
        done = min(self.WIDTH, self.count * self.WIDTH // self.total)
        bar = "#" * done + "." * (self.WIDTH - done)
        return f"[{bar}] {self.count}/{self.total} {self._label}"
