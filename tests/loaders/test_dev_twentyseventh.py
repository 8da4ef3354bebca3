"""Classes of misses met in the dev batches of the twenty-seventh session, each shown on a made-up text that names
other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_news_pages_lead_in_to_the_notice_it_reprints_gives_the_title_and_a_short_named_government_is_named_in_full() -> None:
    # …的通知,内容如下: ends with a colon as addressees do, but it is the notice's title; 江西人民政府 is the news
    # page's short name of 江西省人民政府
    doc = _doc("""
        首页 > 新闻 > 正文

        江西发布《江西省土壤污染防治工作方案》

        时间:2016-12-27 15:01

        来源:江西环保厅

        江西人民政府关于印发江西省土壤污染防治工作方案(江西版土十条)的通知,内容如下:

        赣府发〔2016〕40号

        各市(州)、县(市)人民政府,省政府各厅委办、各直属机构:

        现将《江西省土壤污染防治工作方案》印发给你们,请认真贯彻执行。

        江西省人民政府

        江西省土壤污染防治工作方案

        为深入贯彻落实国务院《土壤污染防治行动计划》,结合我省实际,特制定本工作方案。

        一、总体要求
    """)
    assert doc.title == "关于印发江西省土壤污染防治工作方案(江西版土十条)的通知"
    assert doc.issuers == ("江西省人民政府",)
    assert doc.region == "江西省"


def test_a_plans_title_broken_under_a_sites_teaser_is_joined_with_its_first_line_naming_the_place() -> None:
    # a template site's teaser runs the plan's start into one line; the plan's title is then broken over two
    # lines, the first only its place and a few words
    doc = _doc("""
        吉林省大气污染防治实施方案为贯彻落实《大气污染防治行动计划》,结合我省实际,制定本实施方案。一、总体要求全面落下面是小编为大家整理的【环保方案】吉林省大气污染防治实施方案,供大家参考。
        吉林省大气污染
        防治实施方案
        为贯彻落实《大气污染防治行动计划》,切实加大大气污染防治力度,结合我省实际,制定本实施方案。
        一、总体要求
        全面落实党的十八大精神。
    """)
    assert doc.title == "吉林省大气污染防治实施方案"


def test_a_title_broken_after_its_year_and_place_is_joined() -> None:
    doc = _doc("""
        2024年贵州省

        全面推行林长制工作要点

        各市(州)人民政府,省直有关部门:

        现将有关工作要点印发给你们,请认真贯彻落实。

        一、加强组织领导
    """)
    assert doc.title == "2024年贵州省全面推行林长制工作要点"


# From a review with fresh eyes of the session's rules, each a misfire of a first version.

def test_addressees_ending_on_a_bracketed_kind_of_body_are_addressees() -> None:
    # 有关部门（单位）： names bodies; above the title a news sidebar's numbered headlines are no outline
    doc = _doc("""
        热点新闻
        1. 我县召开安全生产工作会议
        2. 我县开展防汛演练
        绵阳市游仙区人民政府办公室关于做好2022年防汛工作的通知
        游府办发〔2022〕6号
        有关部门（单位）：
        为做好防汛工作，现通知如下：
        一、落实防汛责任。区应急管理局负责。
        二、加强监测预警。
    """)
    assert doc.title == "关于做好2022年防汛工作的通知"
    assert doc.doc_number == "游府办发〔2022〕6号"
    assert [m.path for m in doc.measures] == ["一", "二"]


def test_a_short_line_of_an_issue_number_is_not_joined_to_the_title_below() -> None:
    doc = _doc("""
        浏览次数：1234
        2023年第12期

        全面推进乡村振兴重点工作实施方案
        各乡镇人民政府，县直各部门：
        现将方案印发给你们。
        一、总体要求
    """)
    assert doc.title == "全面推进乡村振兴重点工作实施方案"


def test_a_sites_line_above_a_plans_title_is_not_joined_to_it() -> None:
    for above in ("秭归新闻网 2023-05-12", "秭归县政府信息公开"):
        doc = _doc(f"""
            首页 | 新闻中心
            {above}
            全面推进乡村振兴实施方案
            为推进乡村振兴，制定本方案。
            一、总体要求
        """)
        assert doc.title == "全面推进乡村振兴实施方案", above


def test_a_short_name_shared_by_a_province_and_a_city_is_not_completed() -> None:
    # 吉林 names a province and a city: 吉林人民政府办公厅 is not completed into a body that does not exist
    doc = _doc("""
        吉林人民政府办公厅关于做好2022年春季农业生产工作的通知
        各市（州）人民政府，省政府各厅委办、各直属机构：
        一、加强组织领导。省农业农村厅负责。
    """)
    assert "吉林市人民政府办公厅" not in doc.issuers


def test_a_news_lead_in_in_traditional_characters_gives_the_title() -> None:
    doc = _doc("""
        湖北人民政府辦公廳關於進一步明確安全生產職責的通知，內容如下：
        鄂政辦發〔2020〕12號
        各市、州、县人民政府，省政府各部门：
        现将有关事项通知如下。
        一、总体要求
    """)
    assert doc.title == "關於進一步明確安全生產職責的通知"


def test_a_doc_number_leading_a_headline_after_a_validity_tag_is_read() -> None:
    # (失效)某政办发〔2020〕2号某区人民政府办公室关于…: the portal's tag before the 文号 that leads the headline
    doc = _doc("""
        北京市东城区人民政府

        信息详情
        (失效)东政办发〔2020〕5号北京市东城区人民政府办公室关于 印发《北京市东城区污染防治攻坚战 2020年行动计划》的通知

        区政府各委、办、局,各街道办事处,各有关单位:

        现将《北京市东城区污染防治攻坚战2020年行动计划》印发给你们。

        一、总体要求
    """)
    assert doc.doc_number == "东政办发〔2020〕5号"


def test_a_grain_reserves_depot_is_a_unit_of_a_note() -> None:
    # 中储粮某某直属库 among a note's units: the note is read (its rule 排名第一的为牵头单位 giving the lead)
    doc = _doc("""
        湘潭市人民政府关于建立健全粮食安全市长责任制的实施意见

        一、总体要求
        （一）增强粮食可持续生产能力。稳定粮食播种面积。(市发改委、市农委、中储粮湘潭直属库。排名第一的为牵头单位,下同)
    """)
    item = next(m for m in doc.measures if m.path == "一.(一)")
    assert item.leads == ("市发改委",)
    assert item.supports == ("市农委", "中储粮湘潭直属库")


def test_a_name_two_nested_units_share_is_the_one_at_the_level_the_text_speaks_of_itself() -> None:
    # 吉林 names 吉林省 and 吉林市 within it (the one such province in the division); a text that says 全省 is the
    # province's, and the record says the call was made
    doc = _doc("""
        原标题:“数字吉林2025”建设规划
        三、数字基础设施提升工程
        (一)加快网络建设
        推进千兆光网建设,加强全省5G基站布局。到2025年,全省行政村5G通达率达到90%。
    """)
    assert doc.region == "吉林省"
    assert any(w.field == "region" and "share the name" in w.message for w in doc.warnings)


def test_a_character_lost_to_a_question_mark_is_dropped_from_the_title() -> None:
    doc = _doc("""
        关于印发?博乐市水污染防治工作方案的通知
        各乡镇人民政府,市直各部门:
        现将方案印发给你们。
        一、总体要求
    """)
    assert doc.title == "关于印发博乐市水污染防治工作方案的通知"


def test_a_progress_tables_completion_cell_is_no_part_of_the_units_above_it() -> None:
    # 责任单位： then 完成情况： on the next line (a 民生实事 completion report): the units stop at the line's end
    doc = _doc("""
        许昌市2024年民生实事完成情况
        一、省重点民生实事完成情况
        (一)开展职业技能培训和评价取证
        1.持续深入推进技能建设,全年开展职业技能培训4.7万人次以上。
        责任单位:市人力资源和社会保障局
        完成情况:全市开展各类职业技能培训10万人次,新增技能人才5.7万人。
    """)
    item = next(m for m in doc.measures if m.path == "一.(一).1")
    assert item.responsible == ("市人力资源和社会保障局",)


def test_attachment_lines_above_the_date_are_no_signature() -> None:
    doc = _doc("""
        各苏木乡镇人民政府、旗直各部门:
        为做好《2023年度某旗人民政府重大行政决策事项目录》编制工作,请各单位申报。
        附件:1.阿荣旗人民政府重大行政决策事项目录标准
        2.2023年度阿荣旗人民政府重大行政决策事项目录申报表
        2023年8月10日
        附件1
        阿荣旗人民政府重大行政决策事项目录标准
        一、制定或调整全旗的有关公共服务事项
    """)
    assert not any("附件" in name or "申报表" in name for name in doc.issuers)


def test_a_table_of_contents_without_label_or_leader_dots_is_no_outline() -> None:
    # numbered headings each ending with a page number after a space, three in a row, the numbers never going down
    doc = _doc("""
        某区人民政府关于印发某区城市建设十四五规划的通知
        各街道办事处,区政府各委、办、局:
        现将《某区城市建设十四五规划》印发给你们。
        某区人民政府
        2022年3月31日
        某区城市建设十四五规划
        一、发展基础 1
        (一)主要成就 1
        (二)存在问题 3
        二、总体要求 5
        (一)指导思想 5
        三、主要任务 8
        一、发展基础
        (一)主要成就。十三五期间,城市建设取得明显成效。
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]
    assert any("table of contents" in w.message for w in doc.warnings)
