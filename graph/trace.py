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

Chains come in the walk's order: depth first, a node's steps in the order the store gives
them (GraphStore.neighbourhood: parts, then IMPLEMENTS, then the bridge, each by (type,
start, end)), the same on every store. A page (`limit`, `offset`) is computed at the source:
the walk stops once it has the page and one chain more (issue 12: a national item's first
page costs its first chains, not its 500), and pages are slices of the whole trace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from policy_cascades.graph.model import Label, Node, Relationship, RelType
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.store import GraphStore, Neighbourhood, collector_paused

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
    min_score: float = 0.0
    nodes: dict[str, Node] = field(default_factory=dict)
    paths: list[TracePath] = field(default_factory=list)
    truncated: bool = False  # MAX_PATHS distinct chains were found and the walk stopped there
    offset: int = 0  # the paths are the chains from this one on, in the walk's order
    more: bool = False  # chains follow the paths (a next page)
    count: int | None = None  # how many chains in all (up to MAX_PATHS); None: not walked to the end

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root.to_json(), "direction": self.direction, "depth": self.depth,
            "basis": self.basis, "min_score": self.min_score, "truncated": self.truncated,
            "offset": self.offset, "more": self.more, "count": self.count,
            "nodes": {k: self.nodes[k].to_json() for k in sorted(self.nodes)},
            "paths": [{"nodes": p.nodes, "relationships": [r.to_json() for r in p.relationships]}
                      for p in self.paths],
        }


class _Step(NamedTuple):  # a tuple: a trace makes one per edge fetched (thousands)
    node: Node
    rels: tuple[Relationship, ...]
    counts: bool  # does it use up depth (and may a path end here)?


def trace_down(store: GraphStore, node_id: str, depth: int = 4, basis: Basis = "all",
               min_score: float = 0.0, limit: int | None = None, offset: int = 0) -> Trace | None:
    """Every chain of measures (or documents) that carries out `node_id`, to `depth` steps
    (up to MAX_PATHS); inferred links scored below `min_score` are not followed. With
    `limit`, only the chains `offset` to `offset + limit` in the walk's order."""
    return _trace(store, node_id, depth, basis, "down", min_score, limit, offset)


def trace_up(store: GraphStore, node_id: str, depth: int = 4, basis: Basis = "all",
             min_score: float = 0.0, limit: int | None = None, offset: int = 0) -> Trace | None:
    """Every chain from `node_id` up to what it carries out, to `depth` steps (up to
    MAX_PATHS); inferred links scored below `min_score` are not followed. With `limit`,
    only the chains `offset` to `offset + limit` in the walk's order."""
    return _trace(store, node_id, depth, basis, "up", min_score, limit, offset)


def _trace(store: GraphStore, node_id: str, depth: int, basis: Basis, direction: str,
           min_score: float, limit: int | None, offset: int) -> Trace | None:
    with collector_paused():  # its garbage is collected afterwards
        return _trace_walk(store, node_id, depth, basis, direction, min_score, limit, offset)


def _trace_walk(store: GraphStore, node_id: str, depth: int, basis: Basis, direction: str,
                min_score: float, limit: int | None, offset: int) -> Trace | None:
    root = store.node(node_id)
    if root is None:
        return None
    trace = Trace(root=root, direction=direction, depth=depth, basis=basis, min_score=min_score,
                  nodes={root.id: root}, offset=offset)
    walker = _Walker(store, basis, direction, min_score)
    # the page and one chain more, to know whether another page follows
    need = MAX_PATHS if limit is None else min(offset + limit + 1, MAX_PATHS)
    found = list(walker.explore(root, depth, need).values())
    end = len(found) if limit is None else min(offset + limit, len(found))
    trace.truncated = len(found) >= MAX_PATHS
    trace.more = len(found) > end
    trace.count = None if len(found) >= need and need < MAX_PATHS else len(found)
    trace.paths = found[offset:end]
    # the walk read projections (Neighbourhood): the chains' nodes and links whole, one call
    node_ids = list(dict.fromkeys(n for path in trace.paths for n in path.nodes if n != root.id))
    rel_keys = list(dict.fromkeys(r.key for path in trace.paths for r in path.relationships))
    nodes, rels = store.items(node_ids, rel_keys) if node_ids else ([], [])
    trace.nodes.update((n.id, n) for n in nodes)
    whole = {r.key: r for r in rels}
    for path in trace.paths:
        path.relationships = [whole.get(r.key, r) for r in path.relationships]
    return trace


