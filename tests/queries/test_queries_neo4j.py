"""Every named query on a real Neo4j 5 holding the seed corpus, checked against its actual
answer and, where the answer can be computed from the Python graph too, against that.

The corpus is loaded once for the module (the function-scoped `neo4j_db` fixture would empty
the database before each test), through the session's driver.
"""

from __future__ import annotations

import json
import shlex
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j import Driver

from policy_cascades.cli import main
from policy_cascades.errors import StoreError, UnknownNode
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.trace import Trace, trace_down, trace_up
from policy_cascades.queries import QueryParamError, load_queries, run_named
from tests.neo4j_fixtures import Neo4jSettings, reset_database

pytestmark = pytest.mark.neo4j

ZHOUCUN = "doc:周政字〔2020〕8号"
ITEM_15 = f"{ZHOUCUN}#三.(一).15"
LIUBAO_1 = "doc:中国:政府工作报告#六保.1"
YIYUAN = "doc:源政发〔2020〕11号"
GUOFA = "doc:国发〔2020〕6号"
REPORT = "doc:中国:政府工作报告"
HR_ZHOUCUN = "agency:周村区:区人力资源社会保障局"
DUTIES = (RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR)


@pytest.fixture(scope="module")
def seed() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


@pytest.fixture(scope="module")
def store(neo4j_driver: Driver, neo4j_settings: Neo4jSettings, seed: Subgraph) -> Iterator[Neo4jStore]:
    reset_database(neo4j_driver, neo4j_settings.database)
    neo4j = Neo4jStore(neo4j_driver, database=neo4j_settings.database)
    neo4j.write(seed)
    yield neo4j
    neo4j.close()


@pytest.fixture(scope="module")
def memory(seed: Subgraph) -> MemoryStore:
    out = MemoryStore()
    out.write(seed)
    return out


def rels(seed: Subgraph, *types: RelType) -> list[Any]:
    return [r for r in seed.relationships.values() if r.type in types]


def reached(trace: Trace | None, down: bool) -> set[str]:
    """What graph/trace.py reaches: the far end of every IMPLEMENTS step and theme bridge."""
    assert trace is not None
    out = set()
    for path in trace.paths:
        steps = path.relationships
        for i, rel in enumerate(steps):
            if rel.type is RelType.IMPLEMENTS:
                out.add(rel.start if down else rel.end)
            elif (rel.type is RelType.ADDRESSES and i + 2 < len(steps)
                  and steps[i + 1].type is RelType.CORRESPONDS_TO):
                out.add(steps[i + 2].start)
    return out - {trace.root.id}


# -- every query ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_query_example_runs_on_the_seed_corpus(store: Neo4jStore, name: str) -> None:
    query = load_queries()[name]
    words = shlex.split(query.example)[3:]
    params: dict[str, Any] = {}
    for pair in words[1::2]:
        key, _, value = pair.partition("=")
        params[key] = value
    rows = run_named(store, name, params)
    assert rows, f"{name}'s example answers nothing"
    json.dumps(rows, ensure_ascii=False)  # plain JSON-able values only


# -- tracing -------------------------------------------------------------------------------


def test_trace_up_from_zhoucun_item_reaches_the_national_level(store: Neo4jStore) -> None:
    rows = run_named(store, "trace_up", {"id": ITEM_15.replace(".15", ".16")})
    by_id = {r["id"]: r for r in rows}
    national = [r for r in rows if r["region"] == "中国"]
    assert national and rows[0]["level"] == "national"
    assert by_id["doc:中国:中共中央政治局会议分析研究当前经济形势，部署下半年经济工作#六稳.1"]["steps"] == 1
    bridged = by_id[LIUBAO_1]  # 六稳.1 稳就业 grew into 六保.1 保居民就业: one more step
    assert bridged["steps"] == 2 and bridged["chain"][-3:-1] == ["theme:稳就业", "theme:保居民就业"]
    shandong = next(r for r in rows if r["region"] == "山东省")
    assert shandong["heading"] == "着力稳定社会就业"
    [edge] = shandong["edges"]
    assert edge["type"] == "IMPLEMENTS" and edge["basis"] == "inferred" and 0 < edge["score"] <= 1
    stub = by_id["doc:淄政字〔2020〕15号"]  # what 周政字〔2020〕8号 itself declares it carries out
    assert stub["stub"] is True and stub["label"] == "Document"


