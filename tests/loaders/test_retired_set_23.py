"""Classes of misses met in eval23/ once it was retired to development (eighteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import traditional
from policy_cascades.loaders.records import PolicyDocument
from tests.loaders.made_up import parse as _doc


def _duties(doc: PolicyDocument) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return {m.path: (tuple(m.leads), tuple(m.supports), tuple(m.responsible)) for m in doc.measures}


def test_a_signature_name_set_apart_by_spaces_is_one_issuer() -> None:
    """A leading group's office signed with spaces inside its name (某区政府信息 与 政务公开 领导小组
    办公室) is one issuer; bodies side by side, each whole, stay apart."""
    doc = _doc("""
        各街道办事处:
        《洪山区2022年政务公开工作要点》已经区领导小组同意,现印发给你们。
        洪山区政府信息 与 政务公开 领导小组 办公室
        2022年3月8日
        洪山区2022年政务公开工作要点
        一、深化公开
        1.做好规划公开。
        """)
    assert doc.issuers == ("洪山区政府信息与政务公开领导小组办公室",)
    joint = _doc("""
        各县人民政府:
        现将有关事项通知如下。
        湖北省商务厅 湖北省医疗保障局 中华人民共和国武汉海关 湖北省通信管理局
        2022年3月8日
        一、深化公开
        """)
    assert joint.issuers == ("湖北省商务厅", "湖北省医疗保障局", "中华人民共和国武汉海关", "湖北省通信管理局")


def test_a_keyless_note_with_its_deadline_after_the_units() -> None:
    """(X、Y负责落实,完成时限:2022年10月): the deadline is a remark, the units are responsible."""
    doc = _doc("""
        某区2022年政务公开工作要点
        一、深化公开
        1.做好规划公开。(区发展改革委、区商务局负责落实,完成时限:2022年10月)
        2.做好预算公开。(区财政局负责落实,完成时限:2022年12月)
        """)
    assert _duties(doc)["一.1"] == ((), (), ("区发展改革委", "区商务局"))
    assert _duties(doc)["一.2"] == ((), (), ("区财政局",))


def test_a_keyless_note_whose_names_and_remark_hold_hexagonal_brackets() -> None:
    """A lead printed with the bureau it hosts in 〔〕 (市府办〔市数据局〕) is a unit, and a remark whose
    collectives hold 〔〕 (各县〔区〕政府) still closes the note."""
    doc = _doc("""
        某市贯彻政务公开行动计划实施方案
        一、主要任务
        (一)夯实主动公开基础。扩大公开范围。(市府办〔市数据局〕牵头,市政府各部门、各县〔区〕政府负责。以下工作均需各县〔区〕政府落实,不再列出)
        (二)推进决策公开。
        """)
    assert _duties(doc)["一.(一)"] == (("市府办〔市数据局〕",), ("市政府各部门", "各县〔区〕政府"), ())


_SPANNED = """
    某市2022年政务公开任务分解清单
    工作任务 | 具体要求 | 责任单位 | 时限要求 | ||
    一、以公开助力经济发展。 | (一)加强涉企信息公开。 | 1 | 增强政策文件透明度,切实公开涉企政策。 | 市政府各有关部门,各县市区人民政府负责落实 | 持续推进 |
    2 | 开设帮扶政策专题,加大公开力度。 | 市商务局、市文旅局负责落实 | 持续推进 | ||
    (二)优化营商环境公开。 | 3 | 用好问题投诉机制,推动优化营商环境。 | 市发展改革委牵头,市住建局等政府各有关
    """


def test_a_table_row_prints_the_headings_of_the_cells_spanning_it() -> None:
    """A | table whose rows print the section and point that span them before the row's number and
    task (一、… | (一)… | 1 | … | units | deadline) gives the headings, then the item with its note;
    the last row, cut inside its unit cell, keeps the whole units and leaves out the cut class."""
    for doc in (_doc(_SPANNED), _doc(traditional(textwrap.dedent(_SPANNED)))):
        assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2", "一.(二)", "一.(二).3"]
        duties = _duties(doc)
        assert len(duties["一.(一).1"][2]) == 2 and duties["一"] == ((), (), ())
        assert len(duties["一.(一).2"][2]) == 2
        assert len(duties["一.(二).3"][0]) == 1 and len(duties["一.(二).3"][1]) == 1
    doc = _doc(_SPANNED)
    assert _duties(doc)["一.(二).3"] == (("市发展改革委",), ("市住建局",), ())
    assert any(w.field == "agencies" and "等政府各有关" in w.message for w in doc.warnings)


_DUTY_CELLS = """
    某区人民政府办公室关于印发某区2021年政务公开工作要点分工方案的通知
    工作任务

    具体要求

    责任单位和工作要求

    一、深化政务公开

    (一)做好规划公开。

    1.主动公开发展规划。

    区发展改革局、区规划分局,以及各有关单位、各镇(街)办理。

    2.做好历史规划归集。

    区政府办会同各有关单位、各镇(街)办理。

    3.集中发布规划原文。

    各有关单位做好发布工作,区数据局做好技术支持和指导。

    4.公开市场准入负面清单。

    区发展改革局、区市场监管局牵头办理,在工作中加强与上级单位沟通对接。
    """


def test_a_cell_of_units_and_requirements_names_its_units_in_sentences() -> None:
    """Under a column of units and requirements (责任单位和工作要求), a cell naming its units in
    sentences of duties gives them their roles: X会同Y办理 (X leads, Y supports), X牵头办理 (leads),
    units listed bare before a duty they share, and a clause naming none is a requirement."""
    duties = _duties(_doc(_DUTY_CELLS))
    assert duties["一.(一).1"] == ((), (), ("区发展改革局", "区规划分局", "各有关单位", "各镇(街)"))
    assert duties["一.(一).2"] == (("区政府办",), ("各有关单位", "各镇(街)"), ())
    assert duties["一.(一).3"] == ((), (), ("各有关单位", "区数据局"))
    assert duties["一.(一).4"] == (("区发展改革局", "区市场监管局"), (), ())


def test_a_note_line_with_two_keyed_fields_keeps_both() -> None:
    """牵头单位：X；配合单位：Y on a line of its own is one note from its first key: the lead is not
    lost to the second field."""
    doc = _doc("""
        某县稳就业工作方案
        一、主要任务
        1.落实稳岗返还。
        牵头单位：县人社局；配合单位：县财政局、各乡镇(街道)。
        2.发放就业补贴。
        """)
    assert _duties(doc)["一.1"] == (("县人社局",), ("县财政局", "各乡镇(街道)"), ())
