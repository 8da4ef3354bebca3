"""POST /cypher: 400 on the embedded store, 403 for writes (never run), rows with a limit."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from policy_cascades.errors import CypherRefused, CypherTimeout, StoreError
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.settings import Settings
from tests.api.conftest import client_on

READ = "MATCH (d:Document {doc_number: $number}) RETURN d.title AS title"


class CypherStore(MemoryStore):
    """A test double standing in for Neo4jStore.read_cypher: it records each call and
    answers with canned rows (or raises what it is given)."""

    name = "neo4j"

    def __init__(self, rows: list[dict[str, Any]], error: Exception | None = None,
                 gate: threading.Event | None = None) -> None:
        super().__init__()
        self.rows, self.error, self.gate = rows, error, gate
        self.calls: list[tuple[str, dict[str, Any], float, int, int]] = []

    def read_cypher(self, query: str, parameters: dict[str, Any], timeout: float,
                    limit: int, max_bytes: int) -> tuple[list[dict[str, Any]], bool]:
        self.calls.append((query, parameters, timeout, limit, max_bytes))
        if self.gate is not None:
            self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return self.rows[:limit], len(self.rows) > limit


SMALL = Settings(cypher_row_limit=2, cypher_timeout=1.5, cypher_max_bytes=1000)


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
    assert store.calls == [(READ, {"number": "周政字〔2020〕8号"}, 1.5, 2, 1000)]


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
        response = client.post("/cypher", json={"query": "MATCH (n) RETURN n.x"})
    assert response.status_code == 403
    assert "read access mode" in response.json()["detail"]


def test_cypher_server_down_503() -> None:
    with client_on(CypherStore([], error=StoreError("cannot reach Neo4j"))) as client:
        assert client.post("/cypher", json={"query": "RETURN 1"}).status_code == 503


def test_cypher_empty_or_missing_query_422(client: TestClient) -> None:
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"parameters": {}}).status_code == 422


def test_cypher_timeout_504() -> None:
    with client_on(CypherStore([], error=CypherTimeout("ran past 1.5 s"))) as client:
        response = client.post("/cypher", json={"query": "MATCH (n) RETURN n"})
    assert response.status_code == 504 and "1.5 s" in response.json()["detail"]


def test_cypher_api_key_required_when_configured() -> None:
    keyed = Settings(api_key="s3cret-key")
    store = CypherStore([{"n": 1}])
    with client_on(store, keyed) as client:
        assert client.post("/cypher", json={"query": "RETURN 1 AS n"}).status_code == 401
        assert client.post("/cypher", json={"query": "RETURN 1 AS n"},
                           headers={"X-API-Key": "wrong"}).status_code == 401
        ok = client.post("/cypher", json={"query": "RETURN 1 AS n"},
                         headers={"X-API-Key": "s3cret-key"})
    assert ok.status_code == 200 and len(store.calls) == 1


def test_cypher_concurrency_bounded_429_with_retry_after() -> None:
    gate = threading.Event()
    store = CypherStore([{"n": 1}], gate=gate)
    with client_on(store, Settings(cypher_concurrency=2)) as client, \
            ThreadPoolExecutor(4) as pool:
        running = [pool.submit(client.post, "/cypher", json={"query": "RETURN 1 AS n"})
                   for _ in range(2)]
        while len(store.calls) < 2:
            threading.Event().wait(0.01)
        extra = client.post("/cypher", json={"query": "RETURN 1 AS n"})
        gate.set()
        statuses = sorted(f.result().status_code for f in running)
    assert extra.status_code == 429 and extra.headers["Retry-After"]
    assert statuses == [200, 200]


def test_request_body_over_limit_413_not_parsed() -> None:
    store = CypherStore([{"n": 1}])
    with client_on(store, Settings(max_body_bytes=1000)) as client:
        response = client.post("/cypher", json={"query": "RETURN 1 AS n // " + "x" * 5000})
        streamed = client.post("/cypher", content=iter([b'{"query": "RETURN 1', b" " * 2000,
                                                        b'"}']),
                               headers={"content-type": "application/json"})
    assert response.status_code == 413 and "1000 bytes" in response.json()["detail"]
    assert streamed.status_code == 413
    assert store.calls == []


def test_422_does_not_echo_a_large_input(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "x" * 30_000})
    assert response.status_code == 422
    assert len(response.content) < 1000 and "xxxx" not in response.text
