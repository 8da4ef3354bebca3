"""The notebook API (policy_cascades/notebook.py, results.py) on the seed corpus, and the
notebook docs/six_protections.ipynb executed in a real kernel."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest

import policy_cascades as pc
from policy_cascades.graph.model import Label, RelType
from policy_cascades.graph.pipeline import seed_corpus
from policy_cascades.graph.trace import trace_down, trace_up
from policy_cascades.notebook import MEASURE_COLUMNS, NotFound
from policy_cascades.queries import QueryParamError, run_named
from policy_cascades.results import PATH_COLUMNS

if TYPE_CHECKING:
    from neo4j import Driver

    from tests.neo4j_fixtures import Neo4jSettings

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "six_protections.ipynb"
LIUBAO_1 = "doc:中国:政府工作报告#六保.1"
ZHOUCUN_15 = "doc:周政字〔2020〕8号#三.(一).15"
HRSS = "agency:周村区:区人力资源社会保障局"


@pytest.fixture(scope="module")
def g() -> Iterator[pc.Graph]:
    graph = pc.load()
    yield graph
    graph.close()


def test_trace_down_equals_graph_trace_through_the_store(g: pc.Graph) -> None:
    result = g.trace_down("政府工作报告#六保.1", depth=4, min_score=0.8)
    direct = trace_down(g.store, LIUBAO_1, 4, "all", 0.8)
    assert direct is not None
    assert result.to_json() == direct.to_json()
    assert len(result) == len(direct.paths) > 0


def test_trace_up_equals_graph_trace_and_takes_every_cli_form(g: pc.Graph) -> None:
    direct = trace_up(g.store, ZHOUCUN_15, 4, "all", 0.6)
    assert direct is not None
    for ref in (ZHOUCUN_15, "周政字〔2020〕8号#三.(一).15"):
        assert g.trace_up(ref, min_score=0.6).to_json() == direct.to_json()
    declared = g.trace_up("周政字〔2020〕8号", basis="declared")
    assert [p.nodes for p in declared.paths] == [["doc:周政字〔2020〕8号", "doc:淄政字〔2020〕15号"]]


def test_trace_of_an_unknown_node_raises_not_found_naming_it(g: pc.Graph) -> None:
    with pytest.raises(NotFound, match="周政字〔2020〕99号"):
        g.trace_down("周政字〔2020〕99号")
    with pytest.raises(NotFound, match="no Measure or Document"):
        g.trace_up(HRSS)


def test_trace_to_pandas_has_a_row_per_path(g: pc.Graph) -> None:
    down = g.trace_down("政府工作报告#六保.1", min_score=0.8)
    df = down.to_pandas()
    assert list(df.columns) == PATH_COLUMNS
    assert len(df) == len(down.paths)
    assert df.nodes.tolist() == [p.nodes for p in down.paths]
    zhoucun = df[df.region == "周村区"]
    assert len(zhoucun) == len(down.ending_at(region="周村区")) > 0
    assert all(r.startswith("中国 → ") and r.endswith(" → 周村区") for r in zhoucun.regions)
    assert (df.weakest_score.dropna() >= 0.8).all()


def test_trace_to_networkx_holds_the_trace_and_survives_graphml(g: pc.Graph, tmp_path: Path) -> None:
    down = g.trace_down("政府工作报告#六保.1", min_score=0.8).ending_at(region="周村区")
    graph = down.to_networkx()
    rels = {r.key for p in down.paths for r in p.relationships}
    assert graph.number_of_nodes() == len(down.trace.nodes)
    assert graph.number_of_edges() == len(rels)
    assert set(graph.nodes) == set(down.trace.nodes)
    for _, data in [*graph.nodes(data=True), *((None, d) for *_, d in graph.edges(data=True))]:
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    nx.write_graphml(graph, tmp_path / "t.graphml")
    back = nx.read_graphml(tmp_path / "t.graphml", force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), len(rels))
    assert back.nodes[ZHOUCUN_15]["heading"] == "保障复产企业用工"
    assert back.nodes[ZHOUCUN_15]["label"] == "Measure"
    start, end, data = next((s, e, d) for s, e, k, d in graph.edges(keys=True, data=True)
                            if k == "IMPLEMENTS" and "evidence" in d)
    edge = back.edges[start, end, "IMPLEMENTS"]
    assert edge["score"] == data["score"] and isinstance(edge["score"], float)
    assert json.loads(edge["evidence"]) == json.loads(data["evidence"])


def test_measures_filter_as_the_store_holds_them(g: pc.Graph) -> None:
    county = g.measures(region="周村区")
    assert len(county) == g.store.nodes(Label.MEASURE, {"region": "周村区"})[1] > 0
    assert {row["region"] for row in county} == {"周村区"}
    items = g.measures(region="周村区", kind="item", level="county")
    assert 0 < len(items) < len(county) and {row["kind"] for row in items} == {"item"}
    about = {rel.start for rel, _ in g.store.edges(["theme:稳就业"], "in", [RelType.ADDRESSES])}
    themed = g.measures(region="周村区", theme="稳就业")
    assert [row["id"] for row in themed] == [row["id"] for row in county if row["id"] in about]
    assert ZHOUCUN_15 in {row["id"] for row in themed}
    assert len(g.measures(document="周政字〔2020〕8号")) == len(county)


def test_measures_of_an_agency_list_who_leads(g: pc.Graph) -> None:
    led = g.measures(agency=HRSS)
    duties = {rel.end for rel, _ in g.store.edges([HRSS], "out",
                                                 [RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR])}
    assert {row["id"] for row in led} == duties
    assert g.measures(agency="周村区:区人力资源社会保障局").rows == led.rows
    row = next(r for r in led if r["id"] == ZHOUCUN_15)
    assert row["leads"] == ["区人力资源社会保障局"] and row["supports"] == []
    with pytest.raises(NotFound, match="no Agency"):
        g.measures(agency="周村区:区不存在局")


def test_measures_to_pandas_columns_and_rows(g: pc.Graph) -> None:
    table = g.measures(region="周村区", theme="稳就业")
    df = table.to_pandas()
    assert list(df.columns[: len(MEASURE_COLUMNS)]) == MEASURE_COLUMNS
    assert {"text", "doc_id", "source", "line"} <= set(df.columns)
    assert len(df) == len(table) and df.id.tolist() == [row["id"] for row in table]
    graph = table.to_networkx()
    assert graph.number_of_nodes() == len(table) and graph.number_of_edges() == 0


def test_document_and_search(g: pc.Graph) -> None:
    [doc] = g.document("周政字〔2020〕8号").rows
    assert (doc["id"], doc["region"], doc["date"]) == ("doc:周政字〔2020〕8号", "周村区", "2020-03-06")
    assert not any(key.startswith("_") for key in doc)
    hits = g.search("稳岗返还")
    assert hits[0]["id"] == "doc:周政字〔2020〕8号#三.(一).14"
    assert all("稳岗返还" in f"{row['heading']}{row['text']}" for row in hits)
    with pytest.raises(NotFound):
        g.document(ZHOUCUN_15)


def test_named_query_rows_equal_run_named_and_convert(g: pc.Graph) -> None:
    table = g.query("trace_up", id="周政字〔2020〕8号#三.(一).15")
    assert table.rows == run_named(g.store, "trace_up", {"id": ZHOUCUN_15}) != []
    graph = table.to_networkx()
    assert ZHOUCUN_15 in graph and graph.number_of_edges() > 0
    assert len(table.to_pandas()) == len(table)
    assert "agency_workload" in {row["name"] for row in g.queries()}
    with pytest.raises(QueryParamError, match="周政字〔2020〕99号"):
        g.query("trace_up", id="周政字〔2020〕99号")


def test_reprs_say_what_they_hold(g: pc.Graph) -> None:
    up = g.trace_up(ZHOUCUN_15)
    assert repr(up).startswith("trace up from 周村区 周政字〔2020〕8号#三.(一).15 保障复产企业用工")
    assert "<table>" in up._repr_html_() and "<td>保居民就业</td>" in up._repr_html_()
    table = g.measures(region="周村区", theme="稳就业")
    assert repr(table).splitlines()[1] == " | ".join(MEASURE_COLUMNS)
    assert "保障复产企业用工" in table._repr_html_()
    assert "Measure" in repr(g)


def test_to_pandas_without_pandas_names_the_extra(g: pc.Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "policy-cascades\[notebook\]"'):
        g.measures(region="周村区").to_pandas()


def test_load_files_into_a_graph_file_and_reopen_it(tmp_path: Path) -> None:
    saved = tmp_path / "graph.json.gz"
    one = pc.load([seed_corpus() / "004_65dc26d30b7e2b8f.txt"], graph_file=saved)
    corpus = one.store.nodes(Label.DOCUMENT, {"in_corpus": True})[0]
    assert {d.props.get("source") for d in corpus} == {"004_65dc26d30b7e2b8f.txt", "national.json"}
    assert saved.exists()
    assert pc.load(graph_file=saved).stats() == one.stats()
    with pytest.raises(FileNotFoundError, match="nowhere.txt"):
        pc.load([tmp_path / "nowhere.txt"])


def test_import_stays_cheap() -> None:
    code = "import sys, policy_cascades; print(sorted(m for m in ('networkx', 'pandas', 'policy_cascades.notebook') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_notebook_runs_without_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from ipykernel.kernelspec import write_kernel_spec

    # a kernel of this interpreter (the installed python3 spec runs whatever `python` is on PATH)
    write_kernel_spec(tmp_path / "kernels" / "policy-cascades-test")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="policy-cascades-test",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "促进重点群体就业" in shown and "淄政字〔2020〕15号" in shown
    assert "liubao_zhoucun.graphml" in shown


@pytest.mark.neo4j
def test_connect_to_neo4j_answers_as_the_embedded_graph(g: pc.Graph, neo4j_db: Driver,
                                                        neo4j_settings: Neo4jSettings) -> None:
    from policy_cascades.graph.neo4j_store import Neo4jStore

    Neo4jStore(neo4j_db, database=neo4j_settings.database).write(g.store.subgraph())
    s = neo4j_settings
    with pc.connect(s.uri, s.user, s.password, s.database) as remote:
        assert remote.store.name == "neo4j"
        down = remote.trace_down("政府工作报告#六保.1", min_score=0.8)
        assert down.to_json() == g.trace_down("政府工作报告#六保.1", min_score=0.8).to_json()
        assert remote.measures(region="周村区", theme="稳就业").rows == \
            g.measures(region="周村区", theme="稳就业").rows
        table = remote.query("agency_workload", id=HRSS)
        assert table.rows == g.query("agency_workload", id=HRSS).rows != []