@pytest.mark.parametrize("basis", ["all", "declared"])
@pytest.mark.parametrize("depth", [1, 2, 4])
@pytest.mark.parametrize("start", [ITEM_15, f"{YIYUAN}#一.1", f"{ZHOUCUN}#三.(一)",
                                   "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知#P1.二.(二).7"])
def test_trace_up_reaches_what_graph_trace_reaches(store: Neo4jStore, memory: MemoryStore,
                                                   start: str, depth: int, basis: str) -> None:
    rows = run_named(store, "trace_up", {"id": start, "depth": depth, "basis": basis,
                                         "limit": 10_000})
    trace = trace_up(memory, start, depth, basis)  # type: ignore[arg-type]
    assert trace is not None and not trace.truncated  # going up, a few chains: never near 500
    assert {r["id"] for r in rows if r["label"] == "Measure"} == reached(trace, down=False)
    assert all(r["steps"] <= depth for r in rows)


def test_trace_down_from_liubao_reaches_zibo_and_yiyuan(store: Neo4jStore) -> None:
    rows = run_named(store, "trace_down", {"id": LIUBAO_1})
    regions = Counter(r["region"] for r in rows)
    assert regions["淄博市"] and regions["沂源县"] and regions["周村区"]
    yiyuan = next(r for r in rows if r["region"] == "沂源县" and r["steps"] == 2)
    assert yiyuan["chain"][0] == LIUBAO_1 and yiyuan["chain"][-1] == yiyuan["id"]
    implements = [e for e in yiyuan["edges"] if e["type"] == "IMPLEMENTS"]
    assert len(implements) == 2 and all(e["basis"] in ("declared", "inferred") for e in implements)
    assert all(e["score"] is not None for e in implements)
    # 周村区 wrote under 稳就业 in March: reached over the theme bridge from 保居民就业
    zhoucun = next(r for r in rows if r["region"] == "周村区")
    assert "theme:稳就业" in zhoucun["chain"]


@pytest.mark.parametrize("basis", ["all", "declared"])
@pytest.mark.parametrize("depth", [1, 2, 4])
@pytest.mark.parametrize("start", [LIUBAO_1, "doc:中国:政府工作报告#六保.3",
                                   "doc:山东省:关于贯彻落实习近平总书记重要讲话精神统筹推进新冠肺炎疫情防控和经济社会发展工作的若干意见#三.(三).24"])
def test_trace_down_reaches_what_graph_trace_reaches(store: Neo4jStore, memory: MemoryStore,
                                                     start: str, depth: int, basis: str) -> None:
    rows = run_named(store, "trace_down", {"id": start, "depth": depth, "basis": basis,
                                           "limit": 10_000})
    trace = trace_down(memory, start, depth, basis)  # type: ignore[arg-type]
    assert trace is not None
    if trace.truncated:  # graph.trace stopped at its 500 chains: the query reaches all it reached
        assert reached(trace, down=True) <= {r["id"] for r in rows}
    else:
        assert {r["id"] for r in rows} == reached(trace, down=True)


def test_trace_down_levels_and_declared_basis_filter(store: Neo4jStore) -> None:
    everything = run_named(store, "trace_down", {"id": LIUBAO_1, "limit": 10_000})
    county = run_named(store, "trace_down", {"id": LIUBAO_1, "levels": ["county"], "limit": 10_000})
    assert {r["level"] for r in county} == {"county"}
    assert {r["id"] for r in county} == {r["id"] for r in everything if r["level"] == "county"}
    declared = run_named(store, "trace_down", {"id": LIUBAO_1, "basis": "declared"})
    assert declared and len(declared) < len(everything)
    assert all(e["basis"] == "declared" for r in declared for e in r["edges"]
               if e["type"] == "IMPLEMENTS")


