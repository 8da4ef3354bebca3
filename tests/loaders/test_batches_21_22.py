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


BODY = """
    一、工作措施
    1.加强组织领导。
"""


def test_issuer_on_a_publisher_line_when_nothing_else_names_one() -> None:
    """A 发布机构 line (with a label the page adds after it, 文件有效性) names the issuer of a
    page that prints no issuer line, red header or signature."""
    doc = _doc("""
        索 引 号: 000000/2020-1 成文日期: 2020-08-23
        发布机构: 某某自治县综合行政执法局 文件有效性:
        某某自治县规范流动摊点工作实施方案
        为规范流动摊点，特制定本方案。
    """ + BODY)
    assert doc.issuers == ("某某自治县综合行政执法局",)


def test_placeless_issuer_on_a_traditional_publisher_line_is_completed() -> None:
    doc = _doc("""
        文件編號:某人社發〔2023〕17號 發布機構:市人社局
        關於印發《無錫市就業見習實施辦法》的通知
        各轄市區人社局，各有關單位：
        現將《無錫市就業見習實施辦法》印發給你們，請認真貫徹執行。
        無錫市就業見習實施辦法
        一、總則
        1.加強組織領導。
    """)
    assert doc.issuers == ("无锡市人社局",) or doc.issuers == ("無錫市人社局",)


def test_issuer_on_a_bulleted_line_above_the_title() -> None:
    doc = _doc("""
        某市人民政府公报
          • 成文日期 2019-02-28
          •   烟台市人民政府
              关于重点办好城乡建设和
              改善人民生活方面实事的通知
              各区、市人民政府，市政府各部门：
              市政府决定，重点办好实事。现就有关事项通知如下：
    """ + BODY)
    assert doc.issuers == ("烟台市人民政府",)


def test_issuer_of_a_headline_in_guillemets_after_its_doc_number() -> None:
    doc = _doc("""
        某办发〔2019〕31号《绵阳市人民政府办公厅关于发展夜间经济的实施意见》
        各区县政府，市政府各部门：
        为发展夜间经济，特制定本意见。
    """ + BODY)
    assert doc.issuers == ("绵阳市人民政府办公厅",)
