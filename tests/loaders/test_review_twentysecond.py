"""A review with fresh eyes of the twenty-second session's rules (made-up texts naming other places): each
finding, fixed."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_a_broken_title_that_opens_with_its_place_takes_no_line_above_it() -> None:
    doc = _doc("""
        镇江市人民政府办公室文件
        镇江市推进制造业智能化改造和数字化转型
        三年行动计划(2024-2026年)
        为深入贯彻落实制造强省战略,制定本行动计划。
        一、总体要求
        (一)指导思想。坚持以人民为中心。
    """)
    assert doc.title == "镇江市推进制造业智能化改造和数字化转型三年行动计划(2024-2026年)"


def test_a_bracketed_sentence_opening_with_a_numeral_is_no_point() -> None:
    doc = _doc("""
        岳阳市2024年卫生健康工作要点
        一、深化医改
        (一)推进分级诊疗。(市卫生健康委负责)
        (二)加强基层能力。(市卫生健康委负责)
        (三级医院要发挥带动作用。)
        (三)加强公共卫生。(市疾控中心负责)
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "一.(三)"]
    assert next(m for m in doc.measures if m.path == "一.(三)").heading == "加强公共卫生"


def test_a_table_of_cells_closed_by_bars_keeps_its_rows_beside_an_empty_cell() -> None:
    doc = _doc("""
        汉中市人民政府办公室关于印发民生实事责任清单的通知
        汉政办函〔2024〕7号
        各县区人民政府,市政府各工作部门:
        现将《汉中市民生实事责任清单》印发给你们,请认真贯彻执行。
        汉中市人民政府办公室
        2024年3月5日
        序号 |
        工作任务 |
        牵头单位 |
        配合单位 |
        1 |
        新建公办幼儿园5所。 |
        市教育局 |
         |
        2 |
        改造老旧小区30个。 |
        市住建局 |
        市财政局 |
    """)
    assert [m.path for m in doc.measures] == ["1", "2"]
    assert _units(doc, "2")[:2] == (("市住建局",), ("市财政局",))


def test_an_article_after_points_of_no_article_is_their_sibling() -> None:
    doc = _doc("""
        安徽省河湖长制考核办法
        第一条 为规范考核工作,制定本办法。
        第二条 考核结果分为以下等次。
        (一)优秀。
        (二)合格。
        第三条 本办法自印发之日起施行。
    """)
    assert [m.path for m in doc.measures][-1] == "第三条"


SEMICOLONS = """
    宁德市人民政府办公室关于印发茶产业发展任务清单的通知
    宁政办〔2024〕9号
    各县(市、区)人民政府,市直有关单位:
    现将《宁德市茶产业发展任务清单》印发给你们,请认真贯彻执行。(分号之前为主责单位,下同)
    宁德市人民政府办公室
    2024年3月5日
    一、重点任务
    1.提升茶园质效。改造低产茶园1万亩以上。(市农业农村局、市林业局;各县(市、区)人民政府)
    2.培育茶叶品牌。打造区域公用品牌。(市商务局、市市场监管局;2024年12月底前)
"""


def test_the_semicolon_rule_in_other_words() -> None:
    doc = _doc(SEMICOLONS)
    assert _units(doc, "一.1")[:2] == (("市农业农村局", "市林业局"), ("各县(市、区)人民政府",))


def test_a_semicolon_before_a_deadline_alone_makes_no_lead() -> None:
    doc = _doc(SEMICOLONS.replace("分号之前为主责单位", "分号前为牵头单位"))
    assert _units(doc, "一.2") == ((), (), ("市商务局", "市市场监管局"))


def test_the_last_of_a_list_printed_inline_is_no_section_heading() -> None:
    doc = _doc("""
        某市安全生产工作要点
        一、总体要求
        坚持人民至上。
        二、主要任务
        (一)强化责任落实。会议提出三点要求: 一、提高认识。 二、压实责任。 三、强化督查
        (二)开展隐患排查。(市应急管理局负责)
        三、保障措施
        (一)加强组织领导。
    """)
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)", "二.(二)", "三", "三.(一)"]


def test_both_lead_rules_in_one_document_each_read_where_it_applies() -> None:
    doc = _doc(SEMICOLONS.replace("(分号之前为主责单位,下同)", "(列第一位者为牵头单位,分号前为牵头单位,下同)").replace(
        "(市商务局、市市场监管局;2024年12月底前)", "(市商务局、市市场监管局)"))
    assert _units(doc, "一.1")[:2] == (("市农业农村局", "市林业局"), ("各县(市、区)人民政府",))
    assert _units(doc, "一.2")[:2] == (("市商务局",), ("市市场监管局",))
