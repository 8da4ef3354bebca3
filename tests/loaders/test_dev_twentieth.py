"""Classes of misses met in dev batches 62 and 63 (twentieth session), each shown on a made-up text that names
other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.metadata import read_metadata
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible


def test_metadata_labels_whose_blanks_were_lost_as_question_marks_are_read() -> None:
    # A mirror saved the blanks between a label's characters as '?'.
    doc = _doc("""
        名   ?称?:南开区人民政府关于印发南开区节能降碳实施方案的通知
        索???引??号?:111201040001807180/2023-00011 发?布?机?构?:天津市南开区人民政府
        发?文?字?号?:南开政发〔2023〕7号主   ?题?:综合政务
        南开区人民政府关于印发南开区节能降碳实施方案的通知
        各街道办事处,区政府各委、局,各直属单位:
        现将《南开区节能降碳实施方案》印发给你们,请认真贯彻执行。
        南开区人民政府
        2023年5月9日
        一、总体要求
        坚持系统观念。
    """)
    assert doc.doc_number == "南开政发〔2023〕7号"
    assert doc.issuers == ("天津市南开区人民政府",)


def test_a_question_mark_for_one_lost_character_in_a_value_is_kept() -> None:
    meta = read_metadata(["标题:关于印发某县问题导向?为主线工作方案的通知", "文号:某政发〔2023〕7号"])
    assert meta.get("title") == "关于印发某县问题导向?为主线工作方案的通知"


def test_a_note_cut_inside_its_last_duty_verb_keeps_its_last_unit() -> None:
    # The excerpt stops inside 负责落实 after a collective that lists two levels (各市、县级政府).
    doc = _doc("""
        关于印发辽宁省秸秆综合利用行动方案的通知
        一、重点任务
        1.推进秸秆肥料化利用。实现利用量500万吨。(省农业农村厅按职责分工负责,省发展改革委参与,各市、县级政府负责落
    """)
    assert _units(doc, "一.1") == ((), ("省发展改革委",), ("省农业农村厅", "各市、县级政府"))
