"""Classes of misses met in eval58 and eval59 (retired to development in the twenty-sixth session's middle) and in
dev/, each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units


def test_a_news_pages_original_title_label_is_no_part_of_the_title() -> None:
    doc = _doc("""
        鹤壁市数字乡村发展五年规划(2019-2023年)_建设

        鹤壁市农业农村局 2021-07-14 阅读量 887

          原标题:鹤壁市数字乡村发展五年规划(2019-2023年)

          来源: 鹤壁市农业农村局

          为提升鹤壁农业生产智能化水平,加快推进数字乡村建设,制定本规划。

        一、总体要求
    """)
    assert doc.title == "鹤壁市数字乡村发展五年规划(2019-2023年)"


def test_a_metadata_rows_category_ending_in_wen_jian_is_no_red_header_and_a_prefectures_office_is_named_in_full() -> None:
    doc = _doc("""
        当前位置:首页 > 信息公开 > 详情
        名 称 关于印发和田地区职业技能提升行动实施方案的通知
        索引号 DD001-2019-00183
        主题分类 劳动、人事、监察 体裁分类 通知
        文 号 和行办发〔2019〕50号 发布机构 行署办公室
        生成日期 2019-10-11 分类 行署办公室文件
        内容概述

        关于印发和田地区职业技能提升行动实施方案的通知

        各县(市)人民政府,行署有关部门,地直有关单位:

        《和田地区职业技能提升行动实施方案》已经行署常务会议研究通过,现印发你们,请认真抓好贯彻落实。

        一、总体要求
    """)
    assert doc.issuers == ("和田地区行政公署办公室",)
    assert doc.region == "和田地区"


def test_a_collective_of_platforms_and_towns_is_one_unit_kept_whole() -> None:
    doc = _doc("""
        某区2022年重点工作任务分解表
        序号

        重点工作

        牵头单位

        主要参与单位

        一、在做强发展引擎上大抓落实

        1

        加强产学研协同,支持企业联合攻关关键核心技术。

        区科技局

        区财政局,各平台、镇街

        2

        深化政务公开,推动政务服务提质。

        区政府办

        各街镇、园区
    """)
    assert "各平台、镇街" in units(doc, "一.1")[1]
    assert units(doc, "一.2")[1] == ("各街镇、园区",)


def test_a_title_about_government_websites_broken_over_lines_and_a_campaigns_group_keep_their_words() -> None:
    doc = _doc("""
        简体版|繁体版
        无障碍

        数字湖北建设领导小组办公室关于印发
        湖北省政府网站与政务新媒体
        提质增效实施方案的通知
        (鄂数办发〔2023〕23号)

        发布日期: 2023-08-21 15:53

        各市、县人民政府,省人民政府各组成部门:

        现将《湖北省政府网站与政务新媒体提质增效实施方案》印发给你们,请认真贯彻执行。
    """)
    assert doc.title == "关于印发湖北省政府网站与政务新媒体提质增效实施方案的通知"
    assert doc.issuers == ("数字湖北建设领导小组办公室",)


def test_a_notice_run_on_with_no_space_at_all_is_cut_at_its_addressees_and_its_glued_signing_date() -> None:
    doc = _doc("""
        某区招商引资

        招商政策

        投资流程

        优惠政策

        天津市西青区人民政府关于印发天津市西青区民政事业发展“十四五”规划等3个专项规划的通知(1.民政篇)

        政策
        发布部门:天津市西青区人民政府 发布时间:2021年12月02日 有效性:有效
        天津市西青区人民政府关于印发天津市西青区民政事业发展“十四五”规划等3个专项规划的通知各镇人民政府、街道办事处,各委、办、局,各直属单位:《天津市西青区民政事业发展“十四五”规划》、《天津市西青区应急管理“十四五”规划》、《天津市西青区市场监管“十四五”规划》已经2021年9月15日区政府第115次常务会议审议通过,现印发给你们,请照此执行。天津市西青区人民政府2021年11月29日天津市西青区民政事业发展“十四五”规划“十四五”时期是我区深度融入京津冀协同发展的重要战略机遇期,为推动民政事业高质量发展,根据国家、天津市有关规划,结合我区民政工作实际,制定本规划。第一章 发展基础和面临形势
    """)
    assert doc.date == "2021-11-29"
    assert doc.title == "关于印发天津市西青区民政事业发展“十四五”规划等3个专项规划的通知"


def test_a_bundles_part_label_and_a_traditional_validity_tag_after_the_title_are_no_part_of_it() -> None:
    part = _doc("""
        西青区政府  >  政务公开  >  政策文件  >  区政府
        名    称 :
        天津市西青区人民政府关于印发天津市西青区文化和旅游融合“十四五”规划等9个专项规划的通知 (7.杨柳青镇篇)
        索   引  号 :
        11120223000200715W/2022-00084
        发 布 机 构 :
        天津市西青区人民政府
    """)
    assert part.title == "关于印发天津市西青区文化和旅游融合“十四五”规划等9个专项规划的通知"
    valid = _doc("""
        名 稱:天津市西青區人民政府關于印發西青區穩住經濟的一攬子政策措施實施方案的通知(現行有效)
        索 引 號:11120111MB1H93000A/2022-00073
        發布機構:天津市西青區人民政府
    """)
    assert valid.title == "關于印發西青區穩住經濟的一攬子政策措施實施方案的通知"


def test_an_outlines_title_broken_after_its_place_or_before_its_second_half_is_joined() -> None:
    place = _doc("""
        鹤壁市淇滨区
        国民经济和社会发展第十四个五年规划和2035年远景目标纲要
        (2021年2月28日淇滨区第一届人民代表大会第六次会议通过)
        前 言
    """)
    assert place.title == "鹤壁市淇滨区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    half = _doc("""
        (河南省)鹤壁市淇县国民经济和社会发展十四五规划(2022年更新)
        淇县国民经济和社会发展第十四个五年规划
        和二 〇 三五年远景目标纲要
        (县十七届人大六次会议审议通过)
        第一篇继往开来 凝聚新时代新共识
    """)
    assert half.title == "淇县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    labelled = _doc("""
        标题:淇县国民经济和社会发展第十四个五年规划纲要
        索引号:00821970-1/2021-00240 分 类:综合政务 发文机关:淇县发展和改革委员会 成文日期:2021年
        第十四个五年规划纲要
        (2021年1月17日淇县第十五届人民代表大会第七次会议通过)
        “十四五”时期是我国全面建设社会主义现代化国家新征程的第一个五年。
    """)
    assert labelled.title == "淇县国民经济和社会发展第十四个五年规划纲要"


def test_a_tables_star_before_a_unit_and_a_collective_of_special_districts_are_read() -> None:
    doc = _doc("""
        某市人民政府关于进一步做好新形势下就业创业工作的实施意见
        一、推动创业
        1.鼓励其他人员投身创业。鼓励失业人员自立自强自主创业。(牵头单位:市人力资源社会保障局;责任单位:各县、特区、区人民政府,各经济开发区管委会等)
        2.优化创业环境。加快商事制度改革。(责任单位:★区发改委、统计局)
    """)
    assert units(doc, "一.1") == (("市人力资源社会保障局",), ("各县、特区、区人民政府", "各经济开发区管委会"), ())
    assert units(doc, "一.2")[2] == ("区发改委", "统计局")


def test_a_governments_short_form_as_the_only_issuer_is_named_in_full() -> None:
    doc = _doc("""
        市政府关于印发鹤壁市促进就业若干措施的通知
        鹤政〔2020〕3号
        各县区人民政府,市政府各部门:
        现将《鹤壁市促进就业若干措施》印发给你们,请认真贯彻执行。
        一、稳定就业岗位
    """)
    assert doc.issuers == ("鹤壁市人民政府",)


def test_a_table_a_row_a_line_is_read_as_rows_not_cut_as_text_that_lost_its_layout() -> None:
    doc = _doc("""
        序号 | 内容与要求 | 完成情况 | 责任单位 |
        1 | 坚持稳中求进,加强季度、月度数据监测,确保地区生产总值增长7%左右。 | 全年GDP预计增长4.5%左右。 | 市发改委 |
        2 | 持续推进重大项目攻坚,确保固定投资增速高于经济增速;建立市县长项目协调机制。 | 全市固定资产投资增长6.7%。 | 市发改委 |
    """)
    assert [m.path for m in doc.measures] == ["1", "2"]
    assert units(doc, "2")[2] == ("市发改委",)


def test_a_news_headline_reporting_a_plan_does_not_make_it_a_bundle_of_two() -> None:
    doc = _doc("""
        河南发布全面推进数字政府建设三年行动实施方案
        近日,河南省人民政府印发《全面推进河南数字政府建设三年行动实施方案(2021—2023年)》。全文如下。
        全面推进河南数字政府建设三年行动实施方案
        (2021—2023年)
        为加快数字政府建设,推动政府治理流程再造和模式优化,制定本方案。
        一、总体思路
        (一)指导思想。
        以习近平新时代中国特色社会主义思想为指导。
        (二)基本原则。
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]
