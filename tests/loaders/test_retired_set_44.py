"""Classes of misses met in eval44 and eval45 (retired to development at the twenty-fourth session's start) and in
dev/, each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units

# A part heading of the notice, then a task table flattened one row a line with bars between the cells: its
# rows start again at 一, number their tasks (1), (2) … in the 序号 column, and leave empty cells before the
# closing bar; the last row is cut by the excerpt inside its lead cell.
PART_TABLE = """
    临川市人民政府
    关于2024年重点工作及责任分解的通知
    一、市政府重点工作任务
    序号 | 目标与任务 | 牵头责任单位 | 责任单位 |
    一、主要预期目标 | |||
    (1) | 地区生产总值增长5%以上。 | 市发展改革委 | 各县区政府、 高新区管委会 |
    (2) | 粮食产量稳定。 | 市农业农村局 市粮食局 | 各县区政府 |
    二、重点做好以下六个方面工作 | |||
    (一)扩大有效需求,巩固经济回升向好态势。 | |||
    1 | 积极扩大消费。 | ||
    (3) | 开展汽车以旧换新促销活动。 | 市商务局 | 市财政局 各县区政府 |
    (4) | 培育夜间消费集聚区。 | 市文旅
"""


def test_a_bare_part_heading_followed_by_a_table_starting_again_at_one_holds_that_table() -> None:
    doc = _doc(PART_TABLE)
    paths = [m.path for m in doc.measures]
    assert paths == ["一", "一.一", "一.一.(1)", "一.一.(2)", "一.二", "一.二.(一)", "一.二.(一).1",
                     "一.二.(一).1.(3)", "一.二.(一).1.(4)"]
    assert doc.measures[0].kind == "section"


def test_a_table_whose_task_column_is_named_targets_and_tasks_gives_each_rows_units() -> None:
    doc = _doc(PART_TABLE)
    assert _units(doc, "一.一.(1)") == (("市发展改革委",), ("各县区政府", "高新区管委会"), ())
    assert _units(doc, "一.一.(2)") == (("市农业农村局", "市粮食局"), ("各县区政府",), ())
    assert _units(doc, "一.二.(一).1.(3)") == (("市商务局",), ("市财政局", "各县区政府"), ())


def test_a_table_row_cut_inside_its_lead_cell_leaves_the_cut_name_out() -> None:
    doc = _doc(PART_TABLE)
    assert _units(doc, "一.二.(一).1.(4)") == ((), (), ())
    assert not any("市文旅" in w.message and "kept as printed" in w.message for w in doc.warnings)


def test_a_heading_row_of_empty_cells_is_the_heading_without_its_bars() -> None:
    doc = _doc(PART_TABLE)
    heading = next(m for m in doc.measures if m.path == "一.二")
    assert heading.heading == "重点做好以下六个方面工作"


NOTES = """
    某区人民政府办公室关于印发重点工作任务分解的通知
    各街道办事处,区政府各部门:
    现印发给你们,请认真贯彻落实。
    某区人民政府办公室
    2023年2月10日
    一、扩大有效投资
    1.推进港口物流项目建设。责任单位:区交通局和区口岸办分别牵头、区发改局
    2.加强大气污染治理。(责任单位:县直各部门市生态环境局东岭分局)
"""


def test_a_role_printed_once_after_two_bodies_joined_by_he_is_each_ones() -> None:
    doc = _doc(NOTES)
    assert _units(doc, "一.1") == (("区交通局", "区口岸办"), ("区发改局",), ())


def test_a_body_glued_after_a_collective_is_a_unit_of_its_own() -> None:
    doc = _doc(NOTES)
    assert _units(doc, "一.2") == ((), (), ("县直各部门", "市生态环境局东岭分局"))


LOST_DAY = """
    清河县人民政府办公室关于印发节水行动实施方案的通知
    各乡镇人民政府,县直各部门:
    《清河县节水行动实施方案》已经县政府同意,现印发给你们,请认真组织实施。

      2019年7月15

    清河县节水行动实施方案
    一、总体要求
