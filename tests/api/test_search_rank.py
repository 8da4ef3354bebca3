"""graph.search: terms, score, page order and snippet (pure; both stores rank by them)."""

from __future__ import annotations

from policy_cascades.graph.model import Label, Node
from policy_cascades.graph.search import fields, page, query_terms, snippet
from policy_cascades.graph.search import score as score_fields


def measure(path: str, heading: str, text: str) -> Node:
    return Node(id=f"doc:周政字〔2020〕8号#{path}", label=Label.MEASURE,
                props={"heading": heading, "text": text})


REFUND = measure("三.(一).14", "加大稳岗返还",
                 "加大稳岗返还。对不裁员或少裁员的参保企业，返还其上年度实际缴纳失业保险费的 50%。"
                 "对经营困难企业稳岗返还政策再延长 1 年。")
INSURANCE = measure("二.12", "落实中小企业缓缴社会保险费政策", "受疫情影响的企业可申请缓缴。稳岗返还另行规定。")
OTHER = measure("一.1", "加强经济运行监测分析", "建立重点企业联系制度。")


def score(m: Node, terms: list[str]) -> int | None:
    return score_fields(*fields(m), terms)


def test_query_terms_split_on_any_whitespace_dedup() -> None:
    assert query_terms(" 稳岗返还\u3000失业保险\t稳岗返还 ") == ["稳岗返还", "失业保险"]
    assert query_terms("   ") == []


def test_score_heading_weighs_three() -> None:
    assert score(REFUND, ["稳岗返还"]) == 3 * 1 + 2  # once in the heading, twice in the text
    assert score(INSURANCE, ["稳岗返还"]) == 1


def test_score_missing_term_none() -> None:
    assert score(REFUND, ["稳岗返还", "火星"]) is None
    assert score(OTHER, ["稳岗返还"]) is None


def test_score_terms_may_span_heading_and_text() -> None:
    assert score(INSURANCE, ["社会保险费", "另行规定"]) == 3 + 1


def test_page_orders_by_score_then_id_whatever_the_order_given() -> None:
    twin = Node(id="doc:淄博市:x#P1.二.(二).7", label=Label.MEASURE, props=INSURANCE.props)
    measures = [OTHER, twin, INSURANCE, REFUND]
    scored = [(v, m.id) for m in measures if (v := score(m, ["稳岗返还"])) is not None]
    assert page(list(scored), 0, 10) == [(5, REFUND.id), (1, INSURANCE.id), (1, twin.id)]
    assert page(list(reversed(scored)), 0, 10) == page(list(scored), 0, 10)
    assert page(list(scored), 1, 1) == [(1, INSURANCE.id)]
    assert page(list(scored), 3, 5) == []


def test_snippet_around_first_match_with_ellipses() -> None:
    long = measure("x", "标题", "前" * 100 + "稳岗返还" + "后" * 100)
    cut = snippet(long, ["稳岗返还"], width=40)
    assert "稳岗返还" in cut
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) == 40 + 2


def test_snippet_short_text_whole_no_ellipsis() -> None:
    assert snippet(INSURANCE, ["稳岗返还"]) == INSURANCE.props["text"]


def test_snippet_term_only_in_heading_text_start() -> None:
    only_heading = measure("x", "稳岗返还", "对企业给予补贴。" * 20)
    assert snippet(only_heading, ["稳岗返还"], width=10) == "对企业给予补贴。对企…"
