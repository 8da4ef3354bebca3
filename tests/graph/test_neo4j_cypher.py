"""Neo4jStore.read_cypher and POST /cypher against a real Neo4j: reads run with row and byte
limits; everything else is refused by the text check, by the server's own plan (EXPLAIN)
even when the text check is skipped, and by the READ access mode — and nothing is read
from the server's files or the network."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from policy_cascades.api.deps import LazyStore, get_store
from policy_cascades.api.main import create_app
from policy_cascades.errors import CypherError, CypherRefused, CypherTimeout
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.queries import load_queries
from policy_cascades.settings import Settings, get_settings
from tests.graph.cypher_bypasses import bypasses
from tests.graph.store_contract import sample_graph
from tests.neo4j_fixtures import Neo4jSettings

pytestmark = pytest.mark.neo4j
SECRET = "policy-cascades-secret-line"


@pytest.fixture
def store(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> Neo4jStore:
    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(sample_graph())
    return store


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on loopback that records every request made to it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n1,2\n")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/data.csv", hits
    server.shutdown()


def _read(store: Neo4jStore, query: str, limit: int = 10) -> list[dict]:
    return store.read_cypher(query, {}, 5.0, limit, 1_000_000)[0]


def _fingerprint(store: Neo4jStore) -> list[dict]:
    return _read(store, "MATCH (n) OPTIONAL MATCH (n)-[r]->() "
                        "RETURN n.id AS id, labels(n) AS labels, count(r) AS out, "
                        "keys(n) AS keys ORDER BY id", 10_000)


def test_read_cypher_returns_rows_as_json_with_a_limit(store: Neo4jStore) -> None:
    rows, truncated = store.read_cypher("MATCH (n) RETURN n ORDER BY n.id", {}, 5.0, 2, 10**6)
    assert len(rows) == 2 and truncated and rows[0]["n"]["id"] and rows[0]["n"]["labels"]
    [row] = _read(store, "MATCH (d:Document {doc_number: '周政字〔2020〕8号'}) RETURN d.title AS title")
    assert row["title"]


def test_read_cypher_byte_limit_cuts_the_result(store: Neo4jStore) -> None:
    rows, truncated = store.read_cypher("UNWIND range(1, 10000) AS i RETURN i, 'xxxxxxxxxx' AS s",
                                        {}, 5.0, 100_000, 2_000)
    assert truncated and 0 < len(rows) < 100


def test_read_cypher_past_the_timeout_is_stopped(store: Neo4jStore) -> None:
    with pytest.raises(CypherTimeout, match="0.5 s"):
        store.read_cypher("UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 "
                          "RETURN count(i)", {}, 0.5, 10, 10**6)


@pytest.mark.parametrize("write", [
    "CREATE (n:Intruder)", "MATCH (n) DETACH DELETE n", "MERGE (n:Intruder {id: 'x'})",
    "MATCH (n) SET n.hacked = true", "CALL db.createLabel('Intruder')",
])
def test_read_cypher_write_is_refused_by_the_plan_and_changes_nothing(store: Neo4jStore,
                                                                      write: str) -> None:
    before = _fingerprint(store)
    with pytest.raises(CypherRefused):
        _read(store, write)
    assert _fingerprint(store) == before


def test_read_cypher_bad_statement_is_a_cypher_error(store: Neo4jStore) -> None:
    with pytest.raises(CypherError, match="could not run"):
        _read(store, "MATCH (n RETURN n")


def test_every_named_query_passes_both_checks(store: Neo4jStore) -> None:
    """The allow-lists are wide enough for real analysis: the shipped queries all run."""
    from policy_cascades.graph.cypher_guard import check_read_only
    for query in load_queries().values():
        check_read_only(query.text)
        params = {name: _sample(kind) for name, kind in query.params.items()}
        store.read_cypher(query.text, params, 10.0, 10, 10**6)


def _sample(kind: str) -> object:
    return {"int": 3, "float": 0.5, "bool": True, "list": []}.get(kind.split("[")[0].strip(),
                                                                  "周政字〔2020〕8号")


def test_bypass_corpus_refused_by_the_plan_alone(store: Neo4jStore, tmp_path: Path,
                                                 listener: tuple[str, list[str]]) -> None:
    """With the text check skipped, the server's plan still refuses every attempt whose
    payload the server would run: the defence does not rest on our lexer. (Where the server
    reads the payload as a comment, say after `//\u2029`, only the harmless prefix runs.)"""
    url, hits = listener
    secret = tmp_path / "secret.csv"
    secret.write_text(f"{SECRET},1\n")
    attempts = bypasses(url, str(secret))
    assert len(attempts) >= 200
    before = _fingerprint(store)
    ran = []
    for query in attempts:
        try:
            rows = _read(store, query)
        except (CypherRefused, CypherError):
            continue
        ran.append((query, rows))
    harmless = [(q, rows) for q, rows in ran
                if all(set(row) <= {"x", "s", "one", "row", "c"} and row.get("row") in (None, 1)
                       for row in rows)]
    assert ran == harmless
    assert SECRET not in repr(ran)
    assert _fingerprint(store) == before
    assert hits == []


def test_bypass_corpus_refused_by_the_api(store: Neo4jStore, tmp_path: Path,
                                          listener: tuple[str, list[str]]) -> None:
    url, hits = listener
    secret = tmp_path / "secret.csv"
    secret.write_text(f"{SECRET},1\n")
    app = create_app()
    served = LazyStore("neo4j", lambda: store)  # as the API serves Neo4j (api.main.open_store)
    app.dependency_overrides[get_store] = lambda: served
    before = _fingerprint(store)
    with TestClient(app) as client:
        answers = [(query, client.post("/cypher", json={"query": query}))
                   for query in bypasses(url, str(secret))]
    assert [(q, r.status_code) for q, r in answers if r.status_code not in (400, 403)] == []
    assert not any(SECRET in r.text for _, r in answers)
    assert _fingerprint(store) == before
    assert hits == []


def test_post_cypher_on_neo4j_reads_and_refuses_writes(store: Neo4jStore) -> None:
    app = create_app()
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_settings] = lambda: Settings(cypher_row_limit=1)
    with TestClient(app) as client:
        read = client.post("/cypher", json={"query": "MATCH (n) RETURN n.id AS id ORDER BY id"})
        assert read.status_code == 200, read.text
        assert read.json()["count"] == 1 and read.json()["truncated"] is True
        bad = client.post("/cypher", json={"query": "RETURN nosuchfunction(1)"})
        assert bad.status_code == 400, bad.text
        app.dependency_overrides[get_settings] = lambda: Settings(cypher_timeout=0.5)
        timeout = client.post("/cypher", json={
            "query": "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)"})
        assert timeout.status_code == 504, timeout.text


@pytest.mark.parametrize(("query", "reason"), [
    ("RETURN 1/0 AS x", "/ by zero"),
    ("RETURN nosuchfunction(1) AS x", "Unknown function 'nosuchfunction'"),
    ("MATCH (n RETURN n", "Invalid input"),
    ("RETURN $missing AS x", "Expected parameter(s): missing"),
    ("RETURN range(1, 10, 0) AS x", "cannot be zero"),
    ("RETURN toInteger([1]) AS x", "Invalid input for function 'toInteger()'"),
])
def test_post_cypher_client_error_400_with_the_servers_reason(store: Neo4jStore, query: str,
                                                              reason: str) -> None:
    served = LazyStore("neo4j", lambda: store)  # as api.main.open_store serves Neo4j
    app = create_app()
    app.dependency_overrides[get_store] = lambda: served
    with TestClient(app) as client:
        answer = client.post("/cypher", json={"query": query})
        assert answer.status_code == 400, answer.text
        assert reason in answer.json()["detail"]
        assert not served.down  # a bad statement says nothing about the server
        assert client.get("/stats").status_code == 200


def test_post_cypher_load_csv_refused_4xx_with_reason(store: Neo4jStore,
                                                      listener: tuple[str, list[str]]) -> None:
    url, hits = listener
    app = create_app()
    app.dependency_overrides[get_store] = lambda: LazyStore("neo4j", lambda: store)
    with TestClient(app) as client:
        answer = client.post("/cypher", json={"query": f"LOAD CSV FROM '{url}' AS row RETURN row"})
    assert answer.status_code == 403, answer.text
    assert "LOAD" in answer.json()["detail"]
    assert hits == []


def test_post_cypher_neo4j_down_503_not_400(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    from tests.tcp_proxy import relay_to

    with relay_to(neo4j_settings.uri) as relay:
        store = Neo4jStore(f"bolt://{relay.address}", neo4j_settings.user, neo4j_settings.password)
        served = LazyStore("neo4j", lambda: store)
        app = create_app()
        app.dependency_overrides[get_store] = lambda: served
        with TestClient(app) as client:
            assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).status_code == 200
            relay.cut()
            for _ in range(2):  # found down, then known down
                answer = client.post("/cypher", json={"query": "RETURN 1 AS one"})
                assert answer.status_code == 503, answer.text
                assert "cannot reach Neo4j" in answer.json()["detail"]
        served.close()
