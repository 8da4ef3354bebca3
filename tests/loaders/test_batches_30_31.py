"""Classes of misses met in dev batches 30 and 31 (thirteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_the_pages_section_above_its_breadcrumb_is_no_title() -> None:
    """电商进农村 atop the page, the breadcrumb's last name: the plan's title below is the title."""
    doc = _doc("""
        电商进农村
        当前位置: 首页->政务公开->电商进农村

        魏县2017年电子商务进农村综合示范工作方案

        发布时间:2017-12-26

          为加快推进2017年电子商务进农村综合示范工作,加强和规范专项资金使用管理,制定本方案。
        一、工作目标
        """)
    assert doc.title == "魏县2017年电子商务进农村综合示范工作方案"


def test_a_provincial_commission_before_its_title_issues_it() -> None:
    """某省发展改革委关于印发…的通知: a department named with its place and ending in 委 is a body."""
    doc = _doc("""
        江西省发展改革委关于印发江西省进一步
        恢复和扩大消费若干措施的通知
        各设区市人民政府,省有关单位:
        经省政府同意,现将《江西省进一步恢复和扩大消费若干措施》印发给你们,请认真贯彻实施。
        2023年10月27日
        一、扩大重点领域消费
        """)
    assert doc.issuers == ("江西省发展改革委",)


def test_a_title_cited_by_a_one_line_page_names_no_issuer() -> None:
    """为深入贯彻落实某省办公厅关于…的通知(…)和某市办公室关于…的通知: the documents cited, not the issuer."""
    doc = _doc("""
        某县2018年政务公开工作要点实施方案为深入贯彻落实吉林省人民政府办公厅关于印发2018年全省政务公开工作要点的通知(吉政办发201835号)和白山市人民政府办公室关于印发白山市贯彻落实2018年全省政务公开工作要点的实施方案的通知(白政办发201823号)不断提升政务公开的质量和实效,结合本县实际,制定本方案。一、工作目标紧紧围绕重大决策部署,进一步加大全县政务公开力度。二、工作任务(一)加强政策解读。
        """)
    assert doc.issuers == ()


def test_an_item_label_glued_to_the_year_its_sentence_opens_with() -> None:
    """1.2019年,… is item 1, not a decimal."""
    doc = _doc("""
        关于印发某县生活垃圾分类工作实施方案的通知
        一、总体要求
        （一）工作目标
        1.2019年,城区公共机构全面实行生活垃圾分类。
        2.2020年,城区居民小区基本建成分类投放设施。
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
