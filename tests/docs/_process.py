"""Reading a child process's output in tests with bounded waits (a hang fails, never blocks)."""

from __future__ import annotations

import queue
import re
import threading
from typing import IO

import pytest


class Output:
    """A process's output lines, read by a thread, so waits for a line are bounded."""

    def __init__(self, stream: IO[str] | None) -> None:
        assert stream is not None
        self.seen: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)

    def drain(self) -> None:
        """After the process ended: let the thread read to EOF before the stream is closed."""
        self._thread.join(timeout=10)

    def wait_for(self, pattern: str, timeout: float = 30) -> re.Match[str]:
        """The first line (from here on) matching `pattern`; fails after `timeout` seconds."""
        while True:
            try:
                line = self._lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"no line matching {pattern!r}; saw: {''.join(self.seen)}")
            self.seen.append(line)
            found = re.search(pattern, line)
            if found is not None:
                return found
