"""Over- and under-firings a review with fresh eyes found in the eighteenth session's rules, each on
a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.notes import cut_short
from policy_cascades.loaders.organs import orgs
from policy_cascades.loaders.records import PolicyDocument
from tests.loaders.made_up import parse as _doc


def _duties(doc: PolicyDocument) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return {m.path: (tuple(m.leads), tuple(m.supports), tuple(m.responsible)) for m in doc.measures}


def test_a_task_cell_opening_with_units_under_a_column_of_leads_is_no_note() -> None:
    """Under a stacked header whose columns are 牵头单位 / 配合单位 (no column of requirements), a task
    cell that opens with units (各县（市、区）做好…) is the task's text: the unit cells below keep
    their columns."""
    doc = _doc("""
        荆门市2023年农村人居环境整治重点任务分工
        序号

        主要任务

        牵头单位

        配合单位

        1

        推进农村厕所革命，全年新改建农村户厕1万户。

        各县（市、区）做好改厕后续管护工作。

        市农业农村局

        市卫生健康委

        2

        推进生活垃圾治理。

        市城管执法委

        市生态环境局
        """)
    assert _duties(doc)["1"] == (("市农业农村局",), ("市卫生健康委",), ())
    assert _duties(doc)["2"] == (("市城管执法委",), ("市生态环境局",), ())


_REQUIREMENTS = """
    荆门市2023年政务公开工作要点任务分工
    工作任务

    具体要求

    责任单位和工作要求

    一、深化重点领域公开

    1.做好财政预决算公开。

    各有关单位按照职责分工做好预决算公开工作。

    2.做好重大项目公开。

    市发展改革委负责，各县（市、区）政府配合。

    3.做好政策解读。

    由市政府办公室牵头，市直各部门按照“谁起草、谁解读”原则落实。
    """


def test_cells_of_units_and_requirements_with_rules_and_roles() -> None:
    """X负责，Y配合: X responsible, Y supports; 由X牵头，Y按照“…”原则落实: X leads, Y supports; the
    rule a unit acts by (按照职责分工) stands between it and its duty."""
    duties = _duties(_doc(_REQUIREMENTS))
    assert duties["一.1"] == ((), (), ("各有关单位",))
    assert duties["一.2"] == ((), ("各县（市、区）政府",), ("市发展改革委",))
    assert duties["一.3"] == (("市政府办公室",), ("市直各部门",), ())


def test_bodies_side_by_side_whose_names_end_otherwise_stay_apart() -> None:
    """A signature line of bodies each named whole, though some end otherwise than a bureau does
    (行政公署, 科协, 大学, 海关), is several issuers; only pieces that open no name are joined."""
    assert orgs("中共锡林郭勒盟委员会 锡林郭勒盟行政公署") == ["中共锡林郭勒盟委员会", "锡林郭勒盟行政公署"]
    assert orgs("长沙市财政局 长沙市科协 长沙市教育局") == ["长沙市财政局", "长沙市科协", "长沙市教育局"]
    assert orgs("云南省科学技术厅 云南大学 云南省教育厅") == ["云南省科学技术厅", "云南大学", "云南省教育厅"]


def test_a_group_heading_cell_before_an_unnumbered_measure() -> None:
    """（一）加强… | 集中发布… | lead | partner: the group's heading, then the measure as an item of its
    own, numbered by its row, with the row's units."""
    doc = _doc("""
        德阳市2023年优化营商环境重点任务清单
        重点任务 | 具体措施 | 牵头单位 | 配合单位
        （一）加强涉企信息公开 | 集中发布惠企政策，开设政策专栏。 | 市发展改革委 | 市经济和信息化局
        （二）推进惠企政策兑现 | 落实“免申即享”，缩短兑现周期。 | 市财政局 | 市税务局
        （三）优化政务服务 | 推行“一件事一次办”。 | 市政务服务和大数据局 | 各县（市、区）政府
        """)
    assert [m.path for m in doc.measures] == ["(一)", "(一).1", "(二)", "(二).2", "(三)", "(三).3"]
    item = next(m for m in doc.measures if m.path == "(一).1")
    assert item.heading.startswith("集中发布惠企政策") and item.leads == ("市发展改革委",)


def test_rows_whose_last_cell_is_empty_and_a_last_row_without_it() -> None:
    """序号 | 工作任务 | 责任单位 | 备注 with rows ending in an empty cell (… | 市政府办公室 | ) are read;
    the text's last row, printed without its empty 备注, keeps its units whole, with no doubt of a
    cut note."""
    doc = _doc("""
        德阳市2023年政务公开重点工作任务分工
        序号 | 工作任务 | 责任单位 | 备注
        1 | 加强政策解读回应。 | 市政府办公室、市委网信办 |
        2 | 推进基层政务公开标准化。 | 市政府办公室 |
        3 | 做好科普信息公开。 | 市科协、市教育局
        """)
    duties = _duties(doc)
    assert duties["1"] == ((), (), ("市政府办公室", "市委网信办"))
    assert duties["3"] == ((), (), ("市科协", "市教育局"))
    assert not any(w.field == "agencies" for w in doc.warnings)


def test_a_class_after_deng_cut_before_its_word() -> None:
    """市总工会等群团组 (the excerpt cut 组织): the class is left out, the unit before it kept."""
    assert cut_short("市财政局牵头，市总工会等群团组") == ("市财政局牵头，市总工会", "等群团组")


