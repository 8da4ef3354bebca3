"""What a review with fresh eyes found in the thirteenth session's rules, each kept by a test that
failed before its fix (made-up texts)."""

from __future__ import annotations

from policy_cascades.loaders.gazetteer import gazetteer
from tests.loaders.made_up import parse as _doc
from tests.loaders.timing import at_most


def test_a_news_lead_in_the_body_completes_no_issuer() -> None:
    """近日，某自治区人民政府办公室印发了… under the addressees is the forwarded document's issuer:
    the placeless 区人民政府办公室 of the header stays the district's."""
    doc = _doc("""
        区人民政府办公室关于转发加快发展数字经济若干措施的通知
        青政办发〔2022〕8号
        各镇人民政府，各街道办事处，区直各部门：
        近日，广西壮族自治区人民政府办公室印发了《加快发展数字经济若干措施》，现转发给你们，请认真贯彻执行。
        一、加强数字基础设施建设。（区工信局牵头）
        二、推进产业数字化。
        2022年5月6日
        """)
    assert doc.issuers == ("青秀区人民政府办公室",)
    assert (doc.level, doc.region) == ("county", "青秀区")


def test_a_districts_number_on_its_own_page_keeps_the_district() -> None:
    """深南教 (the city's character, then the district's) on 南山区's page: 南山区's document."""
    doc = _doc("""
        索引号：11440305MB2C12345X/2021-00012
        关于做好2021年义务教育招生工作的通知
        深南教〔2021〕5号
        各中小学：
        一、加强招生管理。
        二、规范招生程序。
        2021年3月5日
        """)
    assert (doc.level, doc.region) == ("county", "深圳市南山区")


def test_a_columns_name_above_a_blank_line_is_no_part_of_the_title() -> None:
    """巩固拓展脱贫攻坚成果专题 / (blank) / 鄢陵县2021年…实施方案: the title opens with its place."""
    doc = _doc("""
        巩固拓展脱贫攻坚成果专题

        鄢陵县2021年巩固拓展脱贫攻坚成果实施方案
        鄢政办发〔2021〕3号
        各乡镇人民政府，县直各部门：
        一、总体要求
        """)
    assert doc.title == "鄢陵县2021年巩固拓展脱贫攻坚成果实施方案"


def test_a_breadcrumbs_column_name_cites_nothing() -> None:
    """首页 > 政务公开 > 重点工作落实 > 政策文件 某办公室关于…的通知 on one line: 落实 is a column's
    name, not a citing verb; the notice's title is read."""
    doc = _doc("首页 > 政务公开 > 重点工作落实 > 政策文件 岳阳市人民政府办公室关于印发岳阳市稳就业若干措施的通知 "
               "岳政办发〔2021〕5号 各县市区人民政府，市直各单位： 一、加强就业服务。（市人社局负责） 二、强化技能培训。 "
               "岳阳市人民政府办公室 2021年3月5日")
    assert doc.title == "关于印发岳阳市稳就业若干措施的通知"


def test_headings_that_name_a_split_plan_are_sections_not_a_bundle() -> None:
    """二、制定责任分工方案 / 三、完善任务分解方案 are sections with their items and notes."""
    doc = _doc("""
        关于做好2021年重点工作落实的通知
        某政办发〔2021〕3号
        各乡镇人民政府，县直各部门：
        一、明确工作任务
        （一）梳理年度重点任务。（县发展改革局负责）
        二、制定责任分工方案
        （一）细化工作责任。（县政府办负责）
        （二）建立工作台账。
        三、完善任务分解方案
        （一）分解到月。（县财政局负责）
        四、加强督查考核
        （一）定期通报。（县督查室负责）
        某县人民政府办公室
        2021年3月5日
        """)
    by_path = {m.path: m for m in doc.measures}
    assert [p for p in by_path if not p.startswith("P")] == list(by_path)
    assert by_path["四.(一)"].responsible == ("县督查室",)


def test_a_two_character_county_after_a_function_word_is_named() -> None:
    """赴岷县, 关于成县, 支持和县: the county, named after a word that leads to a place."""
    places = gazetteer()
    assert places.mentions("赴岷县考察") == {"岷县": 1}
    assert places.mentions("关于成县的工作") == {"成县": 1}
    assert "和县" in places.mentions("支持和县发展")


def test_a_number_without_its_opening_bracket_needs_its_kind_word() -> None:
    """截至2021）3 alone on a line is no 文号; 某人社发2021〕7 is."""
    doc = _doc("""
        关于做好高校毕业生就业工作的通知
        截至2021）3
        各设区市人力资源社会保障局:
        一、总体要求
        """)
    assert doc.doc_number is None


def test_a_page_padded_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """一、… then 20,000 spaces or tabs (a PDF's padded gap): 800 spaces took 5 s before, when three
    patterns of the one-line reader and the header's seal pattern tried every start in the run;
    a fraction of a second now."""
    with at_most(20):
        for pad in (" ", "\u3000", "\t", " \t"):
            doc = _doc("一、加强就业服务推进重点群体就业" + pad * 20000 + "推进。")
            assert [m.path for m in doc.measures] == ["一"]


def test_a_markdown_tables_rule_is_no_row() -> None:
    """| --- | :---: | under the header row of a task table: no item 1 led by '---'."""
    doc = _doc("""
        关于印发重点任务分工的通知
        | 序号 | 工作任务 | 牵头单位 |
        | --- | :---: | ---: |
        | 1 | 落实稳岗返还政策。 | 县人社局 |
        | 2 | 加大创业担保贷款贴息。 | 县财政局 |
        """)
    assert [(m.path, m.leads) for m in doc.measures] == [("1", ("县人社局",)), ("2", ("县财政局",))]
