"""The embedded store: a networkx MultiDiGraph in memory, saved to and reopened from JSON."""

from __future__ import annotations

import fcntl
import gc
import gzip
import json
import os
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx

from policy_cascades.errors import StoreError
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph, merge_props
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.store import (
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


class MemoryStore:
    """Nodes keyed by id (attributes: label, props); edges keyed by relationship type."""

    name = "memory"

    def __init__(self) -> None:
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self._index = _Index()
        # Read models, built once each (validation was a quarter of a trace's time) and
        # shared: frozen, and no reader changes their props. Every change drops them.
        self._nodes: dict[str, Node] = {}
        self._rels: dict[tuple[str, str, str], Relationship] = {}
        self._search: tuple[list[str], TextIndex] | None = None  # measure ids, index

    # -- writing ------------------------------------------------------------------------
    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        self._check(graph)  # before any change: a bad write leaves the store as it was
        self._index, self._nodes, self._rels, self._search = _Index(), {}, {}, None
        nodes_created = rels_created = props_set = 0
        for node in graph.nodes.values():
            old = self.graph.nodes.get(node.id)
            old_props = None if old is None else old["props"]
            nodes_created += old is None
            props = storable(merge_props(old_props or {}, node.props))
            props_set += len(changed_props(old_props, props))
            self.graph.add_node(node.id, label=node.label, props=props)
        if progress:
            progress(len(graph.nodes))
        for rel in graph.relationships.values():
            old_rel = self.graph.get_edge_data(rel.start, rel.end, key=rel.type)
            old_props = None if old_rel is None else old_rel["props"]
            rels_created += old_rel is None
            props = storable(merge_props(old_props or {}, rel.props))
            props_set += len(changed_props(old_props, props))
            self.graph.add_edge(rel.start, rel.end, key=rel.type, props=props)
        if progress:
            progress(len(graph.relationships))
        return WriteSummary(nodes_created, rels_created, props_set)

    def _check(self, graph: Subgraph) -> None:
        for node in graph.nodes.values():
            old = self.graph.nodes.get(node.id)
            if old is not None and old["label"] != node.label:
                raise StoreError(f"node {node.id} is already a {old['label']}, not a {node.label}")
        for rel in graph.relationships.values():
            for end in (rel.start, rel.end):
                if end not in graph.nodes and end not in self.graph:
                    raise StoreError(f"{rel.type} {rel.start} -> {rel.end}: no node {end}")

    def clear(self) -> None:
        self.graph.clear()
        self._index, self._nodes, self._rels, self._search = _Index(), {}, {}, None

    # -- reading ------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self._node(node_id) if node_id in self.graph else None

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        ids = self._index.lookup(self.graph, label, where or {})
        if where:
            found = [n for n in map(self._node, ids) if node_matches(n, where)]
            end = None if limit is None else offset + limit
            return found[offset:end], len(found)
        end = None if limit is None else offset + limit
        return [self._node(i) for i in ids[offset:end]], len(ids)

    def _node(self, node_id: str) -> Node:
        node = self._nodes.get(node_id)
        if node is None:
            data = self.graph.nodes[node_id]
            # stored data was validated when written: construct, do not validate again
            node = self._nodes[node_id] = Node.model_construct(
                id=node_id, label=data["label"], props=data["props"])
        return node

    def _rel(self, key: tuple[str, str, str], data: dict[str, Any]) -> Relationship:
        rel = self._rels.get(key)
        if rel is None:
            rel = self._rels[key] = Relationship.model_construct(
                type=RelType(key[0]), start=key[1], end=key[2], props=data["props"])
        return rel

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        wanted = [t.value for t in types] if types else None
        out: dict[tuple[str, str, str], tuple[Relationship, Node]] = {}
        for node_id in node_ids:
            if node_id not in self.graph:
                continue
            if direction in ("out", "both"):
                self._collect(out, wanted, node_id, True)
            if direction in ("in", "both"):
                self._collect(out, wanted, node_id, False)
        return [out[k] for k in sorted(out)]

    def _collect(self, out: dict[tuple[str, str, str], tuple[Relationship, Node]],
                 wanted: list[str] | None, node_id: str, outgoing: bool) -> None:
        by_type = self._adjacent(node_id, outgoing)
        for rel_type in by_type if wanted is None else wanted:
            for other, data in by_type.get(rel_type, ()):
                key = (rel_type, node_id, other) if outgoing else (rel_type, other, node_id)
                out[key] = (self._rel(key, data), self._node(other))

    def _adjacent(self, node_id: str, outgoing: bool) -> dict[str, list[tuple[str, Any]]]:
        return self._index.adjacent(self.graph, node_id, outgoing)

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        """Neighbourhood's five kinds of row around the batch (Neo4jStore's one statement),
        from the adjacency index."""
        attrs = self.graph.nodes
        closure = [i for i in dict.fromkeys(node_ids) if i in attrs]
        seen = set(closure)
        parts: _Found = {}
        queue = [i for i in closure if attrs[i]["label"] == Label.MEASURE]
        while queue:  # the CONTAINS closure through measures
            near = queue.pop()
            for other, data in self._adjacent(near, down).get(RelType.CONTAINS.value, ()):
                if attrs[other]["label"] != Label.MEASURE:
                    continue
                self._found(parts, RelType.CONTAINS, near, other, data, down)
                if other not in seen:
                    seen.add(other)
                    closure.append(other)
                    queue.append(other)
        implements: _Found = {}
        themes: _Found = {}
        for near in closure:
            for other, data in self._adjacent(near, not down).get(RelType.IMPLEMENTS.value, ()):
                self._found(implements, RelType.IMPLEMENTS, near, other, data, not down)
            if attrs[near]["label"] == Label.MEASURE and attrs[near]["props"].get("source") == NATIONAL:
                for other, data in self._adjacent(near, True).get(RelType.ADDRESSES.value, ()):
                    self._found(themes, RelType.ADDRESSES, near, other, data, True)
        corresponding: _Found = {}
        for theme in sorted({key[2] for key in themes}):
            for other, data in self._adjacent(theme, not down).get(RelType.CORRESPONDS_TO.value, ()):
                self._found(corresponding, RelType.CORRESPONDS_TO, theme, other, data, not down)
        namers: _Found = {}
        for far in sorted({key[1] if down else key[2] for key in corresponding}):
            for other, data in self._adjacent(far, False).get(RelType.ADDRESSES.value, ()):
                if attrs[other]["props"].get("source") == NATIONAL:
                    self._found(namers, RelType.ADDRESSES, far, other, data, False)
        return Neighbourhood(*([found[k] for k in sorted(found)]
                               for found in (parts, implements, themes, corresponding, namers)))

    def _found(self, out: _Found, rel_type: RelType, near: str, other: str, data: dict[str, Any],
               outgoing: bool) -> None:
        key = (rel_type.value, near, other) if outgoing else (rel_type.value, other, near)
        if key not in out:
            out[key] = (self._rel(key, data), self._node(other))

    def subgraph(self) -> Subgraph:
        graph = Subgraph()
        for node_id in sorted(self.graph.nodes):
            node = self.node(node_id)
            assert node is not None
            graph.nodes[node_id] = node
        for start, end, key, data in self.graph.edges(keys=True, data=True):
            rel = Relationship(type=RelType(key), start=start, end=end, props=data["props"])
            graph.relationships[rel.key] = rel
        graph.relationships = dict(sorted(graph.relationships.items()))
        return graph

    def stats(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, data in self.graph.nodes(data=True):
            counts[data["label"].value] = counts.get(data["label"].value, 0) + 1
        for _, _, key in self.graph.edges(keys=True):
            counts[str(key)] = counts.get(str(key), 0) + 1
        return dict(sorted(counts.items()))

    def search_candidates(self, terms: Sequence[str], limit: int) -> list[Node]:
        if self._search is None:  # built on the first search after a change
            ids = sorted(n for n, data in self.graph.nodes(data=True)
                         if data["label"] == Label.MEASURE)
            self._search = ids, TextIndex([self._haystack(i) for i in ids])
        ids, index = self._search
        found = index.search(terms, lambda i: self._haystack(ids[i]), limit)
        return [self._node(ids[i]) for i in found]

    def _haystack(self, node_id: str) -> str:
        props = self.graph.nodes[node_id]["props"]
        return f"{props.get('heading', '')}\n{props.get('text', '')}"

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass

    # -- files --------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the graph as the export JSON (gzip when the name ends with .gz)."""
        data = export_json(self.subgraph())
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        # Atomically: a reader (the API) or a kill mid-write never sees half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         delete=False) as tmp:
            tmp.write(gzip.compress(raw) if path.suffix == ".gz" else raw)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)

    @classmethod
    def open(cls, path: Path) -> MemoryStore:
        """The graph saved at `path`. StoreError names the file: unreadable, or damaged
        (truncated gzip, bad JSON, not a saved graph)."""
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise StoreError(f"{path}: cannot read the saved graph ({err})") from err
        try:
            with collector_paused():
                data = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
                store = cls()
                if not store._fill(data):  # a repeated node or relationship: write() merges it
                    store.write(import_json(data))
        except (EOFError, zlib.error, ValueError, OSError, LookupError, TypeError,
                AttributeError) as err:  # gzip, JSON, UTF-8 or shape: the file is damaged
            raise StoreError(f"{path}: the saved graph is damaged ({_why(err)}); rebuild it "
                             "with `policy-cascades load --replace [PATHS]`") from err
        gc.freeze()  # the graph, kept for the life of the process, is left out of later passes
        return store

    def _fill(self, data: dict[str, list[dict[str, Any]]]) -> bool:
        """Fill this empty store with a saved graph at once (issue 12 part 3): the file was
        written from a store, so no model is validated, no property merged and no edge added
        through networkx's add_edge per row (that was most of an API's start-up). False, the
        store cleared, when an id or a relationship repeats (a file not written by save:
        write() merges those)."""
        labels = {label.value: label for label in Label}
        types = {rel_type.value: rel_type for rel_type in RelType}
        node_attrs, succ, pred = self.graph._node, self.graph._succ, self.graph._pred
        for raw in data["nodes"]:
            node_id = _saved_id(raw["id"])
            node_attrs[node_id] = {"label": labels[raw["labels"][0]],
                                   "props": _props(raw, ("id", "labels"))}
            succ[node_id], pred[node_id] = {}, {}
        edges = 0
        for raw in data["relationships"]:
            start, end, rel_type = raw["start"], raw["end"], types[raw["type"]]
            if start not in succ or end not in succ:
                missing = end if start in succ else start
                self.clear()
                raise ValueError(f"{rel_type} {start} -> {end}: no node {missing}")
            keyed = succ[start].get(end)
            if keyed is None:
                keyed = succ[start][end] = pred[end][start] = {}
            keyed[rel_type] = {"props": _props(raw, ("type", "start", "end"))}
            edges += 1
        nx._clear_cache(self.graph)
        if len(node_attrs) == len(data["nodes"]) and self.graph.number_of_edges() == edges:
            return True
        self.clear()
        return False


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
    """Node ids by label, by (label, property, value) for the properties looked up, and
    neighbours by type, built on first use and dropped on every write: a lookup costs what it
    finds, not the graph.

    A value is keyed with whether it is a boolean, as Cypher compares (1 = 1.0, true <> 1);
    a list property is indexed under each of its items (store.node_matches' rule)."""

    def __init__(self) -> None:
        self.labels: dict[str, list[str]] | None = None
        self.values: dict[tuple[str, str], dict[tuple[bool, Any], list[str]]] = {}
        self.adjacency: dict[tuple[str, bool], dict[str, list[tuple[str, Any]]]] = {}

    def adjacent(self, graph: nx.MultiDiGraph, node_id: str,
                 outgoing: bool) -> dict[str, list[tuple[str, Any]]]:
        """A node's neighbours (and the edges' data) by relationship type, one way: a hub (a
        theme, a national item) has thousands of edges, and a trace asks for one type."""
        found = self.adjacency.get((node_id, outgoing))
        if found is None:
            found = {}
            for other, keyed in (graph.succ if outgoing else graph.pred)[node_id].items():
                for rel_type, data in keyed.items():
                    found.setdefault(str(rel_type), []).append((other, data))
            self.adjacency[(node_id, outgoing)] = found
        return found

    def lookup(self, graph: nx.MultiDiGraph, label: Label, where: dict[str, Any]) -> list[str]:
        """Sorted ids of the nodes of `label` that may match `where` (the first hashable
        condition narrows them; the caller checks the rest)."""
        if self.labels is None:
            labels: dict[str, list[str]] = {}
            for node_id, data in graph.nodes(data=True):
                labels.setdefault(str(data["label"]), []).append(node_id)
            self.labels = {name: sorted(ids) for name, ids in labels.items()}
        ids = self.labels.get(str(label), [])
        for key, want in where.items():
            if key != "id" and isinstance(want, str | int | float | bool):
                return self._values(graph, str(label), key, ids).get(_key(want), [])
        return ids

    def _values(self, graph: nx.MultiDiGraph, label: str, key: str,
                ids: list[str]) -> dict[tuple[bool, Any], list[str]]:
        if (label, key) not in self.values:
            index: dict[tuple[bool, Any], list[str]] = {}
            for node_id in ids:  # sorted, so each list is too
                value = graph.nodes[node_id]["props"].get(key)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str | int | float | bool):
                        index.setdefault(_key(item), []).append(node_id)
            self.values[(label, key)] = index
        return self.values[(label, key)]


def _props(raw: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
    """The stored properties of a saved row: its key fields and None values left out."""
    return {key: value for key, value in raw.items() if value is not None and key not in skip}


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
