"""Classes of misses met in dev batches 69 and 70 (twenty-first session), each shown on a made-up text that names
other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_a_note_the_excerpt_cuts_after_a_sentence_of_its_own_keeps_the_duty_clause_before_it() -> None:
    # (X牵头,Y按职责分工负责。Z均为责任单位 — and the excerpt ends: the first sentence is a whole note.
    doc = _doc("""
        江西省人民政府办公厅关于印发江西省2023年政务服务工作要点的通知
        赣府厅字〔2023〕9号
        各市、县(区)人民政府,省政府各部门:
        现将《江西省2023年政务服务工作要点》印发给你们,请认真贯彻落实。
        江西省人民政府办公厅
        2023年3月2日
        一、深化“一件事一次办”
        (一)推进线上线下融合。加快建设全省统一受理系统。(省政务办牵头,省直有关单位按职责分工负责。各设区市、县(市、区)人民政府均为责任单
    """)
    leads, supports, _ = _units(doc, "一.(一)")
    assert leads == ("省政务办",)
    assert supports == ("省直有关单位",)


def test_a_box_of_labels_under_the_plan_name_that_opens_an_encyclopedia_page_names_the_issuer() -> None:
    # The entry's headline is the plan's name; an abstract and a bullet box (• 发布单位:…) follow.
    doc = _doc("""
        宝鸡市加快数字政府建设工作实施方案

        宝鸡市人民政府办公室于2022年3月8日印发宝鸡市加快数字政府建设工作实施方案。

        基本介绍

          • 中文名:宝鸡市加快数字政府建设工作实施方案
          • 颁布时间:2022年3月8日
          • 发布单位:宝鸡市人民政府办公室
        全文,解读,

        全文

        为加快推进我市数字政府建设,结合我市实际,制定本方案。
        一、指导思想
        坚持以人民为中心。
    """)
    assert doc.issuers == ("宝鸡市人民政府办公室",)
    assert doc.title == "宝鸡市加快数字政府建设工作实施方案"


def test_the_last_entry_of_a_table_of_contents_the_excerpt_cut_before_its_page_number_is_no_measure() -> None:
    doc = _doc("""
        天津市宁河区人民政府办公室关于印发宁河区应急管理“十四五”规划的通知
        宁河政办发〔2021〕12号
        各镇人民政府,区政府各委、局:
        现将《宁河区应急管理“十四五”规划》印发给你们,请认真贯彻执行。
        天津市宁河区人民政府办公室
        2021年9月1日
        宁河区应急管理“十四五”规划
        目  录
        一、发展基础- 4 -
        (一)应急管理能力不断提升- 5 -
        1.组建应急管理机构。- 5 -
        2.建立健全应急协调机制。- 6 -
        3.加强安全文化宣传阵地
    """)
    assert doc.measures == ()


def test_a_header_below_a_long_toolbar_of_one_word_lines_is_still_read() -> None:
    toolbar = "\n".join(["拼音", "辅助浏览", "读屏", "放大", "缩小", "配色", "大鼠标", "声音", "指读", "连读"] * 4)
    doc = _doc(toolbar + """
索引号
011056632/2024-27848
发文字号
孝政办发〔2024〕5号
发布机构
孝感市人民政府办公室
市人民政府办公室关于分解落实省政府工作报告的通知

孝政办发〔2024〕5号

各县、市、区人民政府,市政府各部门:

为深入贯彻省政府工作报告精神,现将有关事项通知如下。

一、提高政治站位
2024年是关键一年。
""")
    assert doc.title == "关于分解落实省政府工作报告的通知"
    assert doc.issuers == ("孝感市人民政府办公室",)


def test_a_development_zone_the_text_writes_for_places_the_document_there() -> None:
    # No issuer, title or 文号: the preamble says whose circumstances the plan is written for.
    doc = _doc("""
        为深入贯彻落实国家、省、市有关决策部署,认真落实《绵阳市人民政府关于印发绵阳市推动大规模设备更新行动方案的通知》精神,结合绵阳高新区实际,制定本行动方案。
        一、完善工作架构
        成立工作专班。
    """)
    assert doc.region == "绵阳高新区"
    assert doc.level == "county"


def test_a_stacked_table_whose_task_column_is_named_gongzuo_jucuo_is_read_as_items() -> None:
    doc = _doc("""
        大连市金州区人民政府关于印发2024年政府工作报告主要工作任务分解表的通知
        大金政发〔2024〕2号
        各街道办事处,区政府各部门:
        现将《2024年政府工作报告主要工作任务分解表》印发给你们,请认真贯彻落实。
        大连市金州区人民政府
        2024年1月20日
        2024年政府工作报告主要工作任务分解表
        序号
        主要工作举措
        牵头单位
        配合单位
        责任领导
        一、做大做强主导产业
        1
        加快构建现代化产业体系,推进一批重点项目建设。
        区工业和信息化局
        区发展改革局、区商务局
        王某某
        2
        推动再生资源项目签约落地。
        区商务局
        区自然资源分局、区生态环境分局
    """)
    assert _units(doc, "一.1")[:2] == (("区工业和信息化局",), ("区发展改革局", "区商务局"))
    assert _units(doc, "一.2")[:2] == (("区商务局",), ("区自然资源分局", "区生态环境分局"))


def test_brackets_listing_only_bodies_after_each_sentence_of_a_paragraph_are_its_notes() -> None:
    # No key and no role word: (区金融办、区财政局。) after the sentence it charges, text going on.
    doc = _doc("""
        北京市朝阳区人民政府办公室关于印发2019年政务公开工作要点的通知
        各街道办事处、地区办事处,区政府各委、办、局:
        现将《2019年政务公开工作要点》印发给你们,请认真贯彻落实。
        北京市朝阳区人民政府办公室
        2019年4月2日
        一、着力加强重点工作信息公开
        (一)围绕民生关注事项做好信息公开。定期公开融资担保公司名录。(区金融办、区财政局。)持续公开扬尘污染管控情况。(区生态环境局、区水务局。)
        (二)围绕疏解整治做好信息公开。公开拆除违法建设情况。(区城管委、区住房城乡建设委)
    """)
    assert _units(doc, "一.(一)")[2] == ("区金融办", "区财政局", "区生态环境局", "区水务局")
    assert _units(doc, "一.(二)")[2] == ("区城管委", "区住房城乡建设委")


def test_posts_of_the_river_chief_system_in_a_note_are_persons_not_units() -> None:
    doc = _doc("""
        云南省河湖长制办公室关于印发云南省河湖长制2025年度工作要点的通知
        云河湖长办〔2025〕2号
        各州、市河湖长制办公室:
        现将《云南省河湖长制2025年度工作要点》印发给你们,请认真贯彻落实。
        云南省河湖长制办公室
        2025年4月1日
        一、强化组织体系
        1.召开河湖长制年度相关会议。各级要通过召开总河湖长会议,及时部署相关工作。(责任单位:各级总河湖长、河湖长、河湖长制办公室)
    """)
    leads, supports, responsible = _units(doc, "一.1")
    assert leads + supports + responsible == ("河湖长制办公室",)


def test_a_lead_note_you_x_qiantou_shishi_on_a_section_heading_names_its_lead() -> None:
    # (由X牵头实施) glued to a section heading: 由 before the lead, 实施 after its role word.
    doc = _doc("""
        江苏省人民政府关于印发进一步推动经济高质量发展若干政策的通知
        苏政发〔2024〕3号
        各市、县(市、区)人民政府,省各委办厅局,省各直属单位:
        现将《关于进一步推动经济高质量发展的若干政策》印发给你们,请认真贯彻执行。
        江苏省人民政府
        2024年1月18日
        一、扩大有效投资政策(由省发展改革委牵头实施)
        (一)发挥重大项目带动作用。安排省预算内投资。
        二、科技创新政策(省科技厅牵头实施)
        (一)支持企业研发。
    """)
    assert _units(doc, "一")[0] == ("省发展改革委",)
    assert _units(doc, "二")[0] == ("省科技厅",)


def test_a_date_that_lost_its_year_month_day_under_an_attachment_line_is_the_signing_date() -> None:
    doc = _doc("""
        您现在的位置:首页 » 省内政策
        发布时间:2022-03-28
        各省辖市人民政府、省直有关单位:
          现将《湖北省营商环境优化提升行动方案(2022版)》印发给你们,请认真贯彻落实。
          附件:湖北省营商环境优化提升总体方案
                                                                   202235
        附件
        湖北省营商环境优化提升总体方案
        一、总体要求
        (一)指导思想。
    """)
    assert doc.date == "2022-03-05"


def test_an_attached_plan_whose_title_is_broken_and_followed_by_its_preamble_is_a_sub_plan() -> None:
    doc = _doc("""
        各县(市)区人民政府,市政府各部门:
        《2025年市〈政府工作报告〉任务分解和责任分工方案》已经市政府常务会议审议通过,现印发给你们,请认真贯彻落实。
        一、各县(市)区、各部门要切实把思想和行动统一到市委、市政府决策部署上来。
        二、各部门主要负责同志要靠前指挥、亲力亲为。
        营口市人民政府
        2025年1月25日
        (此件公开发布)
        2025年市《政府工作报告》任务分解
        和责任分工方案
        2025年市《政府工作报告》经市人民代表大会审议通过。为做好今年政府工作,制定本方案。
        一、今年经济社会发展的主要预期目标
        1.地区生产总值增长6%。
    """)
    assert [m.path for m in doc.measures] == ["一", "二", "P1", "P1.一", "P1.一.1"]


def test_item_one_after_the_points_heading_sentence_of_a_line_split_after_its_notes_is_an_item() -> None:
    doc = _doc("""
        上海市闵行区人民政府关于印发2018年闵行区政务公开工作要点的通知
        各镇人民政府,各街道办事处,区政府各委、办、局:
        现将《2018年闵行区政务公开工作要点》印发给你们,请认真按照执行。
        上海市闵行区人民政府
        2018年5月30日
        一、加强品牌建设信息公开
        (一)推进品牌建设相关信息公开。1.制定发布三年行动计划,提升感受度。(责任单位:区发改委)2.做好网上预约功能的推介。(责任单位:区民政局)
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
    assert _units(doc, "一.(一).1")[2] == ("区发改委",)


def test_a_news_leads_province_short_name_before_a_city_is_no_part_of_the_issuers_name() -> None:
    doc = _doc("""
        近日,湖南株洲市人民政府发布《株洲市碳达峰实施方案》,方案指出,“十四五”期间,全市产业结构明显优化。
        株洲市碳达峰实施方案
        为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策,结合我市实际,制定本方案。
        一、总体要求
        (一)指导思想。
    """)
    assert doc.issuers == ("株洲市人民政府",)


def test_a_text_written_for_the_autonomous_regions_own_circumstances_is_provincial() -> None:
    doc = _doc("""
        为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》精神,全面建设法治政府,结合自治区实际,制定本方案。
        一、健全政府机构职能体系
        (一)推进政府机构职能优化协同高效
        继续优化政府组织结构,进一步理顺自治区政府各部门职责关系。
        (二)深入推进简政放权
    """)
    assert doc.level == "provincial"
