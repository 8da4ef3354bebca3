"""The store contract on MemoryStore, plus its save/open round trip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_cascades.errors import StoreError
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Subgraph
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.search import score
from policy_cascades.graph.store import node_matches
from tests.graph.store_contract import StoreContract, assert_same_graph, sample_graph


class TestMemoryStore(StoreContract):
    @pytest.fixture
    def store(self) -> MemoryStore:
        return MemoryStore()


@pytest.mark.parametrize("name", ["graph.json", "graph.json.gz"])
def test_memory_store_save_open_round_trip_identical(tmp_path: Path, name: str) -> None:
    store = MemoryStore()
    store.write(sample_graph())
    store.save(tmp_path / "saved" / name)
    reopened = MemoryStore.open(tmp_path / "saved" / name)
    assert_same_graph(store, reopened)
    assert reopened.write(sample_graph()).nodes_created == 0


def test_memory_store_save_gz_is_compressed_utf8(tmp_path: Path) -> None:
    store = MemoryStore()
    store.write(sample_graph())
    store.save(tmp_path / "plain.json")
    store.save(tmp_path / "packed.json.gz")
    assert "周政字〔2020〕8号" in (tmp_path / "plain.json").read_text(encoding="utf-8")
    assert (tmp_path / "packed.json.gz").read_bytes()[:2] == b"\x1f\x8b"


def test_memory_store_open_broken_file_raises_store_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json.gz").write_bytes(b"not gzip")
    with pytest.raises(StoreError, match="broken.json.gz"):
        MemoryStore.open(tmp_path / "broken.json.gz")


def test_memory_store_open_a_file_not_written_by_save_merges_or_names_it(tmp_path: Path) -> None:
    """Opening is a bulk fill (issue 12 part 3); a repeated id or relationship is merged as
    write() merges it, and a relationship to no node makes the file damaged."""
    import json

    rows: dict[str, list[dict[str, Any]]] = {
        "nodes": [{"id": "a", "labels": ["Measure"], "heading": "甲", "text": None},
                  {"id": "a", "labels": ["Measure"], "heading": "", "line": 3},
                  {"id": "b", "labels": ["Measure"]}],
        "relationships": [{"type": "IMPLEMENTS", "start": "a", "end": "b", "score": 0.5},
                          {"type": "IMPLEMENTS", "start": "a", "end": "b", "basis": "inferred"}]}
    (tmp_path / "g.json").write_text(json.dumps(rows), "utf-8")
    store = MemoryStore.open(tmp_path / "g.json")
    assert store.node("a") == Node(id="a", label=Label.MEASURE, props={"heading": "甲", "line": 3})
    (rel, _), = store.edges(["a"], "out")
    assert rel.props == {"score": 0.5, "basis": "inferred"}
    rows["relationships"].append({"type": "CONTAINS", "start": "a", "end": "c"})
    (tmp_path / "g.json").write_text(json.dumps(rows), "utf-8")
    with pytest.raises(StoreError, match="g.json: the saved graph is damaged .*no node c"):
        MemoryStore.open(tmp_path / "g.json")


def test_memory_store_lookups_through_the_index_equal_a_scan() -> None:
    """nodes(label, where) answers from its index exactly what a scan of every node finds,
    for every label and property of the seed graph, and again after a write."""
    seed_graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    store = MemoryStore()
    store.write(seed_graph)

    def scan(label: Label, where: dict[str, Any]) -> list[str]:
        return sorted(n.id for n in seed_graph.nodes.values()
                      if n.label == label and node_matches(n, where))

    checked = 0
    for label in Label:
        nodes = sorted((n for n in seed_graph.nodes.values() if n.label == label), key=lambda n: n.id)
        assert [n.id for n in store.nodes(label)[0]] == [n.id for n in nodes]
        for node in nodes[:: max(1, len(nodes) // 7)]:
            for key, value in node.props.items():
                for want in value if isinstance(value, list) else [value]:
                    if isinstance(want, str | int | float | bool):
                        found, count = store.nodes(label, {key: want})
                        assert [n.id for n in found] == scan(label, {key: want}), (label, key)
                        assert count == len(found)
                        checked += 1
    assert checked > 200
    number = next(n.props["doc_number"] for n in seed_graph.nodes.values()
                  if n.label == Label.DOCUMENT and n.props.get("doc_number"))
    store.write(Subgraph(nodes={"x": Node(id="x", label=Label.DOCUMENT, props={"doc_number": number})}))
    assert "x" in [n.id for n in store.nodes(Label.DOCUMENT, {"doc_number": number})[0]]
    assert store.nodes(Label.DOCUMENT, {"in_corpus": True})[1] > 0
    assert store.nodes(Label.DOCUMENT, {"in_corpus": 1})[1] == 0  # a boolean is not a number


def test_memory_store_reads_after_a_write_see_it_though_read_before() -> None:
    """Read models are built once and kept: a write must drop them (node, nodes, edges)."""
    from policy_cascades.graph.model import RelType
    from tests.graph.store_contract import HIRING, THEME, graph_of, node, rel

    store = MemoryStore()
    store.write(sample_graph())
    (before, theme), = store.edges([HIRING], "out", [RelType.ADDRESSES])
    assert store.node(HIRING) is store.node(HIRING)  # built once
    assert store.nodes(Label.MEASURE)[0]
    store.write(graph_of(node(HIRING, Label.MEASURE, deadline="6月底前"),
                         node(THEME, Label.THEME, family="新"),
                         rel(RelType.ADDRESSES, HIRING, THEME, method="heading")))
    hiring = store.node(HIRING)
    assert hiring is not None and hiring.props["deadline"] == "6月底前"
    assert {n.id: n for n in store.nodes(Label.MEASURE)[0]}[HIRING].props["deadline"] == "6月底前"
    (after, theme_after), = store.edges([HIRING], "out", [RelType.ADDRESSES])
    assert after.props["method"] == "heading" and "method" not in before.props
    assert theme_after.props["family"] == "新" and theme.props.get("family") != "新"
    store.clear()
    assert store.node(HIRING) is None and store.edges([HIRING]) == []


def test_memory_store_search_through_the_index_equals_a_scan() -> None:
    """search answers from its character index (issue 12 part 3) exactly what scoring every
    measure's heading and text finds: the same total, the same order (score, then id) and the
    same page at any offset; and it sees a write."""
    import random

    seed_graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    store = MemoryStore()
    store.write(seed_graph)
    fields = sorted((n.id, str(n.props.get("heading") or ""), str(n.props.get("text") or ""))
                    for n in seed_graph.nodes.values() if n.label == Label.MEASURE)
    rng = random.Random(12)
    queries = [["企"], ["6"], ["x"], ["“白名单”"], ["就业", "6"], ["稳岗返还", "失业保险"]]
    for _ in range(150):
        _, heading, text = rng.choice(fields)
        whole = f"{heading}\n{text}"
        at = rng.randrange(len(whole))
        queries.append([whole[at:at + rng.randint(1, 6)], *([whole[:2]] if rng.random() < .3 else [])])
    for terms in queries:
        scan = [(-value, i) for i, heading, text in fields
                if (value := score(heading, text, terms)) is not None]
        scan.sort()
        for offset, limit in ((0, 2), (0, 10_000), (3, 5)):
            found = store.search(terms, offset, limit)
            assert found.total == len(scan), terms
            assert [(h.measure.id, h.score) for h in found.hits] == \
                [(i, -neg) for neg, i in scan[offset:offset + limit]], terms
    store.write(Subgraph(nodes={"m": Node(id="m", label=Label.MEASURE, props={"text": "独一无二"})}))
    assert [h.measure.id for h in store.search(["独一无二"], 0, 5).hits] == ["m"]


def test_memory_store_writes_while_loading_merge_as_one_subgraph_then_drop_nulls() -> None:
    """Inside loading(), a value given later to a key first written None takes the key's place
    (Subgraph.add_node's merge), and the None values still left are dropped at the end."""
    from policy_cascades.graph.model import Relationship, RelType

    def piece(**props: Any) -> Subgraph:
        graph = Subgraph()
        for end in ("d", "m"):
            graph.add_node(Node(id=end, label=Label.DOCUMENT if end == "d" else Label.MEASURE))
        graph.add_node(Node(id="m", label=Label.MEASURE, props=props))
        graph.add_rel(Relationship(type=RelType.CONTAINS, start="d", end="m", props=props))
        return graph

    first, second = piece(date=None, text="一", deadline=None), piece(date="2020-03-06")
    merged = Subgraph()
    merged.merge(first)
    merged.merge(second)
    whole, store = MemoryStore(), MemoryStore()
    whole.write(merged)
    with store.loading():
        store.write(first)
        store.write(second)
        assert store.props_of("m") == {"date": "2020-03-06", "text": "一", "deadline": None}
    for got in (store.subgraph(), whole.subgraph()):
        assert list(got.nodes["m"].props.items()) == [("date", "2020-03-06"), ("text", "一")]
        [rel] = got.relationships.values()
        assert list(rel.props.items()) == [("date", "2020-03-06"), ("text", "一")]
    assert store.stats() == whole.stats()
