"""graph/trace.py's walker: it fetches lazily (issue 12 part 3), one store call per level
(GraphStore.neighbourhood, issue 12), and finds the chains that the walker before both
changes found, fetching every level first with a few `edges` calls per level."""

from __future__ import annotations

import pytest

from policy_cascades.graph import trace
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, RelType
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.store import Direction, GraphStore, neighbourhood_by_edges


class EdgesWalker(trace._Walker):
    """The walker's fetch as it was before GraphStore.neighbourhood: `edges` calls per
    CONTAINS level, then IMPLEMENTS, then the three steps of the theme bridge."""

    def fetch(self, nodes: list[Node]) -> list[Node]:
        layer = self._old_parts(nodes)
        return self._old_implements(layer) + self._old_bridges(layer)

    def _old_parts(self, nodes: list[Node]) -> list[Node]:
        layer = list(nodes)
        pending = [n for n in nodes if n.label == Label.MEASURE and n.id not in self.adjacency]
        for n in nodes:
            self.adjacency.setdefault(n.id, [])
        while pending:
            ids = [n.id for n in pending]
            pending = []
            for rel, other in self.store.edges(ids, "out" if self.down else "in", [RelType.CONTAINS]):
                if other.label != Label.MEASURE:
                    continue
                self._add(rel.start if self.down else rel.end, trace._Step(other, (rel,), False))
                if other.id not in self.adjacency:
                    self.adjacency[other.id] = []
                    layer.append(other)
                    pending.append(other)
        return layer

    def _old_implements(self, layer: list[Node]) -> list[Node]:
        direction: Direction = "in" if self.down else "out"
        return [self._add(rel.end if self.down else rel.start, trace._Step(other, (rel,), True))
                for rel, other in self.store.edges([n.id for n in layer], direction, [RelType.IMPLEMENTS])
                if self._trusted(rel)]

    def _old_bridges(self, layer: list[Node]) -> list[Node]:
        items = {n.id: n for n in layer if n.label == Label.MEASURE and n.props.get("source") == NATIONAL}
        if not items:
            return []
        own = [(rel, theme) for rel, theme in self.store.edges(list(items), "out", [RelType.ADDRESSES])
               if theme.props.get("name") == items[rel.start].props.get("heading")]
        if not own:
            return []
        corresponding = self.store.edges([t.id for _, t in own], "in" if self.down else "out",
                                         [RelType.CORRESPONDS_TO])
        if not corresponding:
            return []
        namers = self.store.edges([t.id for _, t in corresponding], "in", [RelType.ADDRESSES])
        found = []
        for addresses, theme in own:
            for corr, other_theme in corresponding:
                if (corr.end if self.down else corr.start) != theme.id:
                    continue
                for back, item in namers:
                    if (back.end == other_theme.id and item.props.get("source") == NATIONAL
                            and item.props.get("heading") == other_theme.props.get("name")):
                        found.append(self._add(addresses.start, trace._Step(item, (addresses, corr, back), True)))
        return found


def edges_walk(store: GraphStore, root_id: str, depth: int, down: bool, eager: bool,
               min_score: float = 0.0) -> dict[tuple[str, ...], trace.TracePath]:
    """The chains the walker found before GraphStore.neighbourhood; `eager`: every level
    fetched first (the walker before issue 12 part 3), else lazily."""
    walker = EdgesWalker(store, "all", "down" if down else "up", min_score)
    root = store.node(root_id)
    assert root is not None
    frontier = [root] if eager else []
    for _ in range(depth if eager else 0):
        reached = walker.fetch(frontier)
        frontier = [n for n in reached if n.id not in walker.adjacency]
    return walker.explore(root, depth)


@pytest.fixture(scope="module")
def seed_store() -> MemoryStore:
    store = MemoryStore()
    store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    return store


