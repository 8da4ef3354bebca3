"""MemoryStore and Neo4jStore hold and answer the same for the same writes.

`assert_same_graph` (tests/graph/store_contract.py) is the reusable check; a seed-corpus
version of this test can write the built corpus to both stores and call it.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from neo4j import Driver

from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.neo4j_store import Neo4jStore
from tests.graph.store_contract import (
    AGENCY,
    DOC,
    HIRING,
    STUB,
    assert_same_graph,
    sample_graph,
)
from tests.neo4j_fixtures import Neo4jSettings

pytestmark = pytest.mark.neo4j

PHRASES = ["保障复产企业用工", "稳定就业岗位", "减免中小微企业房租", "加强粮食生产", "保基层运转",
           "落实减税降费政策", "周政字〔2020〕8号", "（一）扩大有效投资", "“六保”任务", "6万人"]
EMPTY: list[Any] = [None, "", []]
SHAPES = [  # the schema's relationship shapes (each shape costs Neo4j one query plan)
    (RelType.CONTAINS, Label.DOCUMENT, Label.MEASURE), (RelType.CONTAINS, Label.MEASURE, Label.MEASURE),
    (RelType.IMPLEMENTS, Label.MEASURE, Label.MEASURE), (RelType.CITES, Label.DOCUMENT, Label.DOCUMENT),
    (RelType.LEADS, Label.AGENCY, Label.MEASURE), (RelType.RESPONSIBLE_FOR, Label.PERSON, Label.MEASURE),
    (RelType.ADDRESSES, Label.MEASURE, Label.THEME), (RelType.IN, Label.AGENCY, Label.REGION),
    (RelType.PART_OF, Label.REGION, Label.REGION), (RelType.CORRESPONDS_TO, Label.THEME, Label.THEME),
]


def _value(rng: random.Random) -> Any:
    kind = rng.randrange(8)
    if kind < 3:
        return rng.choice(PHRASES)
    if kind == 3:
        return rng.choice(EMPTY)
    if kind == 4:
        return rng.choice([1, 1.0, 2, 2.5, True, False, 0])
    return rng.sample(PHRASES, rng.randrange(0, 3))


def _props(rng: random.Random, label: Label) -> dict[str, Any]:
    props = {f"p{k}": _value(rng) for k in rng.sample(range(6), rng.randrange(1, 5))}
    if label is Label.MEASURE:
        props.update(heading=rng.choice(PHRASES + [""]), text="；".join(rng.sample(PHRASES, 3)))
    if label is Label.DOCUMENT:
        props["in_corpus"] = rng.random() < 0.5
        props["doc_number"] = rng.choice([None, "周政字〔2020〕8号", "源政发〔2020〕11号"])
    if label is Label.AGENCY:
        props["aliases"] = rng.sample(["区人社局", "区人力资源社会保障局", "人社局"], rng.randrange(1, 3))
    return props


def random_graph(seed: int, size: int = 120) -> Subgraph:
    """Nodes of every label under overlapping ids, with empties, stubs and aliases to merge."""
    rng, graph = random.Random(seed), Subgraph()
    labels = list(Label)
    for index in rng.sample(range(size), size * 2 // 3):
        label = labels[index % len(labels)]
        graph.add_node(Node(id=f"{label.value.lower()}:{index}", label=label,
                            props=_props(rng, label)))
    by_label = {label: sorted(n.id for n in graph.nodes.values() if n.label is label)
                for label in Label}
    for _ in range(size):
        rel_type, start, end = rng.choice(SHAPES)
        graph.add_rel(Relationship(type=rel_type, start=rng.choice(by_label[start]),
                                   end=rng.choice(by_label[end]), props=_props(rng, Label.THEME)))
    return graph


@pytest.fixture
def stores(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> tuple[MemoryStore, Neo4jStore]:
    return MemoryStore(), Neo4jStore(neo4j_db, database=neo4j_settings.database)


def test_parity_overlapping_writes_same_graph_and_summaries(
        stores: tuple[MemoryStore, Neo4jStore]) -> None:
    memory, neo4j = stores
    for graph in [sample_graph(), random_graph(1), random_graph(2), random_graph(1),
                  random_graph(3, size=60)]:
        assert memory.write(graph) == neo4j.write(graph)
        assert_same_graph(memory, neo4j)


def test_parity_reads_answer_the_same(stores: tuple[MemoryStore, Neo4jStore]) -> None:
    memory, neo4j = stores
    for graph in [sample_graph(), random_graph(4), random_graph(5)]:
        memory.write(graph)
        neo4j.write(graph)
    ids = [DOC, HIRING, AGENCY, STUB, "measure:2", "document:1", "agency:3", "region:0",
           "measure:8", "theme:5", "nowhere"]
    assert len(memory.edges(ids)) > 20  # the ids do reach a fair part of the graph
    for direction in ("out", "in", "both"):
        assert memory.edges(ids, direction) == neo4j.edges(ids, direction)
        types = [RelType.CONTAINS, RelType.IMPLEMENTS, RelType.IN]
        assert memory.edges(ids, direction, types) == neo4j.edges(ids, direction, types)
    for label in Label:
        assert memory.nodes(label) == neo4j.nodes(label)
        assert memory.nodes(label, limit=3, offset=2) == neo4j.nodes(label, limit=3, offset=2)
        wheres: list[dict[str, Any]] = [{"p0": "稳定就业岗位"}, {"p1": 1}, {"p2": ""}, {"p3": []},
                                        {"p0": "保基层运转", "p4": True}, {"in_corpus": False}]
        for where in wheres:
            assert memory.nodes(label, where) == neo4j.nodes(label, where), (label, where)
    for terms in (["复产"], ["企业", "岗位"], ["〔2020〕"], ["6万"], ["就"], []):
        for offset, limit in ((0, 50), (7, 5)):
            assert memory.search(terms, offset, limit) == neo4j.search(terms, offset, limit), terms
    for node_id in ids:
        assert memory.node(node_id) == neo4j.node(node_id)


def test_parity_seed_corpus_same_in_both_stores_and_loading_twice_changes_nothing(
        stores: tuple[MemoryStore, Neo4jStore]) -> None:
    from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus

    memory, neo4j = stores
    graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    first = neo4j.write(graph)
    assert memory.write(graph) == first
    assert first.nodes_created == len(graph.nodes)
    assert first.relationships_created == len(graph.relationships)
    assert_same_graph(memory, neo4j)
    again = neo4j.write(graph)
    assert (again.nodes_created, again.relationships_created, again.properties_set) == (0, 0, 0)
    assert_same_graph(memory, neo4j)
    assert neo4j.stats()["Document"] == sum(1 for n in graph.nodes.values() if n.label == Label.DOCUMENT)
    # search ranks in each store (scored, ordered and paged on the Neo4j server): the same pages
    for terms in (["就业"], ["企业", "补贴"], ["稳岗返还"], ["岗"], ["保"], ["2020"]):
        for offset, limit in ((0, 20), (15, 10)):
            assert memory.search(terms, offset, limit) == neo4j.search(terms, offset, limit), terms
