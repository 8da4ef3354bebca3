"""The API answers alike on both stores: the seed corpus in MemoryStore and in Neo4j."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Subgraph
from tests.api.conftest import client_on
from tests.api.parity import PARITY_PATHS, assert_same_json
from tests.neo4j_fixtures import Neo4jSettings

if TYPE_CHECKING:
    from neo4j import Driver


@pytest.mark.neo4j
def test_api_parity_memory_neo4j_every_get_endpoint(
        neo4j_db: Driver, neo4j_settings: Neo4jSettings, seed_graph: Subgraph,
        seed_store: MemoryStore) -> None:
    from policy_cascades.graph.neo4j_store import Neo4jStore

    neo4j_store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    neo4j_store.write(seed_graph)
    with client_on(seed_store) as memory, client_on(neo4j_store) as neo4j:
        assert_same_json(memory, neo4j, PARITY_PATHS)


def test_parity_paths_cover_every_get_endpoint(seed_store: MemoryStore) -> None:
    with client_on(seed_store) as client:
        spec = client.get("/openapi.json").json()
        routes = {path for path, ops in spec["paths"].items() if "get" in ops} - {"/health"}
        covered = {route for route in routes for url in PARITY_PATHS
                   if _matches(route, url.split("?")[0])}
        assert covered == routes
        assert all(client.get(url).status_code in (200, 404, 422) for url in PARITY_PATHS)


def _matches(route: str, path: str) -> bool:
    if "{" not in route:
        return route == path
    prefix, _, rest = route.partition("{")
    suffix = rest.partition("}")[2]
    return path.startswith(prefix) and path.endswith(suffix) and len(path) > len(prefix + suffix)
