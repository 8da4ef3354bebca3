import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from policy_cascades.graph.export import write_csv, write_graphml, write_json
from policy_cascades.graph.model import Subgraph
from tests.linking.evaluate import seed_graph


@pytest.fixture(scope="module")
def graph() -> Subgraph:
    return seed_graph()


def test_export_json_shape(graph: Subgraph, tmp_path: Path) -> None:
    [path] = write_json(graph, tmp_path / "g.json")
    data = json.loads(path.read_text("utf-8"))
    assert len(data["nodes"]) == len(graph.nodes) and len(data["relationships"]) == len(graph.relationships)
    node = next(n for n in data["nodes"] if n["id"] == "doc:周政字〔2020〕8号#三.(一).15")
    assert node["labels"] == ["Measure"] and node["heading"] == "保障复产企业用工"
    rel = data["relationships"][0]
    assert {"type", "start", "end"} <= set(rel)


def test_export_graphml_reads_back_in_networkx(graph: Subgraph, tmp_path: Path) -> None:
    [path] = write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == len(graph.nodes)
    assert back.number_of_edges() == len(graph.relationships)
    assert back.nodes["doc:周政字〔2020〕8号"]["label"] == "Document"


def test_export_csv_has_neo4j_admin_import_headers(graph: Subgraph, tmp_path: Path) -> None:
    files = {p.name: p for p in write_csv(graph, tmp_path / "csv")}
    assert {"nodes_Measure.csv", "nodes_Document.csv", "rels_IMPLEMENTS.csv"} <= set(files)
    with files["nodes_Measure.csv"].open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[0] == "id:ID" and header[-1] == ":LABEL" and "targets:string[]" in header
    assert len(rows) - 1 == sum(1 for n in graph.nodes.values() if n.label.value == "Measure")
    with files["rels_IMPLEMENTS.csv"].open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == [":START_ID", ":END_ID"] and header[-1] == ":TYPE"
    assert "score:double" in header
