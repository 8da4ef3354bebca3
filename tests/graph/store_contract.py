"""The GraphStore contract: one suite that every store must pass (aiosql's run_tests.py,
networkx's BaseGraphTester).

A test module subclasses `StoreContract` and provides a `store` fixture that yields an
empty store. `assert_same_graph(a, b)` compares two stores (parity tests).
"""

from __future__ import annotations

import pytest

from policy_cascades.errors import StoreError
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.search import Found, score
from policy_cascades.graph.store import GraphStore, WriteSummary, storable

DOC = "doc:周政字〔2020〕8号"
STUB = "doc:国发〔2020〕6号"
SECTION, HIRING, STEERING = f"{DOC}#一", f"{DOC}#一.1", f"{DOC}#一.2"
AGENCY = "agency:周村区:区人力资源社会保障局"
PERSON = "person:周村区:路德芝"
THEME = "theme:保居民就业"
REGIONS = ["中国", "山东省", "淄博市", "周村区"]


def node(node_id: str, label: Label, **props: object) -> Node:
    return Node(id=node_id, label=label, props=props)


def rel(rel_type: RelType, start: str, end: str, **props: object) -> Relationship:
    return Relationship(type=rel_type, start=start, end=end, props=props)


def graph_of(*items: Node | Relationship) -> Subgraph:
    graph = Subgraph()
    for item in items:
        if isinstance(item, Node):
            graph.add_node(item)
        else:
            graph.add_rel(item)
    return graph


def sample_graph() -> Subgraph:
    """周村区's 周政字〔2020〕8号 in miniature: full-width brackets, 〔〕, lists, a None, a stub."""
    src = {"source": "004_65dc26d30b7e2b8f.txt"}
    regions = [node(f"region:{name}", Label.REGION, name=name, level=level)
               for name, level in zip(REGIONS, ["national", "provincial", "municipal", "county"],
                                      strict=True)]
    part_of = [rel(RelType.PART_OF, f"region:{a}", f"region:{b}")
               for a, b in zip(REGIONS[1:], REGIONS, strict=False)]
    return graph_of(
        *regions, *part_of,
        node(DOC, Label.DOCUMENT, doc_number="周政字〔2020〕8号", in_corpus=True, line=1,
             title="印发关于强化统筹思维做好疫情防控形势下经济社会发展工作的政策措施（试行）的通知",
             issuers=["周村区人民政府"], level="county", region="周村区", date="2020-03-06",
             addressees=[], **src),
        node(STUB, Label.DOCUMENT, doc_number="国发〔2020〕6号", in_corpus=False, title="",
             issuers=[], level=None),
        node(SECTION, Label.MEASURE, doc_id=DOC, kind="section", path="一", heading="确保经济平稳运行",
             text="", level="county", region="周村区", deadline=None, targets=[], **src, line=20),
        node(HIRING, Label.MEASURE, doc_id=DOC, kind="item", path="一.1", heading="保障复产企业用工",
             text="对复产企业新招用员工给予补贴；力争新增就业6万人。", level="county",
             region="周村区", deadline="2020年12月底前", targets=["力争新增就业6万人"],
             target_values=[60000.0], line=21, end_line=23, **src),
        node(STEERING, Label.MEASURE, doc_id=DOC, kind="item", path="一.2",
             heading="加强工业经济运行调度", text="建立重点企业联系制度（“白名单”）。", level="county",
             region="周村区", deadline=None, targets=[], line=24, **src),
        node(AGENCY, Label.AGENCY, name="区人社局", canonical="区人力资源社会保障局", region="周村区",
             system="人力资源社会保障", aliases=["区人社局"], line=21, **src),
        node(PERSON, Label.PERSON, name="路德芝", region="周村区", line=21, **src),
        node(THEME, Label.THEME, name="保居民就业", family="六保"),
        rel(RelType.IN, DOC, "region:周村区", line=1, **src),
        rel(RelType.CITES, DOC, STUB, line=3, **src),
        rel(RelType.CONTAINS, DOC, SECTION, line=20, **src),
        rel(RelType.CONTAINS, SECTION, HIRING, line=21, **src),
        rel(RelType.CONTAINS, SECTION, STEERING, line=24, **src),
        rel(RelType.LEADS, AGENCY, HIRING, line=21, **src),
        rel(RelType.SUPPORTS, AGENCY, STEERING, line=24, **src),
        rel(RelType.RESPONSIBLE_FOR, PERSON, HIRING, line=21, **src),
        rel(RelType.IN, AGENCY, "region:周村区", line=21, **src),
        rel(RelType.ADDRESSES, HIRING, THEME, basis="explicit", score=1.0, evidence="保障复产企业用工",
            line=21, **src),
    )


