"""The store contract on Neo4jStore against a real Neo4j 5, plus what only Neo4j has:
schema, real rollback, batching, connection and credential errors.

Needs `--neo4j` (scripts/test.sh passes it and starts a server); `neo4j_db` (tests/conftest.py)
yields a Driver on an empty database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from neo4j import BoltDriver, Driver, GraphDatabase
from neo4j.exceptions import AuthError

from policy_cascades.errors import CypherTimeout, StoreError
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.graph.store import WriteSummary
from tests.graph.store_contract import (
    DOC,
    HIRING,
    StoreContract,
    graph_of,
    node,
    rel,
    sample_graph,
    stored,
)
from tests.neo4j_fixtures import Neo4jSettings

UNREACHABLE = "bolt://127.0.0.1:1"


@pytest.fixture
def neo4j_store(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> Iterator[Neo4jStore]:
    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    yield store
    store.close()


@pytest.mark.neo4j
class TestNeo4jStore(StoreContract):
    @pytest.fixture
    def store(self, neo4j_store: Neo4jStore) -> Neo4jStore:
        return neo4j_store


def many_measures(count: int) -> Subgraph:
    graph = graph_of(node(DOC, Label.DOCUMENT, in_corpus=True, title="批量"))
    for index in range(count):
        mid = f"{DOC}#{index:05d}"
        graph.add_node(node(mid, Label.MEASURE, doc_id=DOC, heading=f"第{index}条", line=index))
        graph.add_rel(rel(RelType.CONTAINS, DOC, mid, line=index))
    return graph


@pytest.mark.neo4j
def test_neo4j_ensure_schema_creates_constraints_and_cjk_index(neo4j_store: Neo4jStore,
                                                               neo4j_db: Driver) -> None:
    neo4j_store.ensure_schema()
    neo4j_store.ensure_schema()  # idempotent
    constraints = neo4j_db.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
        "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label",
        database_=neo4j_store.database).records
    assert {r["label"] for r in constraints} >= {label.value for label in Label}
    indexes = {(r["label"], r["prop"]): r for r in neo4j_db.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state "
        "RETURN name, type, labelsOrTypes[0] AS label, properties[0] AS prop, options, state",
        database_=neo4j_store.database).records}
    for label, prop in [("Document", "doc_number"), ("Measure", "doc_id"), ("Agency", "system"),
                        ("Person", "name")]:
        assert indexes[(label, prop)]["type"] == "RANGE"
    fulltext = indexes[("Measure", "heading")]
    assert fulltext["name"] == "measure_text" and fulltext["type"] == "FULLTEXT"
    assert fulltext["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"
    assert fulltext["state"] == "ONLINE"


@pytest.mark.neo4j
def test_neo4j_write_failing_midway_rolls_back_everything(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(sample_graph())
    before = neo4j_store.subgraph()
    bad = many_measures(1500)  # several batches are sent before the bad row fails
    bad.add_node(node("theme:稳就业", Label.THEME, name="稳就业", broken={"nested": "map"}))
    with pytest.raises(StoreError, match="failed"):
        neo4j_store.write(bad)
    assert neo4j_store.subgraph() == before


@pytest.mark.neo4j
def test_neo4j_write_batches_of_at_most_1000_rows(neo4j_store: Neo4jStore) -> None:
    graph, seen = many_measures(2500), list[int]()
    summary = neo4j_store.write(graph, progress=seen.append)
    assert summary.nodes_created == 2501 and summary.relationships_created == 2500
    assert max(seen) == 1000 and sum(seen) == 5001
    assert neo4j_store.stats() == {"CONTAINS": 2500, "Document": 1, "Measure": 2500}
    assert neo4j_store.write(graph) == WriteSummary(0, 0, 0)
    page, total = neo4j_store.nodes(Label.MEASURE, {"doc_id": DOC}, limit=2, offset=1000)
    assert [n.id for n in page] == [f"{DOC}#01000", f"{DOC}#01001"] and total == 2500


@pytest.mark.neo4j
def test_neo4j_clear_large_graph_empties_store(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(many_measures(2500))
    neo4j_store.clear()
    assert neo4j_store.stats() == {}


@pytest.mark.neo4j
def test_neo4j_nodes_where_key_is_quoted_not_injected(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(sample_graph())
    assert neo4j_store.nodes(Label.MEASURE, {"x` IS NULL OR true //": "a"}) == ([], 0)


@pytest.mark.neo4j
def test_neo4j_read_past_its_time_is_stopped_and_says_so(neo4j_store: Neo4jStore) -> None:
    """A read the server stops at its timeout is a CypherTimeout (the API's 504), not a store
    failure that invites the same query again. (The server checks timeouts every couple of
    seconds: the statement runs far longer than that.)"""
    with pytest.raises(CypherTimeout, match="stopped"):
        neo4j_store._read("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*)",
                          timeout_=0.5)


@pytest.mark.neo4j
def test_neo4j_search_runs_under_the_search_timeout(neo4j_store: Neo4jStore,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_cascades.graph.neo4j_store import SEARCH_TIMEOUT

    neo4j_store.write(sample_graph())
    asked: list[float | None] = []
    read = neo4j_store._read

    def spy(query: str, *, timeout_: float | None = None, **params: object) -> list[object]:
        asked.append(timeout_)
        return read(query, timeout_=timeout_, **params)

    monkeypatch.setattr(neo4j_store, "_read", spy)
    assert [h.measure.id for h in neo4j_store.search(["复产企业", "补贴"], 0, 10).hits] == [HIRING]
    assert asked == [SEARCH_TIMEOUT]


@pytest.mark.neo4j
def test_neo4j_search_lucene_syntax_in_terms_is_literal(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(sample_graph())
    assert neo4j_store.search(['复产") OR 调度', "AND"], 0, 10).total == 0
    assert [h.measure.id for h in neo4j_store.search(["复产企业", "补贴"], 0, 10).hits] == [HIRING]


@pytest.mark.neo4j
def test_neo4j_items_each_end_once_missing_ends_left_out(neo4j_store: Neo4jStore) -> None:
    """items looks each relationship end up once (ends shared by several relationships, in
    both roles), and leaves out a relationship whose end or type is not stored."""
    graph = sample_graph()
    neo4j_store.write(graph)
    want = stored(graph)
    keys = [*sorted(want.relationships), ("CONTAINS", "doc:不存在", DOC), ("CONTAINS", DOC, "doc:不存在"),
            ("CITES", DOC, HIRING)]
    nodes, rels = neo4j_store.items([HIRING], list(reversed(keys)))
    assert nodes == [want.nodes[HIRING]]
    assert rels == [want.relationships[k] for k in reversed(keys) if k in want.relationships]
    assert len(rels) == len(want.relationships)


def test_neo4j_unreachable_port_raises_clear_store_error() -> None:
    with pytest.raises(StoreError, match=f"^cannot reach Neo4j at {UNREACHABLE}: "):
        Neo4jStore(UNREACHABLE, "neo4j", "secret")


@pytest.mark.neo4j
def test_neo4j_unreachable_driver_ping_false_reads_raise() -> None:
    # no retries: the driver's default retries a failing read for 30 s before giving up
    driver = GraphDatabase.driver(UNREACHABLE, auth=("neo4j", "secret"),
                                  max_transaction_retry_time=0)
    try:
        store = Neo4jStore(driver)
        assert store.ping() is False
        with pytest.raises(StoreError, match="cannot reach Neo4j"):
            store.stats()
    finally:
        driver.close()


@pytest.mark.neo4j
def test_neo4j_wrong_password_raises_clear_store_error(neo4j_settings: Neo4jSettings) -> None:
    """On a server that checks passwords: the local test server (authentication on), or
    NEO4J_URI's when NEO4J_PASSWORD is set; test_neo4j_refused_credentials_message covers the
    translation everywhere."""
    uri, user, password = neo4j_settings.uri, neo4j_settings.user, neo4j_settings.password
    if password is None:
        pytest.skip("NEO4J_URI's server is used without a password (authentication off)")
    try:
        store = Neo4jStore(uri, user, password + "-but-wrong")
    except StoreError as err:
        assert str(err).startswith(f"Neo4j refused the credentials for user {user!r} at {uri}")
        return
    store.close()
    pytest.fail(f"Neo4j at {uri} accepted a wrong password: authentication is off there "
                "(unset NEO4J_PASSWORD for such a server)")


def test_neo4j_refused_credentials_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the driver raises when the server refuses a password (seen on an auth-enabled
    5.26 harness) becomes a StoreError naming the user and the server; no server needed."""
    def refuse(self: Driver) -> None:
        raise AuthError("The client is unauthorized due to authentication failure.")

    monkeypatch.setattr(BoltDriver, "verify_connectivity", refuse)
    with pytest.raises(StoreError, match="^Neo4j refused the credentials for user 'reader' at "
                                         "bolt://127.0.0.1:1: The client is unauthorized"):
        Neo4jStore("bolt://127.0.0.1:1", "reader", "wrong")


def test_neo4j_bad_uri_scheme_raises_store_error() -> None:
    with pytest.raises(StoreError, match="cannot use Neo4j URI 'http://localhost:7474'"):
        Neo4jStore("http://localhost:7474", "neo4j", "secret")


def test_replace_is_one_transaction_old_graph_kept_on_failure(neo4j_db, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    """A replace that fails part-way leaves the old graph whole; one that succeeds leaves
    only the new graph (load --replace, and every incremental load, go through it)."""
    from policy_cascades.errors import StoreError
    from policy_cascades.graph.model import Node, Relationship, RelType, Subgraph
    from policy_cascades.graph.neo4j_store import Neo4jStore
    from tests.graph.store_contract import sample_graph

    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(sample_graph())
    before = store.subgraph()
    broken = Subgraph(nodes={"theme:甲": Node(id="theme:甲", label=Label.THEME, props={"name": "甲"})})
    broken.add_rel(Relationship(type=RelType.CORRESPONDS_TO, start="theme:甲", end="theme:不在"))
    with pytest.raises(StoreError):
        store.replace(broken)
    assert store.subgraph() == before
    fresh = Subgraph(nodes={"theme:乙": Node(id="theme:乙", label=Label.THEME, props={"name": "乙"})})
    store.replace(fresh)
    assert set(store.subgraph().nodes) == {"theme:乙"}
