"""The cascade linker on the seed corpus: document lineage, measure lineage, themes, trace."""

import textwrap

import pytest

from policy_cascades.graph.build import document_to_subgraph
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.pipeline import build_graph
from policy_cascades.graph.trace import trace_down, trace_up
from policy_cascades.loaders import parse_document
from tests.linking.evaluate import evaluate, report, seed_graph

ZHOUCUN_15 = "doc:周政字〔2020〕8号#三.(一).15"
SIXBAO_1 = "doc:中国:政府工作报告#六保.1"


@pytest.fixture(scope="module")
def graph() -> Subgraph:
    return seed_graph()


@pytest.fixture(scope="module")
def store(graph: Subgraph) -> MemoryStore:
    store = MemoryStore()
    store.write(graph)
    return store


def _rels(graph: Subgraph, rel_type: RelType) -> list:  # type: ignore[type-arg]
    return [r for r in graph.relationships.values() if r.type == rel_type]


def test_linking_precision_over_everything_emitted_for_judged_children(graph: Subgraph) -> None:
    """Every inferred link from the 257 hand-judged children counts (tests/linking/
    judgements.json). The shipped models were trained on 166 of them (the other 91 were judged
    after), so this is mostly the in-sample figure; tools/train_linker.py reports the held-out
    one and tools/eval_linking.py --sample the 91 alone (BENCHMARKS.md)."""
    from tests.linking.evaluate_all import (
        inferred_links,
        judged_links,
        load_judgements,
        outline_of,
        pooled,
        tally,
    )
    judged, outline = load_judgements(), outline_of(graph)
    total = pooled(tally(judged_links(inferred_links(graph), judged, outline), judged, outline))
    assert total.emitted > 100
    assert total.precision >= 0.85
    assert total.recall >= 0.30


def test_linking_on_the_339_pairs_listed_in_advance(capsys: pytest.CaptureFixture[str]) -> None:
    """Near misses listed before the judged sample; a link of a measure's container counts for
    it. 116 true and 6 false before the topic model weighed the 六稳 evidence theme by theme,
    118 and 7 after (the new one: a 主要任务 section of a 稳外贸稳外资 plan -> 稳外贸, counted
    for its 招商引资 item)."""
    with capsys.disabled():
        print("\n" + report())  # noqa: T201 - the figures are the point
    outcome = evaluate()
    assert outcome.precision >= 0.94
    assert outcome.recall >= 0.50


def test_linking_inferred_implements_never_points_to_a_later_measure(graph: Subgraph) -> None:
    measure_links = [r for r in _rels(graph, RelType.IMPLEMENTS) if "#" in r.start]
    assert len(measure_links) > 100
    for rel in measure_links:
        child, parent = graph.nodes[rel.start].props, graph.nodes[rel.end].props
        assert (parent["date"] or "") <= (child["date"] or ""), rel


def test_linking_similar_to_marks_upward_diffusion(graph: Subgraph) -> None:
    similar = _rels(graph, RelType.SIMILAR_TO)
    assert similar, "004 (March) and 003 (July) share measures: 周村区 acted before the city"
    for rel in similar:
        assert graph.nodes[rel.end].props["date"] > graph.nodes[rel.start].props["date"]


def test_linking_edges_carry_basis_score_evidence_and_reinvention(graph: Subgraph) -> None:
    for rel in _rels(graph, RelType.IMPLEMENTS) + _rels(graph, RelType.SIMILAR_TO):
        if "#" not in rel.start:
            continue
        props = rel.props
        assert props["basis"] in ("declared", "inferred") and 0 < props["score"] <= 1
        assert props["method"] and isinstance(props["evidence"], list)
        assert props["reinvention"] in ("copy", "adapt", "new") and 0 <= props["verbatim_share"] <= 1
    broadband = graph.relationships[("IMPLEMENTS", "doc:源政发〔2020〕11号#二.5",
                                     "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知#P3.二.(一).4")]
    assert broadband.props["reinvention"] == "copy" and broadband.props["verbatim_share"] > 0.6


def test_linking_every_reference_resolved_or_stubbed(graph: Subgraph) -> None:
    docs = {n.id: n for n in graph.nodes.values() if n.label == Label.DOCUMENT}
    in_corpus = [d for d in docs.values() if d.props["in_corpus"]]
    assert len(in_corpus) == 5 + 4  # the seed corpus and the national directives, none merged
    cited = {r.end for r in _rels(graph, RelType.CITES) + _rels(graph, RelType.IMPLEMENTS) if r.end in docs}
    stubs = {d.id for d in docs.values() if not d.props["in_corpus"]}
    assert stubs <= cited  # a stub exists only because something names it
    assert (docs["doc:鲁政发〔2020〕10号"].props["level"], docs["doc:鲁政发〔2020〕10号"].props["region"]) == ("provincial", "山东省")
    assert docs["doc:淄政发〔2020〕7号"].props["region"] == "淄博市"
    assert docs["doc:源政办发〔2020〕5号"].props["region"] == "沂源县"
    # cited by 文号 and by title, the national documents resolve to the shipped data
    assert ("IMPLEMENTS", "doc:源政发〔2020〕11号", "doc:国发〔2020〕6号") in graph.relationships
    assert ("IMPLEMENTS", "doc:源政发〔2020〕11号", "doc:中国:政府工作报告") in graph.relationships
    assert docs["doc:国发〔2020〕6号"].props["in_corpus"] is True


