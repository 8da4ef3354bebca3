"""A Neo4j load larger than the server's transaction memory (issue 12): refused whole, with
a message that says what to do and nothing written; or written in parts (`batch_rows`)
under a marker that reports an interrupted load until a load finishes, and that running the
load again completes.

Against a harness server of its own with a small heap: its transaction memory (70% of the
heap, `db.memory.transaction.total.max`) then holds a few tens of thousands of rows instead
of the 2 GiB harness's few hundred thousand.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.errors import TransactionTooLarge
from policy_cascades.graph import neo4j_store
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.settings import get_settings
from tests.graph.store_contract import assert_same_graph
from tests.neo4j_fixtures import _load_server_module
from tools.bench_bulk_load import copies  # n disjoint copies of a graph, as the bench loads them

pytestmark = pytest.mark.neo4j

SMALL_HEAP = "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"  # ~180 MiB per transaction
COPIES = 8  # of the seed graph: 64,464 rows, more than the small server takes at once
PART = 8_000


@pytest.fixture(scope="module")
def small_neo4j(request: pytest.FixtureRequest) -> Iterator[Neo4jStore]:
    if os.environ.get("NEO4J_URI"):
        pytest.skip("needs the local harness: its heap is set here")
    patch = pytest.MonkeyPatch()
    patch.setenv("NEO4J_HARNESS_JAVA_OPTS", SMALL_HEAP)
    try:
        server = _load_server_module()
        with server.running_neo4j(timeout=request.config.getoption("--neo4j-timeout")) as uri:
            store = Neo4jStore(uri, "neo4j", None)
            yield store
            store.close()
    finally:
        patch.undo()


@pytest.fixture(scope="module")
def seed() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


def same_as(graph: Subgraph, store: Neo4jStore) -> None:
    memory = MemoryStore()
    memory.write(graph)
    assert_same_graph(memory, store)


def test_load_too_large_for_one_transaction_is_refused_whole_then_written_in_parts(
        small_neo4j: Neo4jStore, seed: Subgraph) -> None:
    store = small_neo4j
    store.clear()
    old = copies(seed, 1)
    store.write(old)
    large = copies(seed, COPIES)
    with pytest.raises(TransactionTooLarge) as refused:
        store.write(large)
    message = str(refused.value)
    assert "nothing was written" in message
    assert "policy-cascades bulk import" in message and "--batch-rows" in message
    assert "transaction" in message
    same_as(old, store)  # the old graph, untouched
    assert store.interrupted_load() is None

    summary = store.write(large, batch_rows=PART)
    assert summary.nodes_created == len(large.nodes) - len(old.nodes)
    assert summary.relationships_created == len(large.relationships) - len(old.relationships)
    same_as(large, store)
    assert store.interrupted_load() is None  # the marker went with the last part


def test_interrupted_load_in_parts_is_reported_and_completed_by_running_it_again(
        small_neo4j: Neo4jStore, seed: Subgraph, monkeypatch: pytest.MonkeyPatch) -> None:
    store = small_neo4j
    store.clear()
    large = copies(seed, COPIES)
    commit = neo4j_store._Parts.commit

    def killed_after_three(self: neo4j_store._Parts) -> None:
        if self.commits == 3:
            raise KeyboardInterrupt  # as a load killed between two parts
        commit(self)

    monkeypatch.setenv("NEO4J_URI", "")  # restored afterwards: the CLI's flag sets it
    monkeypatch.setattr(neo4j_store._Parts, "commit", killed_after_three)
    with pytest.raises(KeyboardInterrupt):
        store.write(large, batch_rows=PART)
    monkeypatch.setattr(neo4j_store._Parts, "commit", commit)
    found = store.interrupted_load()
    assert found is not None and found["rows"] == len(large.nodes) + len(large.relationships)
    assert found["replace"] is False
    stats = store.stats()
    written = sum(stats.values())
    assert 3 * PART <= written < found["rows"]  # three parts committed, the fourth not
    assert "PolicyCascadesLoad" not in stats and store.subgraph().nodes.keys() <= large.nodes.keys()
    said = CliRunner().invoke(main, ["--neo4j-uri", store.uri, "stats"])
    get_settings.cache_clear()
    assert said.exit_code == 0, said.output
    assert f"a load in parts ({found['rows']} rows, started" in said.output
    assert "did not finish: the graph holds part of it; run that load again" in said.output

    again = store.write(large, batch_rows=PART)  # the same load again
    assert again.nodes_created + again.relationships_created == found["rows"] - written
    same_as(large, store)
    assert store.interrupted_load() is None


def test_replace_in_parts_leaves_only_the_new_graph(small_neo4j: Neo4jStore,
                                                    seed: Subgraph) -> None:
    store = small_neo4j
    store.clear()
    store.write(copies(seed, 2), batch_rows=PART)
    new = copies(seed, COPIES)
    new.nodes = {key: node for key, node in new.nodes.items() if not key.startswith("c0:")}
    new.relationships = {key: rel for key, rel in new.relationships.items()
                         if rel.start in new.nodes and rel.end in new.nodes}
    with pytest.raises(TransactionTooLarge):
        store.replace(new)
    store.replace(new, batch_rows=PART)
    same_as(new, store)  # c0: gone, c1: kept as new rows, the rest added
    assert store.interrupted_load() is None
