"""graph.cypher_guard: writes refused on their keywords, outside strings, comments and names.

(Tests for graph/cypher_guard.py kept with the API tests that rely on it; they are pure.)
"""

from __future__ import annotations

import pytest

from policy_cascades.errors import CypherRefused
from policy_cascades.graph.cypher_guard import check_plan, check_read_only, tokenize

WRITES = [
    "CREATE (n:Document {id: 'x'})",
    "create (n)",
    "MATCH (n) DETACH DELETE n",
    "match (n) delete n",
    "MERGE (d:Document {id: 'doc:周政字〔2020〕8号'})",
    "MATCH (m:Measure) SET m.heading = '改'",
    "MATCH (m:Measure) set m += {heading: '改'}",
    "MATCH (m:Measure) REMOVE m.heading",
    "MATCH (m:Measure) REMOVE m:Measure",
    "DROP INDEX measure_text",
    "DROP CONSTRAINT document_id",
    "CREATE INDEX x FOR (n:Measure) ON (n.region)",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load csv with headers from 'https://example.com/x.csv' AS r RETURN r",
    "USING PERIODIC COMMIT LOAD CSV FROM 'x' AS r CREATE (n)",
    "MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.seen = true)",
    "MATCH (n) FOREACH (x IN [n] | DELETE x)",
    "CALL db.createLabel('Evil')",
    "CALL db.createProperty('evil')",
    "CALL db.createRelationshipType('EVIL')",
    "CALL apoc.create.node(['Evil'], {})",
    "call apoc.create.setProperty(n, 'x', 1)",
    "CALL apoc.cypher.runWrite('CREATE (n)', {})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "CALL `db`.`createLabel`('Evil')",
    "CALL db . createLabel('Evil')",
    "CALL { CREATE (n:Evil) }",
    "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
    "MATCH (n) CALL (n) { WITH n RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n",
    "MATCH (n) CALL (n) { RETURN n } IN 4 CONCURRENT TRANSACTIONS RETURN n",
    "MATCH (n) RETURN n; CREATE (m)",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "MATCH (n) RETURN n ; MATCH (m) RETURN m",
    "RETURN 1 /* harmless */ ; DROP DATABASE neo4j",
    "MATCH (n) // a comment\nDELETE n",
    "MATCH (n) /* a comment */ DETACH /* another */ DELETE n",
    "MATCH (n) WHERE n.title = 'it\\'s' DELETE n",
    "MATCH (n) WHERE n.title = \"say \\\"hi\\\"\" SET n.x = 1",
    "USE system SHOW USERS",
    "ALTER USER neo4j SET PASSWORD 'x'",
    "GRANT ROLE admin TO evil",
    "STOP DATABASE neo4j",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "EXPLAIN CREATE (n)",
    "PROFILE MATCH (n) SET n.x = 1",
    "MATCH (n)\n\tdElEtE\n n",
    "RETURN apoc.text.join(['a', 'b'], ',') AS s, apoc.create.uuid() AS u",
    "RETURN `apoc`.`util`.sleep(100000)",
    "SHOW INDEXES",
    "SHOW SETTINGS",
    "SHOW TRANSACTIONS",
    "CALL dbms.listConfig()",
    "CALL dbms.components()",
    "WITH 1 AS x //\rLOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "WITH 1 AS x //\u2028MATCH (n) DETACH DELETE n",
    "RETURN 1 \\u002f\\u002f x",
    "MATCH\u00a0(n) RETURN n",
]

READS = [
    "MATCH (d:Document {doc_number: '周政字〔2020〕8号'}) RETURN d.title",
    "MATCH (d:Document) WHERE d.title CONTAINS 'CREATE' RETURN d",
    "MATCH (d) WHERE d.note = \"DELETE me; DROP all\" RETURN d",
    "MATCH (d) // DELETE in a comment\nRETURN d",
    "MATCH (d) /* SET and MERGE\n in a block comment */ RETURN d",
    "MATCH (n) RETURN n.`create`, n.set, n.delete",
    "MATCH (n:Set)-[:MERGE]->(m:`DELETE`) RETURN n",
    "MATCH (n) WHERE n.name STARTS WITH '区' RETURN n.offset, $set",
    "MATCH (m:Measure) RETURN m.heading ORDER BY m.id SKIP 10 LIMIT 5",
    "MATCH p = (a:Measure)-[:IMPLEMENTS*1..4]->(b) RETURN p",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.index.fulltext.queryNodes('measure_text', '稳岗返还') YIELD node, score RETURN node.id",
    "CALL db.schema.visualization()",
    "MATCH (n) CALL { WITH n MATCH (n)-[r]->() RETURN count(r) AS degree } RETURN n, degree",
    "MATCH (n) CALL (n) { MATCH (n)--(m) RETURN m } RETURN m",
    "MATCH (n) RETURN n;",
    "MATCH (节点:Measure) RETURN 节点.heading",
    "RETURN date.truncate('month', date('2020-03-06')) AS month, point({x: 1, y: 2}) AS p",
    "MATCH (user:Agency) WITH user AS role RETURN role.name AS database",
    "UNWIND [1, 2, 3] AS x RETURN x IN [1] AS inside",
    "MATCH (n) WHERE n.x IS :: INTEGER RETURN n",
]


