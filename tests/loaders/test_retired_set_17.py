"""Classes of misses met in eval17/ once it was retired to development (fourteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.metadata import read_metadata
from tests.loaders.made_up import parse as _doc


def test_a_metadata_table_flattened_into_rows_without_colons() -> None:
    """索引号 … 主题分类 … / 发布单位 某市政府办 发文日期 …: each label opens a pair; the publishing
    office is no issuer, the signature under the notice is."""
    lines = ["索引号 014400000/2019-00101 主题分类 城乡建设、环境保护",
             "发布单位 丹阳市政府办 发文日期 2019-06-20",
             "文号 丹政发〔2019〕41号 时效 有效"]
    meta = read_metadata(lines)
    assert meta.get("publisher") == "丹阳市政府办"
    assert meta.get("signed") == "2019-06-20"
    assert meta.lines == {0, 1, 2}
    assert meta.before == {}
    doc = _doc("""
        索引号 014400000/2019-00101 主题分类 城乡建设、环境保护
        发布单位 丹阳市政府办 发文日期 2019-06-20
        文号 丹政发〔2019〕41号 时效 有效

        市政府关于印发丹阳市美丽河湖行动实施方案的通知

        各镇人民政府,市各相关部门:

        《丹阳市美丽河湖行动实施方案》已经市政府同意,现予印发,请遵照执行。

        丹阳市人民政府

        2019年5月14日

        丹阳市美丽河湖行动实施方案

        一、总体要求
        """)
    assert doc.issuers == ("丹阳市人民政府",)
    assert doc.doc_number == "丹政发〔2019〕41号"


def test_a_two_character_label_alone_opens_no_row() -> None:
    """来源 新华社 (one short label spaced from a word, no other label): a line of text, not metadata."""
    assert read_metadata(["来源 新华社"]).lines == set()
    assert read_metadata(["发布机构 某县人民政府 组配分类 政策文件"]).get("publisher") == "某县人民政府"


def test_numbered_points_under_an_article() -> None:
    """第一章 / 第一条 / 第二条 规划原则 / 1. 2. / 第三条: the points are the article's, and the next
    article is the chapter's again."""
    doc = _doc("""
        某市中心城区绿色城市建设规划

        第一章 总则

        第一条  编制目的

        为促进中心城区绿色城市建设,特编制本规划。

        第二条  规划原则

        1.坚持以人民为中心。围绕群众现实需求,指导绿色城市建设。

        2.坚持问题导向。围绕城市发展存在的突出问题,形成建设重点。

        第三条  规划范围

        本规划范围为中心城区。
        """)
    assert [m.path for m in doc.measures] == ["第一章", "第一章.第一条", "第一章.第二条", "第一章.第二条.1",
                                              "第一章.第二条.2", "第一章.第三条"]
    assert not [w for w in doc.warnings if w.field == "measures"]


def test_a_short_committee_in_the_title_under_its_full_name_in_the_signature() -> None:
    """省发展改革委关于印发… signed 某省发展和改革委员会: the signature's full name."""
    doc = _doc("""
        省发展改革委关于印发某江流域生态经济带发展规划实施方案的通知
        豫发改环资〔2019〕301号
        各市人民政府,省直有关部门:
        现将《某江流域生态经济带发展规划实施方案》印发你们,请认真抓好落实。
        河南省发展和改革委员会
        2019年8月27日
        一、加快推进生态文明建设
        """)
    assert doc.issuers == ("河南省发展和改革委员会",)


def test_plans_issued_by_their_number() -> None:
    """现将…“五个产业扶贫行动计划”…印发给你们, then the first plan's title and its 一、: the plan is
    a sub-plan (P1), as when the notice names its plans' titles."""
    doc = _doc("""
        某省人民政府办公厅关于印发某省发展产业、易地搬迁等五个脱贫攻坚行动计划的通知
        各市、自治州人民政府:
        某省发展产业、易地搬迁、资产收益、转移就业、教育“五个脱贫攻坚行动计划”已经省政府同意,现印发给你们,请认真组织实施。
        某省人民政府办公厅
        2016年2月29日
        某省发展产业脱贫攻坚行动计划
        根据省委、省政府有关精神,结合实际,制定本行动计划。
        一、对象范围
        全省贫困县的贫困家庭。
        二、目标任务
        到2018年,贫困人口全部脱贫。
        """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.二"]


def test_a_count_in_a_cited_title_or_an_ordinal_issues_no_plans() -> None:
    """《…8个民生工程工作方案》 or 第十四个五年规划…方案: one plan, its title no sub-plan."""
    doc = _doc("""
        某州人民政府办公室关于印发某州2021年8个民生工程工作方案的通知
        各县市人民政府:
        《某州2021年8个民生工程工作方案》已经州人民政府同意,现印发给你们,请认真遵照实施。
        某州人民政府办公室
        2021年3月1日
        某州2021年8个民生工程工作方案
        一、总体要求
        二、工作任务
        """)
    assert [m.path for m in doc.measures] == ["一", "二"]
