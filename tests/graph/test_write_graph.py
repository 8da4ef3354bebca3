"""write_graph: the graph in pieces (documents first, then each province's links), which a
load writes into the embedded store as they come (issue 12: memory at the national size)."""

from __future__ import annotations

import gc
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
from policy_cascades.loaders import PolicyDocument


@cache
def _seed() -> tuple[PolicyDocument, ...]:
    return tuple(extract(corpus_files([seed_corpus()])).documents)


def test_write_graph_pieces_written_in_turn_give_build_graphs_graph() -> None:
    pieces: list[Subgraph] = []
    store = MemoryStore()

    def write(piece: Subgraph) -> None:
        pieces.append(piece)
        store.write(piece)

    write_graph(list(_seed()), write)
    whole = MemoryStore()
    whole.write(build_graph(_seed()))
    assert export_json(store.subgraph()) == export_json(whole.subgraph())
    assert len(pieces) == 3  # the documents, then 山东省's and 甘肃省's links
    first, *links = pieces
    assert {node.label for node in first.nodes.values()} >= {Label.DOCUMENT, Label.MEASURE}
    for piece in links:
        assert piece.relationships and not piece.nodes
        assert {rel.type for rel in piece.relationships.values()} <= {RelType.IMPLEMENTS,
                                                                        RelType.SIMILAR_TO}
        assert not piece.relationships.keys() & first.relationships.keys()


def test_write_graph_takes_the_records_and_drops_them_before_lineage() -> None:
    records = [doc.model_copy(deep=True) for doc in _seed()]
    alive = [weakref.ref(doc) for doc in records]
    found: list[int] = []

    def write(piece: Subgraph) -> None:
        gc.collect()
        found.append(sum(ref() is not None for ref in alive))

    write_graph(records, write)
    assert records == []
    assert found == [0, 0, 0]  # none held when the documents' graph is written, nor after
