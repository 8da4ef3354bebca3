import textwrap

import pytest

from policy_cascades.loaders import parse_document
from policy_cascades.loaders.text import match_marker, paragraphs


@pytest.mark.parametrize(("text", "label", "rank"), [
    ("一、总体要求", "一", 1), ("十二、加强领导", "十二", 1), ("（三）稳外贸", "(三)", 2),
    ("(三)稳外贸", "(三)", 2), ("15. 保障复产企业用工", "15", 3), ("１５．保障", "15", 3),
    ("6、实施社会保险补贴", "6", 3), ("（2）继续执行", "(2)", 4), ("第三条 适用范围", "第三条", 3),
    ("第二章 职责", "第二章", 1),
])
def test_match_marker_labels(text: str, label: str, rank: int) -> None:
    marker = match_marker(text)
    assert marker is not None and (marker.label, marker.rank) == (label, rank)


@pytest.mark.parametrize("text", ["1.24 亿元，实施项目", "2020年3月6日", "3000 万元，规模扩大", "各部门要抓好落实"])
def test_match_marker_not_a_marker(text: str) -> None:
    assert match_marker(text) is None


def test_paragraphs_join_a_sentence_broken_across_lines() -> None:
    lines = ["3. 强化重要物资供应保障。根据重要商品供", "", "求变化，及时调度。（责任人：", "", "路德芝；牵头单位：区商务局）", "", "4. 下一项。"]
    paras = paragraphs(lines)
    assert [p.text[:6] for p in paras] == ["3. 强化重", "4. 下一项"]
    assert (paras[0].line, paras[0].end_line) == (1, 5)


def test_parse_document_articles_numbered_di_n_tiao() -> None:
    text = textwrap.dedent("""\
        淄政办发〔2020〕9号
        淄博市人民政府办公室关于印发淄博市就业补助资金管理办法的通知
        各区县人民政府，市政府各部门：
        现将《淄博市就业补助资金管理办法》印发给你们。
        淄博市人民政府办公室
        2020年5月8日
        第一章 总则
        第一条 为规范就业补助资金管理，制定本办法。（责任单位：市财政局、市人力资源社会保障局）
        第二条 本办法适用于全市。
        第二章 资金使用
        第三条 就业补助资金用于职业培训补贴。
        """)
    doc = parse_document(text, "articles.txt")
    assert (doc.doc_number, doc.region, doc.level, doc.date) == ("淄政办发〔2020〕9号", "淄博市", "municipal", "2020-05-08")
    assert doc.title == "关于印发淄博市就业补助资金管理办法的通知"
    assert [m.path for m in doc.measures] == ["第一章", "第一章.第一条", "第一章.第二条", "第二章", "第二章.第三条"]
    assert doc.measures[1].responsible == ("市财政局", "市人力资源社会保障局")
