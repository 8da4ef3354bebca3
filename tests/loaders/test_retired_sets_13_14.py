"""Classes of misses met in eval13/ and eval14/ once they were retired to development (thirteenth
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_heading_printed_with_its_first_item_after_a_wide_gap() -> None:
    """二、heading, spaces, then 3. (numbered on from the section before, as an excerpt may): the
    heading and its item are two measures; a （一） heading and its 1. the same."""
    doc = _doc("""
        某市人民政府关于做好疫情防控期间经济工作的通知
        一、做好防控工作
        1.提升站位。全市上下要坚决服从统一指挥。
        2.增强大局意识。各地要顾全大局。
        二、全力保障物资供给   3.加强物资供给。建立重点物资生产企业名单。
        （一）稳定运输   1.开通绿色通道。对运输车辆优先放行。
        """)
    by_path = {m.path: m for m in doc.measures}
    assert by_path["二"].text == "全力保障物资供给"
    assert by_path["二.3"].text.startswith("加强物资供给")
    assert by_path["二.(一)"].text == "稳定运输"
    assert by_path["二.(一).1"].text.startswith("开通绿色通道")


def test_a_number_line_that_lost_its_opening_bracket() -> None:
    """A 文号 alone under the title that lost its 〔 and its 号 (某人社发2021〕7) is read, in 繁体 too."""
    doc = _doc("""
        關于做好高校畢業生就業工作的實施意見
        贛人社發2021〕7
        各設區市人力資源社會保障局:
        一、總體要求
        """)
    assert doc.doc_number == "贛人社發〔2021〕7號"


def test_a_superiors_document_on_a_subordinates_page() -> None:
    """A province's 文号 on a city bureau's disclosure page (its 索引号 the city's credit code, its
    发布机构 the placeless 市人社局): the province's document, and the city bureau is no issuer."""
    doc = _doc("""
        索引号: 11350500MB1234567X/2021-00012
        发布机构: 市人力资源和社会保障局
        关于做好高校毕业生就业工作的实施意见
        闽人社发〔2021〕7号
        各设区市人力资源社会保障局:
        一、总体要求
        """)
    assert (doc.region, doc.level) == ("福建省", "provincial")
    assert doc.issuers == ()
    assert any("publisher" in w.message for w in doc.warnings if w.field == "issuers")


def test_a_title_whose_number_lost_its_hao_outside_the_bracket() -> None:
    """关于…的通知(某某通〔2022〕21)号: the title without it, the 文号 with its 号."""
    doc = _doc("""
        某县乡村振兴局关于印发《某县2022年巩固拓展脱贫攻坚成果工作方案》的通知(某乡振通〔2022〕21)号
        各乡镇人民政府:
        一、工作目标
        """)
    assert doc.title == "关于印发《某县2022年巩固拓展脱贫攻坚成果工作方案》的通知"
    assert doc.doc_number == "某乡振通〔2022〕21号"


def test_a_note_cut_inside_its_duty_verb() -> None:
    """(A、B等部门和各乡镇人民政府负 — the excerpt's end: every unit is kept, the cut verb dropped."""
    doc = _doc("""
        关于大力实施消费帮扶的通知
        一、拓宽销售渠道
        （一）推进农产品对接。促进农特产品与大城市精准对接。(县商务局、县工商联等部门和各乡镇人民政府负
        """)
    item = doc.measures[-1]
    assert item.responsible == ("县商务局", "县工商联", "各乡镇人民政府")


def test_the_office_that_signs_under_its_governments_name_atop_the_page() -> None:
    """某市人民政府 (the portal's name) atop the page, 某市人民政府办公室 under the notice: the office.
    A body named just above the title stays its issuer (a 指挥部 whose office signs for it)."""
    doc = _doc("""
        哈密市人民政府
        政府信息公开
        发布机构:哈密市政府
        印发关于巩固拓展就业扶贫成果的实施方案的通知
        各区县人民政府,市政府各部门:
        《关于巩固拓展就业扶贫成果的实施方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。
        哈密市人民政府办公室
        2021年12月31日
        一、总体要求
        """)
    assert doc.issuers == ("哈密市人民政府办公室",)
    above = _doc("""
        某县应急保障指挥部
        关于做好复工复产工作的通知
        各乡镇人民政府:
        现将有关事项通知如下。
        某县应急保障指挥部办公室
        2020年3月2日
        一、总体要求
        """)
    assert above.issuers == ("某县应急保障指挥部",)
