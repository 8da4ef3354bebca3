"""Classes of misses met in dev batches 30 and 31 (thirteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def test_the_pages_section_above_its_breadcrumb_is_no_title() -> None:
    """电商进农村 atop the page, the breadcrumb's last name: the plan's title below is the title."""
    doc = _doc("""
        电商进农村
        当前位置: 首页->政务公开->电商进农村

        魏县2017年电子商务进农村综合示范工作方案

        发布时间:2017-12-26

          为加快推进2017年电子商务进农村综合示范工作,加强和规范专项资金使用管理,制定本方案。
        一、工作目标
        """)
    assert doc.title == "魏县2017年电子商务进农村综合示范工作方案"
