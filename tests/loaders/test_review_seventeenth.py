"""Over- and under-firings of the seventeenth session's rules found by a review with fresh eyes,
each on a made-up text that names other places."""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders.hant import simplified
from tests.loaders.made_up import parse as _doc

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


# The second review's findings (of the rules written after the first).

@pytest.mark.parametrize("last", ["支持老字号企业创新发展。(责任单位:市商务局)", "支持3D打印等新型消费产品推广",
                                  "清理相关文件。", "市场主体营收>500万元的给予奖励。"])
def test_a_last_measure_whose_text_mentions_page_words_is_kept(last: str) -> None:
    """3. / 支持老字号企业…: words a page's chrome holds (字号, 打印, 相关文件, >) inside the last
    measure's own text make it no footer."""
    doc = _doc(_MEASURES + "    " + last + "\n")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2", "一.3"]


def test_a_site_lead_names_no_issuer_when_the_page_has_its_own_title() -> None:
    """A county's news page whose own headline is the title, its lead citing what a city's
    website published: the city's government is neither its issuer nor its place."""
    doc = _doc("""
        南郑区出台稳就业十条措施
        2023-04-12 10:20 来源:南郑区融媒体中心
        近日,汉中市人民政府网站发布《汉中市人民政府关于进一步稳就业的实施意见》,南郑区第一时间制定了稳就业十条措施。
        一、总体要求
        到2023年底,全区新增就业3000人。
        """)
    assert "汉中市人民政府" not in doc.issuers
    assert doc.region != "汉中市"


def test_a_title_like_first_line_wins_over_a_site_lead_below_it() -> None:
    doc = _doc("""
        南郑区稳就业工作实施方案
        近日,市政府网站发布《关于进一步稳就业的实施意见》,对全市稳就业工作作出部署。结合我区实际,制定本方案。
        一、总体要求
        到2023年底,全区新增就业3000人。
        """)
    assert simplified(doc.title) == "南郑区稳就业工作实施方案"


@pytest.mark.parametrize("collective", ["各县、市负有安全生产监管职责的部门", "县级以上人民政府负有安全生产监督管理职责的部门",
                                        "市县两级负有安全生产监管职责的部门", "各县(市、区)负有安全生产监管职责的部门",
                                        "市、县(区)负有安全生产监管职责的部门", "负有食品、药品安全监管职责的部门",
                                        "负有安全生产监管职责的部门、单位"])
def test_more_scopes_and_duties_of_a_duty_collective(collective: str) -> None:
    doc = _doc(f"""
        咸宁市安全生产专项整治三年行动实施方案
        一、主要任务
        1.开展隐患排查整治。(市应急管理局牵头,{collective}配合)
        2.完善应急预案。
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["市应急管理局"]
    assert list(item.supports) == [collective]


def test_named_bodies_before_a_duty_collective_with_deng() -> None:
    """市住建局、市交通运输局等负有…职责的部门配合: the bodies named support; 等 and the class
    of bodies after it are dropped, as 等有关部门 is."""
    doc = _doc("""
        咸宁市安全生产专项整治三年行动实施方案
        一、主要任务
        1.开展隐患排查整治。(市应急管理局牵头,市住建局、市交通运输局等负有安全生产监管职责的部门配合)
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["市应急管理局"]
    assert list(item.supports) == ["市住建局", "市交通运输局"]


@pytest.mark.parametrize("note, leads, supports, responsible", [
    ("(责任单位:市农业农村局(牵头督导)、市财政局)", ["市农业农村局"], ["市财政局"], []),
    ("(市农业农村局牵头,市卫生健康委配合督导)", ["市农业农村局"], ["市卫生健康委"], []),
    ("(市农业农村局负责督导,各县市区人民政府落实)", [], [], ["市农业农村局", "各县市区人民政府"]),
])
def test_supervising_words_after_a_role(note: str, leads: list[str], supports: list[str],
                                        responsible: list[str]) -> None:
    """牵头督导 in brackets after a name, 配合督导, 负责督导: the role, and 督导 no part of a name."""
    doc = _doc(f"""
        株洲市农村人居环境整治实施方案
        一、重点任务
        1.推进农村厕所革命。{note}
        """)
    item = doc.measures[1]
    assert (list(item.leads), list(item.supports), list(item.responsible)) == (leads, supports, responsible)


def test_a_remark_naming_bodies_in_a_long_bracket() -> None:
    """…负责落实。以下各项工作均需各县市区人民政府(含株洲经济技术开发区、云龙示范区管委会)落实，不再列出。"""
    doc = _doc("""
        株洲市农村人居环境整治实施方案
        一、重点任务
        1.推进农村厕所革命。〔市农业农村局牵头,市财政局参与,各县市区人民政府负责落实。以下各项工作均需各县市区人民政府(含株洲经济技术开发区、云龙示范区管委会)落实,不再列出。〕
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["市农业农村局"]
    assert list(item.supports) == ["市财政局", "各县市区人民政府"]
