"""The test Neo4j is a real Neo4j 5 with the CJK full-text analyzer the project relies on."""

from __future__ import annotations

import pytest
from neo4j import Driver

from tests.neo4j_fixtures import Neo4jSettings

pytestmark = pytest.mark.neo4j


def test_neo4j_server_return_1_answers(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    records = neo4j_db.execute_query("RETURN 1 AS one", database_=neo4j_settings.database).records
    assert [r["one"] for r in records] == [1]


def test_neo4j_server_is_version_5(neo4j_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    records = neo4j_db.execute_query(
        "CALL dbms.components() YIELD name, versions RETURN versions[0] AS version",
        database_=neo4j_settings.database).records
    assert records[0]["version"].startswith("5.")


def test_neo4j_server_cjk_fulltext_finds_chinese_phrase(neo4j_db: Driver,
                                                        neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    neo4j_db.execute_query(
        "CREATE FULLTEXT INDEX server_test_text FOR (m:Measure) ON EACH [m.heading] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}", database_=db)
    neo4j_db.execute_query("CALL db.awaitIndexes(60)", database_=db)
    neo4j_db.execute_query(
        "UNWIND $headings AS heading CREATE (:Measure {heading: heading})",
        {"headings": ["保障复产企业用工", "加强财政资金统筹"]}, database_=db)
    records = neo4j_db.execute_query(
        "CALL db.index.fulltext.queryNodes('server_test_text', $q) YIELD node, score "
        "RETURN node.heading AS heading ORDER BY score DESC", {"q": "复产"}, database_=db).records
    assert [r["heading"] for r in records] == ["保障复产企业用工"]


def test_neo4j_db_starts_empty_after_schema_and_data(neo4j_db: Driver,
                                                     neo4j_settings: Neo4jSettings) -> None:
    """Runs after the full-text test in file order: its index and nodes must be gone."""
    db = neo4j_settings.database
    nodes = neo4j_db.execute_query("MATCH (n) RETURN count(n) AS c", database_=db).records
    indexes = neo4j_db.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", database_=db).records
    assert nodes[0]["c"] == 0 and indexes == []
    neo4j_db.execute_query("CREATE CONSTRAINT server_test_id FOR (d:Document) REQUIRE d.id IS "
                           "UNIQUE", database_=db)
