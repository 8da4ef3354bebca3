"""The Python API for notebooks: `pc.load()` or `pc.connect(uri)` give a `Graph`.

    import policy_cascades as pc
    g = pc.load()                                   # the seed corpus, embedded (in memory)
    down = g.trace_down("政府工作报告#六保.1", min_score=0.8)
    down.to_pandas(); down.to_networkx()            # a DataFrame; a graph for GraphML/Gephi

A Graph wraps a GraphStore and calls the same library code as the CLI and the API (the
pipeline, graph/trace.py, graph/search.py, the named queries); it adds only the result
objects of policy_cascades/results.py. Nodes are named as `policy-cascades trace` names them:
an id, a 文号, or 文号#path (graph/lookup.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from policy_cascades.errors import PolicyCascadesError
from policy_cascades.graph.ids import theme_id
from policy_cascades.graph.lookup import find_node
from policy_cascades.graph.memory_store import MemoryStore, graph_file_lock
from policy_cascades.graph.model import Label, Node, Relationship, RelType
from policy_cascades.graph.pipeline import (
    build_graph,
    corpus_files,
    extract,
    seed_corpus,
    stored_documents,
    with_stored,
)
from policy_cascades.graph.search import query_terms
from policy_cascades.graph.store import GraphStore
from policy_cascades.graph.stores import open_neo4j
from policy_cascades.graph.trace import Basis, trace_down, trace_up
from policy_cascades.results import Table, TraceResult, node_table, row_table

MEASURE_COLUMNS = ["id", "region", "level", "date", "path", "kind", "heading", "leads", "supports"]
DUTIES = (RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR)


class NotFound(PolicyCascadesError, LookupError):
    """No node of the kind asked for under the name given."""


class Graph:
    """A policy-cascade graph to explore: traces, measures, documents, search, named queries."""

    def __init__(self, store: GraphStore,
                 failures: Sequence[tuple[Path, str]] = ()) -> None:
        self.store = store
        self.failures = list(failures)  # (file, why) for each file that could not be read

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {k}" for k, n in self.store.stats().items() if k in Label.__members__.values())
        return f"<Graph on the {self.store.name} store: {counts}>"

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def stats(self) -> dict[str, int]:
        """Count per label and per relationship type."""
        return self.store.stats()

    def node(self, ref: str, *labels: Label) -> Node:
        """The node `ref` names (an id, a 文号, 文号#path; an agency also by region:name), of
        one of `labels` if any are given. Raises NotFound."""
        node = find_node(self.store, ref)
        if node is None and Label.AGENCY in labels:
            node = self.store.node(f"agency:{ref}")
        if node is None or (labels and node.label not in labels):
            kinds = " or ".join(label.value for label in labels) or "node"
            raise NotFound(f"no {kinds} {ref!r} (give an id, a 文号, or 文号#path such as "
                           f"周政字〔2020〕8号#三.(一).15 or 政府工作报告#六保.1)")
        return node

    # -- traces -------------------------------------------------------------------------
    def trace_down(self, ref: str, depth: int = 4, min_score: float = 0.0,
                   basis: Basis = "all") -> TraceResult:
        """Every chain that carries out `ref`, to `depth` IMPLEMENTS steps; inferred links
        scored below `min_score` are not followed (basis="declared": declared links only)."""
        trace = trace_down(self.store, self._traceable(ref).id, depth, basis, min_score)
        assert trace is not None  # the node exists
        return TraceResult(trace)

    def trace_up(self, ref: str, depth: int = 4, min_score: float = 0.0,
                 basis: Basis = "all") -> TraceResult:
        """Every chain from `ref` up to what it carries out (see trace_down)."""
        trace = trace_up(self.store, self._traceable(ref).id, depth, basis, min_score)
        assert trace is not None
        return TraceResult(trace)

    def _traceable(self, ref: str) -> Node:
        return self.node(ref, Label.MEASURE, Label.DOCUMENT)

    # -- measures, documents, search ----------------------------------------------------
    def measures(self, region: str | None = None, theme: str | None = None,
                 level: str | None = None, document: str | None = None,
                 agency: str | None = None, kind: str | None = None) -> Table:
        """Measures in reading order (document, line), filtered as GET /measures filters:
        `region` (周村区: that region's own, not its subregions'), `level` (national,
        provincial, municipal, county), `kind` (plan, section, item, point), `document` (id or
        文号), `theme` (a theme name: the measures that ADDRESS it, 稳就业 and 保居民就业 apart),
        `agency` (an id or region:name: what it leads, supports or answers for)."""
        where = {k: v for k, v in {"region": region, "level": level, "kind": kind}.items()
                 if v is not None}
        if document is not None:
            where["doc_id"] = self.node(document, Label.DOCUMENT).id
        found = self.store.nodes(Label.MEASURE, where)[0]
        if theme is not None:
            found = _linked(found, self.store.edges([theme_id(theme)], "in", [RelType.ADDRESSES]))
        if agency is not None:
            duties = self.store.edges([self.node(agency, Label.AGENCY).id], "out", DUTIES)
            found = _linked(found, duties)
        found.sort(key=lambda m: (str(m.props.get("doc_id")), m.props.get("line") or 0, m.id))
        return node_table(found, MEASURE_COLUMNS, "measures", self._agencies(found))

    def _agencies(self, measures: list[Node]) -> dict[str, dict[str, Any]]:
        """Who leads and who supports each measure (agency names as printed)."""
        roles: dict[str, dict[str, Any]] = {m.id: {"leads": [], "supports": []} for m in measures}
        edges = self.store.edges([m.id for m in measures], "in", [RelType.LEADS, RelType.SUPPORTS])
        for rel, agency in edges:
            role = "leads" if rel.type == RelType.LEADS else "supports"
            roles[rel.end][role].append(agency.props.get("name", agency.id))
        return roles

    def document(self, ref: str) -> Table:
        """One document (an id, a 文号 or a national title) as a one-row table."""
        return node_table([self.node(ref, Label.DOCUMENT)],
                          ["id", "doc_number", "title", "level", "region", "date"], "document")

    def search(self, text: str, limit: int = 20) -> Table:
        """Measures containing every term of `text` (terms split on spaces), best first."""
        terms = query_terms(text)
        if not terms:
            raise ValueError("search needs at least one term")
        hits = self.store.search(terms, 0, limit).hits
        extra = {h.measure.id: {"score": h.score, "snippet": h.snippet} for h in hits}
        return node_table([h.measure for h in hits],
                          ["id", "score", "region", "level", "date", "heading", "snippet"],
                          f"search {text!r}", extra)

    # -- named queries ------------------------------------------------------------------
    def queries(self) -> Table:
        """The named queries (queries/*.cypher): name, what it answers, its parameters."""
        from policy_cascades.queries import load_queries

        return Table([{"name": q.name, "summary": q.summary, "params": q.signature}
                      for q in load_queries().values()], title="named queries")

    def query(self, name: str, **params: Any) -> Table:
        """Run the named query `name` (see queries()) on this graph's store: its Cypher on
        Neo4j, its Python twin on the embedded store, with the same rows. `id` takes what trace
        takes (an id, a 文号, 文号#path); a bad name or parameter raises UnknownQuery or
        QueryParamError naming it."""
        from policy_cascades.queries import run_named

        return row_table(run_named(self.store, name, params), name)


def _linked(measures: list[Node], edges: list[tuple[Relationship, Node]]) -> list[Node]:
    linked = {other.id for _, other in edges}
    return [m for m in measures if m.id in linked]


def load(paths: str | Path | Sequence[str | Path] | None = None,
         graph_file: str | Path | None = None) -> Graph:
    """A Graph on the embedded store, built as `policy-cascades load` builds it: the files and
    folders `paths` (default: the shipped seed corpus) with the national directives, linked.

    Nothing is written unless `graph_file` is given: then the graph saved there (if any) is
    linked with the new documents and the result saved back, as the CLI's load does; with
    `graph_file` alone the saved graph is opened as it is (the seed corpus if there is none).
    A file that cannot be read is skipped and listed in `Graph.failures`."""
    saved = Path(graph_file) if graph_file is not None else None
    if paths is None and saved is not None and saved.exists():
        return Graph(MemoryStore.open(saved))
    given = [paths] if isinstance(paths, str | Path) else list(paths or [seed_corpus()])
    missing = [str(p) for p in given if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    result = extract(corpus_files(Path(p) for p in given))
    with graph_file_lock(saved) if saved is not None else contextlib.nullcontext():
        store = MemoryStore.open(saved) if saved is not None and saved.exists() else MemoryStore()
        stored, unrecorded = stored_documents(store)
        if stored and not unrecorded:  # everything is re-linked: the new graph replaces the old
            store = MemoryStore()
        store.write(build_graph(with_stored(stored, result.documents)))
        if saved is not None:
            store.save(saved)  # under the lock `policy-cascades load` takes too
    return Graph(store, result.failures)


def connect(uri: str, user: str = "neo4j", password: str | None = None,
            database: str = "neo4j") -> Graph:
    """A Graph on a Neo4j server (loaded with `policy-cascades load --store neo4j`).
    Raises StoreError when it cannot be reached or refuses the credentials."""
    return Graph(open_neo4j(uri, user, password, database))
