"""Bulk loading (issue 12 part 4): the importer's CSV (graph/bulk.py), and the seed corpus
imported with `neo4j-admin database import full` into a store that a harness server opens,
equal to the one Neo4jStore.write loads through the driver."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.errors import StoreError
from policy_cascades.graph.bulk import (
    ARRAY_DELIMITER,
    EMPTY_LISTS,
    empty_list_statements,
    finish_import,
    write_import_csv,
)
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from tests.graph.store_contract import assert_same_graph, stored

REPO = Path(__file__).resolve().parents[2]
ADMIN = f"{sys.executable} {REPO / 'tools' / 'neo4j_admin.py'}"


def _graph() -> Subgraph:
    graph = Subgraph()
    graph.add_node(Node(id="doc:周政字〔2020〕8号", label=Label.DOCUMENT, props={
        "doc_number": "周政字〔2020〕8号", "title": "", "in_corpus": True, "line": 1,
        "issuers": [], "date": None}))
    graph.add_node(Node(id="doc:甲", label=Label.DOCUMENT, props={
        "title": '含"引号",逗号\n和换行', "in_corpus": False, "line": 2, "issuers": ["甲", "乙"]}))
    graph.add_node(Node(id="m:1", label=Label.MEASURE, props={"target_values": [1.5, 2.0]}))
    graph.add_rel(Relationship(type=RelType.CITES, start="doc:甲", end="doc:周政字〔2020〕8号",
                               props={"score": 1.0, "evidence": []}))
    graph.add_rel(Relationship(type=RelType.CITES, start="m:1", end="doc:甲", props={"score": 1}))
    return graph


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_write_import_csv_one_file_per_label_and_typed_properties(tmp_path: Path) -> None:
    files = write_import_csv(_graph(), tmp_path)
    by_name = {path.name: _rows(path) for _, path in files.nodes + files.relationships}
    headers = sorted(rows[0] for rows in by_name.values())
    assert ["id:ID", "doc_number:string", "in_corpus:boolean", "line:long", "title:string"] in headers
    assert ["id:ID", "in_corpus:boolean", "issuers:string[]", "line:long", "title:string"] in headers
    assert ["id:ID", "target_values:double[]"] in headers
    # a long and a double of one property go to files of their own: the type stays exact
    assert [":START_ID", ":END_ID", "score:double"] in headers
    assert [":START_ID", ":END_ID", "score:long"] in headers
    rows = [row for rows in by_name.values() for row in rows[1:]]
    assert ["doc:甲", "false", f"甲{ARRAY_DELIMITER}乙", "2", '含"引号",逗号\n和换行'] in rows
    assert ["doc:周政字〔2020〕8号", "周政字〔2020〕8号", "true", "1", ""] in rows
    assert files.multiline and files.rows == 5
    assert "--multiline-fields=true" in files.arguments("neo4j")
    empty = json.loads((tmp_path / EMPTY_LISTS).read_text("utf-8"))
    assert empty == {"nodes": [["Document", "doc:周政字〔2020〕8号", ["issuers"]]],
                     "relationships": [["CITES", "Document", "doc:甲", "Document",
                                        "doc:周政字〔2020〕8号", ["evidence"]]]}


def test_write_import_csv_empty_string_quoted_so_it_stays_a_string(tmp_path: Path) -> None:
    files = write_import_csv(_graph(), tmp_path)
    text = "".join(path.read_text("utf-8") for _, path in files.nodes)
    assert '"周政字〔2020〕8号","true","1",""\n' in text


def test_write_import_csv_array_delimiter_in_a_value_refused(tmp_path: Path) -> None:
    graph = Subgraph()
    graph.add_node(Node(id="a", label=Label.AGENCY, props={"aliases": [f"x{ARRAY_DELIMITER}y"]}))
    with pytest.raises(StoreError, match="U\\+001F"):
        write_import_csv(graph, tmp_path)


def test_write_import_csv_mixed_array_refused(tmp_path: Path) -> None:
    graph = Subgraph()
    graph.add_node(Node(id="m", label=Label.MEASURE, props={"target_values": [1, 2.5]}))
    with pytest.raises(StoreError, match="target_values mixes types"):
        write_import_csv(graph, tmp_path)


@pytest.mark.neo4j
def test_bulk_import_seed_corpus_equals_driver_load(tmp_path: Path, neo4j_db, neo4j_settings,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_cascades.graph.neo4j_store import Neo4jStore
    from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
    from policy_cascades.settings import get_settings
    from tests.neo4j_fixtures import _load_server_module

    home, folder = tmp_path / "home", tmp_path / "csv"
    runner = CliRunner()
    done = runner.invoke(main, ["bulk", "import", "--home", str(home), "--csv-dir", str(folder),
                                "--neo4j-admin", ADMIN])
    assert done.exit_code == 0, done.output
    assert "imported" in done.output and (home / "data" / "databases" / "neo4j").is_dir()

    driver_store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    driver_store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    server = _load_server_module()
    with server.running_neo4j(timeout=300, http_port=-1, copy_from=home) as uri:
        monkeypatch.setenv("NEO4J_URI", uri)  # auth off: no password
        monkeypatch.setenv("NEO4J_DATABASE", "neo4j")
        monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
        get_settings.cache_clear()
        try:
            finished = runner.invoke(main, ["bulk", "finish", str(folder)])
        finally:
            get_settings.cache_clear()
        assert finished.exit_code == 0, finished.output
        assert "empty lists set" in finished.output
        bulk_store = Neo4jStore(uri, None, database="neo4j")
        try:
            assert_same_graph(bulk_store, driver_store)
            constraints = "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"
            assert [r["name"] for r in bulk_store._read(constraints)] == \
                [r["name"] for r in driver_store._read(constraints)]
        finally:
            bulk_store.close()


def _operators(plan: dict[str, object]) -> list[str]:
    children = plan.get("children") or []
    assert isinstance(children, list)
    return [str(plan["operatorType"]).split("@")[0], *(op for c in children for op in _operators(c))]


@pytest.mark.neo4j
def test_finish_import_relationship_found_between_both_ends_sets_empty_lists(  # type: ignore[no-untyped-def]
        tmp_path: Path, neo4j_db, neo4j_settings) -> None:
    """`bulk finish` matched a relationship as one pattern, and the planner sought its end and
    read every relationship into it: at a national item, tens of thousands per row (28
    minutes at 10,000 documents). Each end is now sought on its own and the relationship
    found between the two (Expand(Into), from the end of lower degree)."""
    from policy_cascades.graph.neo4j_store import Neo4jStore

    graph = Subgraph()
    hub = "doc:中国:政府工作报告#六保.1"
    graph.add_node(Node(id=hub, label=Label.MEASURE, props={"source": "national.json", "targets": []}))
    for i in range(40):
        graph.add_node(Node(id=f"doc:周政字〔2020〕8号#{i}", label=Label.MEASURE, props={"heading": str(i)}))
        graph.add_rel(Relationship(type=RelType.SIMILAR_TO, start=f"doc:周政字〔2020〕8号#{i}", end=hub,
                                   props={"score": 0.5, "adds": [], "evidence": [] if i % 2 else ["稳岗"]}))
    write_import_csv(graph, tmp_path)
    imported = Subgraph()  # what the importer writes: no empty list
    for n in graph.nodes.values():
        imported.add_node(Node(id=n.id, label=n.label, props={k: v for k, v in n.props.items() if v != []}))
    for r in graph.relationships.values():
        imported.add_rel(Relationship(type=r.type, start=r.start, end=r.end,
                                      props={k: v for k, v in r.props.items() if v != []}))
    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(imported)
    statements = empty_list_statements(tmp_path)
    assert [len(rows) for _, rows in statements] == [1, 40]
    with neo4j_db.session(database=neo4j_settings.database) as session:
        for query, _ in statements:
            plan = session.run("EXPLAIN " + query, rows=[]).consume().plan
            operators = _operators(plan)
            assert "NodeUniqueIndexSeek" in operators or "NodeUniqueIndexSeek(Locking)" in operators
            if "-[r:" in query:
                assert "Expand(Into)" in operators and "Expand(All)" not in operators, operators
    assert finish_import(store, tmp_path) == 1 + 40 + 20
    assert store.subgraph() == stored(graph)


@pytest.mark.neo4j
def test_neo4j_concurrent_first_writes_of_one_graph_both_succeed(neo4j_db, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    """Writes CREATE the nodes they looked up as absent; one that loses the race to a
    concurrent write of the same nodes is run again and then merges (issue 12 part 4)."""
    from concurrent.futures import ThreadPoolExecutor

    from policy_cascades.graph.neo4j_store import Neo4jStore
    from tests.graph.store_contract import sample_graph, stored

    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.ensure_schema()
    graph = sample_graph()
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda _: store.write(graph), range(3)))
    assert store.subgraph() == stored(graph)
    assert sum(store.stats().values()) == len(graph.nodes) + len(graph.relationships)


def test_a_lost_race_is_told_behind_the_result_that_failed_after_it() -> None:
    """The driver may report the id constraint's refusal as a later ResultFailedError whose
    context is the ConstraintError (seen under three concurrent first writes): run again too."""
    from neo4j.exceptions import ConstraintError, ResultFailedError

    from policy_cascades.errors import StoreError
    from policy_cascades.graph.neo4j_store import _lost_race

    def reported() -> StoreError:
        try:
            try:
                try:
                    raise ConstraintError("Node(0) already exists with label `Agency`")
                except ConstraintError:
                    raise ResultFailedError(None, "The result has failed.")  # noqa: B904 (as the driver does)
            except ResultFailedError as failed:
                raise StoreError("Neo4j failed") from failed
        except StoreError as err:
            return err

    assert _lost_race(reported())
    assert not _lost_race(StoreError("Neo4j failed"))