"""


def test_a_signing_date_that_lost_its_closing_ri_is_read() -> None:
    assert _doc(LOST_DAY).date == "2019-07-15"


SPAM_SIGNATURE = """
    某某娱乐官网入口·(中国)官方网站办公室关于印发2020年政务公开工作要点的通知
    各乡镇人民政府,县政府各部门:
    现将《2020年政务公开工作要点》印发给你们,请认真贯彻落实。
                             某某娱乐官网入口·(中国)官方网站办公室
    2020年9月17日
    一、推进决策公开
"""


def test_a_spam_mirrors_site_name_is_no_issuer() -> None:
    doc = _doc(SPAM_SIGNATURE)
    assert doc.issuers == ()
    assert doc.date == "2020-09-17"


BROKEN_UNIT_CELLS = """
    东平区2024年政府工作报告重点工作任务分解表
    发布时间:2024-03-12 信息来源:东平区委督查考核办
    序号 重点工作任务 主要责任单位 协同配合单位
    一、主要预期目标
    1 地区生产总值增长6%左右。 区发改委 区政府各部门,各乡镇人民政府。
    2 一般公共预算收入增长5%左右。 区财政局
    区税务局
    区政府有关部门,各乡镇人民政府、街道办事处。
    3 社会消费品零售总额增长7%左右。 区商务局
    区市场监管局
    区发改委,各乡镇人民政府、街道办事处,东平经开
"""


def test_a_spaced_rows_unit_cells_broken_one_a_line_after_it_are_its_own() -> None:
    doc = _doc(BROKEN_UNIT_CELLS)
    assert _units(doc, "一.1") == ((), ("区政府各部门", "各乡镇人民政府"), ("区发改委",))
    assert _units(doc, "一.2") == ((), ("区政府有关部门", "各乡镇人民政府", "街道办事处"), ("区财政局", "区税务局"))


def test_the_last_rows_broken_cell_cut_by_the_excerpt_leaves_the_cut_unit_out() -> None:
    doc = _doc(BROKEN_UNIT_CELLS)
    assert _units(doc, "一.3") == ((), ("区发改委", "各乡镇人民政府", "街道办事处"), ("区商务局", "区市场监管局"))


PUBLISHED_BY_THE_OFFICE = """
    索引号: 11341700003244967K/202012-00140 组配分类: 年度重点工作进展和完成情况
    发布机构: 南湖区政府(办公室) 主题分类: 综合政务
    名称: 南湖区2024年政府工作报告重点工作任务分解表 文号:
    发布日期: 2024-03-20
    南湖区2024年政府工作报告重点工作任务分解表
    一、主要预期目标
"""


def test_a_portals_government_or_office_publisher_with_no_wenhao_is_the_office() -> None:
    assert _doc(PUBLISHED_BY_THE_OFFICE).issuers[0].endswith("南湖区人民政府办公室")


DISTRICTS_ADDRESSED = """
    市人民政府办公厅关于印发2019年市政府工作报告目标任务分解方案的通知
    广政办〔2019〕3号
    各区人民政府,市人民政府各部门,各有关单位:
    现将分解方案印发给你们,请认真贯彻执行。
    一、主要目标
"""


def test_a_wenhao_prefix_several_cities_share_is_told_apart_by_addressees_naming_districts_alone() -> None:
    doc = _doc(DISTRICTS_ADDRESSED)  # 广: 广州市 (districts alone), 广元市, 广安市, 广水市 …
    assert doc.region == "广州市"
    assert doc.issuers == ("广州市人民政府办公厅",)


LOST_OPENING_BRACKET = """
    当前位置:首页 - 政策 - 某省人民政府办公厅关于印发某省防灾减灾三年行动计划(2020—2022年)的通知
    甘政办发〔202012
    某省人民政府办公厅关于印发某省
    防灾减灾三年行动计划
    2020—2022年)的通知
    各市州人民政府,省政府有关部门:
    现将《某省防灾减灾三年行动计划(2020—2022年)》印发给你们,请认真贯彻落实。
