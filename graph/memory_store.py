"""The embedded store: the graph in memory, packed (graph/packed.py), saved to and reopened
from JSON."""

from __future__ import annotations

import fcntl
import gc
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from policy_cascades.errors import StoreError
from policy_cascades.graph import saved
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph, merge_props
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.packed import Keys, Sharer, get, pack, unpack, without_nulls
from policy_cascades.graph.reader import NodesRead
from policy_cascades.graph.search import Found, Hit, page, score
from policy_cascades.graph.store import (
    TRACE_NODE_KEYS,
    TRACE_REL_KEYS,
    Direction,
    Neighbourhood,
    Progress,
    WriteSummary,
    changed_props,
    collector_paused,
    node_matches,
    storable,
)
from policy_cascades.graph.text_index import TextIndex

_Found = dict[tuple[str, str, str], tuple[Relationship, Node]]


Edge = tuple[Any, ...]  # type, start, end, property keys, then their packed values
Entry = tuple[Any, ...]  # a node: label, property keys, then their packed values
HUB = 32  # a node with more edges one way than this has them grouped by type when read
_NODE_FIELDS = frozenset(("id", "labels"))  # a saved row's own fields, not properties
_REL_FIELDS = frozenset(("type", "start", "end"))
READ_MODELS = 32_768  # read models kept per kind: a trace's worth, not the graph's