def roots(store: GraphStore) -> list[tuple[str, bool]]:
    """National items down and up (the theme bridge both ways), every 25th county measure up."""
    national = [n.id for n in store.nodes(Label.MEASURE, {"source": NATIONAL})[0]]
    county = [n.id for n in store.nodes(Label.MEASURE, {"level": "county"})[0]][::25]
    return [(n, True) for n in national] + [(n, False) for n in national + county]


@pytest.mark.parametrize("cap", [3, 40, trace.MAX_PATHS])
def test_trace_one_store_call_per_level_finds_the_chains_of_the_edges_walkers(
        monkeypatch: pytest.MonkeyPatch, seed_store: MemoryStore, cap: int) -> None:
    monkeypatch.setattr(trace, "MAX_PATHS", cap)
    calls = []
    hood = seed_store.neighbourhood
    monkeypatch.setattr(seed_store, "neighbourhood", lambda *a, **k: calls.append(a) or hood(*a, **k))
    bridged = 0
    for root, down in roots(seed_store):
        for depth in (1, 4):
            calls.clear()
            new = (trace.trace_down if down else trace.trace_up)(seed_store, root, depth)
            assert new is not None
            fetched = len(calls)
            assert fetched <= depth  # one store call per level at most
            for eager in (True, False):
                expected = edges_walk(seed_store, root, depth, down, eager)
                assert [p.nodes for p in new.paths] == [p.nodes for p in expected.values()]
                assert [p.relationships for p in new.paths] == \
                    [p.relationships for p in expected.values()]
                assert new.truncated == (len(expected) >= cap)
            bridged += any(n.startswith("theme:") for p in new.paths for n in p.nodes)
    assert bridged > 10  # the theme bridge is among the steps compared


def test_neighbourhood_of_memory_store_is_what_edges_give(seed_store: MemoryStore) -> None:
    """MemoryStore's own neighbourhood() equals its definition by `edges` calls."""
    checked = 0
    for root, down in roots(seed_store):
        for ids in ([root], [root, "doc:中国:政府工作报告", "theme:保居民就业", "no such node"]):
            hood = seed_store.neighbourhood(ids, down)
            assert hood == neighbourhood_by_edges(seed_store, ids, down)
            checked += bool(hood.parts) + bool(hood.namers)
    assert checked


@pytest.mark.parametrize("size", [1, 7, 50])
def test_trace_pages_are_slices_of_the_whole_trace_and_fetch_less(
        monkeypatch: pytest.MonkeyPatch, seed_store: MemoryStore, size: int) -> None:
    """A page is computed at the source (issue 12): page 1 + page 2 are the whole trace's
    first 2N chains, `more` and `count` say what follows, and a first page fetches no more
    nodes than the whole trace (fewer from the national items, whose chains are many)."""
    fetched: list[int] = []
    hood = seed_store.neighbourhood
    monkeypatch.setattr(seed_store, "neighbourhood",
                        lambda ids, down: fetched.append(len(ids)) or hood(ids, down))
    fewer = 0
    for root, down in roots(seed_store):
        walk = trace.trace_down if down else trace.trace_up
        fetched.clear()
        whole = walk(seed_store, root)
        assert whole is not None and whole.more is False and whole.count == len(whole.paths)
        whole_fetched = sum(fetched)
        fetched.clear()
        first = walk(seed_store, root, limit=size)
        first_fetched = sum(fetched)
        second = walk(seed_store, root, limit=size, offset=size)
        assert first is not None and second is not None
        chains = [(p.nodes, p.relationships) for p in whole.paths]
        assert [(p.nodes, p.relationships) for p in first.paths + second.paths] == chains[: 2 * size]
        assert first.more == (len(chains) > size) and second.more == (len(chains) > 2 * size)
        assert first.count == (None if first.more else len(chains))
        assert set(first.nodes) == {root} | {n for p in first.paths for n in p.nodes}
        assert first_fetched <= whole_fetched
        fewer += first_fetched < whole_fetched
    assert fewer  # some first pages stop before the whole trace's walk