def test_trace_down_from_a_directive_document_goes_through_its_parts(store: Neo4jStore) -> None:
    """The 2020 work report: the documents that declare they carry it out, and the measures
    linked to its parts (the 六保 items, linked by subject)."""
    rows = run_named(store, "trace_down", {"id": REPORT, "depth": 1})
    by_id = {r["id"]: r for r in rows}
    assert by_id[YIYUAN]["label"] == "Document"  # 源政发〔2020〕11号 declares it carries it out
    parts = [r for r in rows if r["label"] == "Measure"]
    assert parts and all(r["chain"][1].startswith(f"{REPORT}#") for r in parts)


# -- documents -----------------------------------------------------------------------------


def test_document_outline_of_zhoucun_in_reading_order(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "document_outline", {"id": ZHOUCUN})
    assert [r["path"] for r in rows[:4]] == ["一", "一.1", "一.2", "一.3"]
    assert [r["order"] for r in rows] == list(range(len(rows)))
    assert [r["line"] for r in rows] == sorted(r["line"] for r in rows)
    mine = [n for n in seed.nodes.values() if n.label is Label.MEASURE and n.props["doc_id"] == ZHOUCUN]
    assert len(rows) == len(mine)
    item = next(r for r in rows if r["path"] == "三.(一).15")
    assert item["leads"] == ["区人力资源社会保障局"] and item["responsible"] == ["路德芝"]
    assert item["depth"] == 3 and "稳就业" in item["themes"]


def test_document_outline_orders_points_of_one_line_by_number(store: Neo4jStore) -> None:
    rows = run_named(store, "document_outline", {"id": YIYUAN, "limit": 8})
    assert [r["path"] for r in rows] == ["一", "一.1", "一.1.(1)", "一.1.(2)", "一.1.(3)",
                                         "一.1.(4)", "一.1.(5)", "一.2"]


def test_document_lineage_marks_stubs_both_ways(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "document_lineage", {"id": YIYUAN})
    up = {r["id"]: r for r in rows if r["direction"] == "ancestor"}
    assert up[GUOFA]["stub"] is False and up[GUOFA]["relations"] == ["IMPLEMENTS"]
    assert up["doc:鲁政发〔2020〕10号"]["stub"] is True
    assert [m.split(".(")[0] for m in up["doc:工信部联企业〔2011〕300号"]["measures"]] == ["二.6"]  # cited by a measure (or its point)
    direct = {r.end for r in rels(seed, RelType.IMPLEMENTS, RelType.CITES)
              if r.start == YIYUAN or r.start.startswith(f"{YIYUAN}#")} - {YIYUAN}
    direct = {d for d in direct if seed.nodes[d].label is Label.DOCUMENT}
    assert {i for i, r in up.items() if r["distance"] == 1} == direct
    down = run_named(store, "document_lineage", {"id": GUOFA})
    assert [(r["direction"], r["id"], r["stub"]) for r in down] == [("descendant", YIYUAN, False)]


def test_adoption_lag_yiyuan_after_guofa(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "adoption_lag", {})
    row = next(r for r in rows if r["parent_id"] == GUOFA and r["child_id"] == YIYUAN)
    assert row["days"] == (date(2020, 9, 8) - date(2020, 6, 11)).days == 89
    assert row["declared"] is True and row["measure_links"] >= 0  # the model links no 国发 item here
    for r in rows:
        parent, child = seed.nodes[r["parent_id"]].props, seed.nodes[r["child_id"]].props
        assert r["days"] == (date.fromisoformat(child["date"]) - date.fromisoformat(parent["date"])).days
    only = run_named(store, "adoption_lag", {"id": GUOFA, "basis": "declared"})
    assert [(r["child_id"], r["days"]) for r in only] == [(YIYUAN, 89)]


# -- agencies, systems, themes -------------------------------------------------------------


def test_agency_workload_puts_item_15_under_wen_jiuye(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "agency_workload", {"id": HR_ZHOUCUN})
    by_theme = {r["theme"]: r for r in rows}
    assert ITEM_15 in {m["id"] for m in by_theme["稳就业"]["measures"]}
    assert by_theme["稳就业"]["family"] == "六稳"
    duties = {r.end for r in rels(seed, *DUTIES) if r.start == HR_ZHOUCUN}
    themes = defaultdict(set)
    for r in rels(seed, RelType.ADDRESSES):
        if r.start in duties:
            themes[seed.nodes[r.end].props["name"]].add(r.start)
    assert {t: r["count"] for t, r in by_theme.items() if t} == {t: len(m) for t, m in themes.items()}
    assert all(r["leads"] == r["count"] for r in rows)  # 周村区 names it as the lead every time