"""


def test_a_titles_period_line_that_lost_its_opening_bracket_ends_the_title() -> None:
    assert _doc(LOST_OPENING_BRACKET).title == "关于印发某省防灾减灾三年行动计划(2020—2022年)的通知"


def test_a_policy_reading_tag_before_a_headline_is_no_part_of_the_title() -> None:
    doc = _doc("""
        政策解读:某市安全生产治本攻坚三年行动方案(2024—2026年)
        各县(区)安委会,市级有关部门:
        现将《某市安全生产治本攻坚三年行动方案(2024—2026年)》印发给你们,请认真贯彻落实。
    """)
    assert doc.title == "某市安全生产治本攻坚三年行动方案(2024—2026年)"


GLUED_NOTICE = """
    市政府办公室关于做好2021年市政府为民办十件实事的通知
    发布部门:临川市人民政府办公室
    发布时间:2021年02月14日
    市政府办公室关于做好2021年市政府为民办十件实事的通知
    临政办发〔2021〕3号各县区人民政府,市各委办局,市各直属单位:现将《2021年市政府为民办十件实事实施方案》印发给你们。兴办好民生实事是贯彻以人民为中心发展思想的具体实践,是民之所望、政之所向。各地各部门要高度重视,坚持问题导向、目标导向和结果导向,突出补齐短板,做到方向再聚焦、目标再聚焦。要按照实施方案明确的时间步骤,加强组织领导,细化进度责任,合力推进实施,确保圆满完成目标任务,坚决兑现面向全市人民的庄严承诺。 临川市人民政府办公室 2021年1月25日(此件公开发布)附件2021年市政府为民办十件实事项目表
"""


def test_a_notice_on_one_line_from_its_glued_wenhao_and_addressees_to_its_date_is_cut_into_its_parts() -> None:
    doc = _doc(GLUED_NOTICE)
    assert (doc.doc_number, doc.date) == ("临政办发〔2021〕3号", "2021-01-25")


CITED_LEVEL = """
    根据《四川省脱贫攻坚领导小组办公室关于分解下达2018年全省脱贫攻坚减贫目标任务的通知》、《遂宁市脱贫攻坚领导小组办公室关于2018年减贫计划分解的通知》、《射洪县脱贫攻坚领导小组办公室关于2018年减贫计划分解的通知》精神,现将2018年减贫计划分解如下。
    一、目标任务
    2018年计划减贫1200人。
"""


def test_the_level_words_of_a_cited_title_are_its_issuers_not_the_texts() -> None:
    doc = _doc(CITED_LEVEL)
    assert (doc.level, doc.region) == ("county", "射洪县")


CONTENTS_TO_THE_END = """
    临川市人民政府关于印发临川市社会信用体系建设规划(2016—2020年)的通知
    临政发〔2017〕2号
    各县(市、区)人民政府,市政府各部门:
    现将《临川市社会信用体系建设规划(2016—2020年)》印发给你们,请认真贯彻执行。
    临川市人民政府
    2017年1月26日
    目 录
    一、总体思路
    (一)指导思想
    (二)基本原则
    二、推进政务诚信建设
    (一)加强行政能力建设
