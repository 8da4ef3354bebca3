"""API test fixtures: the seed corpus built once per session into a MemoryStore, and a
TestClient whose get_store is that store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from policy_cascades.api.deps import get_store
from policy_cascades.api.main import create_app
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.store import GraphStore
from policy_cascades.settings import Settings, get_settings


@pytest.fixture(scope="session")
def seed_graph() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


@pytest.fixture(scope="session")
def seed_store(seed_graph: Subgraph) -> MemoryStore:
    store = MemoryStore()
    store.write(seed_graph)
    return store


@contextmanager
def client_on(store: GraphStore, settings: Settings | None = None) -> Iterator[TestClient]:
    """A TestClient on a new app serving `store` (and `settings`, if given). The lifespan
    does not run, so nothing is opened from the environment's settings."""
    app = create_app()
    app.dependency_overrides[get_store] = lambda: store
    if settings is not None:
        app.dependency_overrides[get_settings] = lambda: settings
    yield TestClient(app)  # not `with TestClient(...)`, which would run the lifespan


@pytest.fixture
def client(seed_store: MemoryStore) -> Iterator[TestClient]:
    with client_on(seed_store) as test_client:
        yield test_client
