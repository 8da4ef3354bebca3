"""Classes of misses met in eval22/ once it was retired to development (seventeenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument
from tests.loaders.made_up import parse as _doc


def _both(text: str) -> tuple[PolicyDocument, PolicyDocument]:
    """The text as written and as a 繁体 mirror prints it."""
    return _doc(text), _doc(traditional(textwrap.dedent(text)))


def test_a_text_ending_on_a_bare_number_gives_no_empty_measure() -> None:
    """An excerpt cut right after a number (4. and nothing after it) ends on no entry: the number
    is left out, with a warning naming its line; a bare number with its heading below stays."""
    doc = _doc("""
        某县促进消费若干措施
        一、扩大消费
        1.发放消费券。(责任单位:县商务局)
        2.举办促销活动。(责任单位:县商务局)
        3.
        """)
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]
    assert any(w.field == "measures" and w.line == 5 and "3." in w.message for w in doc.warnings)
    below = _doc("""
        某县促进消费若干措施
        一、扩大消费
        1.发放消费券。
        2.
        举办促销活动。
        """)
    assert [m.path for m in below.measures] == ["一", "一.1", "一.2"]


_SITE_LEAD = """
    3月5日,洛阳市政府网站发布《洛阳市人民政府办公室关于进一步稳定和扩大就业的实施意见》,明确提出全年城镇新增就业8万人以上,
    一、工作目标
    全年城镇新增就业8万人以上。
    二、主要措施
    (一)支持企业稳岗。
    """


def test_a_news_lead_naming_what_a_government_website_published_gives_the_title() -> None:
    """3月5日，某市政府网站发布《…》，明确提出…: a news repost with no title line; the document the
    website published is the title (its issuer before 关于 off); the website is no issuer. A title
    without 关于 (洛阳市…实施意见) is taken the same way, flagged. In a 繁体 mirror too."""
    for doc in _both(_SITE_LEAD):
        assert simplified(doc.title) == "关于进一步稳定和扩大就业的实施意见"
        assert all("网站" not in simplified(name) for name in doc.issuers)
        assert doc.region == "洛阳市"
    bare = _SITE_LEAD.replace("洛阳市人民政府办公室关于进一步", "洛阳市进一步")
    for doc in _both(bare):
        assert simplified(doc.title) == "洛阳市进一步稳定和扩大就业的实施意见"
        assert any(w.field == "title" and "news report" in w.message for w in doc.warnings)


_BANNER = """
    河南发布微博
    河南省人民政府新闻办公室
    The Information Office of Henan Provincial People's Government
    您当前的位置 : 专题 > 政策文件
    河南省2021年扩大内需工作要点
    时间:2021年05月12日 作者: 稿源:河南省发展改革委
      为深入贯彻落实扩大内需战略,制定本要点。
      一、促进消费扩容提质
      1.发展新型消费。
    """


def test_a_sites_banner_with_its_english_name_is_no_issuer() -> None:
    """A body's name over its English name atop the page (某省人民政府新闻办公室 / The Information
    Office of …) is the site's banner, not a red header; the 稿源 line names the body that
    supplied the text."""
    doc = _doc(_BANNER)
    assert list(doc.issuers) == ["河南省发展改革委"]
    assert doc.level == "provincial"


def test_bodies_named_by_their_duty_are_one_collective() -> None:
    """(省应急厅牵头,省、中直负有安全生产监管职责的部门按职责分工负责): the bodies a duty names, with
    their scope before them (省、中直), are one collective supporting the lead, though the name
    holds 的 and a 、; without a scope too. In a 繁体 mirror too."""
    text = """
        某省安全生产专项整治任务分工方案
        一、工作目标
        1.生产安全事故死亡人数下降10%(省应急厅牵头,省、中直负有安全生产监管职责的部门按职责分工负责)。
        2.道路交通事故起数下降5%(省公安厅牵头,负有道路交通安全监管职责的部门配合)。
        """
    for doc in _both(text):
        first, second = doc.measures[1], doc.measures[2]
        assert [simplified(a) for a in first.leads] == ["省应急厅"]
        assert [simplified(a) for a in first.supports] == ["省、中直负有安全生产监管职责的部门"]
        assert [simplified(a) for a in second.leads] == ["省公安厅"]
        assert [simplified(a) for a in second.supports] == ["负有道路交通安全监管职责的部门"]
