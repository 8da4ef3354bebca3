"""What the Python twins of the named queries read the embedded graph through, and Cypher's
value rules they must follow to give Neo4j's answer: nulls sort last, `round` rounds half up,
levels rank national first, nodes and relationships print as `plain` prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

import networkx as nx

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
    """Read-only access to a MemoryStore's networkx graph (node attributes: label, props)."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def get(self, node_id: str | None, key: str) -> Any:
        """A property, None when the node or the property is missing (Cypher's null)."""
        if node_id is None or node_id not in self.graph:
            return None
        return self.graph.nodes[node_id]["props"].get(key)

    def is_(self, node_id: str | None, label: str) -> bool:
        return node_id is not None and node_id in self.graph and \
            self.graph.nodes[node_id]["label"].value == label

    def label(self, node_id: str) -> str:
        return str(self.graph.nodes[node_id]["label"].value)

    def ids(self, label: str) -> Iterator[str]:
        return (n for n, data in self.graph.nodes(data=True) if data["label"].value == label)

    def edges(self, rel_type: str) -> Iterator[Edge]:
        return (Edge(str(k), a, b, d["props"]) for a, b, k, d in self.graph.edges(keys=True, data=True)
                if k == rel_type)

    def out(self, node_id: str, *types: str) -> list[Edge]:
        return [Edge(str(k), a, b, d["props"])
                for a, b, k, d in self.graph.out_edges(node_id, keys=True, data=True)
                if k in types]

    def into(self, node_id: str, *types: str) -> list[Edge]:
        return [Edge(str(k), a, b, d["props"])
                for a, b, k, d in self.graph.in_edges(node_id, keys=True, data=True)
                if k in types]

    def around(self, node_id: str) -> list[tuple[Edge, str]]:
        """Every relationship touching the node, each with the node at its other end."""
        edges = self.graph.out_edges(node_id, keys=True, data=True)
        out = [(Edge(str(k), a, b, d["props"]), b) for a, b, k, d in edges]
        edges = self.graph.in_edges(node_id, keys=True, data=True)
        return out + [(Edge(str(k), a, b, d["props"]), a) for a, b, k, d in edges if a != b]

    def json(self, node_id: str) -> Row:
        """As the Neo4j store prints a node: {id, labels, ...properties}."""
        return {"id": node_id, "labels": [self.label(node_id)],
                **self.graph.nodes[node_id]["props"]}

    def reading_key(self, node_id: str) -> tuple[Any, ...]:
        """ORDER BY m.doc_id, m.line, m.path."""
        return (asc(self.get(node_id, "doc_id")), asc(self.get(node_id, "line")),
                asc(self.get(node_id, "path")))


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
