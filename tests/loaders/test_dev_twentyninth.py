"""Classes of misses met in the dev batches and retired sets of the twenty-ninth session, each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_portals_name_atop_the_page_gives_way_to_the_office_the_title_names() -> None:
    # the county portal's name on the page's first line, the title's prefix and the signature its office
    doc = _doc("""
        某某县人民政府


        某某县人民政府办公室关于印发《某某县职业病防治规划(2016—2020年)》的通知
        发布时间:2020-04-12    来源:某某信息公开

        各乡(镇)人民政府,县政府有关部门:
        《某某县职业病防治规划(2016—2020年)》已经县政府研究同意,现印发给你们,请认真贯彻执行。
                                                  某某县人民政府办公室
                                                    2018年1月17日
        某某县职业病防治规划
        一、总体目标
        到2020年,建立健全职业病防治工作格局。
        """)
    assert doc.issuers == ("某某县人民政府办公室",)


def test_a_government_above_its_own_title_stays_its_issuer() -> None:
    doc = _doc("""
        某某县人民政府
        关于印发某某县职业病防治规划的通知
        各乡(镇)人民政府,县政府有关部门:
        现印发给你们,请认真贯彻执行。
        某某县人民政府
        2018年1月17日
        一、总体目标
        到2020年,建立健全职业病防治工作格局。
        """)
    assert doc.issuers == ("某某县人民政府",)


def test_a_run_of_numeral_characters_that_names_no_number_is_no_outline_label() -> None:
    # a page whose punctuation was scrambled prints the plan's name 十三五 before a 、; 十二、 is a label
    doc = _doc("""
        某某市人民政府办公厅关于印发某某市地质灾害防治规划的通知
        各县(区、市)人民政府:
        现将规划印发给你们,请认真贯彻落实。
        某某市人民政府办公厅
        2018年9月6日
        十三五、期间全市共发生地质灾害4起,直接经济损失287万元。
        十一、加强监测预警
        完善群测群防体系。
        十二、强化资金保障
        加大财政投入。
        """)
    assert [(m.path, m.heading) for m in doc.measures] == [("十一", "加强监测预警"), ("十二", "强化资金保障")]


def test_the_portal_gives_way_to_its_office_named_with_its_citys_name_or_jointly_but_not_when_it_signs() -> None:
    def issuers(portal: str, title: str, signed: str) -> tuple[str, ...]:
        return _doc(f"""
            {portal}
            {title}关于印发某某区稳就业工作方案的通知
            各街道办事处,区政府各部门:
            现印发给你们,请认真贯彻执行。
            {signed}
            2020年5月6日
            一、总体要求
            全力稳住就业基本盘。
            """).issuers

    assert issuers("某某区人民政府", "某某市某某区人民政府办公室", "某某市某某区人民政府办公室") == ("某某市某某区人民政府办公室",)
    assert issuers("中共某某区委 某某区人民政府", "中共某某区委办公室 某某区人民政府办公室",
                   "中共某某区委办公室 某某区人民政府办公室") == ("中共某某区委办公室", "某某区人民政府办公室")
    # the government signs: the portal's name is the issuer's, whatever the title prints
    assert issuers("某某区人民政府", "某某区人民政府办公室", "某某区人民政府") == ("某某区人民政府",)


def test_a_label_glued_after_a_heading_that_ends_in_a_numeral_word_is_still_read() -> None:
    # a page with no line breaks: 二、…动态清零三、… (清零 ends with a numeral character)
    doc = _doc("某县人民政府办公室关于印发根治欠薪工作方案的通知 各乡镇人民政府: 现印发给你们。一、工作目标实现动态清零。"
               "二、实现欠薪动态清零三、完善工资支付保障制度（一）建立台账。（二）加强监管。四、强化组织领导")
    assert [m.path for m in doc.measures] == ["一", "二", "三", "三.(一)", "三.(二)", "四"]


def test_a_disclosure_tables_row_is_no_title_and_its_short_office_with_we_district_place_a_progress_table() -> None:
    # a 浙江-style disclosure table (备注/文号 a cell's label, 区府办 the publisher), the table's title under 附件,
    # a district that speaks of itself as 我区 and ranks itself 全市第8位
    doc = _doc("""
        信息索引号 K0000000-6/2022-00001 公开方式 主动公开
        发布机构 区府办 公开范围 面向全社会
        备注/文号 公开时限 长期公开
        生成日期 2022-10-25 发布日期 2022-10-25
        附件
        2022年三季度某某区重点工作完成情况

        序号

        主要工作内容

        牵头单位

        累计完成情况

        1

        地区生产总值增长7%。

        区发改经信局

        1-9月,我区实现地区生产总值952亿元,增速列全市第8位。某某区生态环境分局配合。
        """, "mou.txt")
    assert doc.title == "2022年三季度某某区重点工作完成情况"
    assert doc.issuers == ("区人民政府办公室",)  # no place printed with it: completed where the region is known


def test_a_district_of_a_province_that_speaks_of_itself_as_we_district_stays_a_district() -> None:
    # named only in passing (a table's cells and a task), speaking of itself as 我区 and 全区, of its city's ranking as 全市
    doc = _doc("""
        2022年三季度重点工作完成情况
        1．地区生产总值增长7%。
        区发改经信局
        1-9月,我区实现地区生产总值952亿元,增速列全市第8位。
        2．空气质量持续改善。
        生态环境
        上城分局
        1-8月,上城区PM2.5平均浓度为32.8微克/立方米,全区河道断面达标。
        3．亚运筹办。
        完成杭州亚运会上城区任务书。
        """)
    assert (doc.region, doc.level) == ("上城区", "county")


def test_an_outline_approved_by_its_congress_is_dated_by_the_approval_line() -> None:
    # 十四五 outlines print the congress's 审查批准 (not only 通过 or 审议通过) under the title
    doc = _doc("""
        某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
        (2021年1月29日某某省第十三届人民代表大会第五次会议审查批准)
        第一章 开启全面建设社会主义现代化新征程
        第一节 发展基础
        “十三五”时期,全省经济实力跃上新台阶。
        """)
    assert doc.date == "2021-01-29"


def test_a_joint_signature_on_a_page_that_lost_characters_gives_both_bodies() -> None:
    doc = _doc("""
        ????各乡镇党委和人民政府,县委和县级国家机关各部委办局:
        现将《某某县殡葬改革实施方案》印发给你们,请结合实际认真贯彻落实。
        ?
        中共某某县委办公室????
        某某县人民政府办公室?公室
        ???????????????????2020年12月4日
        一、总体要求
        深化殡葬改革。
        """)
    assert doc.issuers == ("中共某某县委办公室", "某某县人民政府办公室")


def test_an_encyclopedia_pages_infobox_and_contents_are_no_part_of_the_title() -> None:
    # a 百科 page: an infobox (印发机关, 印发日期, 发文字号), its contents line and section name 印发信息, then the notice
    doc = _doc("""
        某某省耕地保护总体规划(2021—2025年)
        基本介绍
          • 中文名:某某省耕地保护总体规划(2021—2025年)
          • 印发机关:某某省人民政府
          • 印发日期:2022年5月12日
          • 发文字号:某政发〔2022〕8号
        印发信息,规划全文,内容解读,

        印发信息

        某某省人民政府关于印发某某省耕地保护总体规划(2021-2025年)的通知
        某政发〔2022〕8号
        各市(州)人民政府,省政府各厅委办:
          现将规划印发给你们,请认真贯彻执行。
          某某省人民政府
          2022年5月12日
        """)
    assert doc.title == "关于印发某某省耕地保护总体规划(2021-2025年)的通知"


def test_a_keyed_note_inside_a_sentence_after_a_comma_gives_its_units() -> None:
    # a progress circular: each project, its lead after a comma, then how it goes
    doc = _doc("""
        某某市民生工程实施进度通报
        一、部分项目进展情况
        1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为某某县。
        2、棚户区改造,牵头部门:市住建委、市财政局。新开工进度较慢。
        3、城乡困难群体法律援助,牵头部门要加强督导。全市未完成援助任务。
        """)
    assert [(m.path, m.heading, m.leads) for m in doc.measures] == [
        ("一", "部分项目进展情况", ()), ("一.1", "农村道路畅通工程", ("市交通局",)),
        ("一.2", "棚户区改造", ("市住建委", "市财政局")), ("一.3", "城乡困难群体法律援助,牵头部门要加强督导", ())]


# Mended from a second review with fresh eyes (made-up pages against the rules above).

def test_an_items_text_goes_on_after_a_keyed_note_inside_its_sentence() -> None:
    doc = _doc("""
        某某市民生工程实施进度通报
        一、部分项目进展情况
        1、农村道路畅通工程,牵头部门:市交通局;配合单位:市财政局。
        截至9月底,全市完成投资3亿元,进度较慢的为某某县。
        2、棚户区改造,牵头部门:市住建委。新开工较慢。
        """)
    road = doc.measures[1]
    assert (road.leads, road.supports) == (("市交通局",), ("市财政局",))
    assert road.text == "农村道路畅通工程。截至9月底,全市完成投资3亿元,进度较慢的为某某县。"


def test_a_title_may_open_with_yinfa_xinxi_when_it_is_no_section_name() -> None:
    doc = _doc("""
        某某省人民政府印发信息化和工业化深度融合专项行动方案的通知
        各市人民政府,省政府各部门:
        现印发给你们,请认真贯彻执行。
        一、总体要求
        加强统筹。
        """)
    assert (doc.title, doc.issuers) == ("印发信息化和工业化深度融合专项行动方案的通知", ("某某省人民政府",))


def test_a_lead_naming_the_issuer_beats_the_sites_publisher() -> None:
    doc = _doc("""
        发布机构 区府办 公开范围 面向全社会
        近日,中共某某区委、某某区人民政府印发《某某区优化营商环境行动方案》,全文如下。
        某某区优化营商环境行动方案
        一、总体要求
        优化营商环境。
        """)
    assert doc.issuers == ("中共某某区委", "某某区人民政府")


def test_a_glued_label_after_a_word_ending_in_yi_is_read_and_a_word_after_a_lost_character_kept() -> None:
    doc = _doc("某县人民政府关于印发改革方案的通知 一、总体要求 我县是全省改革试点县之一二、主要任务（一）加强统筹。"
               "（二）强化保障。三、保障措施")
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)", "二.(二)", "三"]


def test_a_body_alone_atop_the_page_gives_way_to_a_joint_signature_naming_more() -> None:
    # the first line of an excerpt that starts inside the addressees (各大功能区管委), the Party and the government sign
    doc = _doc("""
        各大功能区管委
        各镇人民政府,各街道办事处,区政府各部门:
        《某某区人民政府工作规则》已经研究同意,现印发给你们,请认真贯彻执行。
        中共某某区委
        某某区人民政府
        2022年3月1日
        一、总则
        为规范政府工作,制定本规则。
        """)
    assert doc.issuers == ("中共某某区委", "某某区人民政府")


def test_a_decimal_heading_may_open_with_a_roman_grade() -> None:
    # an emergency plan's grading: 1.3.1 Ⅰ级(特别重大), a heading that opens with a Roman numeral
    doc = _doc("""
        某某市突发地质灾害应急预案
        1 总则
        1.1编制目的
        有效防范地质灾害。
        1.2地质灾害险情和灾情分级标准
        按危害程度划分为四级。
        1.2.1 Ⅰ级(特别重大)
        需搬迁转移人数在1000人以上。
        1.2.2 Ⅱ级(重大)
        需搬迁转移人数在500人以上。
        """)
    assert [m.path for m in doc.measures] == ["1", "1.1", "1.2", "1.2.1", "1.2.2"]
