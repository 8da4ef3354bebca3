"""Classes of misses met in eval36/ and eval37/ once they were retired to development (twenty-second
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc

RULES = """
    湖北省农村人居环境整治责任制实施细则
    第一章 总 则
    第一条 为了全面落实农村人居环境整治责任制,结合我省实际,制定本细则。
    第二条 落实责任制,坚持省负总责、市县乡抓落实。
    第二章 各级责任
    第三条 各级党委和政府的责任主要包括:
    (一)学习贯彻党中央决策部署。
    (二)将整治纳入本地发展规划。
    第四条 省直各部门的责任主要包括:
    (一)制定本行业的支持政策。
    第三章 附 则
    第五条 本细则自发布之日起施行。
"""


def test_an_articles_lead_in_ending_in_a_colon_is_no_addressee_line() -> None:
    # 第三条 …包括: holds 各 and ends in a colon, as addressees do; it is the body's article.
    doc = _doc(RULES)
    assert [m.path for m in doc.measures][:5] == [
        "第一章", "第一章.第一条", "第一章.第二条", "第二章", "第二章.第三条"]


def test_points_under_an_article_that_leads_into_them_are_its_and_the_next_article_is_its_sibling() -> None:
    doc = _doc(RULES)
    assert [m.path for m in doc.measures][4:] == [
        "第二章.第三条", "第二章.第三条.(一)", "第二章.第三条.(二)", "第二章.第四条", "第二章.第四条.(一)",
        "第三章", "第三章.第五条"]


def test_a_point_whose_label_lost_its_closing_bracket_is_read_when_it_is_the_next_number() -> None:
    doc = _doc("""
        河西区2023年政务公开工作要点
        发布日期:2023-05-30    发布者:河西区人民政府办公室
        2023年我区政务公开工作的总体要求是:坚持以人民为中心。
        一、聚焦经济领域,以公开促落实
        (一加强优化营商环境信息公开。公开市场规则标准。(区发展改革委、区商务局等负责落实)
        (二加强减税降费信息公开。推送政策。(区财政局负责落实)
        (一般情况下,政策文件应在印发后及时公开。)
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]
    assert next(m for m in doc.measures if m.path == "一.(二)").responsible == ("区财政局",)
    assert doc.issuers == ("河西区人民政府办公室",)


def test_a_section_heading_after_a_finished_sentence_and_a_gap_opens_the_outline() -> None:
    doc = _doc("""
        潮州市人民政府办公室关于印发潮州市2022年政务公开工作要点的通知
        各县(区)人民政府,市府直属各单位:
        《潮州市2022年政务公开工作要点》已经市人民政府同意,现印发给你们,请认真贯彻落实。
        潮州市人民政府办公室
        2022年6月9日
        潮州市2022年政务公开工作要点
        总体要求是:坚持以人民为中心,全过程推进政务公开,助力服务型政府建设。 一、围绕筑牢工作基础深入推进政务公开
        (一)全面规范政务信息管理。严格落实公文公开属性源头认定。
    """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]


DISTRICT = """
    2023年是深化政务公开的关键之年。为进一步加强本区政务公开工作,结合《北京市2023年政务公开工作要点》,制定本要点。
    一、指导思想
    坚持以人民为中心,推动全区政务公开工作再上新台阶,助力“山水文化石景山”高质量发展。
    二、主要任务
    (一)抓好重点领域公开。落实北京市部署,全区各部门按职责推进。(区发改委负责落实)
"""


def test_a_text_of_a_municipalitys_district_is_placed_in_the_one_district_it_names() -> None:
    doc = _doc(DISTRICT)
    assert (doc.level, doc.region) == ("county", "石景山区")


def test_a_district_named_only_as_another_place_or_inside_a_word_is_not_the_texts_own() -> None:
    doc = _doc(DISTRICT.replace("助力“山水文化石景山”高质量发展", "与石景山等城区开展合作"))
    assert doc.level == "county" and doc.region is None
    doc = _doc(DISTRICT.replace("助力“山水文化石景山”高质量发展", "培育朝阳产业"))
    assert doc.level == "county" and doc.region is None


def test_a_headline_printed_whole_then_broken_over_lines_whose_first_opens_no_title_keeps_its_place() -> None:
    doc = _doc("""
        潍坊市深化新旧动能转换 推动绿色低碳高质量发展 三年行动计划(2023-2025年)
        潍坊市深化新旧动能转换
        推动绿色低碳高质量发展
        三年行动计划(2023-2025年)
        为深入贯彻党的二十大精神,为全省建设绿色低碳高质量发展先行区做出潍坊贡献,制定本行动计划。
        一、总体要求
        (一)指导思想。坚持以人民为中心。
    """)
    assert doc.title == "潍坊市深化新旧动能转换推动绿色低碳高质量发展三年行动计划(2023-2025年)"
    assert (doc.level, doc.region) == ("municipal", "潍坊市")
