import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.graph.pipeline import seed_corpus

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The embedded store, saved in tmp_path, whatever NEO4J_URI the environment has."""
    from policy_cascades.settings import get_settings

    monkeypatch.setenv("GRAPH_FILE", str(tmp_path / "graph.json.gz"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "graph.json.gz"
    get_settings.cache_clear()


def test_cli_help_lists_the_commands() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "load", "export", "stats", "trace", "query", "serve"):
        assert command in result.output


def test_cli_extract_json_has_the_documented_shape() -> None:
    result = CliRunner().invoke(main, ["extract", "--json", str(seed_corpus() / "004_65dc26d30b7e2b8f.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["failures"] == []
    [doc] = data["documents"]
    assert {"source", "doc_number", "title", "issuers", "level", "region", "region_path", "date",
            "addressees", "references", "themes", "measures"} <= set(doc)
    item = next(m for m in doc["measures"] if m["path"] == "三.(一).15")
    assert item["heading"] == "保障复产企业用工" and item["leads"] == ["区人力资源社会保障局"]
    assert item["persons"] == ["路德芝"] and item["line"] > 0


def test_cli_extract_batch_goes_on_and_reports_failures(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 50)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.txt"), str(DATA / "linzi_sample.txt"),
                                       str(tmp_path / "binary.txt")])
    assert result.exit_code == 1
    assert "临政办字〔2020〕21号" in result.output
    assert "empty.txt: the file is empty" in result.output
    assert "binary.txt: a binary file" in result.output


def test_cli_load_then_trace_up_reaches_the_national_directive(embedded: Path) -> None:
    runner = CliRunner()
    loaded = runner.invoke(main, ["load"])
    assert loaded.exit_code == 0, loaded.output
    assert "loaded 5 documents (0 failed) into memory" in loaded.output
    again = runner.invoke(main, ["load"])
    assert again.exit_code == 0
    counts = [line.split() for line in again.output.splitlines() if line.startswith("  ")][1:]
    assert counts and all(added == "0" for _, added, _ in counts)  # loading twice adds nothing
    traced = runner.invoke(main, ["trace", "周政字〔2020〕8号#三.(一).16", "--up"])
    assert traced.exit_code == 0, traced.output
    assert "促进重点群体就业" in traced.output and "#六保.1 保居民就业" in traced.output
    assert "山东省" in traced.output
    whole = runner.invoke(main, ["trace", "政府工作报告#六保.1"]).output.splitlines()
    page = runner.invoke(main, ["trace", "政府工作报告#六保.1", "--limit", "2", "--offset", "1"])
    assert len(whole) > 3 and page.output.splitlines() == whole[1:3]  # a page of the chains
    missing = runner.invoke(main, ["trace", "no-such-node"])
    assert missing.exit_code != 0 and "no node 'no-such-node'" in missing.output


def test_cli_load_in_parts_is_for_neo4j_only(embedded: Path) -> None:
    result = CliRunner().invoke(main, ["load", "--batch-rows", "1000"])
    assert result.exit_code == 2
    assert "--batch-rows is for the neo4j store" in result.output
    assert not embedded.exists()  # refused before anything was read or written


def test_cli_unreachable_neo4j_is_a_clear_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from policy_cascades.settings import get_settings

    monkeypatch.setenv("NEO4J_URI", "")  # recorded: the flag's value is undone afterwards
    result = CliRunner().invoke(main, ["--neo4j-uri", "bolt://127.0.0.1:1", "stats"])
    get_settings.cache_clear()
    assert result.exit_code == 1
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in result.output


def test_cli_trace_tree_and_mermaid_formats(embedded: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["load"]).exit_code == 0
    tree = runner.invoke(main, ["trace", "周政字〔2020〕8号#三.(一).16", "--up", "--format", "tree"])
    assert tree.exit_code == 0, tree.output
    assert tree.output.splitlines()[0] == "周村区 周政字〔2020〕8号#三.(一).16 促进重点群体就业"
    out = tmp_path / "cascade.mmd"
    diagram = runner.invoke(main, ["trace", "政府工作报告#六保.1", "--format", "mermaid", "--out", str(out)])
    assert diagram.exit_code == 0, diagram.output
    assert out.read_text("utf-8").startswith("flowchart LR") and "-.->" in out.read_text("utf-8")
    assert diagram.output.strip() == str(out)
    assert "\x1b[" not in tree.output  # no colour when stdout is not a terminal
    assert any("山东省" in line and "[IMPLEMENTS inferred" in line for line in tree.output.splitlines())
    graphviz = runner.invoke(main, ["trace", "政府工作报告#六保.1", "--format", "dot", "--depth", "2"])
    assert graphviz.exit_code == 0 and graphviz.output.startswith("digraph cascade {")


def test_cli_load_later_links_with_stored_documents_as_if_loaded_at_once(
        embedded: Path, tmp_path: Path) -> None:
    """Four seed documents, then the fifth: the same graph as all five in one load."""
    from policy_cascades.graph.memory_store import MemoryStore, export_json
    from policy_cascades.graph.pipeline import corpus_files, seed_corpus
    files = corpus_files([seed_corpus()])
    runner = CliRunner()
    assert runner.invoke(main, ["load", *map(str, files[:4])]).exit_code == 0
    later = runner.invoke(main, ["load", str(files[4])])
    assert later.exit_code == 0 and "linked with 4 stored ones" in later.output
    stepwise = export_json(MemoryStore.open(embedded).subgraph())
    assert runner.invoke(main, ["load", "--replace"]).exit_code == 0
    at_once = export_json(MemoryStore.open(embedded).subgraph())
    assert stepwise == at_once


def test_cli_concurrent_loads_into_one_graph_file_lose_nothing(tmp_path: Path) -> None:
    """Four `load` processes at once, one seed document each (and the fifth later): the graph
    file ends with every document, as the loads take turns on the file's lock."""
    import os
    import subprocess
    import sys

    from policy_cascades.graph.memory_store import MemoryStore
    from policy_cascades.graph.model import Label
    from policy_cascades.graph.pipeline import corpus_files, seed_corpus
    files = corpus_files([seed_corpus()])
    graph_file = tmp_path / "graph.json.gz"
    env = {**os.environ, "GRAPH_FILE": str(graph_file)}
    env.pop("NEO4J_URI", None)
    for _trial in range(2):
        graph_file.unlink(missing_ok=True)
        loads = [subprocess.Popen([sys.executable, "-m", "policy_cascades", "load", str(f)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for f in files[:4]]
        assert [p.wait(timeout=300) for p in loads] == [0, 0, 0, 0]
        docs = MemoryStore.open(graph_file).nodes(Label.DOCUMENT, {"in_corpus": True})[0]
        sources = {d.props.get("source") for d in docs}
        assert {f.name for f in files[:4]} <= sources


def _damaged(saved: Path, how: str) -> None:
    if how == "truncated gzip":
        saved.write_bytes(saved.read_bytes()[:2000])
    elif how == "bad JSON":
        saved.write_bytes(gzip.compress(b'{"nodes": [{"id": '))
    else:  # JSON, but not a saved graph
        saved.write_bytes(gzip.compress(b'{"nodes": [{"id": "x"}], "relationships": []}'))


@pytest.mark.parametrize("how", ["truncated gzip", "bad JSON", "not a graph"])
@pytest.mark.parametrize("command", [["stats"], ["trace", "周政字〔2020〕8号"],
                                     ["export", "--out", "x.json"]])
def test_cli_damaged_graph_file_names_it_damaged(embedded: Path, how: str,
                                                 command: list[str]) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["load"]).exit_code == 0
    _damaged(embedded, how)
    result = runner.invoke(main, command)
    assert result.exit_code == 1
    assert f"Error: {embedded}: the saved graph is damaged" in result.output
    assert "load --replace" in result.output and "Aborted" not in result.output
    repaired = runner.invoke(main, ["load", "--replace"])
    assert repaired.exit_code == 0, repaired.output
    assert runner.invoke(main, ["stats"]).exit_code == 0


@pytest.mark.parametrize("command", [["stats"], ["trace", "周政字〔2020〕8号"],
                                     ["export", "--out", "x.json"]])
def test_cli_missing_graph_file_says_how_to_load(embedded: Path, command: list[str]) -> None:
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert f"no saved graph at {embedded} (GRAPH_FILE)" in result.output
    assert "policy-cascades load" in result.output
    assert not embedded.exists()  # nothing built behind the user's back
