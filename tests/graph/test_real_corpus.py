"""Every real document the project holds (tests/data/real: pages of many provinces, cities and
counties, some of no known region) loads with the seed corpus into one linked graph: a
document that the extractor reads badly still never stops the load."""

from __future__ import annotations

from pathlib import Path

from policy_cascades.graph.ids import record_id
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.pipeline import (
    build_graph,
    corpus_files,
    extract,
    seed_corpus,
    unique_documents,
)

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def test_every_real_document_loads_into_one_linked_graph() -> None:
    files = [*corpus_files([seed_corpus()]), *sorted(REAL.glob("*/*.txt"))]
    assert len(files) > 150
    result = extract(files)
    assert not result.failures
    assert any(doc.region is None for doc in result.documents)  # the case that once failed
    graph = build_graph(result.documents)
    store = MemoryStore()
    store.write(graph)
    documents = [n for n in graph.nodes.values() if n.label == Label.DOCUMENT
                 and n.props.get("in_corpus") and n.props.get("source") != NATIONAL]  # a page read as national too
    # none lost: one graph document per id of the documents kept (two files that give one id are said so)
    assert len(documents) == len({record_id(d) for d in unique_documents(result.documents)})
    measures = {n.id: n for n in graph.nodes.values() if n.label == Label.MEASURE}
    lineage = [r for r in graph.relationships.values()
               if r.type.value == "IMPLEMENTS" and r.props.get("basis") == "inferred"]
    assert lineage and all(r.start in measures and r.end in measures for r in lineage)