class MemoryStore:
    """Nodes by id (a tuple: label, keys, packed values; graph/packed.py) and each relationship
    once (a tuple: type, start, end, keys, packed values), listed under both of its ends: a dict per node and per edge (networkx's) was most of the
    memory of a large graph (issue 12). Node ids are interned, so the edges share them."""

    name = "memory"

    def __init__(self) -> None:
        self._node: dict[str, Entry] = {}
        self._out: dict[str, list[Edge]] = {}
        self._in: dict[str, list[Edge]] = {}
        self._shapes: dict[Keys, Keys] = {}  # one tuple per set of property keys
        self._edge_count = 0
        self._index = _Index()
        # Read models, built on demand (validation was a quarter of a trace's time), shared:
        # frozen, and no reader changes their props. At most READ_MODELS of each (a cache
        # of the whole graph doubled a long-running API's memory); every change drops them.
        self._nodes: dict[str, Node] = {}
        self._rels: dict[tuple[str, str, str], Relationship] = {}
        self._search: tuple[list[str], TextIndex] | None = None  # measure ids, index
        self._loading: Sharer | None = None  # set inside `loading()`

    def _changed(self) -> None:
        self._index, self._nodes, self._rels, self._search = _Index(), {}, {}, None

    # -- writing ------------------------------------------------------------------------
    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        self._check(graph)  # before any change: a bad write leaves the store as it was
        self._changed()
        sharer = self._loading or Sharer(self._shapes)
        nulls = self._loading is not None
        nodes_created = rels_created = props_set = 0
        for node in graph.nodes.values():
            old = self._node.get(node.id)
            old_props = None if old is None else unpack(old[1], old, 2)
            nodes_created += old is None
            props = merge_props(old_props or {}, node.props)
            props = props if nulls else storable(props)
            props_set += len(changed_props(old_props, props))
            keys, values = pack(props, sharer, nulls=nulls)
            self._node[sys.intern(node.id)] = (node.label, keys, *values)
        if progress:
            progress(len(graph.nodes))
        for rel in graph.relationships.values():
            start, end = sys.intern(rel.start), sys.intern(rel.end)
            old_edge = self._find(rel.type, start, end)
            old_props = None if old_edge is None else unpack(old_edge[3], old_edge, 4)
            rels_created += old_edge is None
            props = merge_props(old_props or {}, rel.props)
            props = props if nulls else storable(props)
            props_set += len(changed_props(old_props, props))
            keys, values = pack(props, sharer, nulls=nulls)
            self._put((rel.type, start, end, keys, *values), old_edge)
        if progress:
            progress(len(graph.relationships))
        return WriteSummary(nodes_created, rels_created, props_set)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Writes in the block merge as if their graphs were merged into one Subgraph and
        written once (what a load does with a document at a time, issue 12): None-valued
        properties are kept until the block ends, so that a later value takes the key's
        place as Subgraph.add_node gives it, and short values are shared across the writes
        (one Sharer). When the block ends, the None values are dropped, as a write drops them."""
        self._loading = Sharer(self._shapes)
        try:
            yield
        finally:
            self._loading = None
            self._drop_nulls()

    def _drop_nulls(self) -> None:
        self._changed()
        for node_id, entry in self._node.items():
            kept = without_nulls(entry[1], entry, 2, self._shapes)
            if kept is not None:
                self._node[node_id] = (entry[0], kept[0], *kept[1])
        replaced: dict[int, Edge] = {}  # by the id of the edge replaced (alive in _in)
        for edges in self._out.values():
            for i, edge in enumerate(edges):
                kept = without_nulls(edge[3], edge, 4, self._shapes)
                if kept is not None:
                    edges[i] = replaced[id(edge)] = (*edge[:3], kept[0], *kept[1])
        for edges in self._in.values() if replaced else ():
            for i, edge in enumerate(edges):
                edges[i] = replaced.get(id(edge), edge)

    def _find(self, rel_type: RelType, start: str, end: str) -> Edge | None:
        """The stored relationship (type, start, end), looked for among the fewer of its
        start's outgoing and its end's incoming edges."""
        outgoing, incoming = self._out.get(start), self._in.get(end)
        if not outgoing or not incoming:
            return None
        if len(outgoing) <= len(incoming):
            return next((e for e in outgoing if e[0] is rel_type and e[2] == end), None)
        return next((e for e in incoming if e[0] is rel_type and e[1] == start), None)

    def _put(self, edge: Edge, old: Edge | None) -> None:
        if old is None:
            self._out.setdefault(edge[1], []).append(edge)
            self._in.setdefault(edge[2], []).append(edge)
            self._edge_count += 1
            return
        for edges in (self._out[edge[1]], self._in[edge[2]]):
            edges[next(i for i, e in enumerate(edges) if e is old)] = edge

    def _check(self, graph: Subgraph) -> None:
        for node in graph.nodes.values():
            old = self._node.get(node.id)
            if old is not None and old[0] != node.label:
                raise StoreError(f"node {node.id} is already a {old[0]}, not a {node.label}")
        for rel in graph.relationships.values():
            for end in (rel.start, rel.end):
                if end not in graph.nodes and end not in self._node:
                    raise StoreError(f"{rel.type} {rel.start} -> {rel.end}: no node {end}")

    def clear(self) -> None:
        self._node, self._out, self._in, self._edge_count = {}, {}, {}, 0
        self._changed()

    # -- reading ------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self._node_model(node_id) if node_id in self._node else None

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        ids = self._index.lookup(self, label, where or {})
        if where:
            found = [n for n in map(self._node_model, ids) if node_matches(n, where)]
            end = None if limit is None else offset + limit
            return found[offset:end], len(found)
        end = None if limit is None else offset + limit
        return [self._node_model(i) for i in ids[offset:end]], len(ids)

    def _node_model(self, node_id: str) -> Node:
        node = self._nodes.get(node_id)
        if node is None:
            entry = self._node[node_id]
            node = Node(id=node_id, label=entry[0], props=unpack(entry[1], entry, 2))
            _keep(self._nodes, node_id, node)
        return node

    def _rel_model(self, edge: Edge) -> Relationship:
        key = (edge[0].value, edge[1], edge[2])
        rel = self._rels.get(key)
        if rel is None:
            rel = Relationship(type=edge[0], start=edge[1], end=edge[2],
                               props=unpack(edge[3], edge, 4))
            _keep(self._rels, key, rel)
        return rel

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        wanted = [RelType(t) for t in types] if types else None
        out: _Found = {}
        for node_id in node_ids:
            if node_id not in self._node:
                continue
            if direction in ("out", "both"):
                self._collect(out, wanted, node_id, True)
            if direction in ("in", "both"):
                self._collect(out, wanted, node_id, False)
        return [out[k] for k in sorted(out)]

    def _collect(self, out: _Found, wanted: list[RelType] | None, node_id: str, outgoing: bool) -> None:
        # the last visit of a relationship wins, as in Neo4jStore.edges: a relationship whose two
        # ends are both asked for comes back with the node it was last reached from's other end
        for edge in self.adjacent(node_id, outgoing, wanted):
            key = (edge[0].value, edge[1], edge[2])
            out[key] = (self._rel_model(edge), self._node_model(edge[2] if outgoing else edge[1]))

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        """Neighbourhood's five kinds of row around the batch (Neo4jStore's one statement)."""
        closure: dict[str, None] = {}
        pending = [i for i in dict.fromkeys(node_ids) if i in self._node]
        for node_id in pending:
            closure[node_id] = None
        parts: _Found = {}
        while pending:
            near = pending.pop()
            if self._node[near][0] != Label.MEASURE:
                continue
            for edge in self.adjacent(near, down, [RelType.CONTAINS]):
                far = edge[2] if down else edge[1]
                if self._node[far][0] == Label.MEASURE:
                    self._found(parts, edge, far)
                    if far not in closure:
                        closure[far] = None
                        pending.append(far)
        implements: _Found = {}
        themes: _Found = {}
        for near in closure:
            for edge in self.adjacent(near, not down, [RelType.IMPLEMENTS]):
                self._found(implements, edge, edge[1] if down else edge[2])
            if self._node[near][0] == Label.MEASURE and self.prop(near, "source") == NATIONAL:
                for edge in self.adjacent(near, True, [RelType.ADDRESSES]):
                    self._found(themes, edge, edge[2])
        corresponding: _Found = {}
        for theme in dict.fromkeys(key[2] for key in themes):
            for edge in self.adjacent(theme, not down, [RelType.CORRESPONDS_TO]):
                self._found(corresponding, edge, edge[1] if down else edge[2])
        namers: _Found = {}
        for far in dict.fromkeys(key[1] if down else key[2] for key in corresponding):
            for edge in self._index.national_in(self, far, RelType.ADDRESSES):
                self._found(namers, edge, edge[1])
        return Neighbourhood(*([rows[k] for k in sorted(rows)]
                               for rows in (parts, implements, themes, corresponding, namers)))

    def _found(self, rows: _Found, edge: Edge, other: str) -> None:
        """A row of Neighbourhood: the walk's properties only (store.trace_view), read from
        the packed tuples without building the whole read models."""
        key = (edge[0].value, edge[1], edge[2])
        if key not in rows:
            entry = self._node[other]
            node_props = {k: get(entry[1], entry, k, 2) for k in TRACE_NODE_KEYS if k in entry[1]}
            rel_props = {k: get(edge[3], edge, k, 4) for k in TRACE_REL_KEYS if k in edge[3]}
            rows[key] = (Relationship(type=edge[0], start=edge[1], end=edge[2], props=rel_props),
                         Node(id=other, label=entry[0], props=node_props))

    def items(self, node_ids: Sequence[str], rel_keys: Sequence[tuple[str, str, str]]
              ) -> tuple[list[Node], list[Relationship]]:
        nodes = [self._node_model(i) for i in node_ids if i in self._node]
        edges = [self._find(RelType(t), start, end) for t, start, end in rel_keys]
        return nodes, [self._rel_model(e) for e in edges if e is not None]

    def adjacent(self, node_id: str, outgoing: bool,
                 types: Sequence[RelType] | None = None) -> list[Edge]:
        """A node's stored edges one way, of `types` (all when None), as stored tuples."""
        edges = (self._out if outgoing else self._in).get(node_id, [])
        if types is None:
            return edges
        if len(edges) <= HUB:
            return [e for e in edges if e[0] in types]
        by_type = self._index.by_type(node_id, outgoing, edges)
        return [e for rel_type in types for e in by_type.get(rel_type, ())]

    def node_map(self, ids: Iterable[str]) -> Mapping[str, Node]:
        """These nodes by id, each read from its row when asked for (graph/reader.py)."""
        return NodesRead(self, ids)

    def rels(self, node_id: str, outgoing: bool, types: Sequence[RelType]) -> list[Relationship]:
        """A node's relationships of `types` one way, each type's in the order written, as new
        models (graph/reader.py)."""
        return [Relationship(type=e[0], start=e[1], end=e[2], props=unpack(e[3], e, 4))
                for e in self.adjacent(node_id, outgoing, types)]

    def label_of(self, node_id: str) -> Label | None:
        entry = self._node.get(node_id)
        return None if entry is None else entry[0]

    def props_of(self, node_id: str) -> dict[str, Any]:
        """A node's properties, a new dict (the node must exist)."""
        entry = self._node[node_id]
        return unpack(entry[1], entry, 2)

    def prop(self, node_id: str, key: str) -> Any:
        """One property of a node; None when the node or the property is missing."""
        entry = self._node.get(node_id)
        return None if entry is None else get(entry[1], entry, key, 2)

    def labelled(self) -> Iterator[tuple[str, Label]]:
        """Every node id with its label, in the order written."""
        return ((node_id, entry[0]) for node_id, entry in self._node.items())

    def all_edges(self) -> Iterator[Edge]:
        """Every stored relationship once."""
        return (edge for edges in self._out.values() for edge in edges)

    def subgraph(self) -> Subgraph:
        graph = Subgraph()
        for node_id in sorted(self._node):
            entry = self._node[node_id]
            graph.nodes[node_id] = Node(id=node_id, label=entry[0],
                                        props=unpack(entry[1], entry, 2))
        for edge in self.all_edges():
            rel = Relationship(type=edge[0], start=edge[1], end=edge[2],
                               props=unpack(edge[3], edge, 4))
            graph.relationships[rel.key] = rel
        graph.relationships = dict(sorted(graph.relationships.items()))
        return graph

    def stats(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self._node.values():
            counts[entry[0].value] = counts.get(entry[0].value, 0) + 1
        for edge in self.all_edges():
            counts[edge[0].value] = counts.get(edge[0].value, 0) + 1
        return dict(sorted(counts.items()))

    def number_of_nodes(self) -> int:
        return len(self._node)

    def number_of_edges(self) -> int:
        return self._edge_count

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        if self._search is None:  # built on the first search after a change
            ids = sorted(n for n, entry in self._node.items() if entry[0] == Label.MEASURE)
            self._search = ids, TextIndex(["\n".join(self._fields(i)) for i in ids])
        ids, index = self._search
        scored = []
        for i in index.candidates(terms).tolist():  # holding every character of the terms
            value = score(*self._fields(ids[i]), terms)
            if value is not None:
                scored.append((value, ids[i]))
        return Found(len(scored), [Hit(self._node_model(node_id), value, tuple(terms))
                                   for value, node_id in page(scored, offset, limit)])

    def _fields(self, node_id: str) -> tuple[str, str]:
        """A measure's heading and text, '' where it has none, as search reads them."""
        entry = self._node[node_id]
        return (str(get(entry[1], entry, "heading", 2) or ""),
                str(get(entry[1], entry, "text", 2) or ""))

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass

    # -- files --------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the graph as the export JSON (gzip when the name ends with .gz), a row a line
        (graph/saved.py)."""
        nodes = ({"id": node_id, "labels": [entry[0].value], **unpack(entry[1], entry, 2)}
                 for node_id, entry in sorted(self._node.items()))
        keyed = sorted(((e[0].value, e[1], e[2]), e) for e in self.all_edges())
        rels = ({"type": key[0], "start": key[1], "end": key[2], **unpack(e[3], e, 4)}
                for key, e in keyed)
        saved.write(path, nodes, rels)

    @classmethod
    def open(cls, path: Path) -> MemoryStore:
        """The graph saved at `path`. StoreError names the file: unreadable, or damaged
        (truncated gzip, bad JSON, not a saved graph)."""
        try:
            path.open("rb").close()
        except OSError as err:
            raise StoreError(f"{path}: cannot read the saved graph ({err})") from err
        try:
            with collector_paused():
                store = cls()
                if not store._fill(saved.rows(path)):  # a repeated node or relationship:
                    store.write(import_json(saved.load(path)))  # write() merges it
        except (EOFError, zlib.error, ValueError, OSError, LookupError, TypeError,
                AttributeError) as err:  # gzip, JSON, UTF-8 or shape: the file is damaged
            raise StoreError(f"{path}: the saved graph is damaged ({_why(err)}); rebuild it "
                             "with `policy-cascades load --replace [PATHS]`") from err
        gc.freeze()  # the graph, kept for the life of the process, is left out of later passes
        return store

    def _fill(self, rows: Iterator[tuple[str, dict[str, Any]]]) -> bool:
        """Fill this empty store with a saved graph, row by row (issue 12 part 3): the file
        was written from a store, so no model is validated and no property merged. False, the
        store cleared, when an id or a relationship repeats (a file not written by save:
        write() merges those); a relationship to no node raises ValueError."""
        labels = {label.value: label for label in Label}
        types = {rel_type.value: rel_type for rel_type in RelType}
        sharer = Sharer(self._shapes)
        repeated = False
        ordered, last = True, ("", "", "")  # save writes relationships sorted: none repeats
        for key, raw in rows:
            if key == "nodes":
                node_id = sys.intern(_saved_id(raw["id"]))
                if node_id in self._node:
                    repeated = True
                    continue
                keys, values = pack(raw, sharer, _NODE_FIELDS)
                self._node[node_id] = (labels[raw["labels"][0]], keys, *values)
                continue
            start, end, rel_type = raw["start"], raw["end"], types[raw["type"]]
            if start not in self._node or end not in self._node:
                missing = end if start in self._node else start
                self.clear()
                raise ValueError(f"{rel_type} {start} -> {end}: no node {missing}")
            start, end = sys.intern(start), sys.intern(end)
            ordered, last = ordered and (raw["type"], start, end) > last, (raw["type"], start, end)
            repeated = repeated or (not ordered and self._find(rel_type, start, end) is not None)
            if not repeated:
                keys, values = pack(raw, sharer, _REL_FIELDS)
                self._put((rel_type, start, end, keys, *values), None)
        if repeated:
            self.clear()
        return not repeated


@contextmanager
def graph_file_lock(path: Path) -> Iterator[None]:
    """Writers of one graph file take turns (read, merge, write), so that no load is lost:
    an exclusive flock on PATH.lock, held for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class _Index:
    """Node ids by label, by (label, property, value) for the properties looked up, and a
    hub's edges by type, built on first use and dropped on every write: a lookup costs what
    it finds, not the graph.

    A value is keyed with whether it is a boolean, as Cypher compares (1 = 1.0, true <> 1);
    a list property is indexed under each of its items (store.node_matches' rule)."""

    def __init__(self) -> None:
        self.labels: dict[str, list[str]] | None = None
        self.values: dict[tuple[str, str], dict[tuple[bool, Any], list[str]]] = {}
        self.hubs: dict[tuple[str, bool], dict[RelType, list[Edge]]] = {}
        self.national: dict[tuple[str, RelType], list[Edge]] = {}

    def national_in(self, store: MemoryStore, node_id: str, rel_type: RelType) -> list[Edge]:
        """A node's incoming edges of `rel_type` from national items (measures whose `source`
        is graph.national.SOURCE): a theme is addressed by tens of thousands of measures at
        10,000 documents and a trace up wants its few national ones; checking each one's
        source per trace was nearly all of a trace up's time."""
        found = self.national.get((node_id, rel_type))
        if found is None:
            found = [e for e in store.adjacent(node_id, False, [rel_type])
                     if store.label_of(e[1]) == Label.MEASURE and store.prop(e[1], "source") == NATIONAL]
            self.national[(node_id, rel_type)] = found
        return found

    def by_type(self, node_id: str, outgoing: bool, edges: list[Edge]) -> dict[RelType, list[Edge]]:
        """A hub's edges (a theme's, a national item's: thousands) by type, one way: a trace
        asks for one type."""
        found = self.hubs.get((node_id, outgoing))
        if found is None:
            found = {}
            for edge in edges:
                found.setdefault(edge[0], []).append(edge)
            self.hubs[(node_id, outgoing)] = found
        return found

    def lookup(self, store: MemoryStore, label: Label, where: dict[str, Any]) -> list[str]:
        """Sorted ids of the nodes of `label` that may match `where` (the first hashable
        condition narrows them; the caller checks the rest)."""
        if self.labels is None:
            labels: dict[str, list[str]] = {}
            for node_id, node_label in store.labelled():
                labels.setdefault(str(node_label), []).append(node_id)
            self.labels = {name: sorted(ids) for name, ids in labels.items()}
        ids = self.labels.get(str(label), [])
        for key, want in where.items():
            if key != "id" and isinstance(want, str | int | float | bool):
                return self._values(store, str(label), key, ids).get(_key(want), [])
        return ids

    def _values(self, store: MemoryStore, label: str, key: str,
                ids: list[str]) -> dict[tuple[bool, Any], list[str]]:
        if (label, key) not in self.values:
            index: dict[tuple[bool, Any], list[str]] = {}
            for node_id in ids:  # sorted, so each list is too
                value = store.prop(node_id, key)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str | int | float | bool):
                        index.setdefault(_key(item), []).append(node_id)
            self.values[(label, key)] = index
        return self.values[(label, key)]


