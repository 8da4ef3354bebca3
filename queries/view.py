"""What the Python twins of the named queries read the embedded graph through, and Cypher's
value rules they must follow to give Neo4j's answer: nulls sort last, `round` rounds half up,
levels rank national first, nodes and relationships print as `plain` prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from policy_cascades.graph.memory_store import Edge as StoredEdge
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.packed import unpack

Row = dict[str, Any]
LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2}


class Edge(NamedTuple):
    """One stored relationship; `key` identifies it (a graph holds one per type and ends)."""

    type: str
    start: str
    end: str
    props: dict[str, Any]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.start, self.end)

    def json(self) -> Row:
        """As the Neo4j store prints a relationship: {type, start, end, ...properties}."""
        return {"type": self.type, "start": self.start, "end": self.end, **self.props}

    def brief(self) -> Row:
        """The map the trace queries build for an edge of a chain."""
        return {"type": self.type, "start": self.start, "end": self.end,
                "basis": self.props.get("basis"), "score": self.props.get("score"),
                "method": self.props.get("method")}


class View:
    """Read-only access to a MemoryStore's stored graph."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store

    def has(self, node_id: str) -> bool:
        return self.store.label_of(node_id) is not None

    def get(self, node_id: str | None, key: str) -> Any:
        """A property, None when the node or the property is missing (Cypher's null)."""
        return None if node_id is None else self.store.prop(node_id, key)

    def props(self, node_id: str) -> dict[str, Any]:
        return self.store.props_of(node_id)

    def is_(self, node_id: str | None, label: str) -> bool:
        found = None if node_id is None else self.store.label_of(node_id)
        return found is not None and found.value == label

    def label(self, node_id: str) -> str:
        found = self.store.label_of(node_id)
        if found is None:
            raise KeyError(node_id)
        return found.value

    def ids(self, label: str) -> Iterator[str]:
        return (n for n, found in self.store.labelled() if found.value == label)

    def edges(self, rel_type: str) -> Iterator[Edge]:
        return (_edge(e) for e in self.store.all_edges() if e[0].value == rel_type)

    def out(self, node_id: str, *types: str) -> list[Edge]:
        return [_edge(e) for e in self.store.adjacent(node_id, True) if e[0].value in types]

    def into(self, node_id: str, *types: str) -> list[Edge]:
        return [_edge(e) for e in self.store.adjacent(node_id, False) if e[0].value in types]

    def around(self, node_id: str) -> list[tuple[Edge, str]]:
        """Every relationship touching the node, each with the node at its other end."""
        out = [(_edge(e), e[2]) for e in self.store.adjacent(node_id, True)]
        return out + [(_edge(e), e[1]) for e in self.store.adjacent(node_id, False)
                      if e[1] != e[2]]

    def json(self, node_id: str) -> Row:
        """As the Neo4j store prints a node: {id, labels, ...properties}."""
        return {"id": node_id, "labels": [self.label(node_id)], **self.props(node_id)}

    def reading_key(self, node_id: str) -> tuple[Any, ...]:
        """ORDER BY m.doc_id, m.line, m.path."""
        return (asc(self.get(node_id, "doc_id")), asc(self.get(node_id, "line")),
                asc(self.get(node_id, "path")))


def _edge(stored: StoredEdge) -> Edge:
    return Edge(stored[0].value, stored[1], stored[2], unpack(stored[3], stored, 4))


def asc(value: Any) -> tuple[bool, Any]:
    """A sort key putting null last, as Cypher's ascending ORDER BY does."""
    return (True, 0) if value is None else (False, value)


def level_rank(level: Any, other: int = 3) -> int:
    """CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ..."""
    return LEVEL_RANK.get(level, other) if isinstance(level, str) else other


def cypher_round(value: float | None, digits: int) -> float | None:
    """Cypher's round(value, digits): half up on the shortest decimal form (Java's
    BigDecimal.valueOf), not Python's round-half-even on the binary value."""
    if value is None:
        return None
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return float(exact)


def wanted(value: Any, levels: list[str]) -> bool:
    """`size($levels) = 0 OR x.level IN $levels`."""
    return not levels or value in levels