def test_linking_a_stub_is_filled_in_when_its_document_is_loaded_later() -> None:
    citing = parse_document(textwrap.dedent("""\
        临政办字〔2020〕21号
        临淄区人民政府办公室关于印发临淄区稳就业若干措施的通知
        各镇人民政府：
        为贯彻落实《淄博市人民政府办公室关于做好稳就业工作的通知》（淄政办字〔2020〕33号）要求，制定如下措施。
        1．加大稳岗返还力度。对不裁员的参保企业返还失业保险费。（责任单位：区人社局）
        """), "citing.txt")
    cited = parse_document(textwrap.dedent("""\
        淄政办字〔2020〕33号
        淄博市人民政府办公室关于做好稳就业工作的通知
        各区县人民政府：
        1．加大失业保险稳岗返还力度。对不裁员的参保企业返还失业保险费。（责任单位：市人力资源社会保障局）
        """), "cited.txt")
    store = MemoryStore()
    store.write(build_graph([citing], national=False))
    stub = store.node("doc:淄政办字〔2020〕33号")
    assert stub is not None and stub.props["in_corpus"] is False and stub.props["region"] == "淄博市"
    store.write(build_graph([cited], national=False))
    filled = store.node("doc:淄政办字〔2020〕33号")
    assert filled is not None and filled.props["in_corpus"] is True
    assert filled.props["title"] == "关于做好稳就业工作的通知"
    assert store.edges(["doc:淄政办字〔2020〕33号"], "in", [RelType.IMPLEMENTS])


def test_linking_is_deterministic(graph: Subgraph) -> None:
    from policy_cascades.graph.pipeline import corpus_files, extract, seed_corpus

    again = build_graph(extract(corpus_files([seed_corpus()])).documents)
    assert again == graph


def test_linking_agencies_of_one_system_across_levels(graph: Subgraph) -> None:
    district = graph.nodes["agency:周村区:区人力资源社会保障局"].props
    city = graph.nodes["agency:淄博市:市人力资源社会保障局"].props
    county = graph.nodes["agency:沂源县:县人力资源社会保障局"].props
    assert district["system"] == city["system"] == county["system"] == "人力资源社会保障"
    assert "agency:高台县:县人力资源社会保障局" in graph.nodes  # 县人社局, printed abbreviated
    assert "县人社局" in graph.nodes["agency:高台县:县人力资源社会保障局"].props["aliases"]


def test_linking_six_wen_items_correspond_to_six_bao(graph: Subgraph) -> None:
    assert ("CORRESPONDS_TO", "theme:稳就业", "theme:保居民就业") in graph.relationships


def test_trace_up_from_zhoucun_15_reaches_the_national_directive(store: MemoryStore) -> None:
    trace = trace_up(store, ZHOUCUN_15, depth=4)
    assert trace is not None
    ends = {p.nodes[-1] for p in trace.paths}
    assert SIXBAO_1 in ends
    # Its judged 山东省 parent (三.(三).24) is among the links the model misses (recall ~0.3):
    # every link on the way up is either declared or scored at the model's threshold.
    for path in trace.paths:
        for rel in path.relationships:
            assert rel.props.get("basis") != "inferred" or rel.props["score"] >= 0.6


def test_trace_down_from_six_bao_1_reaches_zhoucun_and_yiyuan(store: MemoryStore) -> None:
    trace = trace_down(store, SIXBAO_1, depth=4)
    assert trace is not None
    regions = {trace.nodes[p.nodes[-1]].props.get("region") for p in trace.paths}
    assert {"周村区", "沂源县", "淄博市", "高台县"} <= regions
    through_city = [p for p in trace.paths if trace.nodes[p.nodes[-1]].props.get("region") == "沂源县"
                    and any(trace.nodes[n].props.get("region") == "淄博市" for n in p.nodes)]
    assert through_city


def test_trace_declared_only_follows_declared_links(store: MemoryStore) -> None:
    trace = trace_up(store, ZHOUCUN_15, depth=4, basis="declared")
    assert trace is not None
    for path in trace.paths:
        for rel in path.relationships:
            if rel.type == RelType.IMPLEMENTS:
                assert rel.props["basis"] == "declared"


def test_trace_unknown_node_is_none(store: MemoryStore) -> None:
    assert trace_down(store, "doc:nothing", 3) is None


def test_document_subgraph_provenance_on_every_extracted_node_and_edge(graph: Subgraph) -> None:
    from policy_cascades.graph.pipeline import corpus_files, extract, seed_corpus

    doc = extract(corpus_files([seed_corpus()])).documents[4]
    part = document_to_subgraph(doc)
    for node in part.graph.nodes.values():
        if node.label in (Label.DOCUMENT, Label.MEASURE, Label.AGENCY, Label.PERSON):
            assert node.props["source"] == doc.source and node.props["line"] >= 1
    for rel in part.graph.relationships.values():
        if rel.type != RelType.PART_OF:
            assert rel.props.get("source") == doc.source, rel


def test_national_directives_carry_their_public_source(graph: Subgraph) -> None:
    report = graph.nodes["doc:中国:政府工作报告"].props
    assert (report["date"], report["level"]) == ("2020-05-22", "national")
    assert report["url"].startswith("http")
    assert graph.nodes[SIXBAO_1].props["url"].startswith("http")
    assert graph.nodes[SIXBAO_1].props["heading"] == "保居民就业"
