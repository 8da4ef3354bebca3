"""Over- and under-firings of the seventeenth session's rules found by a review with fresh eyes,
each on a made-up text that names other places."""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


_MEASURES = """
    绵阳市促进服务业发展若干措施
    一、支持企业发展
    1.加大财政支持。(责任单位:市财政局)
    2.强化金融支持。
    3.
    """


@pytest.mark.parametrize("after", ["绵阳市人民政府办公室\n2021年3月5日", "(责任编辑:张三)", "分享到:",
                                   "【打印本页】【关闭窗口】", "(此件公开发布)"])
def test_a_bare_number_before_end_matter_opens_no_measure(after: str) -> None:
    """3. and then only the signature and date, the editor's name or the page's footer: the text
    stops before the entry, so 3. opens no measure (nor takes the signature for its heading)."""
    doc = _doc(_MEASURES + textwrap.indent(after, "    ") + "\n")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]
    assert any(w.field == "measures" and "bare number (3.)" in w.message for w in doc.warnings)


def test_a_bare_number_followed_by_text_is_still_a_measure() -> None:
    doc = _doc(_MEASURES + "    优化营商环境。\n")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2", "一.3"]


@pytest.mark.parametrize("collective", ["省直、中直负有安全生产监管职责的部门", "县、乡负有安全生产监管职责的部门",
                                        "省、市、县负有安全生产监管职责的部门", "市、县两级负有安全生产监管职责的部门",
                                        "其他负有安全生产监管职责的部门", "负有安全生产监管职责的部门和单位",
                                        "负有安全生产监管职责的市直部门"])
def test_bodies_a_duty_names_are_one_collective_whatever_their_scope(collective: str) -> None:
    """(X牵头,<scope>负有…职责的部门配合): the collective, its scopes joined by 、 kept with it,
    supports the lead; the note is read, its lead too."""
    doc = _doc(f"""
        某省安全生产专项整治任务分工方案
        一、工作目标
        1.完成年度目标(省应急厅牵头,{collective}配合)。
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["省应急厅"]
    assert list(item.supports) == [collective]


_BODY = """
    一、总体要求
    到2022年,全市新增就业5万人。
    二、主要措施
    (一)支持企业稳岗。(责任单位:市人社局)
    """


def test_a_document_a_lead_cites_from_a_website_is_not_the_title() -> None:
    """根据/为贯彻落实 某省政府网站发布《…》: a document the text carries out, not the page's."""
    doc = _doc("为贯彻落实贵州省人民政府网站发布《贵州省关于进一步稳就业的实施意见》精神,结合我县实际,制定本方案。\n"
               + _BODY)
    assert "贵州省关于进一步稳就业的实施意见" != simplified(doc.title)


@pytest.mark.parametrize("lead", ["4月8日,市政府网站发布《关于进一步稳就业的实施意见》,明确提出十条措施。",
                                  "4月8日,贵阳市政府官网发布《关于进一步稳就业的实施意见》,明确提出十条措施。",
                                  "贵阳市政府网站于4月8日发布《关于进一步稳就业的实施意见》,明确提出十条措施。"])
def test_wordings_of_a_website_publishing_a_document(lead: str) -> None:
    """A site without its place, 官网, 网站于4月8日发布: the document in 《》 is the title."""
    assert simplified(_doc(lead + "\n" + _BODY).title) == "关于进一步稳就业的实施意见"


def test_the_body_a_published_documents_title_names_is_its_issuer() -> None:
    """某市人民政府门户网站发布《某市人民政府关于…》: the site is no issuer, the city's government is."""
    doc = _doc("4月8日,贵阳市人民政府门户网站发布《贵阳市人民政府关于进一步稳就业的实施意见》,明确提出十条措施。\n"
               + _BODY)
    assert list(doc.issuers) == ["贵阳市人民政府"]


def test_a_headline_sentence_keeps_the_body_that_issued() -> None:
    """遵义市人民政府办公室印发《关于…》，要求各地抓好落实: the title is what is in 《》 and the
    body before 印发 its issuer."""
    doc = _doc("遵义市人民政府办公室印发《关于进一步稳就业的实施意见》,要求各地抓好落实\n" + _BODY)
    assert simplified(doc.title) == "关于进一步稳就业的实施意见"
    assert list(doc.issuers) == ["遵义市人民政府办公室"]
