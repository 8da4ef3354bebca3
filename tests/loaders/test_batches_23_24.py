"""Classes of misses met in dev batches 23 and 24, each shown on a synthetic text."""

from __future__ import annotations

from policy_cascades.loaders.document import _run_in_title
from tests.loaders.made_up import parse as _doc


def test_placeless_issuer_takes_the_whole_name_a_source_line_prints() -> None:
    """A headline whose issuer is printed without its place (区人民政府办公室关于…) on a page whose
    来源 line prints it under its city: the issuer is the name as printed there, the region the
    district."""
    doc = _doc("""
        区人民政府办公室关于印发促进就业若干措施的通知
        发布日期：2021-03-02 文章来源：襄阳市樊城区人民政府办公室
        各街道办事处，区政府各部门：
        现将《促进就业若干措施》印发给你们，请认真贯彻执行。
        一、加大稳岗返还力度。
        二、开展以工代训。
        """)
    assert doc.issuers == ("襄阳市樊城区人民政府办公室",)
    assert doc.region == "樊城区" and doc.level == "county"


def test_placeless_issuer_is_completed_with_the_units_own_name_when_nothing_prints_more() -> None:
    """The same page without a line that prints the whole name: completed with the district's
    own name, not its city's too."""
    doc = _doc("""
        区人民政府办公室关于印发促进就业若干措施的通知
        襄樊政办发〔2021〕3号
        各街道办事处，区政府各部门：
        为做好樊城区稳就业工作，现将《促进就业若干措施》印发给你们，请认真贯彻执行。
        一、加大稳岗返还力度。
        二、开展以工代训。
        """)
    assert doc.region == "樊城区"
    assert doc.issuers == ("樊城区人民政府办公室",)


def test_a_cover_notice_without_its_headline_is_titled_by_the_plan_it_issues() -> None:
    """A page that starts at the 文号, its notice's headline lost: the plan the notice issues,
    printed on a line of its own under the signature, is the title, flagged; not the notice's
    first sentence."""
    doc = _doc("""
        某政办〔2020〕3号
        各镇人民政府，县级各部门：
        《某某县稳定经济运行若干措施》已经县政府同意，现印发给你们，请认真贯彻执行。
        某某县人民政府办公室
        2020年2月18日
        某某县稳定经济运行若干措施实施方案
        一、加大稳岗返还力度。
        二、开展以工代训。
        """)
    assert doc.title == "某某县稳定经济运行若干措施实施方案"
    assert any(w.field == "title" and "plan it issues" in w.message for w in doc.warnings)


def test_a_cover_notice_names_the_plan_it_issues_when_no_line_titles_it() -> None:
    doc = _doc("""
        各镇人民政府，县级各部门：
        现将《某某县2021年重点工作任务分工》和《某某县2021年民生实事》印发给你们，请认真贯彻执行。
        一、加大稳岗返还力度。
        二、开展以工代训。
        """)
    assert doc.title == "某某县2021年重点工作任务分工"


def test_a_table_rule_is_never_a_title() -> None:
    """A page's metadata printed as a markdown table: its ---|--- rule is not the title."""
    doc = _doc("""
        索引号 | 640221053/2023-00029 | 文号 | 某商务发〔2023〕18号 |
        ---|---|---|---|
        为促进消费回暖，结合我县实际，制定以下活动方案。
        一、活动时间
        二、活动内容
        """)
    assert doc.title.startswith("为促进消费回暖")


def test_traditional_page_chrome_is_never_a_fallback_title() -> None:
    """A 繁体 page with no title: its chrome (點擊數, 來源) is passed over like the simplified."""
    doc = _doc("""
        來源：某某縣人民政府 點擊數：23
        為做好穩就業工作，結合我縣實際，制定以下措施。
        一、加大穩崗返還力度。
        二、開展以工代訓。
        """)
    assert doc.title.startswith("為做好穩就業工作")


def test_a_notice_title_run_into_chrome_on_one_line_is_found() -> None:
    """A page stored as one line: breadcrumb, issuer, title, a 访问量 counter and the addressees
    glued together. The notice's own title is taken, not the plan it issues."""
    doc = _doc("您当前所在位置:首页>政府信息公开>规范性文件某某市人民政府关于印发某某市稳就业若干措施的通知"
               "访问量:1191各县(区)人民政府,市直各单位:《某某市稳就业若干措施》已经市政府同意,现印发给你们,"
               "请认真贯彻执行。2022年6月14日某某市稳就业若干措施一、加大稳岗返还力度。二、开展以工代训。")
    assert doc.title == "关于印发某某市稳就业若干措施的通知"


def test_a_cited_notice_or_a_sentence_is_not_a_run_in_title() -> None:
    """关于…的通知 inside 《》 (a cited document) or before 要求 (a sentence) is no title."""
    lines = ["按照《国务院办公厅关于进一步做好稳就业工作的通知》和省政府关于做好稳就业工作的通知要求，制定以下措施。"]
    assert _run_in_title(lines) is None
    assert _run_in_title(["某某县人民政府关于印发稳就业若干措施的通知 某政发〔2020〕3号"]) == (
        "关于印发稳就业若干措施的通知", 0, "a notice's title run into its line is taken")


def test_the_body_before_a_run_in_title_is_its_issuer_without_the_chrome() -> None:
    """On a one-line page the issuer printed before the run-in title is glued to the chrome
    before it (…放管服专栏某某区人民政府办公室关于…): the issuer starts at its place's name."""
    doc = _doc("当前位置:首页 > 政务动态 > 专题专栏 > 放管服专栏襄阳市樊城区人民政府办公室关于印发2020年樊城区"
               "稳就业实施方案的通知撰写时间:2020-09-16 10:20     来源:襄阳市樊城区人民政府办公室樊政办函〔2020〕58号"
               "各镇人民政府,各街道办事处,政府各部门:经区人民政府同意,现将《2020年樊城区稳就业实施方案》印发给你们,"
               "请认真贯彻执行。一、加大稳岗返还力度。二、开展以工代训。")
    assert doc.title == "关于印发2020年樊城区稳就业实施方案的通知"
    assert doc.issuers == ("襄阳市樊城区人民政府办公室",)
    assert doc.region == "樊城区"
