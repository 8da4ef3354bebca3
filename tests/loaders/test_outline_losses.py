"""Issue 11 part 5: no text silently lost or invented — numbers that skip or repeat, text after
the end of the outline, notes cut by the text's end, agency names that look broken."""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.notes import find_notes, parse_note, suspect_unit
from policy_cascades.loaders.records import PolicyDocument, Warning

HEAD = """
    某某区人民政府
    关于做好经济社会发展工作的通知
    各镇人民政府，区政府各部门：
    现将有关措施通知如下。
"""


def _doc(body: str, head: str = HEAD) -> PolicyDocument:
    text = textwrap.dedent(head).strip("\n") + "\n" + textwrap.dedent(body).strip("\n")
    return parse_document(text, "test.txt")


def _warnings(doc: PolicyDocument, field: str) -> list[Warning]:
    return [w for w in doc.warnings if w.field == field]


def _line_of(doc: PolicyDocument, needle: str, head: str = HEAD) -> int:
    text = textwrap.dedent(head).strip("\n") + "\n"
    return len(text.split("\n")) + next(
        i for i, line in enumerate(textwrap.dedent(BODY).strip("\n").split("\n")) if needle in line)


BODY = """
    一、稳定经济运行
    1．加强监测分析。及时研判经济运行走势。（责任人：张三；牵头单位：区发展改革局）
    2．加强调度。掌握企业运行状况。（责任人：李四；牵头单位：区工业和信息化局）
    二、支持企业发展
    3．降低企业成本。减免中小企业房租。（责任人：张三；牵头单位：区财政局）
    三、扩大有效投资
    4．加快项目建设。保障重点项目用地。（责任人：王五；牵头单位：区自然资源局）
"""


# -- notes cut by the text's end --------------------------------------------------------------


def test_note_cut_mid_word_by_the_texts_end_creates_no_agency_and_warns() -> None:
    body = BODY[: BODY.index("区工业和信息化局")] + "区工业"
    doc = _doc(body)
    item = next(m for m in doc.measures if m.path == "一.2")
    assert item.leads == () and item.persons == ("李四",)
    [warning] = _warnings(doc, "agencies")
    assert "区工业" in warning.message and warning.line == _line_of(doc, "2．加强调度")


def test_note_cut_right_after_its_key_creates_nothing() -> None:
    doc = _doc(BODY[: BODY.index("区工业和信息化局")])
    assert next(m for m in doc.measures if m.path == "一.2").leads == ()
    assert all("区" not in w.message for w in _warnings(doc, "agencies"))


def test_note_cut_after_a_whole_agency_name_keeps_it_with_a_warning() -> None:
    doc = _doc(BODY[: BODY.index("）", BODY.index("区工业和信息化局"))])
    assert next(m for m in doc.measures if m.path == "一.2").leads == ("区工业和信息化局",)
    [warning] = _warnings(doc, "agencies")
    assert "never closes" in warning.message


def test_closed_notes_of_the_example_give_no_agency_warning() -> None:
    assert _warnings(_doc(BODY), "agencies") == []
    assert _warnings(_doc(BODY), "measures") == []


def test_note_on_its_own_line_cut_by_the_texts_end_leaves_out_its_cut_unit() -> None:
    doc = _doc("""
        一、稳定经济运行
        1．加强监测分析。及时研判经济运行走势。
        责任单位：区财政局、区发展改革局、区经
    """)
    assert next(m for m in doc.measures if m.path == "一.1").responsible == ("区财政局", "区发展改革局")
    [warning] = _warnings(doc, "agencies")
    assert "区经" in warning.message


def test_note_on_its_own_line_closed_by_punctuation_is_not_cut() -> None:
    doc = _doc("""
        一、稳定经济运行
        1．加强监测分析。及时研判经济运行走势。
        责任单位：区财政局、区发展改革局。
    """)
    assert next(m for m in doc.measures if m.path == "一.1").responsible == ("区财政局", "区发展改革局")
    assert _warnings(doc, "agencies") == []


