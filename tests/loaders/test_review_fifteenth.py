"""Over-firings of the fifteenth session's rules that a review with fresh eyes found, each shown
on a made-up text: the rule must keep its class and leave these alone."""

from __future__ import annotations

import time

from policy_cascades.loaders.hant import traditional
from policy_cascades.loaders.text import drop_lost_indents, opens_paragraph, split_glued_heading
from tests.loaders.made_up import parse as _doc
from tests.loaders.test_batches_36_37 import TITLE_OVER_THREE_LINES


def test_laws_cited_in_the_preamble_are_no_bundled_plans() -> None:
    """为进一步贯彻落实《A》和《B》…现将本方案印发给你们: a basis cited, not plans issued; and a
    sentence opening with a cited title's bare name is not cut from it."""
    doc = _doc("""
        某县人民政府办公室关于印发某县安全生产专项整治方案的通知
        各乡镇人民政府:
        为进一步贯彻落实《中华人民共和国安全生产法》和《某省安全生产条例》,压实安全生产责任,经县政府同意,现将本方案印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2021年3月1日
        一、总体要求
        中华人民共和国安全生产法规定,生产经营单位的主要负责人是本单位安全生产第一责任人。
        二、重点任务
        （一）排查整治隐患。开展全覆盖排查。（牵头单位：县应急局）
        （二）压实企业责任。（牵头单位：县市场监管局）
        """)
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)", "二.(二)"]


