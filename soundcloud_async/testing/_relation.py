"""A many-to-many relation (follows, likes, reposts) indexed both ways, with edge order.

Every edge remembers when it was made (`at`, epoch seconds) and a global sequence number
(`seq`): lists order by them, and cursors point at them, so a page resumed after new edges
were added neither repeats nor skips an item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edge:
    """One edge of a relation: when it was made and its global sequence number."""

    at: float
    seq: int


class Relation:
    """`source -> target` edges, e.g. follower -> followed user or user -> liked track."""

    def __init__(self, next_seq: Callable[[], int]) -> None:
        self._next_seq = next_seq
        self._forward: dict[int, dict[int, Edge]] = {}
        self._backward: dict[int, dict[int, Edge]] = {}

    def add(self, source: int, target: int, at: float) -> bool:
        """Add an edge; False when it already existed (it then keeps its old position)."""
        targets = self._forward.setdefault(source, {})
        if target in targets:
            return False
        edge = Edge(at, self._next_seq())
        targets[target] = edge
        self._backward.setdefault(target, {})[source] = edge
        return True

    def remove(self, source: int, target: int) -> bool:
        """Remove an edge; False when there was none."""
        if self._forward.get(source, {}).pop(target, None) is None:
            return False
        self._backward.get(target, {}).pop(source, None)
        return True

    def has(self, source: int, target: int) -> bool:
        """Whether `source` relates to `target`."""
        return target in self._forward.get(source, {})

    def targets(self, source: int) -> dict[int, Edge]:
        """Everything `source` relates to (a read-only view by convention)."""
        return self._forward.get(source, {})

    def sources(self, target: int) -> dict[int, Edge]:
        """Everything that relates to `target`."""
        return self._backward.get(target, {})

    def drop(self, node: int) -> None:
        """Remove every edge from or to `node` (a deleted user, track or playlist)."""
        for target in list(self._forward.get(node, {})):
            self.remove(node, target)
        for source in list(self._backward.get(node, {})):
            self.remove(source, node)
