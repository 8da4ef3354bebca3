"""Classes of misses met in dev batches 28 and 29 (thirteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def test_an_attachments_file_name_is_its_title_not_an_item() -> None:
    """2.某市…规划.pdf atop a PDF's text: the title, without its number and suffix; no item 2."""
    doc = _doc("""
        2.大连市新旧动能转换重大工程实施规划.pdf
        大连市新旧动能转换重大工程实施规划 实施新旧动能转换重大工程,是推进转型发展的重大举措。
        一、总体要求
        （一）指导思想。坚持新发展理念。
        """)
    assert doc.title == "大连市新旧动能转换重大工程实施规划"
    assert [m.path for m in doc.measures if m.kind != "plan"] == ["一", "一.(一)"]


def test_a_plans_title_broken_over_two_lines_with_a_blank_between() -> None:
    """某区…第十四个 / (blank) / 五年规划和二〇三五年远景目标纲要: one title."""
    doc = _doc("""
        [规划计划] 发表于:2022-08-03 17:12:51
        收藏
        前言
        大连市甘井子区国民经济和社会发展第十四个

        五年规划和二〇三五年远景目标纲要
        大连市甘井子区人民政府
        2021年5月17日
        一、发展基础
        """)
    assert doc.title == "大连市甘井子区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