"""


def test_headings_under_a_contents_label_the_excerpt_stops_inside_are_no_outline() -> None:
    doc = _doc(CONTENTS_TO_THE_END)
    assert doc.measures == ()
    assert any("table of contents" in w.message for w in doc.warnings)


def test_a_keyless_note_cut_inside_a_bracket_of_its_last_name_keeps_the_units_before_it() -> None:
    doc = _doc("""
        一、完善湿地分级管理体系
        (一)湿地分级管理。地方重要湿地认定标准由省林业局会同有关部门制定。(省林业局牵头,省自然资源厅、省生态环境厅等参与,各市、县〔
    """)
    assert _units(doc, "一.(一)") == (("省林业局",), ("省自然资源厅", "省生态环境厅"), ())


SPANNING_POINT_CELL = """
    2024年某区政务公开工作要点与责任分工
    领域
    序号
    任务名称
    任务内容
    责任单位
    完成时限
    一、依法规范做实主动公开,服务保障中心工作
    1
    (一)围绕重大战略任务落实做好信息公开
    依法公开经济、金融和科创领域有关工作的推进落实情况。
    区发改委、区商务委
    全年
    2
    做好开放枢纽建设信息公开,及时公开总体方案相关情况。
    区发改委
    全年
"""


def test_a_stacked_rows_point_heading_cell_spanning_its_rows_heads_them() -> None:
    doc = _doc(SPANNING_POINT_CELL)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
    assert _units(doc, "一.(一).1") == ((), (), ("区发改委", "区商务委"))


def test_townships_and_farms_are_a_collective() -> None:
    doc = _doc("""
        一、信用法规制度
        1.推进行业和地方信用制度建设。各乡(镇、场)分别制定信用规章制度。(县直有关部门、各乡镇场负责)
    """)
    assert _units(doc, "一.1") == ((), (), ("县直有关部门", "各乡镇场"))


ATTACHMENT_RUN_ON = """
    某市某区人民政府办公室关于印发某区社会信用体系建设2018-2020年行动计划的通知
    各镇政府、街道办,区政府各部门:
    《某区社会信用体系建设2018-2020年行动计划》已经区政府同意,现印发给你们,请认真组织实施。
    某市某区人民政府办公室
    2018年5月3日
    附件:2018年某区社会信用体系建设任务分工表
    某区社会信用体系建设
    2018-2020年行动计划
    为进一步深化我区社会信用体系建设,加快建立体系完备、运转有序、奖惩有度的社会信用体系,特制定本行动计划。
    一、指导思想
    坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党的十九大精神。
"""


def test_a_plans_outline_after_an_attachment_line_its_title_and_preamble_ran_on_into_is_read() -> None:
    assert [m.path for m in _doc(ATTACHMENT_RUN_ON).measures] == ["一"]


def test_a_pages_index_number_glued_after_its_title_by_a_dash_is_no_part_of_it() -> None:
    doc = _doc("""
        某省人民政府关于印发某省碳达峰实施方案的通知-113708280043358015/2023-00056
        某政字〔2022〕242号
        各市人民政府,省政府各部门:
        现将《某省碳达峰实施方案》印发给你们,请认真抓好贯彻落实。
        某省人民政府
        2022年12月18日
    """)
    assert doc.title == "关于印发某省碳达峰实施方案的通知"



# The review's probes of this session's rules (each failed with the rule as first written)

def test_a_listed_attachment_ending_in_a_semicolon_is_no_measure() -> None:
    doc = _doc("""
        某市人民政府办公室关于印发某市推进数字经济发展实施方案和任务清单的通知
        某府办发〔2022〕9号
        各县(区)人民政府,市政府各工作部门:
        现将《某市推进数字经济发展实施方案》《某市推进数字经济发展任务清单》印发给你们,请认真贯彻执行。
        某市人民政府办公室
        2022年4月8日
        附件:1.某市推进数字经济发展实施方案;
        2.某市推进数字经济发展任务清单
        某市推进数字经济发展实施方案
        一、总体要求
        坚持以数字产业化、产业数字化为主线。
        二、重点任务
        (一)加快数字基础设施建设。(市大数据局牵头)
    """)
    assert "2" not in [m.path for m in doc.measures]


def test_a_signature_under_a_spaced_tables_last_row_is_no_cell_of_it() -> None:
    doc = _doc("""
        关于印发某区2024年政府工作报告重点工作任务分解表的通知
        各街道办事处,区政府各部门:
        现将分解表印发给你们,请认真抓好落实。
        序号 重点工作任务 牵头单位 配合单位
        1 地区生产总值增长6%左右。 区发改委 区政府各部门,各街道办事处。
        2 城镇新增就业5000人。 区人社局 区政府有关部门,各街道办事处。
        3 居民人均可支配收入增长6%。 区统计局
        区财政局
        区政府有关部门,各街道办事处。
        某某区人民政府办公室
        2024年3月12日
    """)
    assert doc.issuers == ("某某区人民政府办公室",)
    assert _units(doc, "3") == (("区统计局", "区财政局"), ("区政府有关部门", "各街道办事处"), ())


def test_a_heading_printed_twice_is_no_part_holding_the_outline() -> None:
    doc = _doc("""
        某市人民政府办公室关于印发某市促进民营经济发展若干措施的通知
        各县(市、区)人民政府,市政府各部门:
        《某市促进民营经济发展若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。
        某市人民政府办公室
        2023年5月10日
        一、优化营商环境
        一、优化营商环境
        (一)深化“放管服”改革。全面推行证明事项告知承诺制。(市政务服务和数字化局牵头)
        二、加大金融支持
        (二)拓宽融资渠道。支持民营企业发行债券。(市金融工作局牵头)
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "二", "二.(二)"]


