"""Classes of misses met in eval21/ once it was retired to development (sixteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument
from tests.loaders.made_up import parse as _doc


def _both(text: str) -> tuple[PolicyDocument, PolicyDocument]:
    """The text as written and as a 繁体 mirror prints it."""
    return _doc(text), _doc(traditional(textwrap.dedent(text)))


_BULLETED_METADATA = """
    - 索 引 号:
    - 11440000MB2C92079Q/2020-00012
    - 主题分类:
    - 城乡建设
    - 发文单位:
    - 某县人民政府办公室
    - 成文日期:
    - 2020年06月18日
    - 发文字号:
    - 某政规〔2020〕3号
    - 发布日期:
    - 2020年06月19日
    - 有效性:
    某县人民政府关于印发某县农村人居环境整治行动方案的通知
    各乡(镇)人民政府,县直各有关单位:
    现将《某县农村人居环境整治行动方案》印发给你们,请认真组织实施。
    某县农村人居环境整治行动方案
    一、总体要求
    (一)工作目标
    到2020年底,村庄环境基本干净整洁有序。
    """


def test_metadata_printed_as_a_list_of_labels_and_values() -> None:
    """- 发文单位: / - 某县人民政府办公室, - 成文日期: / - 2020年06月18日: each value on the list item
    under its label. A label line is never the addressees, and a date under its label is read
    (the page lost its signature). In a 繁体 mirror too."""
    for doc in _both(_BULLETED_METADATA):
        assert simplified(doc.doc_number or "") == "某政规〔2020〕3号"
        assert doc.date == "2020-06-18"
        assert [simplified(i) for i in doc.issuers] == ["某县人民政府"]
        assert [simplified(a) for a in doc.addressees] == ["各乡(镇)人民政府", "县直各有关单位"]
        assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_a_news_sites_summary_line_is_not_the_title() -> None:
    """核心提示:某省人民政府关于…的通知 各地级以上市人民政府,各县(: a trade-news site's summary, the
    title with its dash lost and run on into the addressees, above the title printed whole."""
    for doc in _both("""
        当前位置: 首页 » 新闻资讯 » 产业政策 » 正文
        某省制造业转型升级行动计划(2016-2018年)
        发布日期:2016-03-01  浏览次数:510
        核心提示:某省人民政府关于印发某省制造业转型升级总体方案(20162018年)的通知 各地级以上市人民政府,各县(
        某省人民政府关于印发某省制造业转型升级总体方案(2016—2018年)的通知
        各地级以上市人民政府,各县(市、区)人民政府,省政府各部门:
        现将《某省制造业转型升级总体方案(2016—2018年)》印发给你们,请认真组织实施。
        某省人民政府
        2016年2月28日
        """):
        assert simplified(doc.title) == "关于印发某省制造业转型升级总体方案(2016—2018年)的通知"


def test_a_plans_adoption_date_under_its_title() -> None:
    """——2021年6月22日某市第二届人民代表大会 / 第二次会议通过: the date a plan was adopted on, under
    its title, after a dash and broken over two lines (no signature printed), is its date; in
    brackets on one line too. A dashed line naming no adoption gives no date."""
    head = "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    body = "\n第一章 开启全面建设社会主义现代化新征程\n“十四五”时期是全市发展的关键时期。\n"
    for adopted, date in (("——2021年6月22日某市第二届人民代表大会\n第二次会议通过", "2021-06-22"),
                          ("(2021年2月28日某区第一届人民代表大会第六次会议通过)", "2021-02-28"),
                          ("——2021年6月22日某市规划编制工作领导小组编", None)):
        for doc in _both(head + adopted + body):
            assert doc.date == date, adopted


def test_a_bundle_whose_first_title_lost_its_opening_mark() -> None:
    """2022年重点工作责任分解》和《2022年民生实事项目责任分解》已经…审议通过,现印发给你们: the first
    title's 《 lost at the sentence's start; the plans are still issued together, the first one
    printed heads a bundled sub-plan (P1)."""
    for doc in _both("""
        某市人民政府办公室关于印发2022年重点工作和民生实事项目责任分解的通知
        各县(市、区)人民政府,市级有关部门:
        2022年重点工作责任分解》和《2022年民生实事项目责任分解》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。
        某市人民政府办公室
        2022年5月10日
        2022年重点工作责任分解
        一、主要工作任务
        1.推动经济稳进提质。责任单位:市发展改革委
        2.扩大有效投资。责任单位:市财政局
        """):
        assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.1", "P1.一.2"]
        assert len(doc.measures[2].responsible) == 1


def test_a_title_that_leaves_a_title_mark_open_goes_on() -> None:
    """《关于落实某部 某委 / 某局<某某行动计划 / (2021-2023年)>的实施方案》的通知: a headline whose opening
    words the page lost, broken over three lines; the second line ends as a title does, but a 《
    and a < are still open, and the > closing the nested title is no breadcrumb."""
    for doc in _both("""
        《关于落实某某部 某某委员会
        某某总局<冰雪旅游发展行动计划
        (2021-2023年)>的实施方案》的通知
        某旅发组办字〔2021〕5号
        各市(州)人民政府,省旅游产业发展领导小组各成员单位:
        为全面落实某某部联合印发的《冰雪旅游发展行动计划》,现将实施方案印发给你们,请认真贯彻执行。
        某省旅游产业发展领导小组
        2021年4月13日
        """):
        assert simplified(doc.title) == ("《关于落实某某部某某委员会某某总局<冰雪旅游发展行动计划"
                                         "(2021-2023年)>的实施方案》的通知")


def test_a_citys_text_placed_in_a_county_it_names_goes_up_to_the_city() -> None:
    """A text without a header (no title, issuer or 文号) that speaks of its own unit as 我市 / 全市
    and names one county of the city beside the city itself (某县全域及某市城市周边): the city, not
    the county, whose name is only a target's place."""
    doc = _doc("""
        (2018年8月20日)
        为深入贯彻党的十九大精神,全面落实省委、省政府的部署,现结合我市实际制定如下意见。
        一、总体要求
        1.目标任务到2020年,我市乡村振兴取得重要进展,三台县全域及绵阳市城市周边等36个重点乡镇率先基本实现农业现代化。
        2.全市农业综合生产能力稳步提升,我市农民收入持续增长。
        """)
    assert (doc.region, doc.level) == ("绵阳市", "municipal")
    assert any(w.field == "region" for w in doc.warnings)