def _keep(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= READ_MODELS:
        cache.clear()
    cache[key] = value


def _saved_id(node_id: Any) -> str:
    if not isinstance(node_id, str):
        raise TypeError(f"node id {node_id!r} is not a string")
    return node_id


def _key(value: Any) -> tuple[bool, Any]:
    return isinstance(value, bool), value


def _why(err: Exception) -> str:
    if isinstance(err, EOFError):
        return "the file ends too soon: truncated"
    if isinstance(err, KeyError):
        return f"no {err} key where a saved graph has one"
    return f"{type(err).__name__}: {err}"


def export_json(graph: Subgraph) -> dict[str, list[dict[str, Any]]]:
    """{"nodes": [{"id", "labels", ...}], "relationships": [{"type", "start", "end", ...}]}."""
    return {
        "nodes": [n.to_json(private=True) for n in sorted(graph.nodes.values(), key=lambda n: n.id)],
        "relationships": [r.to_json() for _, r in sorted(graph.relationships.items())],
    }


def import_json(data: dict[str, list[dict[str, Any]]]) -> Subgraph:
    graph = Subgraph()
    for raw in data["nodes"]:
        props = {k: v for k, v in raw.items() if k not in ("id", "labels")}
        graph.add_node(Node(id=raw["id"], label=Label(raw["labels"][0]), props=props))
    for raw in data["relationships"]:
        props = {k: v for k, v in raw.items() if k not in ("type", "start", "end")}
        graph.add_rel(Relationship(type=RelType(raw["type"]), start=raw["start"], end=raw["end"],
                                   props=props))
    return graph
