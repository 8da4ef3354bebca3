"""Classes of misses met in eval40 and eval41, retired to development at the twenty-third session's start, each shown
on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible


KEY_POINTS = """
    各镇人民政府、街道办事处,区政府各部门:
    现将《2023年嘉禾区政务公开工作要点》印发给你们,请认真贯彻落实。
    2023年4月6日
    2023年嘉禾区政务公开工作要点
    一、聚焦中心工作,深化重点领域信息公开
    (一)做好稳增长政策公开。及时公开助企纾困政策的落实情况(区发展改革委、区财政局)。做好民生实事项目的公开(区政府各部门、各街镇)。加强政策解读(区司法局)。
    (二)做好规划信息公开。公开国土空间规划批后信息(区规划资源局)。推进各县区政府(管委会)。
"""


def test_brackets_of_bodies_before_each_sentences_full_stop_are_that_items_notes() -> None:
    doc = _doc(KEY_POINTS)
    assert _units(doc, "一.(一)") == ((), (), ("区发展改革委", "区财政局", "区政府各部门", "各街镇", "区司法局"))


def test_a_bracket_glossing_the_body_just_named_is_no_note() -> None:
    doc = _doc(KEY_POINTS)
    assert _units(doc, "一.(二)") == ((), (), ("区规划资源局",))
