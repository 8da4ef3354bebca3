import pytest

from graph import render
from graph.memory_store import MemoryStore
from graph.trace import Trace, trace_up
from tests.linking.evaluate import seed_graph


@pytest.fixture(scope="module")
def trace() -> Trace:
    store = MemoryStore()
    store.write(seed_graph())
    found = trace_up(store, "doc:周政字〔2020〕8号#三.(一).15", depth=4)
    assert found is not None
    return found


def test_tree_starts_at_the_root_and_reaches_the_province_and_the_nation(trace: Trace) -> None:
    lines = render.tree(trace).splitlines()
    assert lines[0] == "周村区 周政字〔2020〕8号#三.(一).15 保障复产企业用工"
    assert any("山东省" in line and "三.(三).24" in line for line in lines)
    assert any("政府工作报告(2020-05-22)#六保.1" in line for line in lines)
    assert all(line.startswith(("├─", "└─", "│", " ")) for line in lines[1:])


def test_tree_in_colour_styles_each_node_by_level(trace: Trace) -> None:
    calls: list[dict] = []  # type: ignore[type-arg]

    def style(text: str, **kwargs: object) -> str:
        calls.append(kwargs)
        return text

    render.tree(trace, color=True, style=style)
    assert {"fg": "yellow"} in calls and {"fg": "red"} in calls and {"bold": True} in calls


def test_mermaid_has_levels_and_dashed_inferred_edges(trace: Trace) -> None:
    text = render.mermaid(trace)
    assert text.startswith("flowchart LR")
    assert "subgraph county" in text and "subgraph provincial" in text and "subgraph national" in text
    assert "-.->" in text  # inferred links are dashed
    assert text.count("[") >= len(trace.nodes)


def test_dot_is_a_digraph_with_one_rank_per_level(trace: Trace) -> None:
    text = render.dot(trace)
    assert text.startswith("digraph cascade {") and text.rstrip().endswith("}")
    assert text.count("rank=same") == 4  # national, provincial, county, themes
    assert "style=dashed" in text
