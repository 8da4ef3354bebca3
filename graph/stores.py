"""Opening a store by name: the embedded one from its saved file, or Neo4j from its URI."""

from __future__ import annotations

import logging
from pathlib import Path

from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.pipeline import corpus_files, extract, seed_corpus, write_graph
from policy_cascades.graph.store import GraphStore

logger = logging.getLogger(__name__)


def open_memory(graph_file: Path | None) -> MemoryStore:
    """The saved graph if there is one; else the seed corpus, built now (and saved)."""
    if graph_file is not None and graph_file.exists():
        return MemoryStore.open(graph_file)
    logger.info("no saved graph at %s: building the seed corpus", graph_file)
    store = MemoryStore()
    write_graph(extract(corpus_files([seed_corpus()])).documents, store)
    if graph_file is not None:
        store.save(graph_file)
    return store


def open_neo4j(uri: str, user: str, password: str | None, database: str) -> GraphStore:
    from policy_cascades.graph.neo4j_store import (
        Neo4jStore,  # the driver loads only when Neo4j is asked for
    )

    return Neo4jStore(uri, user, password, database=database)
