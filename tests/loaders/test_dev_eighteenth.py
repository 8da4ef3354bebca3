"""Classes of misses met in dev/ batches 52 and 53 (eighteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import traditional
from policy_cascades.loaders.notes import find_notes
from tests.loaders.made_up import parse as _doc

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
    """A text with no header that names most cities of one province equally (their targets) and
    charges provincial departments (省水利厅牵头) is the province's, at the provincial level; a city's
    text naming three counties of another region it supports (对口支援) is not placed there."""
    doc = _doc("""
        2.严控地下水超采,完成年度压采任务。(省水利厅、省国土资源厅牵头,省发展改革委参与,各市人民政府负责落实)
        3.开展节水型城市创建,2017年底前,海口、三亚等2个城市达到国家级标准;儋州、三沙达到省级标准。(省住房城乡建设厅牵头,省水利厅参与,各市人民政府负责落实)
        """)
    assert doc.region == "海南省" and doc.level == "provincial"
    partner = _doc("""
        一、重点任务
        1.深化东西部协作。做好对口支援疏附县、伽师县、岳普湖县工作,推动产业合作。(市发展改革委牵头,市财政局、市商务局参与)
        2.推进农村改厕。(市农业农村局牵头,市卫健委参与)
        3.推进垃圾治理。(市城管局牵头,市生态环境局参与)
        4.推进污水治理。(市生态环境局牵头,市住建局参与)
        """)
    assert partner.region is None and partner.level == "municipal"


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


def test_a_pdf_text_on_one_line_with_its_signing_date_spaced_out() -> None:
    """A PDF's text stored as one line: the signing date spaced out after the signature (…办公室
    2020 年 12 月 2 日 — 1 — …) is read, the page number between dashes is no text."""
    doc = _doc("衡水市大气污染防治工作领导小组办公室 衡气领办〔2020〕88 号 衡水市大气污染防治工作领导小组办公室 "
               "关于印发《衡水市 2020-2021 年秋冬季大气污染综合治理攻坚行动方案》的通知 各县(市、区)人民政府, "
               "市直相关部门: 为切实做好全市秋冬季大气污染综合治理工作,现印发给你们,请认真落实。 "
               "衡水市大气污染防治工作领导小组办公室 2020 年 12 月 5 日 — 1 — 衡水市 2020—2021 年秋冬季大气"
               "污染综合治理攻坚行动方案 为持续改善大气环境质量,制定本方案。 一、总体要求 (一)基本思路。坚持精准治污。")
    assert doc.date == "2020-12-05"
    assert not any("— 1 —" in m.text for m in doc.measures)


def test_a_collective_named_under_every_measure_counts_once_for_the_level() -> None:
    """A headless city plan whose notes name city bureaus, and the county governments carried to
    every later task by a rule (以下均需县(市、区)政府落实), is the city's level, though it says 全省领先."""
    doc = _doc("""
        一、主要目标
        到2020年,全市空气质量保持全省领先。
        二、主要工作任务
        (一)打好产业结构优化战役
        1.严格环境准入。落实准入条件。(市生态环境局牵头,市发改委、市经信局、市自然资源和规划局等参与,县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出)
        2.推进落后产能淘汰。(市经信局、市发改委牵头,市生态环境局、市应急管理局、市市场监管局等参与)
        3.深化低散乱整治。(市经信局牵头,市生态环境局参与)
        4.推进清洁生产。(市生态环境局牵头,市经信局参与)
        5.加快工业园区整治。(市生态环境局牵头,市发改委参与)
        """)
    assert doc.level == "municipal"


def test_the_short_form_of_the_regions_government_office_is_named_in_full() -> None:
    """A signature printing 某市政府办公室 (the short form) names 某市人民政府办公室; a department named
    with 政府 inside (某省政府国有资产监督管理委员会) stays as printed."""
    doc = _doc("""
        格尔木市人民政府办公室关于印发格尔木市土壤污染防治工作方案的通知
        格政办〔2017〕88号
        各乡镇人民政府,市政府各部门:
        《格尔木市土壤污染防治工作方案》已经市政府同意,现印发给你们,请认真贯彻执行。
        格尔木市政府办公室
        2017年8月2日
        一、总体要求
        """)
    assert doc.issuers == ("格尔木市人民政府办公室",)


def test_a_metadata_row_ending_on_an_empty_label_is_no_addressee_line() -> None:
    """信息分类:… 公开方式:主动公开 … 责任部门: (a row of metadata whose last label is empty) is no
    addressee line: the bodies printed above the title below it are the issuers."""
    doc = _doc("""
        您现在的位置:首页>>部门公开信息>>发改委>>工作动态

        关于打赢脱贫攻坚战三年行动的实施意见

        信息分类:政务动态 文件编号: 公开方式:主动公开 生成日期:2019-02-11 公开时限:常年公开 责任部门:

        中共上犹县委  上犹县人民政府

        关于打赢脱贫攻坚战三年行动的实施意见

        为深入贯彻落实习近平总书记关于扶贫工作的重要论述,确保如期高质量完成脱贫摘帽任务,结合我县实际,提出如下实施意见。

        一、总体要求
        """)
    assert doc.issuers == ("中共上犹县委", "上犹县人民政府")


def test_a_county_text_naming_its_county_once_on_its_citys_line() -> None:
    """A headless county plan (我县, 全县) whose places all lie on one county's line (河南省, 新乡市 three
    times, 原阳县 once) is that county's; a city's text naming a city of another province in passing
    stays open (tested by eval11/heilongjiangshi2017 in sample)."""
    doc = _doc("""
        依据《河南省2017年大气污染防治攻坚方案》和新乡市的部署,结合我县实际,制定本方案。
        一、总体要求
        全面完成新乡市下达我县的目标任务。
        二、工作目标
        全县空气质量持续改善,完成新乡市考核目标。
        三、主要任务
        (一)深入推进工业污染治理
        1.开展原阳县工业污染深度治理年活动。督促企业完成治理。
        """)
    assert doc.region == "原阳县" and doc.level == "county"
    other = _doc("""
        依据《湖南省2019年农村人居环境整治工作方案》和株洲市的部署,结合我县实际,制定本方案。
        一、总体要求
        全面完成株洲市下达我县的目标任务。
        二、工作目标
        全县农村人居环境明显改善,完成株洲市考核目标。
        三、主要任务
        (一)推进农村厕所革命
        1.学习借鉴茶陵县“厕所革命”经验,全面推进农村户厕改造。
        """)
    assert other.region is None and other.level == "county"
