"""API test fixtures: the seed corpus built once per session into a MemoryStore, and a
TestClient whose get_store is that store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from api.deps import get_store
from api.main import app
from graph.memory_store import MemoryStore
from graph.model import Subgraph
from graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from graph.store import GraphStore


@pytest.fixture(scope="session")
def seed_graph() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


@pytest.fixture(scope="session")
def seed_store(seed_graph: Subgraph) -> MemoryStore:
    store = MemoryStore()
    store.write(seed_graph)
    return store


@contextmanager
def client_on(store: GraphStore) -> Iterator[TestClient]:
    """A TestClient on `store` (the lifespan does not run: nothing is opened from settings)."""
    app.dependency_overrides[get_store] = lambda: store
    try:
        yield TestClient(app)
    finally:
        app.dependency_overrides.pop(get_store, None)


@pytest.fixture
def client(seed_store: MemoryStore) -> Iterator[TestClient]:
    with client_on(seed_store) as test_client:
        yield test_client