def test_note_cut_keeps_a_last_unit_with_brackets_whole() -> None:
    [note] = find_notes("加强监测。（牵头单位：省财政厅、各县（市、区）人民政府")
    assert note.unclosed and note.cut == "" and note.body.endswith("各县（市、区）人民政府")
    # a name the excerpt cut inside its own bracket is left out, and said to be cut
    [note] = find_notes("加强监测。（牵头单位：省财政厅、各县（市、区")
    assert note.cut == "各县（市、区" and parse_note(note.body).leads == ["省财政厅"]
    [note] = find_notes("加强监测。（牵头单位：省财政厅；责任单位：各区人民政府〈含开发区、")
    assert note.cut == "各区人民政府〈含开发区" and parse_note(note.body).responsible == []
    doc = _doc("一、稳岗位\n1.加强监测。（牵头单位：省财政厅；责任单位：各区人民政府〈含开发区、")
    assert [w.message for w in _warnings(doc, "agencies")] == [
        "a note never closes: its last unit 各区人民政府〈含开发区 is cut off and left out"]


@pytest.mark.parametrize("name, broken", [
    ("区发展改", True), ("各县（市、区", True), ("区工业和信息化局", False), ("各镇（街道）", False),
    ("周村供电中心", False), ("市有关部门、单位", False),
])
def test_suspect_unit(name: str, broken: bool) -> None:
    assert bool(suspect_unit(name)) is broken


def test_parse_note_keeps_a_broken_name_and_says_so() -> None:
    duties = parse_note("牵头单位：区发展改、区财政局")
    assert duties.leads == ["区发展改", "区财政局"]
    assert len(duties.doubts) == 1 and "区发展改" in duties.doubts[0]


# -- numbers that skip, go back or repeat -------------------------------------------------------


def test_number_that_skips_keeps_every_measure_and_warns() -> None:
    doc = _doc(BODY.replace("二、支持", "四、支持"))
    assert [m.path for m in doc.measures if m.kind == "section"] == ["一", "四", "三"]
    messages = [(w.message, w.line) for w in _warnings(doc, "measures")]
    assert any("skips from 一 to 四" in m and line == _line_of(doc, "支持企业") for m, line in messages)
    assert any("goes back from 四 to 三" in m for m, _ in messages)


def test_number_repeated_keeps_its_text_in_a_measure_and_warns() -> None:
    doc = _doc(BODY.replace("三、扩大", "二、扩大"))
    text = "".join(m.text for m in doc.measures)
    assert "扩大有效投资" in text and "加快项目建设" in text
    [warning] = _warnings(doc, "measures")
    assert "repeats" in warning.message and warning.line == _line_of(doc, "扩大有效投资")


def test_points_inline_then_on_their_own_line_are_no_repeat() -> None:
    doc = _doc("""
        一、稳定经济运行
        1．降低成本。（1）便捷企业登记，压减开办环节，
        实行全程网办。
        （2）免收检测费，其他企业减免50%。（牵头单位：区市场监管局）
    """)
    assert _warnings(doc, "measures") == []


# -- text after the end of the outline --------------------------------------------------------


def test_body_text_after_a_closing_date_is_warned_about() -> None:
    doc = _doc(BODY + """
        某某区人民政府
        2020年3月6日
        各部门要强化统筹，坚决扛牢疫情防控和经济社会发展的政治责任，确保各项措施落地见效。
    """)
    [warning] = _warnings(doc, "measures")
    assert "after the end of the outline" in warning.message


def test_ordinary_end_matter_gives_no_warning() -> None:
    doc = _doc(BODY + """
        某某区人民政府
        2020年3月6日
        （此件公开发布）
        抄送：区委办公室，区人大常委会办公室，区政协办公室。
        某某区人民政府办公室                2020年3月6日印发
        — 3 —
    """)
    assert _warnings(doc, "measures") == []


def test_closing_remark_after_the_last_item_is_the_documents_own_text() -> None:
    doc = _doc(BODY + """
        各部门要认真贯彻《某某市稳定经济运行若干措施》，确保各项措施落地见效。
    """)
    assert _warnings(doc, "measures") == []
    assert "某某市稳定经济运行若干措施" in [r.title for r in doc.references]
    assert "落地见效" not in next(m for m in doc.measures if m.path == "三.4").text


def test_number_after_the_end_of_the_outline_is_warned_about() -> None:
    doc = _doc(BODY + """
        某某区人民政府
        2020年3月6日
        一、总体要求
    """)
    [warning] = _warnings(doc, "measures")
    assert "outline number 一 not taken" in warning.message
    assert warning.line == _line_of(doc, "三、扩大") + 5


