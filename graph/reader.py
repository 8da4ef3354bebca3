"""Reading a graph node by node: what the linker reads of the graph written so far (a node, one
property of it, its relationships one way), from a Subgraph or from the embedded store's
packed rows, so that a load never needs the documents' graph whole as objects (issue 12).

Relationships come back per node in the order they were written (the order a Subgraph's
`relationships` keeps), which is all the linker's reading depends on: a measure's points in
its outline's order, the last container written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph


class GraphReader(Protocol):
    def labelled(self) -> Iterable[tuple[str, Label]]:
        """Every node id with its label, in the order first written."""

    def node(self, node_id: str) -> Node | None: ...

    def prop(self, node_id: str, key: str) -> Any:
        """One property of a node; None when the node or the property is missing."""

    def rels(self, node_id: str, outgoing: bool, types: Sequence[RelType]) -> list[Relationship]:
        """A node's relationships of `types` one way: of each type, in the order written."""

    def node_map(self, ids: Iterable[str]) -> Mapping[str, Node]:
        """These nodes by id, in the order given (all of them must be there)."""


class SubgraphReader:
    """A GraphReader of a Subgraph: its relationships indexed by their ends when first asked
    for (the graph must not change after)."""

    def __init__(self, graph: Subgraph) -> None:
        self.graph = graph
        self._ends: tuple[dict[str, list[Relationship]], dict[str, list[Relationship]]] | None = None

    def labelled(self) -> Iterable[tuple[str, Label]]:
        return ((node_id, node.label) for node_id, node in self.graph.nodes.items())

    def node(self, node_id: str) -> Node | None:
        return self.graph.nodes.get(node_id)

    def prop(self, node_id: str, key: str) -> Any:
        node = self.graph.nodes.get(node_id)
        return None if node is None else node.props.get(key)

    def node_map(self, ids: Iterable[str]) -> Mapping[str, Node]:
        """A dict of the Subgraph's own nodes."""
        return {node_id: self.graph.nodes[node_id] for node_id in ids}

    def rels(self, node_id: str, outgoing: bool, types: Sequence[RelType]) -> list[Relationship]:
        if self._ends is None:
            incoming: dict[str, list[Relationship]] = {}
            out: dict[str, list[Relationship]] = {}
            for rel in self.graph.relationships.values():
                out.setdefault(rel.start, []).append(rel)
                incoming.setdefault(rel.end, []).append(rel)
            self._ends = incoming, out
        return [rel for rel in self._ends[outgoing].get(node_id, ()) if rel.type in types]


class NodesRead(Mapping[str, Node]):
    """Some nodes of a GraphReader by id, in the order given, each read when asked for: it
    holds their ids, not their properties (the lineage's view of a national corpus's
    measures in the embedded store: their Node objects took about 0.65 KB a measure)."""

    def __init__(self, graph: GraphReader, ids: Iterable[str]) -> None:
        self.graph = graph
        self.ids = dict.fromkeys(ids)

    def __getitem__(self, node_id: str) -> Node:
        node = self.graph.node(node_id) if node_id in self.ids else None
        if node is None:
            raise KeyError(node_id)
        return node

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.ids


def reader(graph: Subgraph | GraphReader) -> GraphReader:
    """`graph` as a GraphReader (a Subgraph is wrapped)."""
    return SubgraphReader(graph) if isinstance(graph, Subgraph) else graph


def nodes_labelled(graph: GraphReader, label: Label) -> Iterable[str]:
    """The ids of the nodes of `label`, in the order written."""
    return (node_id for node_id, node_label in graph.labelled() if node_label == label)