class _Walker:
    """Fetches the steps around the root level by level, one store call per level (a round
    trip per node, or per kind of step, would make a Neo4j trace slow), and walks them in
    memory."""

    def __init__(self, store: GraphStore, basis: Basis, direction: str,
                 min_score: float = 0.0) -> None:
        self.store, self.basis, self.down = store, basis, direction == "down"
        self.min_score = min_score
        self.cache: dict[str, Node] = {}
        self.adjacency: dict[str, list[_Step]] = {}
        # one walk's state: chains found, nodes to fetch, chains wanted, chains owed by them
        self.found: dict[tuple[str, ...], TracePath] = {}
        self.blocked: dict[str, Node] = {}
        self.need, self.owed = MAX_PATHS, 0

    # -- fetching -----------------------------------------------------------------------
    def explore(self, root: Node, depth: int, need: int | None = None) -> dict[tuple[str, ...], TracePath]:
        """The first `need` distinct chains from `root` in the walk's order (two ways to one
        end count once), fetching only what the walk reaches before them (issue 12 part 3:
        a national item's four levels hold thousands of nodes, 500 chains use a few hundred;
        a first page of 50 fewer still).

        The walk skips a node not fetched yet and notes it; those noted are fetched together
        (one store call, GraphStore.neighbourhood) and the walk runs again. A node noted
        after a counted step is at least one chain to come (one that ends at it or passes
        it), so the walk stops once the chains found and those nodes make `need`: skipping
        only delays chains, so the walk with everything fetched stops no later, and a node
        it would note after that stop is never needed. The last walk skips nothing before
        its stop, so its chains are exactly the first `need` of the walk with every node
        fetched. Each batch is one level deeper than the last, so a trace makes at most
        `depth` calls."""
        self.cache[root.id] = root
        while True:
            self.found, self.blocked, self.owed = {}, {}, 0
            self.need = MAX_PATHS if need is None else need
            self.walk(root, depth, [root.id], [], 0)
            if not self.blocked:
                return self.found
            self.fetch(list(self.blocked.values()))

    def fetch(self, nodes: list[Node]) -> list[Node]:
        """The steps out of `nodes` and of their parts (or containers), from one store call;
        the nodes those steps reach that count (IMPLEMENTS, the bridge)."""
        hood = self.store.neighbourhood([n.id for n in nodes], self.down)
        layer = self._with_parts(nodes, hood.parts)
        return self._implements(layer, hood.implements) + self._bridges(layer, hood)

    def _add(self, start: str, step: _Step) -> Node:
        self.adjacency.setdefault(start, []).append(step)
        self.cache.setdefault(step.node.id, step.node)
        return step.node

    def _with_parts(self, nodes: list[Node], parts: list[tuple[Relationship, Node]]) -> list[Node]:
        """The nodes and, through CONTAINS (free steps), their parts or containers not
        fetched before (`parts` holds the whole closure: a part fetched earlier keeps its
        steps, and its own parts come with it)."""
        near_end = self._near(RelType.CONTAINS)
        by_near: dict[str, list[tuple[Relationship, Node]]] = {}
        for rel, other in parts:  # each near node's in (start, end) order, as `edges` gives
            by_near.setdefault(near_end(rel), []).append((rel, other))
        layer = list(nodes)
        pending = [n.id for n in nodes if n.label == Label.MEASURE and n.id not in self.adjacency]
        for n in nodes:
            self.adjacency.setdefault(n.id, [])
        while pending:
            near = pending.pop()
            for rel, other in by_near.get(near, ()):
                if other.label != Label.MEASURE:
                    continue
                self._add(near, _Step(other, (rel,), False))
                if other.id not in self.adjacency:
                    self.adjacency[other.id] = []
                    layer.append(other)
                    pending.append(other.id)
        return layer

    def _near(self, rel_type: RelType) -> Callable[[Relationship], str]:
        """The end of a relationship of `rel_type` that the walk reaches it from."""
        if rel_type is RelType.CONTAINS:
            return (lambda r: r.start) if self.down else (lambda r: r.end)
        return (lambda r: r.end) if self.down else (lambda r: r.start)  # IMPLEMENTS, CORRESPONDS_TO

    def _implements(self, layer: list[Node], implements: list[tuple[Relationship, Node]]) -> list[Node]:
        found = []
        ids = {n.id for n in layer}
        near_end = self._near(RelType.IMPLEMENTS)
        for rel, other in implements:
            near = near_end(rel)
            if near in ids and self._trusted(rel):
                found.append(self._add(near, _Step(other, (rel,), True)))
        return found

    def _trusted(self, rel: Relationship) -> bool:
        """Declared links always; inferred ones with basis all and a score at the floor."""
        if rel.props.get("basis") == "declared":
            return True
        return self.basis == "all" and float(rel.props.get("score", 1.0)) >= self.min_score

    def _bridges(self, layer: list[Node], hood: Neighbourhood) -> list[Node]:
        """National item -> its theme -> the corresponding theme -> the national item naming it."""
        items = {n.id: n for n in layer if n.label == Label.MEASURE and n.props.get("source") == NATIONAL}
        if not items:
            return []
        own = [(rel, theme) for rel, theme in hood.themes
               if rel.start in items and theme.props.get("name") == items[rel.start].props.get("heading")]
        near_end = self._near(RelType.CORRESPONDS_TO)
        own_ids = {theme.id for _, theme in own}
        corresponding = [(rel, other) for rel, other in hood.corresponding if near_end(rel) in own_ids]
        far_ids = {other.id for _, other in corresponding}
        namers = [(rel, item) for rel, item in hood.namers if rel.end in far_ids]
        found = []
        for addresses, theme in own:
            for corr, other_theme in corresponding:
                if near_end(corr) != theme.id:  # not a theme's link at its far end: no way back
                    continue
                for back, item in namers:
                    if (back.end == other_theme.id and item.props.get("source") == NATIONAL
                            and item.props.get("heading") == other_theme.props.get("name")):
                        self.cache.setdefault(theme.id, theme)  # a path names the two themes
                        self.cache.setdefault(other_theme.id, other_theme)
                        found.append(self._add(addresses.start, _Step(item, (addresses, corr, back), True)))
        return found

    # -- walking ------------------------------------------------------------------------
    def walk(self, node: Node, depth: int, nodes: list[str], rels: list[Relationship],
             last_counted: int) -> None:
        if len(self.found) + self.owed >= self.need:
            return
        if depth > 0 and node.id not in self.adjacency:
            self.blocked.setdefault(node.id, node)  # not fetched yet: the next batch
            self.owed += last_counted == len(nodes) - 1  # reached by a counted step (or the root)
            return
        steps = self.adjacency.get(node.id, []) if depth > 0 else []
        steps = [s for s in steps if s.node.id not in nodes]
        if not steps:
            if last_counted:  # end on the last real step, never on a bare CONTAINS
                key = tuple(nodes[: last_counted + 1])
                if key not in self.found:
                    self.found[key] = TracePath(list(key), self._rels_up_to(nodes, rels, last_counted))
            return
        for step in steps:
            walked = nodes + [step.node.id] if len(step.rels) == 1 else nodes + self._via(step) + [step.node.id]
            self.walk(step.node, depth - (1 if step.counts else 0), walked, rels + list(step.rels),
                      len(walked) - 1 if step.counts else last_counted)

    @staticmethod
    def _via(step: _Step) -> list[str]:
        return [step.rels[0].end, step.rels[2].end]  # the two themes of a bridge

    @staticmethod
    def _rels_up_to(nodes: list[str], rels: list[Relationship], index: int) -> list[Relationship]:
        keep = set(nodes[: index + 1])
        return [r for r in rels if r.start in keep and r.end in keep]
