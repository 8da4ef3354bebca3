"""The one interface both stores implement, and what they return.

MemoryStore (networkx, embedded, the default) and Neo4jStore (the production store)
answer every call with the same values for the same graph; tests/graph/store_contract.py
proves it against both. Lookups return None when nothing is found.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.search import Found

Direction = Literal["out", "in", "both"]
Progress = Callable[[int], None]  # called with the number of rows just written


TRACE_NODE_KEYS = ("heading", "name", "source")  # what a trace's walk reads of a node
TRACE_REL_KEYS = ("basis", "score")  # and of a relationship


def trace_view(item: Node | Relationship) -> Any:
    """`item` with only the properties a trace's walk reads (the rows of Neighbourhood)."""
    keys = TRACE_NODE_KEYS if isinstance(item, Node) else TRACE_REL_KEYS
    return replace(item, props={k: item.props[k] for k in keys if k in item.props})


@dataclass(frozen=True)
class Neighbourhood:
    """What a trace (graph/trace.py) reads around one batch of nodes, in ONE store call: one
    Cypher round trip per trace level on Neo4j (issue 12). `down` says which way: down reads
    parts and who carries a node out, up reads containers and what a node carries out.

    The nodes it covers are the batch and, from the batch's measures, every measure reached
    through CONTAINS between measures (parts going down, containers going up): the closure.
    Each list holds (relationship, the node at its far end from the closure), each
    relationship once, ordered by (type, start, end) as `edges` orders them:

    - parts: CONTAINS from a measure of the closure to a measure (down: its parts; up: its
      containers);
    - implements: IMPLEMENTS into a node of the closure going down, out of it going up;
    - themes: ADDRESSES out of the closure's national items (measures whose `source` is
      graph.national.SOURCE), to their themes;
    - corresponding: CORRESPONDS_TO into those themes going down, out of them going up;
    - namers: ADDRESSES into the far ends of `corresponding` from national items (measures
      whose `source` is graph.national.SOURCE).

    A superset of what the walker follows: it keeps the part of the closure it has not
    fetched before, trusted links, and themes named by their item's heading.

    Its nodes and relationships carry only the properties the walk reads (TRACE_NODE_KEYS,
    TRACE_REL_KEYS: a projection, see `trace_view`): a national item's levels are thousands
    of rows, whose texts and evidence cost Neo4j's driver most of a trace to decode; the
    trace reads its chains' nodes and relationships whole at the end (GraphStore.items)."""

    parts: list[tuple[Relationship, Node]]
    implements: list[tuple[Relationship, Node]]
    themes: list[tuple[Relationship, Node]]
    corresponding: list[tuple[Relationship, Node]]
    namers: list[tuple[Relationship, Node]]


@dataclass(frozen=True)
class WriteSummary:
    """What a write changed: nodes and relationships created (not those merely matched),
    and properties of nodes and relationships given a new value or removed (ids excluded)."""

    nodes_created: int
    relationships_created: int
    properties_set: int


class GraphStore(Protocol):
    name: str

    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        """Merge `graph` in: nodes by id, relationships by (type, start, end); one transaction.

        Properties merge as graph.model.merge_props does. A None-valued property is not
        stored (Neo4j cannot hold null), so reads never return a key whose value is None.
        Raises StoreError, with nothing written, when a relationship's end is neither in
        `graph` nor in the store, or a node id is already used under another label."""
        ...

    def clear(self) -> None: ...

    def node(self, node_id: str) -> Node | None: ...

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        """Nodes of a label whose properties equal `where` (a list property: contains), by id."""
        ...

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        """Relationships touching any of `node_ids`, each with the node at its other end,
        ordered by (type, start, end)."""
        ...

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        """What a trace reads around a batch of nodes (see Neighbourhood), in one call."""
        ...

    def items(self, node_ids: Sequence[str], rel_keys: Sequence[tuple[str, str, str]]
              ) -> tuple[list[Node], list[Relationship]]:
        """The nodes of `node_ids` and the relationships of `rel_keys` ((type, start, end)),
        whole, in one call (a trace's chains), in the order asked; those not stored are left out."""
        ...

    def subgraph(self) -> Subgraph:
        """Everything (export, parity checks)."""
        ...

    def stats(self) -> dict[str, int]:
        """Count per label and per relationship type."""
        ...

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        """The measures whose heading and text contain every term, scored as graph.search.score
        does, best first, ties by id: the `limit` of them from `offset`, and how many in all."""
        ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...


def neighbourhood_by_edges(store: GraphStore, node_ids: Sequence[str], down: bool) -> Neighbourhood:
    """GraphStore.neighbourhood by `node` and `edges` calls: a level of CONTAINS a call, then
    a call per kind of row. For a store whose calls cost no round trip (MemoryStore); it is
    also the definition Neo4jStore's one statement is tested against."""
    closure = {n.id: n for n in map(store.node, dict.fromkeys(node_ids)) if n is not None}
    frontier = [i for i, n in closure.items() if n.label == Label.MEASURE]
    parts: dict[tuple[str, str, str], tuple[Relationship, Node]] = {}
    while frontier:
        found = [(rel, other) for rel, other in store.edges(frontier, "out" if down else "in",
                                                            [RelType.CONTAINS])
                 if other.label == Label.MEASURE]
        parts.update((rel.key, (rel, other)) for rel, other in found)
        frontier = [other.id for _, other in found if other.id not in closure]
        closure.update((other.id, other) for _, other in found)
    implements = store.edges(list(closure), "in" if down else "out", [RelType.IMPLEMENTS])
    items = [i for i, n in closure.items()
             if n.label == Label.MEASURE and n.props.get("source") == NATIONAL]
    themes = store.edges(items, "out", [RelType.ADDRESSES]) if items else []
    corresponding = store.edges(sorted({t.id for _, t in themes}), "in" if down else "out",
                                [RelType.CORRESPONDS_TO]) if themes else []
    namers = [(rel, other) for rel, other in store.edges(
        sorted({o.id for _, o in corresponding}), "in", [RelType.ADDRESSES])
        if other.label == Label.MEASURE and other.props.get("source") == NATIONAL] if corresponding else []
    return Neighbourhood(*([(trace_view(rel), trace_view(other)) for rel, other in rows]
                           for rows in ([parts[key] for key in sorted(parts)], implements, themes,
                                        corresponding, namers)))


def node_matches(node: Node, where: dict[str, Any]) -> bool:
    for key, want in where.items():
        value = node.props.get(key) if key != "id" else node.id
        if isinstance(value, list):
            if not any(_equal(item, want) for item in value):
                return False
        elif not _equal(value, want):
            return False
    return True


def _equal(a: Any, b: Any) -> bool:
    """Equality as Cypher has it: 1 = 1.0, but a boolean never equals a number."""
    return isinstance(a, bool) == isinstance(b, bool) and a == b


def storable(props: dict[str, Any]) -> dict[str, Any]:
    """The properties a store keeps: None-valued keys dropped, as Neo4j cannot store null."""
    return {key: value for key, value in props.items() if value is not None}


def changed_props(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """What to SET to turn `old` into `new`: new or changed values, and None for each removed
    key. Types count (1 and 1.0 differ), so the stored value is exactly the merged one."""
    old = old or {}
    diff = {k: v for k, v in new.items() if k not in old or not _same(old[k], v)}
    diff.update({k: None for k in old if k not in new})
    return diff


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection in the block: a block that makes tens of thousands of
    containers (reading a saved graph, a trace's steps) otherwise sets off full passes over
    every long-lived object, which cost as much as the block's own work (issue 12 part 3)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