def test_a_page_footer_glued_to_a_heading_loses_no_item() -> None:
    """（二）…（牵头单位：县文旅局）- 3 - and 二、强化保障措施 - 4 - without a 目录 above: measures, not
    entries of a table of contents."""
    doc = _doc("""
        某县乡村振兴实施方案
        一、发展特色产业
        （一）壮大主导产业。培育龙头企业。（牵头单位：县农业农村局）
        （二）加快发展乡村旅游。打造精品线路5条。（牵头单位：县文旅局）- 3 -
        （三）完善基础设施。（牵头单位：县交通局）
        二、强化保障措施 - 4 -
        （一）加强组织领导。成立领导小组。（牵头单位：县委农办）
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "一.(三)", "二", "二.(一)"]
    assert doc.measures[3].leads == ("县交通局",)


def test_leader_dots_run_in_linear_time() -> None:
    """A heading followed by 20,000 leader dots is read in well under a second."""
    start = time.perf_counter()
    _doc("某县工作方案\n目录\n一、总体要求" + "." * 20000 + "\n二、主要任务\n三、保障措施\n四、其他")
    assert time.perf_counter() - start < 2.0


def test_scope_remarks_naming_schools_are_no_units() -> None:
    """（含民办学校）, （四川大学、西南交通大学）: a scope or partners in brackets, not the units
    responsible (a 党校 in a note is still one)."""
    doc = _doc("""
        某县教育工作要点
        一、落实义务教育免费政策。全面免除学杂费和教科书费。（含民办学校）
        二、推进产学研合作。共建3个研发平台。（四川大学、西南交通大学）
        三、加强干部培训。（县委组织部、县委党校负责）
        四、其他工作。
        """)
    first, second, third = doc.measures[:3]
    assert not first.responsible and not second.responsible
    assert third.responsible == ("县委组织部", "县委党校")


def test_rules_read_a_traditional_mirror_too() -> None:
    """A red header (某區人民政府辦公室文件) stops a title in a 繁体 mirror as in simplified text; (註:…)
    opens a paragraph; 第一編 … 第一章 … is split."""
    doc = _doc(traditional(TITLE_OVER_THREE_LINES))
    assert doc.title == traditional("关于印发区政府工作报告确定的2019年主要目标任务责任分解方案的通知")
    assert opens_paragraph("（註：A類指責任目標）")
    assert split_glued_heading("第一編  總則,基本原則 第一章  發展基礎") == ["第一編  總則,基本原則", "第一章  發展基礎"]


def test_an_inline_list_before_the_sections_stays_in_the_preamble() -> None:
    """A long paragraph holding （一）…；（二）…；（三）… then 。 一、总体要求 （一）指导思想: the inline list
    is no outline; the section after it is."""
    filler = "为贯彻落实上级部署,进一步加强生态环境保护工作," * 16
    doc = _doc(f"""
        某县人民政府办公室关于印发某县生态环境保护工作方案的通知
        各乡镇人民政府:
        现将方案印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2021年3月1日
        某县生态环境保护工作方案
        {filler}近年来我县重点做了以下工作：（一）加强组织领导，成立工作专班；（二）强化资金保障，落实专项资金；（三）严格考核问责，开展专项督查。结合实际，制定本方案。 一、总体要求 （一）指导思想 全面贯彻党的十九大精神
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_a_year_split_from_its_date_does_not_end_the_outline() -> None:
    """…完成时间为2021 / 年6月30日 / 前完成前期工作。（牵头单位：县发改局）: one sentence broken, not
    a signing date whose year was lost."""
    doc = _doc("""
        某县重点项目推进方案
        一、推进项目建设。开工项目10个,完成时间为2021
        年6月30日
        前完成前期工作。（牵头单位：县发改局）
        二、强化要素保障。（牵头单位：县自然资源局）
        三、加强督查考核。
        """)
    assert [(m.path, m.leads) for m in doc.measures[:2]] == [("一", ("县发改局",)), ("二", ("县自然资源局",))]


def test_a_flattened_contents_line_of_a_part_and_its_chapters_is_not_split() -> None:
    """第一篇 开启新征程 第一章 发展基础 第二章 发展环境 (a table of contents run together): not cut
    into the part and a chapter holding the next chapter's name."""
    assert split_glued_heading("第一篇 开启新征程 第一章 发展基础 第二章 发展环境") == [
        "第一篇 开启新征程 第一章 发展基础 第二章 发展环境"]


def test_questions_ending_lines_are_not_lost_spaces() -> None:
    """A page of questions (什么是乡村振兴? 补贴标准是多少?): its ?s are questions, not lost spaces."""
    text = "常见问题解答\n1.什么是乡村振兴?\n2.补贴标准是多少?\n3.如何申请 ? 需要哪些材料?\n答:向乡镇提出申请。"
    assert drop_lost_indents(text) == text


# -- the second review's findings, on the rules written after the first ------------------------------


def test_a_table_row_without_its_empty_last_cell_keeps_its_task() -> None:
    """工作任务 / 牵头单位 / 配合单位 joined by tabs, a row with no 配合单位 printing two cells: its task
    is no unit (the row is not right-aligned; only a numbered task under a spanning heading is)."""
    doc = _doc("""
        某县2021年重点工作任务分解表
        工作任务\t牵头单位\t配合单位
        落实稳岗返还政策\t县人社局\t县财政局
        加强农村公路建设\t县交通运输局
        推进老旧小区改造\t县住建局\t县财政局、各乡镇
        """)
    units = {u for m in doc.measures for u in (*m.leads, *m.supports, *m.responsible)}
    assert "加强农村公路建设" not in units
    assert doc.measures[0].leads == ("县人社局",)


def test_ellipses_typed_as_dots_are_no_table_of_contents() -> None:
    """一、加大援企稳岗力度...... (an ellipsis typed as six dots) and a line of dots between parts: the
    headings and items stay measures; only lines with page numbers make a table of contents."""
    doc = _doc("""
        某市出台稳就业十条措施
        来源：某市人民政府网
        近日，某市人民政府印发《稳就业若干措施》，主要内容如下：
        一、加大援企稳岗力度......
        二、拓宽就业渠道。鼓励企业吸纳高校毕业生就业，按规定给予一次性吸纳就业补贴。
        三、强化职业技能培训......
        四、兜牢民生底线。对符合条件的失业人员按规定发放失业保险金。
        """)
    assert [m.path for m in doc.measures] == ["一", "二", "三", "四"]
    doc = _doc("""
        某县农村人居环境整治提升方案
        一、总体要求
        （一）指导思想。以习近平新时代中国特色社会主义思想为指导。
        （二）工作目标。到2025年，农村人居环境显著改善。
        ………………
        二、重点任务
        （一）推进农村厕所革命。
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "二", "二.(一)"]


def test_a_title_broken_before_its_last_word() -> None:
    """…政府工作报告 / 主要目标任务的 / 通知: the notice's end spans the two lines below."""
    doc = _doc("""
        某县人民政府办公室文件
        某政办发〔2020〕15号
        某县人民政府办公室关于分解落实2020年县政府工作报告
        主要目标任务的
        通知
        各乡镇人民政府，县直各单位：
        现将分解方案印发给你们。
        一、总体要求
        """)
    assert doc.title == "关于分解落实2020年县政府工作报告主要目标任务的通知"


def test_targets_numbered_inside_a_cell_of_a_numbered_row() -> None:
    """序号 | 工作任务 | 工作目标 | 责任单位 with targets 1. 2. inside the 工作目标 cell: the rows keep their
    own numbers and units."""
    doc = _doc("""
        某县2021年就业工作目标任务分解表
        序号 | 工作任务 | 工作目标 | 责任单位 |
        1 | （一）稳定就业。 | 1.城镇新增就业5000人；2.城镇登记失业率控制在4.5%以内 | 县人社局 |
        2 | （二）加强技能培训。 | 1.开展职业技能培训3000人次 | 县人社局、县教育局 |
        3 | （三）支持创业。 | 全年发放创业担保贷款5000万元 | 县人社局、县财政局 |
        """)
    items = [m for m in doc.measures if m.kind == "item"]
    assert [m.path for m in items] == ["1", "2", "3"]
    assert items[1].responsible == ("县人社局", "县教育局")


def test_dashes_for_one_in_an_attached_plan() -> None:
    """An attached plan whose 一 a PDF printed as a dash (—、, （—）, 十—、) after a notice with its own
    一、二、: the plan's sections are its own 一 … 十一, not the notice's 三."""
    doc = _doc("""
        某县人民政府办公室关于印发某县农村人居环境整治提升行动实施方案的通知
        各乡镇人民政府，县直各单位：
        现将《某县农村人居环境整治提升行动实施方案》印发给你们，请认真贯彻执行。
        一、高度重视，加强领导
        二、明确责任，狠抓落实
        某县人民政府办公室
        2021年6月1日
        某县农村人居环境整治提升行动实施方案
        —、总体要求
        （—）指导思想
        以习近平新时代中国特色社会主义思想为指导。
        （二）工作目标
        二、重点任务
        （—）推进农村厕所革命
        """)
    assert [m.path for m in doc.measures] == [
        "一", "二", "P1", "P1.一", "P1.一.(一)", "P1.一.(二)", "P1.二", "P1.二.(一)"]


def test_a_residents_committee_reposting_a_notice_is_no_issuer() -> None:
    """来源：某某街道幸福社区居民委员会 (a reposting site's body, not a zone's committee): no issuer."""
    doc = _doc("""
        关于做好2021年稳就业工作的通知
        来源：某某街道幸福社区居民委员会
        各社区：
        为做好稳就业工作，现将有关事项通知如下。
        一、落实援企稳岗政策。
        """)
    assert doc.issuers == ()


def test_a_long_run_of_digits_reads_in_linear_time() -> None:
    """Targets are searched from a number's start: 20,000 digits on a line take well under a second."""
    start = time.perf_counter()
    _doc("某县工作要点\n一、总体要求\n" + "1" * 20000 + "。\n二、主要任务\n三、保障措施\n四、其他")
    assert time.perf_counter() - start < 2.0
