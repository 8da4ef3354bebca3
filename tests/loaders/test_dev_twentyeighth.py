"""Classes of misses met in the dev batches and retired sets of the twenty-eighth session, each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_table_a_cell_a_line_under_a_main_work_column_gives_its_rows_and_a_cut_last_cell_keeps_its_whole_units() -> None:
    # 序号 / 主要工作 / 责任单位 stacked, a spanning 分块 column printed above them and on no row; the excerpt
    # ends inside the last row's units
    doc = _doc("""
        某县人民政府办公室关于印发2023年政府重点工作责任清单的通知

        附件

        2023年《政府工作报告》主要目标任务分解清单

        分块

        序号

        主要工作

        责任单位

        1

        地区生产总值增长6.5%左右

        ▲县发改局,县统计局,各乡镇

        2

        一般公共预算收入增长6%

        ▲县财政局,县税务局

        3

        开展招商引资竞赛活动,引进亿元以上项目12个。

        ▲县投资促进中心,县商务局,各乡(
    """)
    assert [m.path for m in doc.measures] == ["1", "2", "3"]
    assert doc.measures[0].responsible == ("县发改局", "县统计局", "各乡镇")
    assert doc.measures[1].responsible == ("县财政局", "县税务局")
    assert doc.measures[2].responsible == ("县投资促进中心", "县商务局")


def test_a_headline_led_by_a_sites_list_mark_and_its_wenhao_gives_the_wenhao() -> None:
    doc = _doc("""
        ★长政发〔2021〕7号 关于印发《长岭县创建国家卫生县城实施方案》的通知
        各乡镇人民政府,县政府各部门:
        经县政府同意,现将《某县创建国家卫生县城实施方案》印发给你们,请认真组织实施。
        长岭县人民政府
        2021年3月2日
        某县创建国家卫生县城实施方案
        一、总体要求
    """)
    assert doc.doc_number == "长政发〔2021〕7号"
    assert doc.title == "关于印发《长岭县创建国家卫生县城实施方案》的通知"


def test_a_notice_title_broken_after_the_plan_it_issues_is_joined_with_the_line_that_ends_it_as_a_notice() -> None:
    # 关于印发…纲要(2016-2020年) ends as a plan's name does, yet the notice's title goes on below it (a page
    # double-spaced but for a headline cut short and its posting line)
    doc = _doc("""
        首页 > 政策法规

        某省人民政府办公厅关于印发平安某省建设纲要(2016-2020年)
        发布时间:2017-03-02 | 浏览:5120次

        某省人民政府办公厅关于印发平安某省建设纲要(2016-2020年)

        8个专项建设实施方案的通知

        (某政办发〔2017〕9号)

        各市人民政府,省政府各部门:
        经省人民政府同意,现将《平安某省建设纲要(2016-2020年)》和8个专项建设实施方案印发给你们,请照此执行。
    """)
    assert doc.title == "关于印发平安某省建设纲要(2016-2020年)8个专项建设实施方案的通知"


def test_an_emergency_plan_numbered_decimally_gives_its_headings_as_measures_whose_path_is_their_number() -> None:
    # 1 总则 / 1.1 编制目的 / 2.1.1 …: an emergency plan's numbering; its table of contents first, then the body;
    # (1) points under a decimal heading go under it; a value such as 7.5左右 is no heading
    doc = _doc("""
        某县人民政府办公室关于印发某县森林火灾应急预案的通知
        各乡镇人民政府,县直各部门:
        现将《某县森林火灾应急预案》印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2022年6月1日
        某县森林火灾应急预案
        1 总则
        1.1 编制目的
        1.2 编制依据
        2 组织指挥体系
        2.1 县森林防灭火指挥部
        1 总则
        1.1 编制目的
        为有效应对森林火灾,最大程度减少损失,制定本预案。
        1.2 编制依据
        《森林防火条例》等。
        2 组织指挥体系
        2.1 县森林防灭火指挥部
        2.1.1 指挥部组成
        (1)总指挥由县长担任。
        (2)副总指挥由分管副县长担任。
        2.2 专家组
        年增长7.5左右
    """)
    assert [m.path for m in doc.measures] == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.1.(1)", "2.1.1.(2)", "2.2"]
    assert doc.measures[1].heading == "编制目的"


def test_an_emergency_plans_own_title_is_a_title_and_its_chapter_numbers_glued_to_their_headings_are_read() -> None:
    # a site's page: the plan printed with no cover notice, its title a 预案's, its chapter heads glued (1总则)
    doc = _doc("""
        政府信息公开
        某县地震应急预案
        来源: 作者:某县应急局 时间:2021-05-11 点击率:
        某县地震应急预案
        1总则
        1.1编制目的
        为高效有序做好地震应急处置工作,制定本预案。
        1.2编制依据
        2组织指挥体系
        2.1县抗震救灾指挥部
        2.2工作组
    """)
    assert doc.title == "某县地震应急预案"
    assert [m.path for m in doc.measures] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_a_title_that_carries_out_another_document_keeps_its_verb_and_the_issuer_before_it_is_the_issuer() -> None:
    doc = _doc("""
        江苏省人民政府办公厅贯彻《国务院办公厅关于加强农村留守儿童关爱保护工作的意见》的实施意见
        各市、县(市、区)人民政府,省各委办厅局:
        为贯彻《国务院办公厅关于加强农村留守儿童关爱保护工作的意见》,现提出如下实施意见。
        一、总体要求
    """)
    assert doc.title == "贯彻《国务院办公厅关于加强农村留守儿童关爱保护工作的意见》的实施意见"
    assert doc.issuers == ("江苏省人民政府办公厅",)
    placed = _doc("""
        常州市贯彻落实江苏省人民政府办公厅关于健全生态保护补偿机制的实施方案
        为深入贯彻落实省政府办公厅的实施意见,结合我市实际,制定本方案。
        一、总体要求
    """)
    assert placed.title == "常州市贯彻落实江苏省人民政府办公厅关于健全生态保护补偿机制的实施方案"


def test_a_pages_issuing_department_label_names_the_issuer() -> None:
    doc = _doc("""
        南通市数字经济发展三年行动计划(2022-2024年)
        发布时间:2022-08-12
        政策级别:市级
        发文部门:南通市工业和信息化局
        南通市数字经济发展三年行动计划(2022-2024年)
        为加快数字经济发展,制定本行动计划。
        一、总体要求
    """)
    assert doc.issuers == ("南通市工业和信息化局",)


def test_in_a_decimal_outline_a_list_and_points_under_a_heading_are_its_own_and_the_outline_goes_on() -> None:
    # a list 1. 2. 3. under 2.2 and points (一) (二) under 1.2 are the heading's; 3 and 3.1 follow on
    doc = _doc("""
        某市突发地质灾害应急预案
        1 总则
        1.1 编制目的
        为高效有序做好突发地质灾害应急工作,制定本预案。
        1.2 工作原则
        (一)统一领导,分级负责。
        (二)预防为主,常备不懈。
        2 组织指挥体系
        2.1 市地质灾害应急指挥部
        2.2 指挥部主要职责
        1.贯彻落实上级关于地质灾害防治工作的决策部署;
        2.统一领导全市突发地质灾害应急处置工作;
        3.完成上级交办的其他事项。
        3 预警和预防机制
        3.1 预防预警信息
    """)
    assert [m.path for m in doc.measures] == [
        "1", "1.1", "1.2", "1.2.(一)", "1.2.(二)", "2", "2.1", "2.2", "2.2.1", "2.2.2", "2.2.3", "3", "3.1"]


def test_a_decimal_plan_after_a_notices_own_items_opens_as_the_plan_it_issues_and_its_contents_are_no_measures() -> None:
    doc = _doc("""
        某县人民政府办公室关于印发某县防汛应急预案的通知
        各乡镇人民政府,县直各部门:
        现将《某县防汛应急预案》印发给你们,并提出以下要求:
        1.各乡镇要按照预案要求,健全防汛责任体系。
        2.各有关部门要加强值班值守,确保信息畅通。
        某县人民政府办公室
        2021年5月8日
        某县防汛应急预案
        1 总则 1
        1.1 编制目的 1
        1.2 编制依据 1
        2 组织指挥体系 2
        1 总则
        1.1 编制目的
        为做好防汛工作,制定本预案。
        1.2 编制依据
        2 组织指挥体系
        2.1 县防汛抗旱指挥部
    """)
    assert [m.path for m in doc.measures] == ["1", "2", "P1", "P1.1", "P1.1.1", "P1.1.2", "P1.2", "P1.2.1"]


def test_an_items_number_glued_to_a_quantity_stays_an_item_where_the_text_has_no_decimal_outline() -> None:
    doc = _doc("""
        某市2023年为民办实事工作方案
        一、项目内容
        1.新建乡镇卫生院1所。(责任单位:市卫健局)
        2.改造农村危房200户。(责任单位:市住建局)
        3.10公里农村公路完成硬化。(责任单位:市交通运输局)
        4.12座危桥完成改造。(责任单位:市交通运输局)
    """)
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2", "一.3", "一.4"]


def test_a_title_broken_after_a_plans_name_joins_the_line_that_ends_it_but_never_a_second_headline() -> None:
    report = _doc("""
        岑溪市人民政府关于2022年度应急预案
        修订工作情况的报告
        各镇人民政府,市直各部门:
        现将有关情况报告如下。
    """)
    assert report.title == "关于2022年度应急预案修订工作情况的报告"
    listed = _doc("""
        最新文件
        ·雁政办发〔2022〕8号 关于印发雁山区乡村振兴工作要点的通知
        雁山区农业农村局关于印发雁山区2023年高标准农田建设实施方案
        雁山区人民政府办公室关于做好2023年春节期间安全生产工作的通知
        各乡镇人民政府,区直各部门:
        现将《雁山区2023年高标准农田建设实施方案》印发给你们,请认真贯彻执行。
    """)
    assert listed.doc_number is None  # the 文号 of another document in a list above the headline
    title = listed.title or ""
    assert not ("高标准农田" in title and "春节" in title)  # two headlines are never glued into one title


def test_a_sites_whole_text_tag_after_a_title_is_no_part_of_it() -> None:
    doc = _doc("""
        【旅游方案】蕉岭县创建“国家全域旅游示范县”实施方案(全文完整)
        时间:2023-04-26 17:25:07 公文范文 来源:网友投稿
        为加快我县旅游产业转型升级,现制定如下方案。
        一、总体要求
    """)
    assert doc.title == "蕉岭县创建“国家全域旅游示范县”实施方案"


def test_a_news_lead_naming_a_joint_issue_gives_its_first_body_as_the_issuer() -> None:
    # the lead opens the page and reads as a sentence; of 某厅等N部门联合印发, the first body named
    doc = _doc("""
        北极星环保网获悉,3月2日,江西省生态环境厅等8部门联合发布关于印发《江西省减污降碳协同增效实施方案》的通知,方案提出,到2025年,减污降碳协同推进的工作格局基本形成。
        原文如下:
        江西省减污降碳协同增效实施方案
        为深入贯彻党中央、国务院关于碳达峰、碳中和重大决策部署,制定本方案。
        一、总体要求
    """)
    assert doc.issuers == ("江西省生态环境厅",)


def test_a_news_leads_verb_before_its_comma_opens_no_title() -> None:
    # 已于近日印发,全文如下: the lead's 印发 is followed by a comma; the title opens at the notice's 关于
    doc = _doc("""
        某环保网获悉,嘉兴市土壤污染防治工作方案(2017-2020年)已于近日印发,全文如下:嘉兴市人民政府关于印发嘉兴市土壤污染防治工作方案(2017-2020年)的通知各县(市、区)人民政府,市政府各部门、直属各单位:现将《嘉兴市土壤污染防治工作方案(2017-2020年)》印发给你们,请认真贯彻执行。嘉兴市人民政府2017年8月1日
    """)
    assert doc.title == "关于印发嘉兴市土壤污染防治工作方案(2017-2020年)的通知"


def test_a_stacked_tables_task_cell_that_prints_its_own_number_keeps_it_under_the_rows_heading_cell() -> None:
    # 序号 1 / 一、全年主要预期目标 (a heading cell spanning rows) / 1.地区生产总值 (the task, numbered itself)
    doc = _doc("""
        2023年区政府工作报告重点工作任务分解表
        序号
        重点工作
        具体任务分解
        完成时限
        牵头单位
        责任单位
        1
        一、全年主要预期目标
        1.地区生产总值
        增长7%左右
        2023年12月底前
        区发展改革委
        区经济和信息化局、区统计局
        2
        2.一般公共预算收入
        增长6%
        2023年12月底前
        区财政局
        区税务局
    """)
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]
    assert (doc.measures[1].leads, doc.measures[1].supports) == (("区发展改革委",), ("区经济和信息化局", "区统计局"))


def test_a_table_of_contents_under_its_label_is_none_of_the_outline_whatever_follows_it() -> None:
    # 目 录 / 前 言 / 一、… (一)…: then the names of attached maps and the body's 前言, which the excerpt cuts
    doc = _doc("""
        霍山县地质灾害防治“十四五”规划(2021-2025年)
        目 录
        前 言
        一、地质灾害现状与防治形势
        (一)地质灾害现状
        (二)“十三五”地质灾害防治成效
        二、指导思想、规划原则和目标任务
        (一)指导思想
        (二)规划原则
        三、保障措施
        霍山县地质灾害隐患点分布图
        霍山县地质灾害易发分区图
        前 言
        为全面贯彻落实党的二十大精神,做好地质灾害防治工作,制定本规划。
    """)
    assert doc.measures == ()


def test_headings_alone_to_the_texts_end_are_a_table_of_contents_without_its_label() -> None:
    # a dozen headings and more, three chapters among them, with no text under any, the last cut after its number
    chapters = "\n".join(f"        第{n}章 第{n}章的标题\n        第一节 第一节的标题\n        第二节 第二节的标题"
                         for n in "一二三四")
    doc = _doc(f"""
        宁陵县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
        宁陵县发展和改革委员会
        2021年4月
{chapters}
        第五章
    """)
    assert doc.measures == ()
    decimal = _doc("""
        某省自然灾害救助应急预案
        1 总则
        1.1 编制目的
        1.2 编制依据
        1.3 适用范围
        2 组织指挥体系
        2.1 省减灾委员会
        2.2 专家委员会
        3 灾害救助准备
        4 灾情信息报告
        4.1 灾情信息报告
        4.2 灾情信息发布
        5 应急响应
        5.1 四级响应
        5.2
    """)
    assert decimal.measures == ()


def test_a_table_of_contents_below_a_long_cover_of_lost_characters_is_none_of_the_outline() -> None:
    cover = "\n".join("        ?" for _ in range(100))
    doc = _doc(f"""
        某县人民政府办公室关于印发某县地质灾害应急预案的通知
        各镇人民政府,县政府有关部门:
        现将《某县地质灾害应急预案》印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2024年8月19日
{cover}
        某县地质灾害应急预案
        目录
        1总则
        1.1编制目的
        1.2编制依据
        2应急组织体系
        2.1应急指挥机构
        2.2现场组织机构
        3预警机制
        3.1预警分级
    """)
    assert doc.measures == ()


def test_a_teaser_cut_short_by_an_ellipsis_is_no_part_of_the_title_below_it() -> None:
    doc = _doc("""
        世界交通资讯网
        2022-04-29 来源:交通规划
        本文摘要:  江苏省推动长三角一体化发展2022年工作要点  2021年,各地各部门深入学习贯彻关于推动长三角一体化发展重要讲话指示批示...
          江苏省推动长三角一体化发展2022年工作要点
          2021年,各地各部门深入学习贯彻重要讲话指示批示精神,取得新成效。
        一、总体要求
    """)
    assert doc.title == "江苏省推动长三角一体化发展2022年工作要点"