def stored(graph: Subgraph) -> Subgraph:
    """What a store holds after writing `graph` to an empty store: None-valued keys dropped."""
    out = Subgraph()
    for n in graph.nodes.values():
        out.nodes[n.id] = Node(id=n.id, label=n.label, props=storable(n.props))
    for key, r in sorted(graph.relationships.items()):
        out.relationships[key] = Relationship(type=r.type, start=r.start, end=r.end,
                                              props=storable(r.props))
    return out


def prop_count(graph: Subgraph) -> int:
    nodes = sum(len(storable(n.props)) for n in graph.nodes.values())
    return nodes + sum(len(storable(r.props)) for r in graph.relationships.values())


def assert_same_graph(store_a: GraphStore, store_b: GraphStore) -> None:
    """Both stores hold the same nodes, relationships and counts; the message names the first
    differences rather than dumping two whole graphs."""
    a, b = store_a.subgraph(), store_b.subgraph()
    assert store_a.stats() == store_b.stats(), f"{store_a.name} vs {store_b.name}: stats differ"
    only = sorted(set(a.nodes) ^ set(b.nodes))[:5]
    assert not only, f"nodes in one store only: {only}"
    diff = [(a.nodes[k], b.nodes[k]) for k in sorted(a.nodes) if a.nodes[k] != b.nodes[k]][:3]
    assert not diff, f"nodes differ ({store_a.name}, {store_b.name}): {diff}"
    only_rels = sorted(set(a.relationships) ^ set(b.relationships))[:5]
    assert not only_rels, f"relationships in one store only: {only_rels}"
    diff_rels = [(a.relationships[k], b.relationships[k]) for k in sorted(a.relationships)
                 if a.relationships[k] != b.relationships[k]][:3]
    assert not diff_rels, f"relationships differ ({store_a.name}, {store_b.name}): {diff_rels}"
    assert a == b


