"""Classes of misses met in eval26/ once it was retired to development (nineteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible


def test_a_doc_number_that_lost_both_brackets_and_its_hao_is_read() -> None:
    # The rich text dropped 〔, 〕 and 号: 某办202211 alone on its line under the headline.
    doc = _doc("""
        定远县产业发展领导小组办公室 关于印发定远县招商引资若干措施的通知
        产业发展办202307
        各乡镇人民政府,县直有关单位:
        现将《定远县招商引资若干措施》印发给你们,请认真贯彻落实。
        定远县产业发展领导小组办公室
        2023年5月8日
        一、总体要求
        坚持以项目为中心。
    """)
    assert doc.doc_number == "产业发展办〔2023〕7号"


def test_a_line_of_digits_after_a_word_that_ends_no_prefix_is_no_doc_number() -> None:
    doc = _doc("""
        关于印发定远县招商引资若干措施的通知
        截至202307
        各乡镇人民政府:
        一、总体要求
        坚持以项目为中心。
    """)
    assert doc.doc_number is None


def test_a_collective_cut_inside_its_bodies_name_is_left_out() -> None:
    # The excerpt ends inside 人民政府 of the last unit: 各县区人 is no unit.
    doc = _doc("""
        钦州市人民政府办公室关于印发2019年度钦州市大气污染防治攻坚实施计划的通知
        钦政办〔2019〕12号
        各县、区人民政府:
        现印发给你们,请认真组织实施。
        钦州市人民政府办公室
        2019年4月2日
        一、主要任务
        (一)调整优化产业结构
        1.加快编制“三线一单”。积极推行规划环境影响评价。(牵头单位:市生态环境局。责任单位:市工业和信息化局、自然资源局,各县区人
    """)
    leads, supports, _ = _units(doc, "一.(一).1")
    assert leads == ("市生态环境局",)
    assert supports == ("市工业和信息化局", "自然资源局")


def test_a_class_after_deng_named_at_length_is_dropped_and_bare_kinds_after_ge_stay_with_it() -> None:
    # 等…领导小组成员单位 is the class of the units before it; 各 runs over 乡, 街办 and 管理处.
    doc = _doc("""
        2022年青山湖区政务公开工作要点
        一、重点任务
        (一)强化重点领域信息公开
        1、数字经济发展领域。做好数字经济政策公开。(责任单位:区政数局、区发改委、区商务局等数字经济工作领导小组成员单位,各乡、街办、管理处)
        2、优化营商环境领域。
    """)
    assert _units(doc, "一.(一).1")[2] == ("区政数局", "区发改委", "区商务局", "各乡、街办、管理处")
