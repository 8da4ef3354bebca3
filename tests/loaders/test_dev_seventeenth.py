"""Classes of misses met in the dev batches of the seventeenth session (44 and 45), each shown on a
made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def test_metadata_pairs_run_together_on_a_line_are_each_read() -> None:
    """索 引 号 :1144…/2020-00123发布机构 :某市某区人民政府办公室: a label of four characters glued
    to the value before it opens a pair of its own, so the 发布机构 names the issuer in full (the
    city's name before the district's, which the headline leaves out)."""
    doc = _doc("""
        名  称:鼓楼区人民政府办公室关于印发鼓楼区稳就业若干措施的通知
        索 引 号 :111200001120101MB0Q103171/2020-00123发布机构 :南京市鼓楼区人民政府办公室
        发文字号:鼓政办规〔2020〕2号
        鼓楼区人民政府办公室关于印发鼓楼区稳就业若干措施的通知
        各街道办事处,区政府各部门:
        现将《鼓楼区稳就业若干措施》印发给你们,请认真遵照执行。
        2020年7月1日
        鼓楼区稳就业若干措施
        一、支持企业稳岗
        (一)落实援企稳岗政策。
        """)
    assert list(doc.issuers) == ["南京市鼓楼区人民政府办公室"]
    assert doc.doc_number == "鼓政办规〔2020〕2号"
    assert doc.region == "南京市鼓楼区"  # one of several 鼓楼区, told apart by the 发布机构
