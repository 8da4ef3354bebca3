"""Classes of misses met in eval50 and eval51 (retired to development at the twenty-fifth session's start) and in
dev/, each shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.notes import parse_note
from policy_cascades.loaders.tables import spaced_rows_as_items
from tests.loaders.made_up import parse as _doc

# A page stored as one line: the title is glued to the text that follows it, with no break.
GLUED_NOTICE = """
    关于做好二〇二二年稳住农业基本盘重点工作的实施意见临川是农业大市,在新征程上必须坚持把解决好三农问题作为重中之重。一、稳定粮食生产(一)扩大种植面积。
"""
GLUED_PLAN = """
    某区城乡融合发展三年行动计划2021年是开局之年,也是全面推进乡村振兴的关键之年。一、总体要求(一)指导思想。
"""
PREAMBLE_FIRST = """
    为贯彻落实《临川市关于稳定粮食生产的实施意见》精神,结合本县实际,制定本方案。
    一、稳定粮食生产
"""


def test_a_notices_title_glued_to_its_first_sentence_is_cut_where_the_title_ends() -> None:
    doc = _doc(GLUED_NOTICE)
    assert doc.title == "关于做好二〇二二年稳住农业基本盘重点工作的实施意见"
    assert any(w.field == "title" and "glued" in w.message for w in doc.warnings)


def test_a_plans_title_glued_to_its_first_sentence_is_cut_where_the_title_ends() -> None:
    assert _doc(GLUED_PLAN).title == "某区城乡融合发展三年行动计划"


def test_a_title_cited_in_a_preamble_on_the_first_line_is_not_taken_for_the_documents() -> None:
    assert _doc(PREAMBLE_FIRST).title != "关于稳定粮食生产的实施意见"


def test_a_portals_validity_tag_after_the_title_is_not_part_of_it() -> None:
    doc = _doc("""
        临川市人民政府办公室关于印发促进返乡创业实施意见的通知【全文失效】

        临川市人民政府办公室关于印发促进返乡创业实施意见的通知【全文失效】

        临政办发〔2017〕9号
        各县区人民政府:
        一、总体要求
    """)
    assert doc.title == "关于印发促进返乡创业实施意见的通知"


def test_a_gloss_mirrors_comma_before_each_punctuation_mark_does_not_hide_the_outline() -> None:
    doc = _doc("""
        臨川市人民政府辦公室關(guān)于印發(fā)臨川市兒童關(guān)愛保護(hù)工作實(shí)施方案的通知
        各縣,、區(qū)人民政府,,市政府各部門:
        現(xiàn)將《臨川市兒童關(guān)愛保護(hù)工作實(shí)施方案》印發(fā)給你們,,請認真貫徹落實(shí),。
        2021年3月2日
        一,、目標(biāo)要求
        堅持兒童優(yōu)先,,分類施策。
        二,、主要任務(wù)
        (一)加強(qiáng)生活保障。
    """)
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)"]
    assert doc.measures[0].heading == "目標要求"


def test_a_letter_spaced_label_glued_to_the_value_before_it_opens_a_pair() -> None:
    doc = _doc("""
        發布機構:省政府辦公廳文 號:臨政發〔2017〕9號
        臨川省人民政府關於促進城鄉居民增收的通知
        各市人民政府:
        一、總體要求
    """)
    assert doc.doc_number == "臨政發〔2017〕9號"


def test_a_party_committees_office_printed_with_its_place_but_without_zhonggong_is_named_in_full() -> None:
    doc = _doc("""
        近日,江西省委辦公廳、省政府辦公廳印發《江西省自然災害防治能力建設行動方案》,內容如下。
        一、總體要求
    """)
    assert doc.issuers == ("中共江西省委辦公廳", "江西省人民政府辦公廳")


def test_a_plan_that_names_only_the_superior_it_helps_is_placed_in_the_unit_its_source_line_names() -> None:
    doc = _doc("""
        关于助力宁波市打造现代海洋城市加快推进海洋强市建设的实施方案
        发布日期:2022-11-04  来源:余姚市海洋发展服务中心
        为全面落实《中共宁波市委、宁波市人民政府关于建设现代海洋城市的意见》,宁波市各部门协同推进,特制定本方案。
        一、总体要求
        (一)指导思想
    """)
    assert (doc.region, doc.level) == ("余姚市", "county")


def test_a_metadata_line_is_not_taken_for_a_missing_title() -> None:
    doc = _doc("""
        索引号: 1137100000435966XK/2023-02372 发布单位: 临川市海洋发展局
        内容分类: 年度计划 成文日期: 2023-06-09
        公开方式: 主动公开 公开范围: 面向社会

        临川市海洋发展局2023年工作思路

        一、全力以赴稳定海洋经济运行
        1.健全大抓经济工作机制。
    """)
    assert doc.title == "临川市海洋发展局2023年工作思路"


def test_a_note_the_excerpt_cut_inside_a_word_of_its_last_name_leaves_that_name_out() -> None:
    doc = _doc("""
        一、促进就业增收
        (一)稳定重点群体就业。开展金秋招聘月活动,推广以工代赈。(责任单位:省人力资源社
    """)
    measure = next(m for m in doc.measures if m.path == "一.(一)")
    assert "省人力资源社" not in measure.leads + measure.supports + measure.responsible


def test_a_spaced_tables_header_run_on_at_the_end_of_a_paragraph_still_opens_the_table() -> None:
    lines = spaced_rows_as_items([
        "各地、各部门要加强协调,确保各项工作任务圆满完成. 附件:临川市2018年政府工作任务分解表 临川市人民政府办公室"
        " 2018年2月24日 临川市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位",
        "一、经济社会发展主要预期目标分解(3项)",
        "1 地区生产总值增长7%以上. 发改委",
        "2 全社会固定资产投资额550亿元. 发改委、经信委",
    ])
    assert lines[0].endswith("2018年2月24日 临川市2018年政府工作任务分解表")
    assert lines[2:] == ["1.地区生产总值增长7%以上.（牵头责任单位：发改委）",
                         "2.全社会固定资产投资额550亿元.（牵头责任单位：发改委、经信委）"]


def test_a_table_numbered_1_2_under_an_attachments_title_after_the_signature_is_not_the_last_sections() -> None:
    doc = _doc("""
        临川市人民政府办公室
        关于印发2022年度重大行政决策事项目录的通知
        各乡镇人民政府:
        现将《2022年度重大行政决策事项目录》印发给你们,请认真贯彻执行。
        一、列入目录的事项应当依法履行法定程序。
        二、承办单位要认真组织实施。
        临川市人民政府办公室
        2022年4月15日
        2022年度重大行政决策事项目录
        序号 | 事项名称 | 承办单位 | 完成时限 |
        1 | 编制科技创新规划 | 市科学技术局 | 2022年5月份 |
        2 | 编制生态环境保护规划 | 市生态环境局 | 2022年7月份 |
    """)
    assert [m.path for m in doc.measures] == ["一", "二", "1", "2"]


def test_state_companies_and_a_central_bodys_local_office_signing_with_the_departments_are_issuers() -> None:
    doc = _doc("""
        各市、县人民政府:
        现将《临川省噪声污染防治行动计划》印发给你们,请认真组织实施。
        临川省生态环境厅 临川省交通运输厅
        中国民用航空临川安全监督管理局 中国铁路临川局集团有限公司
        临川省铁路建设投资集团有限公司 临川省机场集团有限公司
        2023年5月4日
    """)
    assert doc.issuers[2:] == ("中国民用航空临川安全监督管理局", "中国铁路临川局集团有限公司",
                               "临川省铁路建设投资集团有限公司", "临川省机场集团有限公司")


def test_a_companys_name_alone_on_the_first_line_is_the_sites_owner_not_an_issuer() -> None:
    doc = _doc("""
        临川蛤蟆沟煤业有限公司
        临川省人民政府关于印发打赢蓝天保卫战三年行动计划的通知
        各市人民政府:
        一、总体要求
    """)
    assert doc.issuers == ("临川省人民政府",)


def test_a_news_headlines_verb_after_the_title_and_a_sites_tag_before_it_are_not_the_title() -> None:
    doc = _doc("""
        【落实情况】临川市噪声污染防治行动方案(2024-2025年)发布
        为贯彻落实噪声污染防治法,制定本方案。
        一、总体要求
    """)
    assert doc.title == "临川市噪声污染防治行动方案(2024-2025年)"


def test_units_of_a_table_cell_set_apart_by_spaces_are_each_a_unit() -> None:
    doc = _doc("""
        序号 |
        主要任务 |
        牵头单位 |
        落实情况 |
        1 |
        提升精心规划、精致建设、精细管理水平。 |
        市自规局、市城管局 市商务局、市机关事务管理局 |
        扎实开展道路、游园等城市基础设施建设工作。 |
        2 |
        支持志愿服务、档案、地方志等事业发展。 |
        市档案局 市地震局 |
        完成接待任务175批次。 |
    """)
    assert doc.measures[0].leads == ("市自规局", "市城管局", "市商务局", "市机关事务管理局")


def test_a_bordered_table_whose_rows_each_open_with_a_bar_of_their_own_is_read_by_its_header() -> None:
    doc = _doc("""
        临川市某区人民政府办公室
        关于印发《2022年度重大行政决策事项目录》的通知
        各镇人民政府,区级有关部门:
        现将《2022年度重大行政决策事项目录》印发给你们,请严格按照法定程序开展前期工作。
        临川市某区人民政府办公室
        2022年9月3日
        2022年度重大行政决策事项目录
        |
        序号
        |
        决策事项
        |
        责任单位
        |
        |
        1
        |
        某区法治建设系列规划
        |
        区司法局
        |
        |
        2
        |
        某区妇女发展纲要
        |
        区妇联
        |
    """)
    assert [(m.path, m.responsible) for m in doc.measures] == [("1", ("区司法局",)), ("2", ("区妇联",))]


def test_an_outline_entry_on_the_first_line_is_not_taken_for_a_title_glued_to_its_text() -> None:
    doc = _doc("""
        一、将“2022年公路工程建设项目”和“2022年某旗文化旅游品牌活动方案”调出目录,其余事项不变。
        二、各承办单位要认真组织实施。
    """)
    assert doc.title != "一、将“2022年公路工程建设项目”和“2022年某旗文化旅游品牌活动方案"


def test_a_lead_whose_comma_a_line_break_lost_still_leads_the_units_after_it() -> None:
    duties = parse_note("责任单位：省残联、省卫健委牵头省教育厅、省民政厅按职责分工负责")
    assert (duties.leads, duties.supports) == (["省残联", "省卫健委"], ["省教育厅", "省民政厅"])
    duties = parse_note("责任单位：县政府办牵头督促各乡镇人民政府、县直各部门落实")
    assert "督促各乡镇人民政府" not in duties.supports


def test_a_pages_metadata_printed_as_a_numbered_list_is_read_as_metadata_not_as_measures() -> None:
    doc = _doc("""
        临川市某区人民政府
        信息详情
          1. [主题分类] 综合政务/政务公开
          2. [制发单位] 临川市某区政务服务管理局
          3. [成文日期] 2020-07-27
          4. [发文字号] ----
        某区2020年政务公开工作要点
        为深入推进政务公开,特制定本要点。
        一、总体要求
        (一)指导思想
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_two_bars_for_an_empty_cell_in_a_bordered_table_are_no_row_opening_bar() -> None:
    doc = _doc("\n".join([
        "某县2023年政务公开重点工作任务分解表", "为做好全县政务公开工作，现将任务分解如下。", "各单位要按时完成。",
        "工作任务", "|", "要求", "|", "牵头单位", "|", "配合单位", "|",
        "1.公开规划", "|", "设立专题", "|", "|", "县发改局", "|",
        "2.公开项目", "|", "及时公开", "|", "县住建局", "|", "县自然资源局", "|"]))
    assert [(m.leads, m.supports) for m in doc.measures] == [((), ("县发改局",)), (("县住建局",), ("县自然资源局",))]


def test_a_title_glued_to_its_text_keeps_its_bracketed_years() -> None:
    assert _doc("""
        某市数字经济发展三年行动计划（2023—2025年）2023年是全面贯彻党的二十大精神的开局之年，为加快发展数字经济，制定本计划。
        一、总体要求
        (一)指导思想
    """).title == "某市数字经济发展三年行动计划（2023—2025年）"


def test_a_sites_name_and_its_heading_over_the_document_are_no_title_taken_from_the_first_lines() -> None:
    doc = _doc("""
        临川市某区人民政府
        信息详情
          1. [主题分类] 综合政务/政务公开
          2. [成文日期] 2020-07-27
        (失效)某区2020年政务公开工作要点
        为深入推进政务公开,特制定本要点。
        一、总体要求
    """)
    assert doc.title == "某区2020年政务公开工作要点"
