"""Classes of misses met in dev batches 21 and 22, each shown on a synthetic text."""

from __future__ import annotations

from policy_cascades.loaders.records import Measure, PolicyDocument
from tests.loaders.made_up import parse as _doc


def _measure(doc: PolicyDocument, path: str) -> Measure:
    return next(m for m in doc.measures if m.path == path)


def test_stacked_table_with_a_leader_column_split_over_two_lines() -> None:
    """A table flattened one cell a line whose header has a column of persons printed over two
    lines (区政府 / 分管领导) between the task and the units: its rows are still items, the person
    is no unit, and the units fill 牵头单位 then 配合单位."""
    doc = _doc("""
        某某区人民政府关于印发重点工作分工的通知
        各街道办事处，区政府各部门：
        现将分工印发给你们，请认真落实。
        某某区人民政府
        2021年3月1日
        序号
        重点工作
        区政府
        分管领导
        牵头单位
        配合单位
        备注
        (一)
        提升创新能力。
        1
        建设科技创新平台。
        张 三
        区科技局
        区财政局、区发展改革局
        2
        完善人才政策。
        李 四
        区人力资源社会保障局
        区教育局
    """)
    one, two = _measure(doc, "(一).1"), _measure(doc, "(一).2")
    assert one.leads == ("区科技局",) and one.supports == ("区财政局", "区发展改革局")
    assert two.leads == ("区人力资源社会保障局",) and two.supports == ("区教育局",)


def test_circled_numbers_below_printed_points_are_a_level_of_their_own() -> None:
    """① opening a line in a text that prints its points (1) (2) on lines of their own is a level
    below (1), not a repeated (1): each ① keeps its own note."""
    doc = _doc("""
        某某县人民政府办公室关于印发民生实事方案的通知
        各乡镇人民政府，县直各部门：
        一、就业增收
        （一）实施就业工程
        1.城乡居民增收
        （1）增加工资性收入
        ①稳定就业岗位。（牵头单位：县人社局；责任单位：各乡镇人民政府）
        ②扶持创业。（牵头单位：县财政局）
        （2）增加经营性收入
    """)
    paths = [m.path for m in doc.measures]
    assert "一.(一).1.(1).①" in paths and "一.(一).1.(1).②" in paths and "一.(一).1.(2)" in paths
    first = _measure(doc, "一.(一).1.(1).①")
    assert first.leads == ("县人社局",) and first.supports == ("各乡镇人民政府",)
    assert _measure(doc, "一.(一).1.(1).②").leads == ("县财政局",)
    assert not _measure(doc, "一.(一).1.(1)").leads


def test_circled_numbers_alone_still_stand_for_points() -> None:
    doc = _doc("""
        某某县人民政府办公室关于印发民生实事方案的通知
        各乡镇人民政府，县直各部门：
        一、就业增收
        1.城乡居民增收
        ①稳定就业岗位。（牵头单位：县人社局）
        ②扶持创业。（牵头单位：县财政局）
    """)
    assert _measure(doc, "一.1.①").leads == ("县人社局",)


BODY = """
    一、工作措施
    1.加强组织领导。
"""


def test_issuer_on_a_publisher_line_when_nothing_else_names_one() -> None:
    """A 发布机构 line (with a label the page adds after it, 文件有效性) names the issuer of a
    page that prints no issuer line, red header or signature."""
    doc = _doc("""
        索 引 号: 000000/2020-1 成文日期: 2020-08-23
        发布机构: 某某自治县综合行政执法局 文件有效性:
        某某自治县规范流动摊点工作实施方案
        为规范流动摊点，特制定本方案。
    """ + BODY)
    assert doc.issuers == ("某某自治县综合行政执法局",)


def test_placeless_issuer_on_a_traditional_publisher_line_is_completed() -> None:
    doc = _doc("""
        文件編號:某人社發〔2023〕17號 發布機構:市人社局
        關於印發《無錫市就業見習實施辦法》的通知
        各轄市區人社局，各有關單位：
        現將《無錫市就業見習實施辦法》印發給你們，請認真貫徹執行。
        無錫市就業見習實施辦法
        一、總則
        1.加強組織領導。
    """)
    assert doc.issuers == ("无锡市人社局",) or doc.issuers == ("無錫市人社局",)


