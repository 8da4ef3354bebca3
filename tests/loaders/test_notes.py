import pytest

from policy_cascades.loaders.notes import find_notes, parse_note


@pytest.mark.parametrize(("body", "leads", "supports", "responsible", "persons"), [
    ("责任单位：县人力资源社会保障局牵头，县财政局配合", ["县人力资源社会保障局"], ["县财政局"], [], []),
    ("责任单位：县应急局、县卫生健康局牵头，县民政局配合", ["县应急局", "县卫生健康局"], ["县民政局"], [], []),
    ("责任单位：县发展改革局、县农业农村局分别牵头落实", ["县发展改革局", "县农业农村局"], [], [], []),
    ("责任单位：县委改革办牵头，县直有关部门单位按照职责分工落实", ["县委改革办"], ["县直有关部门单位"], [], []),
    ("责任人：路德芝、耿峰；牵头单位：区发展改革局、区交通运输局", ["区发展改革局", "区交通运输局"], [], [], ["路德芝", "耿峰"]),
    ("牵头单位和责任人：市发展改革委陈思林、市工业和信息化局王克海；配合单位和责任人：市生态环境局满军",
     ["市发展改革委", "市工业和信息化局"], ["市生态环境局"], [], ["陈思林", "王克海", "满军"]),
    ("牵头单位和责任:市人力资源社会保障局李勇、市财政局王连忠", ["市人力资源社会保障局", "市财政局"], [], [], ["李勇", "王连忠"]),
    ("配合单位和负责人：市工商联吕爱国", [], ["市工商联"], [], ["吕爱国"]),
    ("责任单位:县扶贫办等县直相关部门", [], [], ["县扶贫办"], []),
    ("配合单位：高新区、经开区、文昌湖区管委会", [], ["高新区管委会", "经开区管委会", "文昌湖区管委会"], [], []),
    ("配合单位：市有关部门、单位", [], ["市有关部门、单位"], [], []),
    ("配合单位和责任人：国家统计局淄博调查队刘长玲(仅提供数据)", [], ["国家统计局淄博调查队"], [], ["刘长玲"]),
])
def test_parse_note_assigns_roles(body: str, leads: list[str], supports: list[str],
                                  responsible: list[str], persons: list[str]) -> None:
    duties = parse_note(body)
    assert (duties.leads, duties.supports, duties.responsible, duties.persons) == (
        leads, supports, responsible, persons)


def test_parse_note_carries_units_named_by_a_following_remark() -> None:
    duties = parse_note("责任单位:县发展改革局、各镇人民政府。以下各项工作任务均需各镇负责实施,不再逐条列出")
    assert duties.carried == ["各镇人民政府"]


def test_find_notes_handles_nested_and_square_brackets() -> None:
    text = "完善预警。〔牵头单位和责任人:市人力资源社会保障局李勇;配合单位和责任人:国家统计局淄博调查队刘长玲(仅提供数据)〕"
    [note] = find_notes(text)
    assert note.body.endswith("刘长玲(仅提供数据)") and text[note.end - 1] == "〕"


def test_find_notes_ignores_other_brackets() -> None:
    assert find_notes("按照“三不一优先（不停车、不检查）”的要求（2020年）") == []