class StoreContract:
    """Subclass and provide a `store` fixture yielding an empty GraphStore."""

    @pytest.fixture
    def loaded(self, store: GraphStore) -> GraphStore:
        store.write(sample_graph())
        return store

    # -- writing ------------------------------------------------------------------------
    def test_write_sample_reads_back_identical(self, store: GraphStore) -> None:
        graph = sample_graph()
        store.write(graph)
        assert store.subgraph() == stored(graph)
        assert store.stats() == graph.counts()
        for n in stored(graph).nodes.values():
            assert store.node(n.id) == n

    def test_write_none_props_not_stored(self, loaded: GraphStore) -> None:
        section = loaded.node(SECTION)
        assert section is not None and "deadline" not in section.props
        assert section.props["text"] == "" and section.props["targets"] == []

    def test_write_new_graph_summary_counts_everything_created(self, store: GraphStore) -> None:
        graph = sample_graph()
        summary = store.write(graph)
        assert summary == WriteSummary(len(graph.nodes), len(graph.relationships),
                                       prop_count(graph))

    def test_write_twice_second_write_changes_nothing(self, loaded: GraphStore) -> None:
        before, stats = loaded.subgraph(), loaded.stats()
        assert loaded.write(sample_graph()) == WriteSummary(0, 0, 0)
        assert loaded.subgraph() == before
        assert loaded.stats() == stats

    def test_write_progress_reports_every_row(self, store: GraphStore) -> None:
        graph, seen = sample_graph(), list[int]()
        store.write(graph, progress=seen.append)
        assert sum(seen) == len(graph.nodes) + len(graph.relationships)

    def test_write_empty_value_keeps_filled_one(self, loaded: GraphStore) -> None:
        summary = loaded.write(graph_of(node(HIRING, Label.MEASURE, heading="", text=None,
                                             targets=[], deadline="6月底前")))
        hiring = loaded.node(HIRING)
        assert hiring is not None
        assert hiring.props["heading"] == "保障复产企业用工"
        assert hiring.props["text"].startswith("对复产企业")
        assert hiring.props["targets"] == ["力争新增就业6万人"]
        assert hiring.props["deadline"] == "6月底前"
        assert summary == WriteSummary(0, 0, 1)

    def test_write_empty_value_fills_missing_key(self, loaded: GraphStore) -> None:
        loaded.write(graph_of(node(SECTION, Label.MEASURE, deadline="", leads=[])))
        section = loaded.node(SECTION)
        assert section is not None
        assert section.props["deadline"] == "" and section.props["leads"] == []

    def test_write_stub_never_overwrites_corpus_document(self, loaded: GraphStore) -> None:
        loaded.write(graph_of(node(DOC, Label.DOCUMENT, doc_number="周政字〔2020〕8号",
                                   in_corpus=False, title="政策措施", issuers=[], cited_as="《政策措施》")))
        doc = loaded.node(DOC)
        assert doc is not None
        assert doc.props["in_corpus"] is True
        assert doc.props["title"].startswith("印发关于强化统筹思维")
        assert doc.props["issuers"] == ["周村区人民政府"]
        assert doc.props["cited_as"] == "《政策措施》"

    def test_write_corpus_document_fills_stub(self, loaded: GraphStore) -> None:
        loaded.write(graph_of(node(STUB, Label.DOCUMENT, doc_number="国发〔2020〕6号",
                                   in_corpus=True, title="国务院关于落实《政府工作报告》重点工作部门分工的意见",
                                   issuers=["国务院"], level="national", date="2020-06-01")))
        stub = loaded.node(STUB)
        assert stub is not None
        assert stub.props["in_corpus"] is True and stub.props["issuers"] == ["国务院"]
        assert stub.props["level"] == "national"
        assert len(loaded.edges([STUB], "in", [RelType.CITES])) == 1

    def test_write_aliases_are_unioned_sorted(self, loaded: GraphStore) -> None:
        loaded.write(graph_of(node(AGENCY, Label.AGENCY, name="区人力资源社会保障局",
                                   aliases=["区人力资源社会保障局", "区人社局"])))
        agency = loaded.node(AGENCY)
        assert agency is not None
        assert agency.props["aliases"] == sorted(["区人社局", "区人力资源社会保障局"])
        assert agency.props["name"] == "区人力资源社会保障局"

    def test_write_relationship_props_merge(self, loaded: GraphStore) -> None:
        summary = loaded.write(graph_of(rel(RelType.ADDRESSES, HIRING, THEME, score=None,
                                            basis="", method="heading")))
        (found, _), = loaded.edges([HIRING], "out", [RelType.ADDRESSES])
        assert found.props["score"] == 1.0 and found.props["basis"] == "explicit"
        assert found.props["method"] == "heading"
        assert summary == WriteSummary(0, 0, 1)

    def test_write_relationship_between_stored_nodes_only(self, loaded: GraphStore) -> None:
        summary = loaded.write(graph_of(rel(RelType.IMPLEMENTS, STEERING, HIRING, basis="inferred",
                                            score=0.5, evidence=["复产", "企业"])))
        assert summary.relationships_created == 1 and summary.nodes_created == 0
        (found, other), = loaded.edges([STEERING], "out", [RelType.IMPLEMENTS])
        assert found.props["evidence"] == ["复产", "企业"] and other.id == HIRING

    def test_write_dangling_relationship_raises_and_writes_nothing(self, loaded: GraphStore) -> None:
        before, stats = loaded.subgraph(), loaded.stats()
        bad = graph_of(node("doc:源政发〔2020〕11号", Label.DOCUMENT, title="新文件", in_corpus=True),
                       node(HIRING, Label.MEASURE, heading="改写"),
                       rel(RelType.CITES, "doc:源政发〔2020〕11号", "doc:鲁政发〔2020〕10号"))
        with pytest.raises(StoreError, match="鲁政发〔2020〕10号"):
            loaded.write(bad)
        assert loaded.subgraph() == before
        assert loaded.stats() == stats

    def test_write_id_under_other_label_raises_and_writes_nothing(self, loaded: GraphStore) -> None:
        before = loaded.subgraph()
        with pytest.raises(StoreError, match="already a"):
            loaded.write(graph_of(node("new:1", Label.THEME, name="稳就业"),
                                  node(THEME, Label.MEASURE, heading="保居民就业")))
        assert loaded.subgraph() == before

    # -- reading ------------------------------------------------------------------------
    def test_node_missing_returns_none(self, loaded: GraphStore) -> None:
        assert loaded.node("doc:不存在〔2020〕1号") is None

    def test_nodes_label_ordered_by_id_with_total(self, loaded: GraphStore) -> None:
        found, total = loaded.nodes(Label.MEASURE)
        assert [n.id for n in found] == [SECTION, HIRING, STEERING] and total == 3
        assert found[1] == stored(sample_graph()).nodes[HIRING]

    def test_nodes_where_equality_filters(self, loaded: GraphStore) -> None:
        found, total = loaded.nodes(Label.MEASURE, {"kind": "item", "region": "周村区"})
        assert [n.id for n in found] == [HIRING, STEERING] and total == 2
        assert loaded.nodes(Label.DOCUMENT, {"doc_number": "周政字〔2020〕8号"})[1] == 1
        assert loaded.nodes(Label.DOCUMENT, {"in_corpus": False})[0][0].id == STUB
        assert loaded.nodes(Label.REGION, {"id": "region:淄博市"})[1] == 1
        assert loaded.nodes(Label.MEASURE, {"line": 21})[0][0].id == HIRING

    def test_nodes_where_list_property_means_contains(self, loaded: GraphStore) -> None:
        found, total = loaded.nodes(Label.DOCUMENT, {"issuers": "周村区人民政府"})
        assert [n.id for n in found] == [DOC] and total == 1
        assert loaded.nodes(Label.AGENCY, {"aliases": "区人社局"})[1] == 1
        assert loaded.nodes(Label.AGENCY, {"aliases": "区人"})[1] == 0

    def test_nodes_where_no_match_returns_empty(self, loaded: GraphStore) -> None:
        assert loaded.nodes(Label.MEASURE, {"region": "沂源县"}) == ([], 0)
        assert loaded.nodes(Label.MEASURE, {"no_such_key": "x"}) == ([], 0)
        assert loaded.nodes(Label.PERSON, {"name": "路德芝", "region": "沂源县"}) == ([], 0)

    def test_nodes_limit_offset_page_keeps_total(self, loaded: GraphStore) -> None:
        ids = [n.id for n in loaded.nodes(Label.REGION)[0]]
        assert ids == sorted(f"region:{name}" for name in REGIONS)
        page, total = loaded.nodes(Label.REGION, limit=2, offset=1)
        assert [n.id for n in page] == ids[1:3] and total == 4
        assert loaded.nodes(Label.REGION, offset=3)[0][0].id == ids[3]
        assert loaded.nodes(Label.REGION, limit=0) == ([], 4)
        assert loaded.nodes(Label.REGION, limit=5, offset=10) == ([], 4)

    def test_edges_out_in_both_directions(self, loaded: GraphStore) -> None:
        out = loaded.edges([HIRING], "out")
        assert [(r.type, r.end, o.id) for r, o in out] == [(RelType.ADDRESSES, THEME, THEME)]
        inc = loaded.edges([HIRING], "in")
        assert [(r.type.value, r.start) for r, _ in inc] == [
            ("CONTAINS", SECTION), ("LEADS", AGENCY), ("RESPONSIBLE_FOR", PERSON)]
        assert [o.id for _, o in inc] == [SECTION, AGENCY, PERSON]
        assert loaded.edges([HIRING]) == sorted(out + inc, key=lambda pair: pair[0].key)

    def test_edges_other_end_node_and_props(self, loaded: GraphStore) -> None:
        (found, other), = loaded.edges([HIRING], "in", [RelType.LEADS])
        assert found == stored(sample_graph()).relationships[found.key]
        assert other == stored(sample_graph()).nodes[AGENCY]

    def test_edges_type_filter_and_many_ids(self, loaded: GraphStore) -> None:
        found = loaded.edges([AGENCY, DOC, "doc:不存在"], "out", [RelType.IN, RelType.CITES])
        assert [r.key for r, _ in found] == [
            ("CITES", DOC, STUB), ("IN", AGENCY, "region:周村区"), ("IN", DOC, "region:周村区")]
        assert loaded.edges([AGENCY], "out", [RelType.IMPLEMENTS]) == []
        assert loaded.edges([], "both") == []

    def test_edges_each_relationship_once(self, loaded: GraphStore) -> None:
        found = loaded.edges([SECTION, HIRING, STEERING], "both", [RelType.CONTAINS])
        assert [r.key for r, _ in found] == sorted({
            ("CONTAINS", DOC, SECTION), ("CONTAINS", SECTION, HIRING),
            ("CONTAINS", SECTION, STEERING)})

    def test_items_are_whole_in_the_order_asked_missing_left_out(self, loaded: GraphStore) -> None:
        """GraphStore.items: a trace's chains read whole (its walk read projections)."""
        want = stored(sample_graph())
        keys = [("ADDRESSES", HIRING, THEME), ("CONTAINS", DOC, SECTION),
                ("CONTAINS", SECTION, DOC), ("LEADS", AGENCY, STEERING)]
        nodes, rels = loaded.items([THEME, HIRING, "doc:不存在", DOC], keys)
        assert nodes == [want.nodes[THEME], want.nodes[HIRING], want.nodes[DOC]]
        assert rels == [want.relationships[keys[0]], want.relationships[keys[1]]]
        assert loaded.items([], []) == ([], [])

    def test_stats_counts_nonzero_sorted(self, loaded: GraphStore) -> None:
        stats = loaded.stats()
        assert list(stats) == sorted(stats)
        assert stats["Measure"] == 3 and stats["Region"] == 4 and stats["CONTAINS"] == 3
        assert "IMPLEMENTS" not in stats and "SIMILAR_TO" not in stats

    def test_search_finds_chinese_term(self, loaded: GraphStore) -> None:
        found = [h.measure.id for h in loaded.search(["复产"], 0, 10).hits]
        assert HIRING in found and STEERING not in found and SECTION not in found

    def test_search_every_term_and_node_shape(self, loaded: GraphStore) -> None:
        found = loaded.search(["复产", "补贴"], 0, 10)
        assert found.total == 1 and [h.measure.id for h in found.hits] == [HIRING]
        assert found.hits[0].measure == stored(sample_graph()).nodes[HIRING]
        assert loaded.search(["复产", "白名单"], 0, 10) == Found(0, [])

    def test_search_short_and_mixed_terms(self, loaded: GraphStore) -> None:
        def ids(*terms: str) -> list[str]:
            return [h.measure.id for h in loaded.search(terms, 0, 10).hits]

        assert HIRING in ids("6万人") and HIRING in ids("就业", "6")
        assert set(ids("企")) >= {HIRING, STEERING}
        assert STEERING in ids("“白名单”")
        assert loaded.search(["企业"], 0, 1).hits[0].measure.id in (HIRING, STEERING)

    def test_search_only_measures(self, loaded: GraphStore) -> None:
        loaded.write(graph_of(node("doc:复产〔2020〕1号", Label.DOCUMENT, title="复产企业",
                                   heading="复产企业", text="复产企业")))
        assert all(h.measure.label is Label.MEASURE
                   for h in loaded.search(["复产"], 0, 10).hits)

    def test_search_scores_orders_and_pages_in_the_store(self, store: GraphStore) -> None:
        """Scores are graph.search.score's (a term counted as str.count counts it: without
        overlaps, at either end, a character outside the BMP as one); best first, ties by id;
        `total` counts every match, whatever the page."""
        texts = {"a": ("返还", "返还返还返还"), "b": ("稳岗", "稳岗返还。返还"), "c": ("", "返返返还"),
                 "d": ("𠀋返还", "𠀋𠀋返还𠀋"), "e": ("返还", "返还"), "f": ("其他", "无关")}
        store.write(graph_of(*(node(f"m:{k}", Label.MEASURE, heading=h, text=t)
                               for k, (h, t) in texts.items())))
        for terms in (["返还"], ["返返"], ["𠀋"], ["返还", "稳岗"], ["还"]):
            want = sorted((-v, f"m:{k}") for k, (h, t) in texts.items()
                          if (v := score(h, t, terms)) is not None)
            for offset, limit in ((0, 10), (0, 2), (2, 2), (5, 3), (9, 1)):
                found = store.search(terms, offset, limit)
                assert found.total == len(want), terms
                assert [(h.measure.id, h.score) for h in found.hits] == \
                    [(i, -neg) for neg, i in want[offset:offset + limit]], (terms, offset)

    def test_clear_removes_everything(self, loaded: GraphStore) -> None:
        loaded.clear()
        assert loaded.stats() == {}
        assert loaded.subgraph() == Subgraph()
        assert loaded.node(DOC) is None
        assert loaded.search(["复产"], 0, 10) == Found(0, [])
        assert loaded.write(sample_graph()).nodes_created == len(sample_graph().nodes)

    def test_ping_true(self, store: GraphStore) -> None:
        assert store.ping() is True