def test_issuer_on_a_bulleted_line_above_the_title() -> None:
    doc = _doc("""
        某市人民政府公报
          • 成文日期 2019-02-28
          •   烟台市人民政府
              关于重点办好城乡建设和
              改善人民生活方面实事的通知
              各区、市人民政府，市政府各部门：
              市政府决定，重点办好实事。现就有关事项通知如下：
    """ + BODY)
    assert doc.issuers == ("烟台市人民政府",)


def test_issuer_of_a_headline_in_guillemets_after_its_doc_number() -> None:
    doc = _doc("""
        某办发〔2019〕31号《绵阳市人民政府办公厅关于发展夜间经济的实施意见》
        各区县政府，市政府各部门：
        为发展夜间经济，特制定本意见。
    """ + BODY)
    assert doc.issuers == ("绵阳市人民政府办公厅",)


def test_glued_date_under_the_closing_sentence_of_a_notice_without_signature() -> None:
    doc = _doc("""
        某某县人民政府办公室关于印发《某某县减税降费工作方案》的通知
        各乡镇人民政府，县政府各部门：
        现将《某某县减税降费工作方案》印发给你们，请认真组织实施。

        2019610

        某某县减税降费工作方案
        一、工作目标
        1.落实政策。
    """)
    assert doc.date == "2019-06-10"


def test_a_title_that_lost_a_character_at_a_line_break_gives_way_to_its_whole_printing() -> None:
    doc = _doc("""
        某某县人民政府办公室关于印发《某某县贯彻落实减税降费政策工作实施方案》的通知
        某府办发〔2019〕96号
        某某县人民政府办公室
        关于印发《某某县贯彻落实减税降费政
        工作实施方案》的通知
        各乡镇人民政府，县政府各部门：
        现将方案印发给你们，请认真组织实施。
    """ + BODY)
    assert doc.title == "关于印发《某某县贯彻落实减税降费政策工作实施方案》的通知"


def test_a_deadline_after_the_units_of_a_keyless_note_is_a_remark() -> None:
    doc = _doc("""
        某市人民政府关于分解落实重点工作的通知
        各区人民政府，市政府各部門：
        一、重點工作
        1.推動高質量發展。（市政府各部門分別負責，年內持續推進）
        2.擴大內需。（市發展改革委、市商務局負責，年底前完成）
    """)
    assert _measure(doc, "一.1").responsible == ("市政府各部門",)
    assert _measure(doc, "一.2").responsible == ("市發展改革委", "市商務局")


def test_joint_signature_of_departments_several_to_a_line() -> None:
    doc = _doc("""
        关于印发《关于进一步扩大消费的若干措施》的通知
        湘发改就业规〔2020〕764号
        各市州人民政府，省政府各厅委、各直属机构：
        经报省人民政府同意，现将《若干措施》印发给你们，请认真贯彻执行。
        湖南省发展和改革委员会 湖南省教育厅 湖南省科学技术厅
        湖南省工业和信息化厅 湖南省民政厅 湖南省财政厅
        湖南省住房和城乡建设厅 湖南省交通运输厅 湖南省农业农村厅
        湖南省商务厅 湖南省文化和旅游厅
        湖南省医疗保障局 中华人民共和国长沙海关
        2020年10月10日
    """ + BODY)
    assert len(doc.issuers) == 13
    assert doc.issuers[0] == "湖南省发展和改革委员会" and doc.issuers[-1] == "中华人民共和国长沙海关"


def test_doc_number_on_a_bulleted_line_that_lost_its_closing_bracket() -> None:
    doc = _doc("""
        某某市人民政府关于印发促进居民增收实施方案的通知
          • 某某市政府门户网站
          • 巴政发〔2017 169
            各旗县区人民政府，市直各部门：
            现将方案印发给你们，请遵照执行。
    """ + BODY)
    assert doc.doc_number == "巴政发〔2017〕169号"


def test_a_city_named_among_the_levels_above_the_text_is_not_its_place() -> None:
    """A county-level city's text says 我市 and names its prefecture among the levels above it
    (结合省、某某市…和我市实际): not the prefecture's document; the county is left open."""
    doc = _doc("""
        根据工作安排，结合省、潍坊市推动高质量发展政策清单和我市预算编制情况，制定若干政策。
        一、支持产业转型升级
        1.争取国家、省、潍坊市各类专项资金，市财政安排资金支持企业发展。
        2.全市重点项目建设。
    """)
    assert doc.region is None and doc.level == "county"
    assert any(w.field == "region" for w in doc.warnings)
