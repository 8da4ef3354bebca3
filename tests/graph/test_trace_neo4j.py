"""Traces on Neo4j: one Cypher round trip per level (GraphStore.neighbourhood, issue 12),
and the same chains, nodes and links as the embedded store, whole traces and pages."""

from __future__ import annotations

import random
from typing import Any

import pytest
from neo4j import Driver

from policy_cascades.graph import trace
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.store import neighbourhood_by_edges
from tests.graph.test_parity import random_graph
from tests.neo4j_fixtures import Neo4jSettings

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def seed_graph() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


@pytest.fixture
def stores(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> tuple[MemoryStore, Neo4jStore]:
    return MemoryStore(), Neo4jStore(neo4j_db, database=neo4j_settings.database)


def test_neo4j_trace_one_round_trip_per_level_and_the_embedded_stores_chains(
        stores: tuple[MemoryStore, Neo4jStore], seed_graph: Subgraph,
        monkeypatch: pytest.MonkeyPatch) -> None:
    memory, neo4j = stores
    memory.write(seed_graph)
    neo4j.write(seed_graph)
    reads: list[str] = []
    read = neo4j._read
    monkeypatch.setattr(neo4j, "_read", lambda query, **p: reads.append(query) or read(query, **p))
    national = [n.id for n in memory.nodes(Label.MEASURE, {"source": NATIONAL})[0]]
    county = [n.id for n in memory.nodes(Label.MEASURE, {"level": "county"})[0]][::40]
    cases: list[tuple[str, bool, dict[str, Any]]] = [
        *((i, True, {}) for i in national), *((i, False, {}) for i in national + county),
        ("doc:中国:政府工作报告", True, {"depth": 2}), ("doc:周政字〔2020〕8号", False, {}),
        (national[0], True, {"min_score": 0.8}), (county[0], False, {"basis": "declared"}),
        (national[1], True, {"depth": 1}),
    ]
    most = 0
    for node_id, down, options in cases:
        walk = trace.trace_down if down else trace.trace_up
        reads.clear()
        found = walk(neo4j, node_id, **options)
        assert found is not None
        assert found.to_json() == walk(memory, node_id, **options).to_json(), (node_id, down)
        # the root, one statement per level at most, then the chains' nodes and links whole
        assert len(reads) <= 2 + options.get("depth", 4), (node_id, len(reads))
        most = max(most, len(reads))
    assert most >= 4  # traces of several levels are among those compared


def test_neo4j_neighbourhood_is_the_embedded_stores(stores: tuple[MemoryStore, Neo4jStore],
                                                    seed_graph: Subgraph) -> None:
    """Seed graph and random graphs (every relationship shape, cycles of CONTAINS, national
    items among random measures): the one statement gives the rows of its definition."""
    memory, neo4j = stores
    rng = random.Random(7)
    graphs = [seed_graph]
    for seed in (11, 12):
        graph = random_graph(seed, size=150)
        for node in graph.nodes.values():
            if node.label is Label.MEASURE and rng.random() < 0.4:
                node.props["source"] = NATIONAL
        graphs.append(graph)
    for graph in graphs:
        memory.clear()
        neo4j.clear()
        memory.write(graph)
        neo4j.write(graph)
        ids = sorted(graph.nodes)
        batches = [rng.sample(ids, k) for k in (1, 1, 3, 10, 40) for _ in range(4)]
        batches += [["nowhere"], [], ids[:1] + ["nowhere"] + ids[:1]]
        rows = 0
        for batch in batches:
            for down in (True, False):
                hood = neo4j.neighbourhood(batch, down)
                assert hood == memory.neighbourhood(batch, down), (batch, down)
                assert hood == neighbourhood_by_edges(neo4j, batch, down), (batch, down)
                rows += sum(map(len, (hood.parts, hood.implements, hood.themes,
                                      hood.corresponding, hood.namers)))
        assert rows > 100
        kinds = {rel.type for batch in batches for down in (True, False)
                 for rel, _ in memory.neighbourhood(batch, down).namers}
        assert kinds == {RelType.ADDRESSES}  # the bridge's rows are exercised too


def test_neo4j_trace_pages_are_the_embedded_stores_and_slices_of_the_whole_trace(
        stores: tuple[MemoryStore, Neo4jStore], seed_graph: Subgraph) -> None:
    """A page computed at the source (issue 12) is the same on both stores, and page 1 +
    page 2 are the first 2N chains of the whole trace."""
    memory, neo4j = stores
    memory.write(seed_graph)
    neo4j.write(seed_graph)
    national = [n.id for n in memory.nodes(Label.MEASURE, {"source": NATIONAL})[0]]
    county = [n.id for n in memory.nodes(Label.MEASURE, {"level": "county"})[0]][::40]
    paged = 0
    for node_id, down in [*((i, True) for i in national), *((i, False) for i in county)]:
        walk = trace.trace_down if down else trace.trace_up
        whole = walk(neo4j, node_id)
        assert whole is not None
        for size in (2, 9):
            first, second = walk(neo4j, node_id, limit=size), walk(neo4j, node_id, limit=size, offset=size)
            assert first is not None and second is not None
            assert first.to_json() == walk(memory, node_id, limit=size).to_json()
            assert second.to_json() == walk(memory, node_id, limit=size, offset=size).to_json()
            chains = [p.nodes for p in first.paths + second.paths]
            assert chains == [p.nodes for p in whole.paths][: 2 * size]
            assert [p.relationships for p in first.paths + second.paths] == \
                [p.relationships for p in whole.paths][: 2 * size]
            paged += second.more
    assert paged  # traces longer than two pages are among those compared
