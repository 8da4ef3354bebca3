"""Classes of misses met in dev batches 58 and 59 (nineteenth session), each shown on a made-up text
that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def test_a_headline_led_by_its_doc_number_gives_the_doc_number() -> None:
    # The page's headline glues the 文号 to a short form of the title; the title follows below.
    doc = _doc("""
        政府文件
        北票政办发[2021]12号北票市推进农村公路建设实施细则的通知
        时间:2021-05-10 来源: 作者:
        北票市人民政府办公室关于印发北票市推进
        农村公路建设实施细则的通知
        各乡镇人民政府,市政府各部门:
        现将《北票市推进农村公路建设实施细则》印发给你们,请认真贯彻执行。
        北票市人民政府办公室
        2021年5月8日
        一、总体要求
        坚持统筹规划。
    """)
    assert doc.doc_number == "北票政办发〔2021〕12号"


def test_a_doc_number_before_a_sentence_is_not_taken_for_a_headline() -> None:
    doc = _doc("""
        关于印发北票市推进农村公路建设实施细则的通知
        辽政办发[2020]3号文件要求各地加快推进农村公路建设和养护管理工作
        各乡镇人民政府:
        一、总体要求
        坚持统筹规划。
    """)
    assert doc.doc_number is None