def test_a_stacked_rows_point_cell_followed_by_its_units_is_the_task() -> None:
    doc = _doc("""
        2024年某区政务公开工作任务分工
        序号
        工作任务
        责任单位
        完成时限
        1
        (一)推进重大决策预公开
        区司法局
        2024年12月
        2
        (二)加强政策解读
        区政府办公室
        2024年12月
    """)
    assert [(m.path, m.responsible) for m in doc.measures] == [("1", ("区司法局",)), ("2", ("区政府办公室",))]


def test_a_long_paragraph_charging_the_addressees_with_a_spaced_date_is_no_one_line_notice() -> None:
    doc = _doc("""
        某市人民政府办公室关于印发某市促进消费扩容提质实施方案的通知
        某府办发〔2023〕8号
        各县(区)人民政府,市级各部门:
        现将《某市促进消费扩容提质实施方案》印发给你们,请认真贯彻执行。
        一、总体要求
        以扩大内需为战略基点,全面促进消费。(市商务局牵头)
        五、工作要求 各县(市、区)、市直各部门要认真落实以下要求：1.加强组织领导。要成立由主要负责同志任组长的工作专班，明确责任分工，细化工作措施，确保各项任务落到实处。2.强化督促检查。市发展改革委要会同市委督查室、市政府督查室对各地各部门工作推进情况进行定期督查，对工作推进不力的进行通报。3.及时报送信息。请各地各部门于 2023年6月30日 前将上半年工作进展情况报送市发展改革委，联系人：王某某，电话：0835-2222222。4.加强宣传引导。充分利用报刊、广播、电视、网络等媒体，广泛宣传工作中的好经验好做法，营造良好社会氛围。
        某市人民政府办公室
        2023年3月1日
    """)
    assert doc.date == "2023-03-01"
    assert [m.path for m in doc.measures][-1] == "五"


def test_a_body_whose_name_holds_the_word_website_is_an_issuer() -> None:
    doc = _doc("""
        某市政府网站与政务新媒体管理中心关于开展2023年度政府网站绩效评估工作的通知
        各县(市、区)政府办公室,市级各部门:
        为进一步提升政府网站建设管理水平,现就开展年度绩效评估工作通知如下。
        一、评估范围
        全市各级政府网站。
        某市政府网站与政务新媒体管理中心
        2023年6月1日
    """)
    assert doc.issuers == ("某市政府网站与政务新媒体管理中心",)


def test_a_sites_about_us_link_is_no_start_of_a_title() -> None:
    doc = _doc("""
        歡迎來到信用某地! 意見建議 網站聲明 關于我們 移動端
        您所在的位置:首頁>外省守信激勵動態>內容
        某省某市人民政府關于印發《某市守信聯合激勵實施方案》的通知
        2018年05月03日 瀏覽 來源:信用某市
        各區政府(管委會),市府直屬各單位:
        現將《某市守信聯合激勵實施方案》印發給你們,請認真貫徹執行。
        某市人民政府
        2018年4月22日
    """)
    assert doc.title == "關于印發《某市守信聯合激勵實施方案》的通知"


def test_a_plan_whose_title_ends_in_zhua_luoshi_fangan_heads_its_bundle() -> None:
    doc = _doc("""
        关于印发2021年市政府重点工作和民生实事项目责任分工抓落实方案的通知
        各乡镇人民政府,各街道办事处,市政府直属各单位:
        2021年市政府重点工作责任分工抓落实方案》和《2021年市政府民生实事项目责任分工抓落实方案》已经市政府常务会议讨论通过,现印发给你们,请认真抓好贯彻落实。

        某某市人民政府办公室

        2021年3月12日

        2021年市政府重点工作责任分工抓落实方案

        牵头领导

        重点工作

        牵头单位

        配合单位

        张某市长

        1.始终坚持依法行政。自觉接受人大依法监督。

        市司法局

        各单位
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.1"]
