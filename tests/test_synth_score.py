"""Scoring emitted links against a synthetic truth (issue 12): direct parents, ancestors up
the chain, topical national links and false ones are told apart; the bench table reads."""

from __future__ import annotations

from typing import Any

from policy_cascades.bench import table
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.synth_score import score


def _truth(child: str, parent: str | None, op: str, theme: str = "保居民就业") -> dict[str, Any]:
    return {"child": {"id": child}, "parent": {"id": parent} if parent else None, "op": op,
            "kind": "item", "theme": theme}


def _graph(links: list[tuple[str, str, str]]) -> Subgraph:
    graph = Subgraph()
    for node_id in ("county#1", "county#2", "city#1", "city#2", "province#1", "cn#六保.1"):
        props = {"heading": "保居民就业", "source": NATIONAL} if node_id.startswith("cn") else {}
        graph.add_node(Node(id=node_id, label=Label.MEASURE, props=props))
    for child, parent, method in links:
        graph.add_rel(Relationship(type=RelType.IMPLEMENTS, start=child, end=parent,
                                   props={"basis": "inferred", "method": method}))
    return graph


TRUTH = [_truth("county#1", "city#1", "copy"), _truth("city#1", "province#1", "adapt"),
         _truth("county#2", None, "new"), _truth("city#2", "province#1", "merge")]


def test_score_counts_ancestors_as_true_and_topical_apart() -> None:
    graph = _graph([("county#1", "city#1", "model"), ("county#1", "province#1", "model"),
                    ("county#2", "cn#六保.1", "topic"), ("county#2", "city#2", "model")])
    result = score(graph, TRUTH)
    assert result["emitted"] == 4 and result["true"] == 3
    assert (result["share_direct"], result["share_ancestor"], result["share_topical"],
            result["share_false"]) == (0.25, 0.25, 0.25, 0.25)
    assert result["precision"] == 0.5 and result["precision_topical"] == 0.75
    assert result["recall_all"] == 1 / 3 and result["recall_copy"] == 1.0
    assert result["recall_adapt"] == 0.0 and result["recall_merge"] == 0.0
    assert result["method_model"] == 3 and result["precision_model"] == 2 / 3
    assert result["precision_topic"] == 0.0


def test_score_ignores_declared_links_and_documents() -> None:
    graph = _graph([("county#1", "city#1", "model")])
    graph.add_rel(Relationship(type=RelType.IMPLEMENTS, start="city#1", end="province#1",
                               props={"basis": "declared"}))
    assert score(graph, TRUTH)["emitted"] == 1


def test_table_one_column_per_size_with_growth() -> None:
    row = {"target": 100, "documents": 99, "measures": 3000, "mb": 1.5, "extract_s": 1.0,
           "extract_pool_s": 0.5, "workers": 2,
           "link_s": 3.0, "emitted": 10, "true": 8, "precision": 0.5, "precision_topical": 0.6,
           "share_direct": 0.4, "share_ancestor": 0.1, "share_topical": 0.1, "share_false": 0.4,
           "method_model": 10, "precision_model": 0.5, "recall_all": 0.5, "recall_items": 0.6,
           "recall_copy": 0.9, "rss_mib": 300.0, "rows": 1000, "load_s": 0.5, "up_p50": 1.0,
           "up_p95": 2.0, "down_p50": 1.0, "down_p95": 2.0, "search_p50": 1.0, "search_p95": 2.0}
    bigger = {**row, "target": 1000, "documents": 999, "measures": 30000, "link_s": 60.0}
    text = table([row, bigger])
    assert text.splitlines()[0] == "| | 100 | 1,000 |"
    assert "| linking ms/measure | 1.00 | 2.00 |" in text
    assert "| extraction documents/s, a process per core (as `load`) | 198 (2) | 1998 (2) |" in text
    assert "| ms/measure growth per 10x | – | ×2.00 |" in text
    assert "| linking s, one process | 3.0 | 60.0 |" in text
    pooled = "| linking s, a process per core (as `load`; a province a task) |"
    assert f"{pooled} – | – |" in text  # rows from before linking ran in tasks
    assert f"{pooled} 1.6 (2) |" in table([{**row, "link_pool_s": 1.6, "link_workers": 2}])
    assert "| API start-up s | – | – |" in text
    assert "| Neo4j load rows/s | – | – |" in text  # measured only with --neo4j
    assert "| trace down, first page (50 chains) p50 / p95 ms | – | – |" in text  # an older row
    assert "| trace down, first page (50 chains) p50 / p95 ms | 0.5 / 0.9 |" in table(
        [{**row, "page_p50": 0.5, "page_p95": 0.9}])
    with_neo4j = {**row, "neo4j_load_s": 2.0, "neo4j_up_p50": 10.0, "neo4j_up_p95": 30.0}
    assert "| Neo4j trace up p50 / p95 ms | 10.0 / 30.0 |" in table([with_neo4j])
    assert "| Neo4j load rows/s | 500 |" in table([with_neo4j])
    failed = {**row, "neo4j_error": "dbms.memory.transaction.total.max threshold reached"}
    assert "| Neo4j load rows/s | failed: dbms.memory.transaction.total.max threshold reached |" \
        in table([failed])
    assert "| Neo4j search p50 / p95 ms | – |" in table([failed])
