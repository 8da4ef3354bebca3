"""Trace a cascade down from a directive, or up from a local action, over any GraphStore.

A step is one of:
- IMPLEMENTS, followed against its direction going down (who carries this out?) and along
  it going up; this is what `depth` counts;
- CONTAINS, into a measure's parts going down and out to its container going up (a plan
  that implements 保居民就业 carries it out through its items); free, never a path's end;
- the theme bridge between national items: 六保.1 保居民就业 -[:ADDRESSES]-> 保居民就业
  <-[:CORRESPONDS_TO]- 稳就业 <-[:ADDRESSES]- 六稳.1 稳就业, so that a March 2020 measure
  under 稳就业 is reached from the national 保居民就业. It counts as a step.
Every edge in a path keeps its properties (basis, score, method, evidence, dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from graph.model import Label, Node, Relationship, RelType
from graph.national import SOURCE as NATIONAL
from graph.store import GraphStore

Basis = Literal["declared", "all"]
MAX_PATHS = 500


@dataclass
class TracePath:
    nodes: list[str]
    relationships: list[Relationship]


@dataclass
class Trace:
    root: Node
    direction: str
    depth: int
    basis: str
    nodes: dict[str, Node] = field(default_factory=dict)
    paths: list[TracePath] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root.to_json(), "direction": self.direction, "depth": self.depth,
            "basis": self.basis,
            "nodes": {k: self.nodes[k].to_json() for k in sorted(self.nodes)},
            "paths": [{"nodes": p.nodes, "relationships": [r.to_json() for r in p.relationships]}
                      for p in self.paths],
        }


@dataclass(frozen=True)
class _Step:
    node: Node
    rels: tuple[Relationship, ...]
    counts: bool  # does it use up depth (and may a path end here)?


def trace_down(store: GraphStore, node_id: str, depth: int = 4, basis: Basis = "all") -> Trace | None:
    """Every chain of measures (or documents) that carries out `node_id`, to `depth` steps."""
    return _trace(store, node_id, depth, basis, "down")


def trace_up(store: GraphStore, node_id: str, depth: int = 4, basis: Basis = "all") -> Trace | None:
    """Every chain from `node_id` up to what it carries out, to `depth` steps."""
    return _trace(store, node_id, depth, basis, "up")


def _trace(store: GraphStore, node_id: str, depth: int, basis: Basis, direction: str) -> Trace | None:
    root = store.node(node_id)
    if root is None:
        return None
    trace = Trace(root=root, direction=direction, depth=depth, basis=basis, nodes={root.id: root})
    walker = _Walker(store, basis, direction)
    found: list[TracePath] = []
    walker.walk(root, depth, [root.id], [], found, last_counted=0)
    unique: dict[tuple[str, ...], TracePath] = {}
    for path in found:
        unique.setdefault(tuple(path.nodes), path)
    trace.paths = [unique[k] for k in sorted(unique)][:MAX_PATHS]
    for path in trace.paths:
        for nid in path.nodes:
            if nid not in trace.nodes:
                node = walker.node(nid)
                if node is not None:
                    trace.nodes[nid] = node
    return trace


class _Walker:
    def __init__(self, store: GraphStore, basis: Basis, direction: str) -> None:
        self.store, self.basis, self.down = store, basis, direction == "down"
        self.cache: dict[str, Node] = {}

    def node(self, node_id: str) -> Node | None:
        if node_id not in self.cache:
            node = self.store.node(node_id)
            if node is None:
                return None
            self.cache[node_id] = node
        return self.cache[node_id]

    def walk(self, node: Node, depth: int, nodes: list[str], rels: list[Relationship],
             found: list[TracePath], last_counted: int) -> None:
        steps = self.steps(node) if depth > 0 and len(found) < MAX_PATHS else []
        steps = [s for s in steps if s.node.id not in nodes]
        if not steps:
            if last_counted:  # end on the last real step, never on a bare CONTAINS
                found.append(TracePath(nodes[: last_counted + 1], self._rels_up_to(nodes, rels, last_counted)))
            return
        for step in steps:
            self.cache[step.node.id] = step.node
            walked = nodes + [step.node.id] if len(step.rels) == 1 else nodes + self._via(step) + [step.node.id]
            self.walk(step.node, depth - (1 if step.counts else 0), walked, rels + list(step.rels),
                      found, len(walked) - 1 if step.counts else last_counted)

    def _via(self, step: _Step) -> list[str]:
        return [step.rels[0].end, step.rels[2].end]  # the two themes of a bridge

    @staticmethod
    def _rels_up_to(nodes: list[str], rels: list[Relationship], index: int) -> list[Relationship]:
        keep = set(nodes[: index + 1])
        return [r for r in rels if r.start in keep and r.end in keep]

    def steps(self, node: Node) -> list[_Step]:
        out: list[_Step] = []
        implements = self.store.edges([node.id], "in" if self.down else "out", [RelType.IMPLEMENTS])
        for rel, other in implements:
            if self.basis == "all" or rel.props.get("basis") == "declared":
                out.append(_Step(other, (rel,), True))
        if node.label == Label.MEASURE:
            contains = self.store.edges([node.id], "out" if self.down else "in", [RelType.CONTAINS])
            out.extend(_Step(other, (rel,), False) for rel, other in contains
                       if other.label == Label.MEASURE)
            if node.props.get("source") == NATIONAL:
                out.extend(self._bridges(node))
        return out

    def _bridges(self, node: Node) -> list[_Step]:
        """National item -> theme -> corresponding theme -> national item naming it."""
        out: list[_Step] = []
        for addresses, theme in self.store.edges([node.id], "out", [RelType.ADDRESSES]):
            if theme.props.get("name") != node.props.get("heading"):
                continue
            corresponding = self.store.edges([theme.id], "in" if self.down else "out", [RelType.CORRESPONDS_TO])
            for corr, other_theme in corresponding:
                for back, item in self.store.edges([other_theme.id], "in", [RelType.ADDRESSES]):
                    if item.props.get("source") == NATIONAL and item.props.get("heading") == other_theme.props.get("name"):
                        out.append(_Step(item, (addresses, corr, back), True))
        return out
