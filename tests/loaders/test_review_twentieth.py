"""Over- and under-firings a fresh-eyes review found in the twentieth session's rules, each on a made-up text."""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.metadata import read_metadata
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible


def test_a_deadline_in_brackets_after_a_task_is_no_signing_date() -> None:
    doc = _doc("""
        成文日期:2023-03-02
        营口市人民政府办公室关于印发营口市优化营商环境重点任务的通知
        营政办发〔2023〕5号
        一、重点任务
        (一)制定企业开办便利化实施方案(2023年6月30日)
        (市市场监管局牵头)
        (二)出台工程建设项目审批改革细则(2023年9月30日)
    """)
    assert doc.date == "2023-03-02"


def test_a_headline_without_guanyu_may_carry_its_date_glued_after_it() -> None:
    doc = _doc("""
        首页 > 政策
        河池市乡村振兴实施方案(2022年3月1日)
        发布时间:2022-04-01
        一、总体要求
        (一)巩固脱贫成果。(市乡村振兴局牵头)
        (二)发展特色产业。(市农业农村局牵头)
    """)
    assert (doc.title, doc.date) == ("河池市乡村振兴实施方案", "2022-03-01")


@pytest.mark.parametrize(("tag", "title"), [
    ("(附原文)", "绵阳市优化营商环境三年行动方案"),  # the page's tag
    ("(图解)", "绵阳市优化营商环境三年行动方案"),
    ("(2023—2025年)", "绵阳市优化营商环境三年行动方案(2023—2025年)"),  # the document's own
    ("(2023年修订)", "绵阳市优化营商环境三年行动方案(2023年修订)"),
])
def test_a_quoted_headline_keeps_only_the_documents_own_tag(tag: str, title: str) -> None:
    doc = _doc(f"""
        首页 > 新闻中心
        《绵阳市优化营商环境三年行动方案》{tag}
        发布时间:2023-05-11 10:20
        来源:绵阳日报
        一、总体要求
        坚持问题导向。
        (一)压缩审批时限。(市政务服务管理局牵头)
    """)
    assert doc.title == title


@pytest.mark.parametrize(("note", "want"), [
    ("省农业农村厅、省生态环境厅按职责分工负责落", ((), (), ("省农业农村厅", "省生态环境厅"))),
    ("省农业农村厅牵头,各县区政府具体负责落", (("省农业农村厅",), ("各县区政府",), ())),
    ("省农业农村厅牵头负责落", (("省农业农村厅",), (), ())),
])
def test_a_note_cut_inside_its_duty_words_keeps_its_units_and_roles(note: str, want: tuple[tuple[str, ...], ...]) -> None:
    doc = _doc(f"""
        关于印发吉林省秸秆综合利用行动方案的通知
        一、重点任务
        1.推进秸秆肥料化利用。实现利用量500万吨。({note}
    """)
    assert _units(doc, "一.1") == want


@pytest.mark.parametrize(("printed", "want"), [
    ("市工业和信息化局、市发展改革委及各责任单位", ("市工业和信息化局", "市发展改革委", "各责任单位")),
    ("各产业链责任单位及市财政局", ("各产业链责任单位", "市财政局")),
])
def test_a_class_of_bodies_named_by_their_role_is_split_off_at_ji(printed: str, want: tuple[str, ...]) -> None:
    doc = _doc(f"""
        关于印发安阳市稳增长若干措施的通知
        一、稳定工业运行
        1.强化企业培育。新增规模以上工业企业80家。({printed}按职责分工负责)
        2.强化要素保障。保障用地用能。(市自然资源局负责)
    """)
    assert _units(doc, "一.1")[2] == want


def test_two_character_labels_whose_blanks_were_lost_are_read() -> None:
    meta = read_metadata(["标??题:河西区节能降碳实施方案", "文??号:河西政发〔2023〕7号"])
    assert (meta.get("title"), meta.get("doc_number")) == ("河西区节能降碳实施方案", "河西政发〔2023〕7号")
