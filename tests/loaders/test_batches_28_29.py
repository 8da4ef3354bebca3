"""Classes of misses met in dev batches 28 and 29 (thirteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_an_attachments_file_name_is_its_title_not_an_item() -> None:
    """2.某市…规划.pdf atop a PDF's text: the title, without its number and suffix; no item 2."""
    doc = _doc("""
        2.大连市新旧动能转换重大工程实施规划.pdf
        大连市新旧动能转换重大工程实施规划 实施新旧动能转换重大工程,是推进转型发展的重大举措。
        一、总体要求
        （一）指导思想。坚持新发展理念。
        """)
    assert doc.title == "大连市新旧动能转换重大工程实施规划"
    assert [m.path for m in doc.measures if m.kind != "plan"] == ["一", "一.(一)"]


def test_a_plans_title_broken_over_two_lines_with_a_blank_between() -> None:
    """某区…第十四个 / (blank) / 五年规划和二〇三五年远景目标纲要: one title."""
    doc = _doc("""
        [规划计划] 发表于:2022-08-03 17:12:51
        收藏
        前言
        大连市甘井子区国民经济和社会发展第十四个

        五年规划和二〇三五年远景目标纲要
        大连市甘井子区人民政府
        2021年5月17日
        一、发展基础
        """)
    assert doc.title == "大连市甘井子区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_two_character_county_inside_words_is_no_mention() -> None:
    """完成县妇幼保健院 names no 成县 (a county of 甘肃): the region is left open, not guessed."""
    doc = _doc("""
        一、民生实事任务分解表
        1.完成县妇幼保健院主体工程建设,完成县城北学校主体建设。
        2.完成县人民医院改扩建。
        """)
    assert doc.region is None


def test_a_table_of_tasks_and_requirements_with_units_set_apart_by_spaces() -> None:
    """序号 | 具体工作任务和要求 | 责任领导 | 责任单位 |: a task table; a cell 县教体局 各相关乡镇政府 is two units."""
    doc = _doc("""
        一、10件民生实事任务分解表
        序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |
        1 | 推动义务教育基本均衡向优质均衡发展,完成县二中迁建项目和城北学校主体建设,增加义务教育学位5000个。 | 张三 | 县教体局 各相关乡镇政府 | 二中完成项目建设,实现秋季开学,新增义务教育学位5500个。 |
        2 | 推进县域综合医改试点、紧密型医共体建设试点工作,完成县妇幼保健院主体工程建设。 | 李四 | 县卫健委 | 县妇保院完成第一期基础部分验收,门诊综合保健大楼封顶。 |
        3 | 提升幼教服务水平,启动中心幼儿园改扩建,扩充公办幼儿园学位至1800个。 | 张三 | 县教体局 各相关乡镇政府 | 中心幼儿园改扩建已完成主体工程。 |
        4 | 实施城乡供水一体化工程,新增农村集中供水人口2万人。 | 王五 | 县水利局 | 已完成管网铺设。 |
        """)
    by_path = {m.path: m for m in doc.measures}
    assert by_path["一.1"].responsible == ("县教体局", "各相关乡镇政府")
    assert by_path["一.2"].responsible == ("县卫健委",)


def test_a_metadata_label_alone_on_its_line_is_no_addressee() -> None:
    """• 发布单位: / 县政府办 (a label, its value below): the title printed further down is read."""
    doc = _doc("""
          • 文号:
            开政办发〔2023〕47号
          • 发布单位:
            县政府办
          • 有效性:
            有效
        开化县人民政府办公室关于印发《开化县养老服务实施办法》的通知
        各乡(镇)人民政府、街道办事处,县级机关各单位:
        现印发给你们,请认真组织实施。
        一、总体要求
        """)
    assert doc.title == "关于印发《开化县养老服务实施办法》的通知"
    assert doc.issuers == ("开化县人民政府办公室",)


def test_a_category_tag_before_a_headlines_issuers() -> None:
    """“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发《…》的通知: the two offices issue."""
    doc = _doc("""
        “党政混合信息公开” 中共徐汇区委办公室 徐汇区人民政府办公室印发《徐汇区三年行动计划》的通知
        一、总体要求
        """)
    assert doc.issuers == ("中共徐汇区委办公室", "徐汇区人民政府办公室")


def test_a_bundled_plan_whose_title_cites_with_angle_brackets() -> None:
    """现将《〈政府工作报告〉…分工方案》《…》印发: the plan headed 《政府工作报告》…分工方案 is P1."""
    doc = _doc("""
        某市人民政府办公室关于印发《〈政府工作报告〉重点工作任务分工方案》《统筹做好疫情防控和经济社会发展工作责任分工方案》的通知
        各区县人民政府,市级各部门:
        《〈政府工作报告〉重点工作任务分工方案》《统筹做好疫情防控和经济社会发展工作责任分工方案》已经市政府同意,现印发给你们。
        某市人民政府办公室
        2020年3月9日
        《政府工作报告》重点工作任务分工方案
        一、推动文化旅游融合发展
        1.擦亮世界遗产招牌。
        """)
    assert [m.path for m in doc.measures if m.path.startswith("P")] == ["P1", "P1.一", "P1.一.1"]


def test_a_news_reports_named_document_before_its_first_lines_of_figures() -> None:
    """Target figures open the article, its lead names the document issued: that is the title."""
    doc = _doc("""
        地区生产总值增长5%左右
        固定资产投资总额增长5%以上
        ……
        近日,九龙坡区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案,共细分出171项目标任务。
        一、主要目标
        """)
    assert doc.title == "2023年区政府工作报告重点工作目标任务分解"
