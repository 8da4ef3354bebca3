"""Classes of misses met in dev batches 81 and 82 (twenty-second session), each shown on a made-up text that names
other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units

TABLE = """
    峨眉山市人民政府办公室关于印发茶产业发展任务责任清单的通知
    峨府办函〔2024〕7号
    各乡镇人民政府、街道办事处,市级有关部门:
    现将《峨眉山市茶产业发展任务责任清单》印发给你们,请认真贯彻执行。
    峨眉山市人民政府办公室
    2024年3月5日
    峨眉山市茶产业发展任务责任清单
    序号 |
    工作任务 |
    具体举措 |
    责任单位 |
    1 |
    提升茶园 质效 |
    改造低产茶园1万亩以上。 |
    市农业农村局、市林业局;各乡镇人民政府、街道办事处。(分号前为牵头单位,下同) |
    2 |
    培育茶叶 品牌 |
    打造区域公用品牌。 |
    市商务局;市市场监管局 |
"""


def test_a_table_printed_one_cell_a_line_each_closed_by_a_bar_gives_its_rows_as_items() -> None:
    doc = _doc(TABLE)
    assert [m.path for m in doc.measures] == ["1", "2"]


def test_the_rule_that_units_before_a_semicolon_lead_makes_them_leads_and_the_rest_supports() -> None:
    doc = _doc(TABLE)
    assert _units(doc, "1") == (("市农业农村局", "市林业局"), ("各乡镇人民政府", "街道办事处"), ())
    assert _units(doc, "2") == (("市商务局",), ("市市场监管局",), ())


def test_without_the_rule_a_semicolon_parts_nothing() -> None:
    doc = _doc(TABLE.replace("(分号前为牵头单位,下同)", ""))
    assert _units(doc, "2") == ((), (), ("市商务局", "市市场监管局"))


def test_a_mirrors_mark_scattered_after_words_and_inside_labels_is_dropped() -> None:
    doc = _doc("""
        各市@@人民政府@@,各县@@(市@@、区@@)人民政府@@,省政府各部门@@:
          《江苏省城市@@更新行动实施方案@@》已经省政府同意@@,现印发给你们@@,请认真贯彻执行@@。
          江苏省人民政府@@办公厅@@
          2023年@@11月@@2日@@
        江苏省城市@@更新行动实施方案@@
          一@@、总体要求@@
          坚持以人民为中心@@。
          二@@、主要任务@@
          (一@@)老旧片区改造@@。推进改造@@。
    """)
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)"]
    assert doc.issuers == ("江苏省人民政府办公厅",)
    assert doc.date == "2023-11-02"


def test_a_table_of_contents_the_body_starts_again_right_under_is_no_outline() -> None:
    # No line apart from headings between the contents and the body's restart at its first heading.
    doc = _doc("""
        宁政办发〔2021〕60号
        各市、县(区)人民政府,自治区政府各部门:
        经自治区人民政府同意,现将《宁夏回族自治区“十四五”应对气候变化规划》印发给你们,请认真贯彻落实。
        2021年10月18日
        宁夏回族自治区“十四五”应对气候变化规划
        目 录
        第一章 现状与形势
        第一节 工作成效
        第二节 面临形势
        第二章 主要目标
        第一节 指导思想
        第一章 现状与形势
        第一节 工作成效
        “十三五”以来,自治区扎实推进应对气候变化工作。
    """)
    assert [m.path for m in doc.measures] == ["第一章", "第一章.第一节"]


def test_a_signature_whose_date_lost_its_year_entirely_still_names_the_issuer() -> None:
    # 11月23日 right under the body's name: no year is printed anywhere, so the date stays open.
    doc = _doc("""
        各县(市、区)人民政府,市政府有关部门:
        《邢台市防震减灾“十三五”规划》已经市政府常务会议研究通过,现予印发,请认真贯彻落实。
        邢台市人民政府办公室
        11月23日
        邢台市防震减灾“十三五”规划
        一、防震减灾工作现状
        (一)近年来工作进展。
    """)
    assert doc.issuers == ("邢台市人民政府办公室",)
    assert doc.date is None


def test_a_project_table_of_cells_closed_by_bars_is_read_cell_by_column() -> None:
    # Each row opened by a bar alone, every cell printed: a 建设地点 cell of towns is no unit; the last
    # row, cut by the excerpt before its 责任单位 cell, names none.
    doc = _doc("""
        城固县人民政府关于印发城固县2024年十大民生实事项目的通知
        城政发〔2024〕6号
        各镇人民政府、街道办事处,县政府各工作部门:
        《城固县2024年十大民生实事项目》已经县人民代表大会表决通过,现印发给你们,请认真组织实施。
        城固县人民政府
        2024年3月20日
        附件:
        |
        城固县2024年十大民生实事项目清单 |
        ||||||
        |
        序号 |
        项目名称 |
        建设地点 |
        建设时间 |
        2024年建设内容 |
        年度投资金额 (万元) |
        责任单位 |
        |
        1 |
        城区学校基础设施提升改造项目 |
        相关镇 (街道) |
        2024 |
        对三所学校运动场地进行改造。 |
        300 |
        教体局 |
        |
        2 |
        农村公路安全防护工程 |
        原公镇 |
        2024 |
        实施防护工程31公里。 |
        800 |
        交通局 |
        |
        3 |
        职教中心分校区建设项目 |
        博望街道 |
    """)
    assert [m.path for m in doc.measures] == ["1", "2", "3"]
    assert [m.responsible for m in doc.measures] == [("教体局",), ("交通局",), ()]


def test_a_news_lead_names_a_plan_whose_period_prints_its_years_with_nian() -> None:
    doc = _doc("""
        日前,甘肃省政府办公厅印发了《甘肃省全民科学素质行动规划纲要实施方案(2021年—2025年)》,对“十四五”时期工作进行了全面部署。
        《方案》提出到2025年,各地各类人群科学素质发展不平衡问题明显改善。
        根据《方案》,我省将开展青少年科学素质提升行动。
        一、青少年科学素质提升行动
        (一)激发青少年好奇心。
    """)
    assert doc.title == "甘肃省全民科学素质行动规划纲要实施方案(2021年—2025年)"


def test_a_zone_of_a_municipality_is_county_level() -> None:
    doc = _doc("""
        长寿经开发〔2023〕5号
        重庆市长寿经开区管委会关于印发重庆市长寿经开区碳达峰实施方案的通知
        各街道办事处,管委会各部门,驻经开区有关单位:
        现将《重庆市长寿经开区碳达峰实施方案》印发给你们,请认真贯彻执行。
        长寿经开区管委会
        2023年5月26日
        一、总体要求
        (一)指导思想。坚持以人民为中心。
    """)
    assert doc.level == "county"


def test_a_table_read_by_column_that_ends_on_a_bare_row_number_gives_a_record() -> None:
    # The excerpt stops right after the next row's 序号 (a crash once, met on a held-out page).
    doc = _doc("""
        城固县人民政府关于印发城固县2024年民生实事项目的通知
        各镇人民政府、街道办事处,县政府各工作部门:
        《城固县2024年民生实事项目》已经县人民代表大会表决通过,现印发给你们,请认真组织实施。
        城固县人民政府
        2024年3月20日
        序号
        项目名称
        建设内容
        责任单位
        1
        城区学校基础设施提升改造项目
        对三所学校运动场地进行改造。
        教体局
        2
    """)
    assert [m.path for m in doc.measures] == ["1"]
    assert doc.measures[0].responsible == ("教体局",)


def test_a_stacked_table_of_livelihood_projects_is_a_task_table() -> None:
    doc = _doc("""
        渠县人民政府办公室关于对2016年民生实事进行重点督办的通知
        渠府办〔2016〕12号
        各乡镇人民政府、街道办事处,县级各部门:
        现将2016年民生实事目标任务分解表印发给你们,请认真抓好落实。
        渠县人民政府办公室
        2016年2月26日
        2016年民生实事目标任务分解表
        序号
        民生实事
        责任单位
        完成时限
        1
        新建2座人行天桥。
        县住建局
        2016年底
        2
        建成县残疾人综合服务中心。
        县残联
        2016年底
    """)
    assert [(m.path, m.responsible) for m in doc.measures] == [("1", ("县住建局",)), ("2", ("县残联",))]
