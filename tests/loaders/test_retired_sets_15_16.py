"""Classes of misses met in eval15/ and eval16/ once they were retired to development (thirteenth
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.gazetteer import gazetteer
from tests.loaders.made_up import parse as _doc


def test_a_cut_note_that_carries_the_documents_rule() -> None:
    """(A、B、C等负责。列第一位者为牵头单位，下 — the excerpt's end: A leads, B and C support."""
    doc = _doc("""
        一、坚持就业优先
        （一）加强政策衔接。制定重大政策时综合评价对就业的影响。(县发展改革委、县财政局、县商务局、人行某某中心支行等负责。列第一位者为牵头单位,下
        """)
    item = doc.measures[-1]
    assert item.leads == ("县发展改革委",)
    assert item.supports == ("县财政局", "县商务局", "人行某某中心支行")
    cut = [w.message for w in doc.warnings if w.field == "agencies"]
    assert cut == ["a note never closes: the words after its last unit (等负责) are cut off; its units are kept"]


def test_a_two_character_county_after_a_word_that_is_a_short_name() -> None:
    """富民兴县 (富民 is 富民县's short name, a word here): no mention of 兴县."""
    assert gazetteer().mentions("续写新时代富民兴县新篇章") == {}


def test_a_headline_of_short_names_completed_from_its_news_lead() -> None:
    """市委市政府印发关于…的实施意见, then 日前，中共某市委、某市人民政府印发了《…》: the full names,
    and the title without the headline's verb."""
    doc = _doc("""
        保定市市委市政府印发关于大力发展民营经济的实施意见
        市委市政府印发关于大力
        发展民营经济的实施意见
        日前,中共保定市委、保定市人民政府印发了《关于大力发展民营经济的实施意见》。全文如下:
        为全面贯彻落实党中央要求,持续优化民营经济发展环境,结合保定市实际,提出如下实施意见。
        一、总体要求
        """)
    assert doc.issuers == ("中共保定市委", "保定市人民政府")
    assert doc.title == "关于大力发展民营经济的实施意见"


def test_a_plans_title_below_a_line_of_chrome() -> None:
    """信息公开 / 某开发区 推进夜间经济发展实施方案: the plan's title, not the site's section."""
    doc = _doc("""
        信息公开

        经济技术开发区 推进夜间经济发展实施方案

        发布时间:2021-03-31 10:50:34   索引号:    文号:    来源:

        为更好地繁荣发展夜间经济,结合经开区实际,特制定本实施方案。

        一、总体要求
        """)
    assert doc.title == "经济技术开发区推进夜间经济发展实施方案"


def test_an_issuing_verb_inside_a_cited_title_bundles_nothing() -> None:
    """A headline run into 根据某委《关于印发<…>的通知》: one document cited, no bundle (no P1)."""
    doc = _doc("""
        某县发展和改革委员会关于《某县促进消费恢复发展若干政策措施(征求意见稿)》公开征求意见的通知根据某市发展改革委等8部门《关于印发<促进消费恢复发展若干政策措施〉的通知》(某发改〔2022〕463号),我委起草了《某县促进消费恢复发展若干政策措施(征求意见稿)》。
        某县促进消费恢复发展若干政策措施(征求意见稿)
        一、推出消费惠民便民利民措施
        (一)支持开展促消费活动。
        """)
    assert [m.path for m in doc.measures if m.kind != "plan"] == ["一", "一.(一)"]
