"""Over-firings of the fourteenth session's rules that a review with fresh eyes found, each on a
made-up text, each failing before its fix."""

from __future__ import annotations

from policy_cascades.loaders.metadata import read_metadata
from tests.loaders.made_up import parse as _doc
from tests.loaders.timing import at_most


def test_a_count_that_is_not_the_plans_issued_bundles_nothing() -> None:
    """在10个工作日内制定…方案 or 围绕5个重点制定工作方案 beside 印发: one plan, no sub-plan."""
    for sentence in ("现将《某县人居环境整治实施方案》印发给你们，请各乡镇在10个工作日内制定具体实施方案报县农业农村局。",
                     "《某县人居环境整治实施方案》已经县政府同意，现印发给你们，各乡镇要围绕5个重点制定工作方案。",
                     "现将实施方案印发给你们，方案明确了三个方面12项具体措施，请认真执行。"):
        doc = _doc(f"""
            某县人民政府办公室关于印发某县人居环境整治实施方案的通知
            各乡镇人民政府：
            {sentence}
            某县人居环境整治实施方案
            为改善人居环境，制定本方案。
            一、总体要求
            二、主要任务
            """)
        assert [m.path for m in doc.measures] == ["一", "二"], sentence


def test_a_header_line_of_metadata_and_title_is_no_row() -> None:
    """公开方式 主动公开 某某关于…的通知 文件有效性 有效: the title stays the title; a table's own
    header (时间 地点 内容 备注) is no metadata."""
    doc = _doc("""
        公开方式 主动公开 某市某区人民政府办公室关于印发《某区老旧小区改造方案》的通知 文件有效性 有效
        各街道办事处：
        现印发给你们。
        一、总体要求
        """)
    assert doc.title == "关于印发《某区老旧小区改造方案》的通知"
    assert read_metadata(["时间 地点 内容 备注"]).lines == set()
    assert read_metadata(["名称 规格 数量 备注"]).values == {}


def test_spaced_unit_cells_whose_boundaries_are_not_told_give_no_note() -> None:
    """序号 工作任务 牵头单位 配合单位, then 1 … 县发改局 县财政局 县自然资源局 (one cell holds two
    units, which one is not told) or … 覆盖 各乡镇 县人社局 (a lead is no collective): no note
    rather than units in the wrong columns."""
    doc = _doc("""
        某县人民政府办公室关于印发某县重点工作任务分工的通知
        各乡镇人民政府，县直各部门：
        现将任务分工印发给你们，请认真抓好落实。
        序号 工作任务 牵头单位 配合单位
        1 推进项目建设，加快工程进度 县发改局 县财政局 县自然资源局
        2 组织开展职业技能培训，覆盖 各乡镇 县人社局
        3 加强水资源保护工作 县水利局 县生态环境分局
        """)
    first, second, third = doc.measures
    assert (first.leads, first.supports) == ((), ())
    assert (second.leads, second.supports) == ((), ())
    assert (third.leads, third.supports) == (("县水利局",), ("县生态环境分局",))


def test_counties_named_in_passing_place_no_city() -> None:
    """我市, and 学习借鉴浙江省安吉县、德清县经验 (a study trip): the city is left open, at the
    text's own level."""
    doc = _doc("""
        全市美丽乡村建设实施方案
        为推进我市美丽乡村建设，学习借鉴浙江省安吉县、德清县经验，结合我市实际，制定本方案。
        一、总体要求
        全市上下要提高认识。
        """)
    assert (doc.region, doc.level) == (None, "municipal")


def test_who_supervises_after_a_lead_is_no_unit() -> None:
    """（县发改局牵头，县政府督查室督办） or （…，常务副县长督办）: no 督办 unit supports the lead."""
    for note in ("县发改局牵头，县政府督查室督办", "县发改局牵头，常务副县长督办", "县发改局牵头，县领导领办"):
        doc = _doc(f"""
            某县人民政府关于印发某县工作方案的通知
            一、推进项目建设，加快工程进度（{note}）
            二、其他工作。
            """)
        assert not [u for u in doc.measures[0].supports if u.endswith(("督办", "领办"))], note


def test_long_numbered_items_without_an_outline_inside_stay_items() -> None:
    """1、 2、 3、 opening long lines that end without a full stop (…执行至2025年12月31日): items of a
    list, not a sharing site's pages (which hold the document's own 一、 inside them)."""
    long = "对不裁员或少裁员的参保企业，按规定返还失业保险费，" * 8
    doc = _doc(f"""
        1、加大稳岗返还力度。{long}政策执行至2025年12月31日
        2、扩大就业见习规模。{long}对吸纳见习人员的单位给予补贴
        3、强化创业带动就业。支持返乡人员创业。
        """)
    assert [m.path for m in doc.measures] == ["1", "2", "3"]


def test_an_implementing_body_is_no_agency_key() -> None:
    """（实施主体：各项目所在村） names the builders of a project, not an agency (and 各项目所 is no name)."""
    doc = _doc("""
        某县乡村振兴项目实施方案
        一、实施农村道路硬化工程。完成道路硬化20公里。（实施主体：各项目所在村）
        二、实施农村饮水安全工程。（实施主体：某某农业开发有限公司）
        """)
    assert all(not m.responsible and not m.leads for m in doc.measures)


def test_items_after_a_finished_article_are_not_its_points() -> None:
    """第二条 本办法自发布之日起施行。 then 附件 … 1. 2.: not 第二条's points."""
    doc = _doc("""
        某县人民政府关于印发某县项目管理办法的通知
        第一条 为规范管理，制定本办法。
        第二条 本办法自发布之日起施行。
        附件
        项目申报要求
        1.申报单位应当具备法人资格。
        2.申报材料应当真实。
        """)
    assert not [m.path for m in doc.measures if m.path.startswith("第二条.")]


def test_a_long_run_of_header_like_lines_is_read_in_linear_time() -> None:
    """序号 / 牵头责任 / 单位 six hundred times: each line no longer starts a search of the whole run."""
    with at_most(10):
        _doc("某县人民政府关于印发分工的通知\n" + "序号\n牵头责任\n单位\n" * 600)


def test_a_title_run_into_a_line_of_chrome_names_the_issuer_before_the_publisher() -> None:
    """A page stored as one line: …市政府文件 某市人民政府关于…的意见 时间: … 发布机构 市政府办公室 …: the
    title's 某市人民政府, not the page's publishing office (a metadata row read since this session)."""
    doc = _doc("本站支持IPV6 首页>政府信息公开>政策文件>市政府文件 渭城市人民政府关于落实《政府工作报告》重点工作部门分工的意见 "
               "时间: 2022-04-22 11:00:00 来源: 【字体: 打印 索引号 126104007700221260/2022-00662 主题分类 政务督查 "
               "文号 渭政发〔2022〕4号 发布机构 市政府办公室 公开日期 2022-04-22 11:00:00 有效性 主题词 渭政发〔2022〕4号 "
               "各县市区人民政府,市人民政府各工作部门: 为深入落实《政府工作报告》部署,提出部门分工意见如下: "
               "一、今后五年主要目标和重点任务 (一)今后五年工作的总体要求")
    assert doc.issuers == ("渭城市人民政府",)