# Found by a second review (of a86ea86 … 4362508)


def test_a_clause_after_a_lead_by_is_no_unit_and_a_lead_that_organises_is() -> None:
    """(由X牵头，每季度召开一次联席会): the clause after the lead names no unit (召开, 设立, 组建, 在…);
    (由X牵头组织，Y、Z参与) names a lead and its partners."""
    doc = _doc("""
        某县2022年工作要点
        一、主要任务
        1.建立会商机制。（由县政府办公室牵头，每季度召开一次联席会）
        2.建设平台。（由县人社局牵头，在县城设立创业服务中心）
        3.推进水利。（由县水利局牵头组织，县财政局、县发改局参与）
        4.推进林业。（县林业局牵头组织，县财政局配合）
        """)
    duties = _duties(doc)
    assert not any("召开" in u or "设立" in u for d in duties.values() for u in (*d[0], *d[1], *d[2]))
    assert duties["一.3"] == (("县水利局",), ("县财政局", "县发改局"), ())
    assert duties["一.4"] == (("县林业局",), ("县财政局",), ())
    assert duties["一.1"] == (("县政府办公室",), (), ()) and duties["一.2"] == (("县人社局",), (), ())


def test_a_bracket_after_a_full_stop_naming_a_body_after_by() -> None:
    """…。（由市政府负责）closing a measure names 市政府, not 由市政府."""
    doc = _doc("""
        某市2022年工作要点
        一、主要任务
        1.加强宣传。（由市政府负责）
        2.推进改革。
        """)
    assert _duties(doc)["一.1"] == ((), (), ("市政府",))


def test_a_spaced_date_inside_a_sentence_is_no_signing_date() -> None:
    """In a PDF's one-line text, a spaced date after a body that the sentence goes on from (…厅 2020 年
    12 月 2 日 召开的会议) is not the signing date; the signature's is; a phone number keeps its dashes."""
    doc = _doc("邢台市生态环境局 邢环字〔2020〕45 号 邢台市生态环境局 关于印发《邢台市 2021 年水污染防治工作方案》的通知 "
               "各县(市、区)分局: 按照省生态环境厅 2020 年 12 月 2 日 召开的全省水污染防治工作会议要求,现印发给你们,请认真落实。 "
               "邢台市生态环境局 2021 年 1 月 15 日 — 1 — 邢台市 2021 年水污染防治工作方案 一、总体要求 "
               "(一)基本思路。坚持精准治污,举报电话 0319 - 123 - 4567 。")
    assert doc.date == "2021-01-15"
    assert any("0319 - 123 - 4567" in m.text for m in doc.measures)


def test_rows_of_a_table_whose_group_cells_span_several_rows() -> None:
    """A row printed without the cells spanning it (the group's heading, or the 类别 with its 序号
    kept) is the group's next item, with its units, numbered by its row where it prints no number."""
    doc = _doc("""
        宁德市2023年优化营商环境重点任务清单
        重点任务 | 具体措施 | 牵头单位 | 配合单位
        （一）加强涉企信息公开 | 集中发布惠企政策，开设政策专栏。 | 市发展改革委 | 市工信局
        开展政策进企业活动。 | 市工信局 | 市商务局
        （二）推进惠企政策兑现 | 落实“免申即享”，缩短兑现周期。 | 市财政局 | 市税务局
        建立政策兑现台账。 | 市财政局 | 市审计局
        """)
    assert [m.path for m in doc.measures] == ["(一)", "(一).1", "(一).2", "(二)", "(二).3", "(二).4"]
    assert _duties(doc)["(一).2"] == (("市工信局",), ("市商务局",), ())
    bars = _doc("""
        南平市2023年政务公开重点工作任务分工
        类别 | 序号 | 工作任务 | 责任单位
        一、政策公开 | 1 | 加强政策解读回应。 | 市政府办公室 |
        2 | 做好政策文件清理。 | 市司法局 |
        二、平台建设 | 3 | 推进政府网站集约化。 | 市数字办 |
        4 | 加强政务新媒体管理。 | 市委网信办 |
        """)
    item = next(m for m in bars.measures if m.path == "一.2")
    assert item.heading == "做好政策文件清理" and item.responsible == ("市司法局",)


def test_a_news_headline_naming_the_body_before_the_document() -> None:
    """某省生态环境厅《…工作要点》印发: the body before 《》 is the issuer (a place there is not)."""
    doc = _doc("""
        首页 > 新闻 > 正文

        四川省生态环境厅《四川省2020年大气污染防治工作要点》印发

        时间:2020-04-03 14:40

        一、总体要求
        （一）指导思想。坚持以人民为中心。
        """)
    assert doc.title == "四川省2020年大气污染防治工作要点" and doc.issuers == ("四川省生态环境厅",)


def test_a_formal_numeral_inside_a_heading_stays_as_printed() -> None:
    """Formal numerals are read as numbers only in the marker: 1.加强干部队伍建设 keeps its 伍."""
    doc = _doc("""
        某县2022年工作要点
        一、主要任务
        1.加强干部队伍建设。提升能力。
        2.陆续推进项目建设。
        """)
    assert [m.heading for m in doc.measures][1:] == ["加强干部队伍建设", "陆续推进项目建设"]
