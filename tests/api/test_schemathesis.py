"""Schemathesis against the API: generated requests for every operation in the OpenAPI
document, on the embedded store (and on Neo4j with --neo4j), each answer checked for a server
error and against what the document declares (status, headers, body shape, content type).

Bounded for CI: a fixed number of examples per operation, derandomized (the same requests
every run), no deadline per example (the whole run stays under a minute on the seed corpus).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from neo4j import Driver
from schemathesis.specs.openapi.checks import positive_data_acceptance

from policy_cascades.api.deps import LazyStore, get_store
from policy_cascades.api.main import create_app
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.store import GraphStore
from tests.neo4j_fixtures import Neo4jSettings

EXAMPLES = 15
app = create_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
bounded = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                   suppress_health_check=list(HealthCheck), print_blob=True)


def _check(case: schemathesis.Case, store: GraphStore) -> None:
    app.dependency_overrides[get_store] = lambda: store
    # /cypher answers 400 for any statement the store cannot run: a random statement on
    # Neo4j, any statement on the embedded store; a schema cannot tell those apart
    excluded = [positive_data_acceptance] if case.path == "/cypher" else []
    case.call_and_validate(excluded_checks=excluded)


@schema.parametrize()
@bounded
def test_api_on_the_embedded_store_as_documented(case: schemathesis.Case,
                                                  seed_store: MemoryStore) -> None:
    _check(case, seed_store)


@pytest.fixture(scope="module")
def neo4j_seed(neo4j_driver: Driver, neo4j_settings: Neo4jSettings,
               seed_graph: Subgraph) -> Iterator[GraphStore]:
    from policy_cascades.graph.neo4j_store import Neo4jStore
    from tests.neo4j_fixtures import reset_database

    reset_database(neo4j_driver, neo4j_settings.database)
    store = Neo4jStore(neo4j_driver, database=neo4j_settings.database)
    store.write(seed_graph)
    yield LazyStore("neo4j", lambda: store)  # as api.main.open_store serves Neo4j


@pytest.mark.neo4j
@schema.parametrize()
@bounded
def test_api_on_neo4j_as_documented(case: schemathesis.Case, neo4j_seed: GraphStore) -> None:
    _check(case, neo4j_seed)
