"""graph/render.py on real traces of the seed corpus: the tree, Mermaid and Graphviz."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from policy_cascades.graph import render
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.trace import Trace, trace_down, trace_up

DIRECTIVE = "doc:中国:政府工作报告#六保.1"
ZHOUCUN_16 = "doc:周政字〔2020〕8号#三.(一).16"  # 促进重点群体就业: up through 山东省


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    store = MemoryStore()
    store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    return store


@pytest.fixture(scope="module")
def down(store: MemoryStore) -> Trace:
    found = trace_down(store, DIRECTIVE, depth=4)
    assert found is not None and found.paths
    return found


@pytest.fixture(scope="module")
def up(store: MemoryStore) -> Trace:
    found = trace_up(store, ZHOUCUN_16, depth=4)
    assert found is not None and found.paths
    return found


def test_tree_down_first_line_is_the_root_and_the_branches_reach_zhoucun(down: Trace) -> None:
    lines = render.tree(down).splitlines()
    assert lines[0] == "中国 政府工作报告(2020-05-22)#六保.1 保居民就业"
    assert all(re.match(r"^[│ ]*[├└]─ ", line) for line in lines[1:])
    zhoucun = [line for line in lines if "周村区 周政字〔2020〕8号#" in line]
    assert zhoucun and any("稳就业" in line for line in zhoucun)
    assert any("[IMPLEMENTS inferred " in line for line in lines)
    assert any("[contains]" in line for line in lines)
    assert not any(re.search(r"─ (保居民就业|稳就业)  \[", line) for line in lines)  # themes folded


def test_tree_merges_shared_prefixes_into_one_branch(down: Trace) -> None:
    top = [line for line in render.tree(down).splitlines() if re.match(r"^[├└]─ ", line)]
    assert len(top) == len(set(top))  # each first step once, however many paths go through it
    assert len(top) < len(down.paths)


def test_tree_up_from_zhoucun_15_climbs_to_the_national_directive(up: Trace) -> None:
    lines = render.tree(up).splitlines()
    assert lines[0] == "周村区 周政字〔2020〕8号#三.(一).16 促进重点群体就业"
    assert any("山东省" in line and "#三.(三).24 着力稳定社会就业" in line for line in lines)
    assert any("政府工作报告(2020-05-22)#六保.1 保居民就业" in line and "theme 稳就业 ⇄ 保居民就业" in line
               for line in lines)


def test_tree_in_colour_paints_each_level_its_colour(up: Trace) -> None:
    calls: list[tuple[str, object]] = []

    def style(text: str, **kwargs: object) -> str:
        calls.append((text, kwargs.get("fg")))
        return f"<{kwargs.get('fg')}>{text}"

    text = render.tree(up, color=True, style=style)
    painted = dict(calls)
    assert painted[render.label(up.root)] == "green"  # county
    assert {"red", "yellow", "green"} <= {fg for _, fg in calls}
    assert text.startswith("<green>周村区")
    assert "\x1b[" in render.tree(up, color=True)  # click.style by default
    assert "\x1b[" not in render.tree(up)


def test_mermaid_has_a_subgraph_per_level_and_dashed_inferred_edges(down: Trace) -> None:
    text = render.mermaid(down)
    assert text.startswith("flowchart LR\n")
    for level in _levels(down):
        assert f'subgraph lv_{level}["{level}"]' in text and f"classDef {level} " in text
    assert re.search(r'n\d+ -\.->\|"inferred \d\.\d\d"\| n\d+', text)
    assert "周村区 周政字〔2020〕8号#三.(一)" in text
    assert "linkStyle " in text  # CONTAINS and bridges drawn light
    assert text.count("subgraph ") == text.count("\n  end")
    nodes = set(re.findall(r"^    (n\d+)\[", text, re.M))
    links = re.findall(r"^  (n\d+) \S+\|\".*?\"\| (n\d+)$", text, re.M)
    used = {node for link in links for node in link}
    assert len(links) == len(render.edges(down))
    assert used <= nodes and len(nodes) == len([n for n in down.nodes if not n.startswith("theme:")])


def test_mermaid_escapes_quotes_and_entity_like_hashes() -> None:
    assert render._mermaid_text('关于“x”的"通知"') == '关于“x”的#quot;通知#quot;'
    assert render._mermaid_text("a#quot;b") == "a#35;quot;b"
    assert render._mermaid_text("政府工作报告#六保.1") == "政府工作报告#六保.1"


def test_dot_is_a_digraph_with_one_rank_per_level(down: Trace) -> None:
    text = render.dot(down)
    assert text.startswith("digraph cascade {") and text.rstrip().endswith("}")
    assert text.count("rank=same") == len(_levels(down)) >= 3  # one per level on the paths
    assert text.count("{") == text.count("}")
    assert "style=dashed" in text and "->" in text
    assert 'label="周村区 周政字〔2020〕8号#三.(一) 以政策落实为重点稳就业"' in text


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed (apt-get install graphviz)")
def test_dot_parses_with_graphviz(down: Trace, tmp_path: Path) -> None:
    source = tmp_path / "cascade.dot"
    source.write_text(render.dot(down), "utf-8")
    done = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "<svg" in done.stdout and "周村区" in done.stdout


def test_labels_name_documents_by_number_or_short_title(down: Trace) -> None:
    root = render.label(down.root)
    assert root == "中国 政府工作报告(2020-05-22)#六保.1 保居民就业"
    assert render.short_title("关于印发淄博市六保三促工作方案修订版的通知") == "淄博市六保三促工作…"
    assert render.doc_ref({"doc_number": "周政字〔2020〕8号"}) == "周政字〔2020〕8号"


def _levels(trace: Trace) -> set[str]:
    return {str(n.props["level"]) for i, n in trace.nodes.items()
            if n.props.get("level") and not i.startswith("theme:")}
