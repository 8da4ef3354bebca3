"""POST /cypher: 400 on the embedded store, 403 for writes (never run), rows with a limit."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from errors import CypherRefused, StoreError
from graph.memory_store import MemoryStore
from settings import Settings
from tests.api.conftest import client_on

READ = "MATCH (d:Document {doc_number: $number}) RETURN d.title AS title"


class CypherStore(MemoryStore):
    """A test double standing in for Neo4jStore.read_cypher: it records each call and
    answers with canned rows (or raises what it is given)."""

    name = "neo4j"

    def __init__(self, rows: list[dict[str, Any]], error: Exception | None = None) -> None:
        super().__init__()
        self.rows, self.error = rows, error
        self.calls: list[tuple[str, dict[str, Any], float, int]] = []

    def read_cypher(self, query: str, parameters: dict[str, Any], timeout: float,
                    limit: int) -> list[dict[str, Any]]:
        self.calls.append((query, parameters, timeout, limit))
        if self.error is not None:
            raise self.error
        return self.rows[:limit]


SMALL = Settings(cypher_row_limit=2, cypher_timeout=1.5)


def test_cypher_memory_store_400_says_neo4j(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n)"})
    assert response.status_code == 400
    assert "Neo4j" in response.json()["detail"] and "memory" in response.json()["detail"]


def test_cypher_read_runs_with_settings_timeout_and_limit() -> None:
    store = CypherStore([{"title": "甲"}, {"title": "乙"}, {"title": "丙"}])
    with client_on(store, SMALL) as client:
        response = client.post("/cypher", json={"query": READ,
                                                "parameters": {"number": "周政字〔2020〕8号"}})
    assert response.status_code == 200
    assert response.json() == {"data": [{"title": "甲"}, {"title": "乙"}], "count": 2,
                               "truncated": True}
    assert store.calls == [(READ, {"number": "周政字〔2020〕8号"}, 1.5, 3)]


def test_cypher_under_limit_not_truncated() -> None:
    with client_on(CypherStore([{"n": 1}]), SMALL) as client:
        assert client.post("/cypher", json={"query": "RETURN 1 AS n"}).json() == {
            "data": [{"n": 1}], "count": 1, "truncated": False}


@pytest.mark.parametrize("query", [
    "CREATE (n:Document {id: 'x'})",
    "match (n) detach delete n",
    "MATCH (n:Measure) SET n.heading = '改'",
    "MATCH (d) RETURN d; MATCH (n) DELETE n",
    "CALL db.createLabel('Evil')",
    "CALL apoc.create.node(['Evil'], {})",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS RETURN 1",
])
def test_cypher_write_403_never_run(query: str) -> None:
    store = CypherStore([{"n": 1}])
    with client_on(store) as client:
        response = client.post("/cypher", json={"query": query})
    assert response.status_code == 403
    assert response.json()["detail"].startswith("refused: ")
    assert store.calls == []


def test_cypher_server_refuses_write_in_read_transaction_403() -> None:
    store = CypherStore([], error=CypherRefused("Writing in read access mode not allowed"))
    with client_on(store) as client:
        response = client.post("/cypher", json={"query": "MATCH (n) RETURN apoc.x(n)"})
    assert response.status_code == 403
    assert "read access mode" in response.json()["detail"]


def test_cypher_server_down_503() -> None:
    with client_on(CypherStore([], error=StoreError("cannot reach Neo4j"))) as client:
        assert client.post("/cypher", json={"query": "RETURN 1"}).status_code == 503


def test_cypher_empty_or_missing_query_422(client: TestClient) -> None:
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"parameters": {}}).status_code == 422