@pytest.mark.parametrize("query", WRITES)
def test_guard_write_refused(query: str) -> None:
    with pytest.raises(CypherRefused):
        check_read_only(query)


@pytest.mark.parametrize("query", READS)
def test_guard_read_allowed(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize("query", ["", "   ", "// only a comment", ";"])
def test_guard_empty_refused(query: str) -> None:
    with pytest.raises(CypherRefused, match="empty"):
        check_read_only(query)


@pytest.mark.parametrize("query", [
    "MATCH (n) WHERE n.x = 'unterminated RETURN n",
    "MATCH (n) /* open comment RETURN n",
    "MATCH (`n) RETURN 1",
])
def test_guard_unterminated_refused(query: str) -> None:
    with pytest.raises(CypherRefused, match="unterminated"):
        check_read_only(query)


@pytest.mark.parametrize("ending", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085",
                                    "\x0b", "\x0c"])
def test_guard_comment_ends_at_every_line_end(ending: str) -> None:
    """A `//` comment ends where any Cypher parser ends it, so it hides nothing that runs."""
    with pytest.raises(CypherRefused):
        check_read_only(f"WITH 1 AS x // note{ending}LOAD CSV FROM 'file:///etc/passwd' AS r "
                        "RETURN r")


@pytest.mark.parametrize("plan", [
    {"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "LoadCSV@neo4j"}]},
    {"operatorType": "ShowSettings@neo4j"},
    {"operatorType": "TerminateTransactions@neo4j"},
    {"operatorType": "ProduceResults@neo4j", "children": [
        {"operatorType": "ProcedureCall@neo4j", "args": {
            "Details": "dbms.listConfig(\"\") :: (name :: STRING)"}}]},
    {"operatorType": "ProduceResults@neo4j", "children": [
        {"operatorType": "Apply@neo4j", "children": [{"operatorType": "Argument@neo4j"},
                                                      {"operatorType": "Create@neo4j"}]}]},
])
def test_check_plan_refuses_operators_outside_allow_list(plan: dict) -> None:
    with pytest.raises(CypherRefused):
        check_plan("r", plan)


def test_check_plan_allows_reads_and_listed_procedures() -> None:
    check_plan("r", {"operatorType": "ProduceResults@neo4j", "children": [
        {"operatorType": "Expand(All)@neo4j", "children": [
            {"operatorType": "ProcedureCall@neo4j",
             "args": {"Details": "db.labels() :: (label :: STRING)"}}]}]})


@pytest.mark.parametrize("query_type", ["rw", "w", "s", None])
def test_check_plan_refuses_query_types_other_than_read(query_type: str | None) -> None:
    with pytest.raises(CypherRefused, match="query type"):
        check_plan(query_type, {"operatorType": "ProduceResults@neo4j"})


def test_guard_message_names_keyword() -> None:
    with pytest.raises(CypherRefused, match="DELETE is not allowed"):
        check_read_only("MATCH (n) delete n")
    with pytest.raises(CypherRefused, match="CALL db.createLabel"):
        check_read_only("CALL db.createLabel('x')")
    with pytest.raises(CypherRefused, match="one statement"):
        check_read_only("RETURN 1; RETURN 2")


def test_tokenize_strings_comments_names() -> None:
    tokens = tokenize("MATCH (n:`my label`) // x\nWHERE n.t = 'a\\'b' RETURN n")
    assert [(t.kind, t.text) for t in tokens] == [
        ("word", "MATCH"), ("punct", "("), ("word", "n"), ("punct", ":"),
        ("quoted", "my label"), ("punct", ")"), ("word", "WHERE"), ("word", "n"),
        ("punct", "."), ("word", "t"), ("punct", "="), ("string", "a\\'b"),
        ("word", "RETURN"), ("word", "n")]
