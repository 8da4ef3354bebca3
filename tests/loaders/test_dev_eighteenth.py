"""Classes of misses met in dev/ batches 52 and 53 (eighteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.hant import traditional
from policy_cascades.loaders.notes import find_notes
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


_BY_LEAD = """
    四、措施和要求
    (一)构建土壤环境治理体系。
    完善管理体制。全面落实土壤污染防治属地责任。(由自治区环保厅牵头,自治区发展改革委、科技厅、财政厅参与)
    加大财政投入。设立土壤污染防治专项资金。(由自治区财政厅牵头,自治区发展改革委、环保厅、水利厅参与)
    (二)发挥市场作用。
    """


def test_a_keyless_note_naming_its_lead_after_by() -> None:
    """(由X牵头,Y、Z参与) names a lead and its partners; a lead named again among the partners of
    another note of the same measure in its short form (财政厅 for 自治区财政厅) is that lead; a
    sentence in brackets (由市政府负责) stays no note."""
    for doc in (_doc(_BY_LEAD), _doc(traditional(textwrap.dedent(_BY_LEAD)))):
        point = next(m for m in doc.measures if m.path == "四.(一)")
        assert len(point.leads) == 2 and len(point.supports) == 3
    point = next(m for m in _doc(_BY_LEAD).measures if m.path == "四.(一)")
    assert point.leads == ("自治区环保厅", "自治区财政厅")
    assert point.supports == ("自治区发展改革委", "科技厅", "水利厅")
    assert find_notes("加快建设（由市政府负责）。") == []


def test_a_provincial_plan_naming_its_cities_equally_is_placed_in_the_province() -> None:
    """A text with no header that names many cities of one province equally (their targets) and
    charges provincial departments (省水利厅牵头) is the province's, at the provincial level."""
    doc = _doc("""
        2.严控地下水超采,完成年度压采任务。(省水利厅、省国土资源厅牵头,省发展改革委参与,各市人民政府负责落实)
        3.开展节水型城市创建,2017年底前,南阳、信阳、周口等3个城市达到国家级标准;商丘、洛阳、安阳等3个城市达到省级标准。(省住房城乡建设厅牵头,省水利厅参与,各市人民政府负责落实)
        """)
    assert doc.region == "河南省" and doc.level == "provincial"


def test_a_news_headline_naming_the_document_it_reports() -> None:
    """A news page's headline 某省某市《某县…工作要点》发布(附全文): the title in 《》, the words
    before it are the news's place, no issuer."""
    doc = _doc("""
        首页 > 新闻 > 正文

        湖南常德《澧县2019年大气污染防治工作要点》发布(附全文)

        时间:2019-04-03 14:40

        来源: 澧县人民政府

        1.强化扬尘污染治理。(县住建局牵头)
        """)
    assert doc.title == "澧县2019年大气污染防治工作要点"
    assert "湖南常德" not in "".join(doc.issuers)


def test_a_title_broken_before_its_period_and_the_notice_end() -> None:
    """A red header's title broken over lines with a blank between them on a page that is not
    double-spaced throughout: 关于印发…行动计划 / (blank) / (2018—2020年)的通知 is one title."""
    doc = _doc("""
        政府文件 您的位置: 政府文件
        来源:    时间:2018年11月03日    点击量:1492

        某某县人民政府文件

        博政〔2018〕13号


        博 爱 县 人 民 政 府

        关于印发博爱县污染防治攻坚战三年行动计划

        (2018—2020年)的通知
        各乡镇人民政府,县直各单位:
        现将《博爱县污染防治攻坚战三年行动计划(2018—2020年)》印发给你们,请认真贯彻落实。
        2018年10月23日
        一、总体要求
        二、主要任务
        """)
    assert doc.title == "关于印发博爱县污染防治攻坚战三年行动计划(2018—2020年)的通知"
