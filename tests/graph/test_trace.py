"""graph/trace.py's walker fetches lazily (issue 12 part 3) and finds what fetching every
level first found."""

from __future__ import annotations

import pytest

from policy_cascades.graph import trace
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus


def _eager(store: MemoryStore, root_id: str, depth: int, down: bool) -> dict[tuple[str, ...], trace.TracePath]:
    """The chains found by fetching every level first (the walker before issue 12 part 3)."""
    walker = trace._Walker(store, "all", "down" if down else "up")
    root = store.node(root_id)
    assert root is not None
    frontier = [root]
    for _ in range(depth):
        layer = walker._with_parts(frontier)
        reached = walker._implements(layer) + walker._bridges(layer)
        frontier = [n for n in reached if n.id not in walker.adjacency]
    return walker.explore(root, depth)


@pytest.mark.parametrize("cap", [3, 40, trace.MAX_PATHS])
def test_trace_lazy_walk_finds_the_chains_of_an_eager_one(monkeypatch: pytest.MonkeyPatch,
                                                         cap: int) -> None:
    store = MemoryStore()
    store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    monkeypatch.setattr(trace, "MAX_PATHS", cap)
    national = [n.id for n in store.nodes(Label.MEASURE, {"doc_id": "doc:中国:政府工作报告"})[0]]
    county = [n.id for n in store.nodes(Label.MEASURE, {"level": "county"})[0]][::25]
    calls = []
    edges = store.edges
    monkeypatch.setattr(store, "edges", lambda *a, **k: calls.append(a) or edges(*a, **k))
    for root, down in [(n, True) for n in national] + [(n, False) for n in county]:
        for depth in (1, 4):
            calls.clear()
            lazy = (trace.trace_down if down else trace.trace_up)(store, root, depth)
            assert lazy is not None
            fetched = len(calls)
            expected = _eager(store, root, depth, down)
            assert [p.nodes for p in lazy.paths] == [expected[k].nodes for k in sorted(expected)]
            assert [p.relationships for p in lazy.paths] == \
                [expected[k].relationships for k in sorted(expected)]
            assert lazy.truncated == (len(expected) >= cap)
            # a batch per level at most: CONTAINS levels (<= 4), IMPLEMENTS, the bridge (3)
            assert fetched <= depth * 8