def test_system_across_levels_hr_from_city_to_counties(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "system_across_levels", {"system": "人力资源社会保障"})
    assert {r["region"] for r in rows} >= {"周村区", "淄博市", "沂源县", "高台县"}
    levels = [r["level"] for r in rows]
    assert levels.index("municipal") < levels.index("county")
    agencies = {n.id for n in seed.nodes.values()
                if n.label is Label.AGENCY and n.props.get("system") == "人力资源社会保障"}
    expected = {a: len({r.end for r in rels(seed, *DUTIES) if r.start == a}) for a in agencies}
    assert {r["id"]: r["count"] for r in rows} == expected
    yiyuan = next(r for r in rows if r["region"] == "沂源县")
    assert yiyuan["implements_same_system"] > 0  # carries out 淄博市 人社局's measures
    county = run_named(store, "system_across_levels", {"system": "人力资源社会保障",
                                                        "levels": "county", "per_agency": 1})
    assert {r["level"] for r in county} == {"county"} and all(len(r["measures"]) <= 1 for r in county)


@pytest.mark.parametrize("basis", ["all", "explicit", "inferred"])
def test_theme_coverage_counts_equal_the_python_graph(store: Neo4jStore, seed: Subgraph,
                                                      basis: str) -> None:
    rows = run_named(store, "theme_coverage", {"basis": basis})
    expected: Counter[tuple[str, str, str]] = Counter()
    for r in rels(seed, RelType.ADDRESSES):
        measure, theme = seed.nodes[r.start], seed.nodes[r.end]
        if (measure.label is Label.MEASURE and theme.props["family"] in ("六保", "六稳")
                and basis in ("all", r.props["basis"])):
            expected[(theme.props["name"], measure.props["level"], measure.props["region"])] += 1
    assert {(r["theme"], r["level"], r["region"]): r["measures"] for r in rows} == expected
    assert all(r["explicit"] + r["inferred"] == r["measures"] for r in rows)
    assert any(r["theme"] == "保居民就业" and r["region"] == "淄博市" for r in rows) or basis == "inferred"


def test_unimplemented_lists_shandong_items_as_the_python_graph(store: Neo4jStore,
                                                                seed: Subgraph) -> None:
    rows = run_named(store, "unimplemented", {"per_region": 1000})
    by_region = {r["region"]: r for r in rows}
    shandong = by_region["山东省"]
    assert shandong["level"] == "provincial" and 0 < shandong["unimplemented"] < shandong["items"]
    assert all(m["id"].startswith("doc:山东省:") for m in shandong["measures"])
    parts = defaultdict(set)
    for r in rels(seed, RelType.CONTAINS):
        parts[r.start].add(r.end)
    implemented = {r.end for r in rels(seed, RelType.IMPLEMENTS)
                   if seed.nodes[r.start].label is Label.MEASURE}

    def done(node_id: str) -> bool:
        return node_id in implemented or any(done(p) for p in parts[node_id])

    for region, row in by_region.items():
        items = [n.id for n in seed.nodes.values() if n.label is Label.MEASURE
                 and n.props["kind"] == "item" and n.props["region"] == region]
        assert row["items"] == len(items)
        assert {m["id"] for m in row["measures"]} == {i for i in items if not done(i)}
    assert set(by_region) == {"中国", "山东省", "淄博市"}


