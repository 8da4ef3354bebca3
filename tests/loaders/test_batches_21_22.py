"""Classes of misses met in dev batches 21 and 22, each shown on a synthetic text."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import Measure, PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


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
    assert _measure(doc, "一.1.(1)").leads == ("县人社局",)
