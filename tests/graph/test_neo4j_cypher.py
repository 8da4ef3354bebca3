"""Neo4jStore.read_cypher and POST /cypher against a real Neo4j: reads run with a row limit;
writes are refused by the guard, and by the server's READ access mode if one got past it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.deps import get_store
from api.main import create_app
from errors import CypherError, CypherRefused
from graph.neo4j_store import Neo4jStore
from settings import Settings, get_settings
from tests.graph.store_contract import sample_graph
from tests.neo4j_fixtures import Neo4jSettings

pytestmark = pytest.mark.neo4j


@pytest.fixture
def store(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> Neo4jStore:
    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(sample_graph())
    return store


def _count(store: Neo4jStore) -> int:
    return store.read_cypher("MATCH (n) RETURN count(n) AS n", {}, 5.0, 10)[0]["n"]


def test_read_cypher_returns_rows_as_json_with_a_limit(store: Neo4jStore) -> None:
    rows = store.read_cypher("MATCH (n) RETURN n ORDER BY n.id", {}, 5.0, 2)
    assert len(rows) == 2 and rows[0]["n"]["id"] and rows[0]["n"]["labels"]
    [row] = store.read_cypher("MATCH (d:Document {doc_number: $n}) RETURN d.title AS title",
                              {"n": "周政字〔2020〕8号"}, 5.0, 10)
    assert row["title"]


@pytest.mark.parametrize("write", [
    "CREATE (n:Intruder)", "MATCH (n) DETACH DELETE n", "MERGE (n:Intruder {id: 'x'})",
    "MATCH (n) SET n.hacked = true", "CALL db.createLabel('Intruder')",
])
def test_read_cypher_write_is_refused_by_the_server_and_changes_nothing(store: Neo4jStore,
                                                                       write: str) -> None:
    before = _count(store)
    with pytest.raises(CypherRefused):
        store.read_cypher(write, {}, 5.0, 10)
    assert _count(store) == before
    assert store.read_cypher("MATCH (n) WHERE n.hacked RETURN n", {}, 5.0, 10) == []


def test_read_cypher_bad_statement_is_a_cypher_error(store: Neo4jStore) -> None:
    with pytest.raises(CypherError, match="could not run"):
        store.read_cypher("MATCH (n RETURN n", {}, 5.0, 10)


def test_post_cypher_on_neo4j_reads_and_refuses_writes(store: Neo4jStore) -> None:
    app = create_app()
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_settings] = lambda: Settings(cypher_row_limit=1)
    with TestClient(app) as client:
        read = client.post("/cypher", json={"query": "MATCH (n) RETURN n.id AS id ORDER BY id"})
        assert read.status_code == 200, read.text
        assert read.json()["count"] == 1 and read.json()["truncated"] is True
        before = _count(store)
        for write in ("CREATE (n:X)", "match (n) detach delete n", "LOAD CSV FROM 'file:///x' AS r RETURN r"):
            refused = client.post("/cypher", json={"query": write})
            assert refused.status_code == 403, (write, refused.text)
        assert _count(store) == before
        bad = client.post("/cypher", json={"query": "RETURN nosuchfunction(1)"})
        assert bad.status_code == 400, bad.text