def test_number_repeated_with_a_note_of_its_own_keeps_its_agencies_apart() -> None:
    doc = _doc("""
        一、稳定经济运行
        1．加强监测分析。及时研判经济运行走势。（牵头单位：区发展改革局）
        1．加强调度。掌握企业运行状况。
        （牵头单位：区工业和信息化局）
    """)
    leads = {m.path: m.leads for m in doc.measures}
    assert leads["一.1"] == ("区发展改革局",)
    assert ("区工业和信息化局",) in leads.values()
    [warning] = _warnings(doc, "measures")
    assert "repeats" in warning.message


def test_a_table_of_contents_before_the_document_is_not_its_outline() -> None:
    from policy_cascades.loaders import parse_document

    text = ("目录/提纲:……\n一、工作目标\n二、工作任务\n(一)确保市场稳定运行\n(二)加大社会救助力度\n三、保障措施\n……\n"
            "某某市保基本民生工作方案\n为做好保基本民生工作，制定本方案。\n一、工作目标\n确保完成目标。\n二、工作任务\n"
            "(一)确保市场稳定运行\n1.加强监测预警。(责任单位:市商务局\n……(某某网省略584字,正式会员可完整阅读)……\n"
            "三、保障措施\n")
    doc = parse_document(text, "contents.txt")
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)", "二.(一).1", "三"]
    assert doc.measures[3].responsible == ("市商务局",)
    assert any("table of contents" in w.message for w in doc.warnings)


def test_a_table_row_cut_by_the_excerpt_is_read_with_a_warning() -> None:
    text = ("序号|重点任务|牵头单位|配合单位\n1|新建社区食堂10个|区民政局|各街道\n"
            "2|改造老旧小区8个|区住建局|区财政局\n3|新增托位300个|区卫健局")
    doc = parse_document(text, "cut-row.txt")
    assert [m.path for m in doc.measures] == ["1", "2", "3"]
    assert doc.measures[2].leads == ("区卫健局",)
    assert [w.line for w in doc.warnings if "table row" in w.message] == [4]


def test_a_whole_table_gives_no_cut_row_warning() -> None:
    text = "序号|重点任务|牵头单位|配合单位\n1|新建社区食堂10个|区民政局|各街道\n2|改造老旧小区8个|区住建局|区财政局"
    assert not [w for w in parse_document(text, "whole.txt").warnings if "table row" in w.message]


def test_steps_numbered_inside_a_table_rows_cell_are_points_of_the_row() -> None:
    text = ("某某区人民政府关于2022年民生实事项目的通知\n发布日期:2022-03-01\n公开方式|主动公开|\n"
            "序号|实事项目|工作举措及实施计划|责任单位\n"
            "1|新建口袋公园5个。|1.3月底前完成选址;5月底前开工。 2.9月底前建成开放。|区城管局\n"
            "2|新增停车泊位800个。|1.6月底前完成规划。 2.11月底前全部建成。 3.12月底前验收。|区交通局\n")
    doc = parse_document(text, "steps.txt")
    assert [m.path for m in doc.measures] == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3"]
    assert doc.measures[0].responsible == ("区城管局",)


def test_a_decimal_quantity_inside_an_item_is_no_step() -> None:
    text = "一、重点任务\n1.扩大投资。全年完成投资1.5亿元，带动就业2.3万人。\n2.稳定就业。\n"
    assert [m.path for m in parse_document(text, "decimal.txt").measures] == ["一", "一.1", "一.2"]


def test_parts_chapters_and_sections_nest() -> None:
    # A 规划纲要 divided by part, chapter and section; chapters number on across parts.
    doc = parse_document(textwrap.dedent("""
        某某县国民经济和社会发展第十四个五年规划纲要
        第一篇 开创新征程
        五年来，全县经济社会发展取得新成就。
        第一章 发展环境
        我县进入新发展阶段。
        第一节 发展成就
        经济基础更加稳固。
        第二节 面临形势
        机遇和挑战并存。
        第二篇 推动高质量发展
        第二章 建设现代产业体系
        一、做强主导产业
    """).strip("\n"), "divisions.txt")
    assert [m.path for m in doc.measures] == [
        "第一篇", "第一篇.第一章", "第一篇.第一章.第一节", "第一篇.第一章.第二节",
        "第二篇", "第二篇.第二章", "第二篇.第二章.一"]
    assert {m.kind for m in doc.measures if m.path != "第二篇.第二章.一"} == {"section"}