def test_relay_fidelity_has_yiyuan_and_matches_the_edges(store: Neo4jStore, seed: Subgraph) -> None:
    rows = run_named(store, "relay_fidelity", {})
    assert {r["region"] for r in rows} == {"周村区", "沂源县", "高台县"}
    yiyuan = [r for r in rows if r["region"] == "沂源县"]
    assert yiyuan and all(r["level"] == "county" for r in yiyuan)
    expected: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shares: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in rels(seed, RelType.IMPLEMENTS):
        child, parent = seed.nodes[r.start], seed.nodes[r.end]
        if child.label is Label.MEASURE and child.props["level"] == "county":
            key = (child.props["region"], parent.props["doc_id"])
            expected[key]["links"] += 1
            expected[key][r.props["reinvention"]] += 1
            shares[key].append(r.props["verbatim_share"])
    for row in rows:
        key = (row["region"], row["document_id"])
        assert row["links"] == expected[key]["links"]
        assert (row["copy"], row["adapt"], row["new"]) == tuple(expected[key][k] for k in ("copy", "adapt", "new"))
        assert row["avg_verbatim_share"] == pytest.approx(sum(shares[key]) / len(shares[key]), abs=1e-3)
    assert len(rows) == len(expected)


# -- search and neighbourhood --------------------------------------------------------------


def test_search_finds_zhoucun_wengang_fanhuan(store: Neo4jStore) -> None:
    rows = run_named(store, "search", {"q": "稳岗返还", "limit": 5})
    top = {r["id"]: r for r in rows[:3]}
    hit = top[f"{ZHOUCUN}#三.(一).14"]
    assert hit["region"] == "周村区" and hit["heading"] == "加大稳岗返还"
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    county = run_named(store, "search", {"q": "稳岗返还", "levels": ["municipal"]})
    assert county and {r["level"] for r in county} == {"municipal"}


def test_search_bad_lucene_syntax_is_a_store_error(store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match="measure_text|queryNodes|Lucene|ParseException"):
        run_named(store, "search", {"q": "稳岗 AND ("})


def test_neighbourhood_depth_one_equals_the_stores_edges(store: Neo4jStore, memory: MemoryStore) -> None:
    [row] = run_named(store, "neighbourhood", {"id": ITEM_15})
    assert row["center"]["id"] == ITEM_15 and row["center"]["labels"] == ["Measure"]
    assert row["center"]["heading"] == "保障复产企业用工"
    around = memory.edges([ITEM_15], "both")
    assert {n["id"] for n in row["nodes"]} == {ITEM_15} | {other.id for _, other in around}
    ids = {n["id"] for n in row["nodes"]}
    assert all(r["start"] in ids and r["end"] in ids for r in row["relationships"])
    assert {(r["type"], r["start"], r["end"]) for r in row["relationships"]} >= \
        {(r.type.value, r.start, r.end) for r, _ in around}
    assert len(row["rings"]) == 1 and row["truncated"] is False
    [wider] = run_named(store, "neighbourhood", {"id": ITEM_15, "depth": 2, "limit": 5})
    assert len(wider["nodes"]) == 6 and wider["truncated"] is True


def test_neighbourhood_of_unknown_id_is_an_error_naming_it(store: Neo4jStore) -> None:
    with pytest.raises(UnknownNode, match="neighbourhood: no node 'doc:nothing'"):
        run_named(store, "neighbourhood", {"id": "doc:nothing"})


def test_ids_resolve_as_trace_resolves_them(store: Neo4jStore) -> None:
    typed = run_named(store, "trace_up", {"id": "周政字〔2020〕8号#三.(一).15"})
    assert typed and typed == run_named(store, "trace_up", {"id": ITEM_15})
    with pytest.raises(UnknownNode, match="'周政字〔2020〕8号' is a Document .* takes Agency ids"):
        run_named(store, "agency_workload", {"id": "周政字〔2020〕8号"})


# -- errors and the command ----------------------------------------------------------------


def test_run_named_refuses_bad_params_before_neo4j(store: Neo4jStore) -> None:
    with pytest.raises(QueryParamError, match="trace_down has no parameter hops"):
        run_named(store, "trace_down", {"id": ITEM_15, "hops": 2})


def test_cli_query_prints_json_rows(store: Neo4jStore, neo4j_settings: Neo4jSettings,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_cascades.settings import get_settings

    for key, value in neo4j_settings.env().items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["query", "trace_up", "--param", f"id={ITEM_15}",
                                           "-p", "levels=national", "-p", "depth=1"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["path"] for r in rows] == ["六稳.1"] and rows[0]["region"] == "中国"
