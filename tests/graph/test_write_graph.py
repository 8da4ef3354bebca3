"""write_graph: the graph in pieces (each document's own subgraph, the links before lineage,
then each province's links), which a load writes into the embedded store as they come
(issue 12: memory at the national size)."""

from __future__ import annotations

import gc
import json
import weakref
from functools import cache

from policy_cascades.graph.memory_store import MemoryStore, export_json
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.pipeline import (
    build_graph,
    corpus_files,
    extract,
    seed_corpus,
    write_graph,
)
from policy_cascades.graph.store import Progress, WriteSummary
from policy_cascades.loaders import PolicyDocument


def _json(store: MemoryStore) -> str:
    return json.dumps(export_json(store.subgraph()), ensure_ascii=False)


@cache
def _seed() -> tuple[PolicyDocument, ...]:
    return tuple(extract(corpus_files([seed_corpus()])).documents)


class _Pieces(MemoryStore):
    """An embedded store that keeps what it is given to write, and how many of `alive` (weak
    references to records) were alive at each write."""

    def __init__(self, alive: list[weakref.ref[PolicyDocument]] | None = None) -> None:
        super().__init__()
        self.pieces: list[Subgraph] = []
        self.alive = alive or []
        self.records_alive: list[int] = []

    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        gc.collect()
        self.records_alive.append(sum(ref() is not None for ref in self.alive))
        self.pieces.append(graph)
        return super().write(graph, progress)


def test_write_graph_pieces_written_in_turn_give_build_graphs_graph() -> None:
    store = _Pieces()
    write_graph(list(_seed()), store)
    whole = MemoryStore()
    whole.write(build_graph(_seed()))
    assert _json(store) == _json(whole)
    documents = [p for p in store.pieces if Label.DOCUMENT in {n.label for n in p.nodes.values()}]
    in_corpus = [n for p in documents for n in p.nodes.values()
                 if n.label == Label.DOCUMENT and n.props.get("in_corpus")]
    assert len({n.id for n in in_corpus}) == len(in_corpus)  # a document's own, one a piece
    *_, links_before, shandong, gansu = store.pieces  # then 山东省's and 甘肃省's links
    assert not links_before.nodes.keys() & {n.id for n in in_corpus}
    for piece in (shandong, gansu):
        assert piece.relationships and not piece.nodes
        assert {rel.type for rel in piece.relationships.values()} <= {RelType.IMPLEMENTS,
                                                                        RelType.SIMILAR_TO}


def test_write_graph_into_a_store_merges_as_a_subgraph_does() -> None:
    # a document loaded twice under one id, its date and deadlines printed only in the second
    # copy: merged into one Subgraph, the later values take the keys' places
    first, *_ = _seed()
    bare = first.model_copy(update={
        "source": "copy.txt", "date": None,
        "measures": tuple(m.model_copy(update={"deadline": None}) for m in first.measures)})
    store = MemoryStore()
    write_graph([bare, first], store, lineage=False)
    whole = MemoryStore()
    whole.write(build_graph([bare, first], lineage=False))
    assert _json(store) == _json(whole)  # the keys' order too


def test_write_graph_takes_the_records_and_drops_them_before_lineage() -> None:
    records = [doc.model_copy(deep=True) for doc in _seed()]
    store = _Pieces([weakref.ref(doc) for doc in records])
    write_graph(records, store)
    assert records == []
    *_, links_before, shandong, gansu = store.records_alive
    assert (links_before, shandong, gansu) == (0, 0, 0)  # none held once linked, nor after
