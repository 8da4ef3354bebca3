"""Classes of misses met in dev batches 36 and 37 (fifteenth session), each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_section_and_its_first_point_set_off_by_spaces_in_the_preamble() -> None:
    """A long paragraph (the plan's preamble) that runs on into 一、总体要求 (一)指导思想 after its
    last full stop, with single spaces only: the section and its point are read."""
    cited = "、".join(f"《某省关于推进第{n}项工作的通知》(某政办发〔2017〕{n}号)" for n in range(1, 13))
    doc = _doc(f"""
        某县人民政府关于印发某县河湖治理保护三年行动方案的通知
        各乡镇人民政府,县政府各部门:
        现将《某县河湖治理保护三年行动方案》印发给你们,请认真贯彻执行。
        某县人民政府 2018年12月29日
        (此文件公开发布)
        某县河湖治理保护三年行动方案
        为认真贯彻落实{cited}等文件精神,进一步加强河湖管理保护工作,结合我县实际,制定本行动方案。 一、总体要求 (一)指导思想 全面贯彻党的十九大精神,紧紧围绕统筹推进“五位一体”总体布局,持之以恒落实新发展理念
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]
    assert doc.measures[0].heading == "总体要求"


def test_a_part_and_its_first_chapter_on_one_line() -> None:
    """第一篇  …新征程 第一章  发展基础 (each label followed by spaces): the part, then its chapter."""
    doc = _doc("""
        某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
        第一篇  贯彻落实新时代党的方略,全面建成小康社会,开启某区新征程 第一章  发展基础
        “十三五”时期是不平凡的五年。
        综合经济实力显著增强。五年来,全区经济平稳健康发展。
        民生改善持续深入。
        第二章  发展环境
        """)
    assert [m.path for m in doc.measures] == ["第一篇", "第一篇.第一章", "第一篇.第二章"]
    assert doc.measures[1].heading == "发展基础"


def test_a_page_whose_lines_end_with_a_lost_space() -> None:
    """Every line ends in ? (an unrendered non-breaking space), cells too (序号? | 任务? |): the
    ?s are spaces, so the header, the signature and the table are read as on a clean page."""
    doc = _doc("""
        各镇人民政府、街道办事处,区直各单位:?
        为明确分工,现将2018年《政府工作报告》重点工作任务进行细化分解,请认真抓好落实。?
        附件:2018年《政府工作报告》工作任务分解表?
        某市某区人民政府办公室?
        2018年3月18日?
        附件?
        2018年《政府工作报告》工作任务分解表?
        序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |
        1? | 打造创新策源地,加快建设科技城。? | 王 ?某 | 某科技城(某创园)? |
        2? | 推动开发区提质升级。? | 李某? | 某经济技术开发区? |
        """)
    assert doc.date == "2018-03-18"
    assert doc.issuers == ("某市某区人民政府办公室",)
    assert [(m.path, m.leads) for m in doc.measures] == [("1", ("某科技城(某创园)",)), ("2", ("某经济技术开发区",))]


# A headline cut short with its 文号 before it, a red header, then the title over three lines
TITLE_OVER_THREE_LINES = """
        首页>部门专栏>区政府办>政府办文件
        (某政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任

        某市某区人民政府办公室文件

        区人民政府办公室关于印发区政府工作报告
        确定的2019年主要目标任务责任
        分解方案的通知
        各街道办事处,区人民政府各部门:
        现将方案印发给你们。
        一、总体要求
        """


def test_a_title_that_looks_complete_goes_on_over_two_lines() -> None:
    """关于印发区政府工作报告 / 确定的2019年主要目标任务责任 / 分解方案的通知: the whole title; and a
    文号 in brackets before the headline ((某政办〔2019〕1号)区人民政府办公室关于…) is the document's."""
    doc = _doc(TITLE_OVER_THREE_LINES)
    assert doc.title == "关于印发区政府工作报告确定的2019年主要目标任务责任分解方案的通知"
    assert doc.doc_number == "某政办〔2019〕1号"


def test_plans_named_as_the_subject_of_the_issuing_sentence() -> None:
    """《A》、《B》…6个文件,已经区委、区政府同意,现印发给你们: issued together though the verb stands in a
    later clause; the first plan's title, its joint issuers printed without the 、 (中共某区委某区
    人民政府 / 关于…的指导意见), opens P1. A page title cut short above the title whole is no part of it,
    and a date whose year the page lost still closes the notice under its signature."""
    doc = _doc("""
        关于印发《中共某区委、某区人民
        关于印发《中共某区委、某区人民政府关于促进新兴产业发展的
        指导意见》等2个文件的通知
        各街镇工委(党委)、办事处(政府):
        《中共某区委、某区人民政府关于促进新兴产业发展的指导意见》、《中共某区委、某区人民政府关于促进商务经济发展的十项措施》2个文件,已经区委、区政府同意,现印发给你们,请认真贯彻执行。
        中共某市某区委员会
        某市某区人民政府
        年2月22日
        中共某区委某区人民政府
        关于促进新兴产业发展的指导意见
        为主动适应经济发展新常态,特制定本意见。
        一、指导思想和发展目标
        (一)指导思想
        """)
    assert doc.title == "关于印发《中共某区委、某区人民政府关于促进新兴产业发展的指导意见》等2个文件的通知"
    assert doc.issuers == ("中共某市某区委员会", "某市某区人民政府") and doc.date is None
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.(一)"]


def test_titles_cited_as_a_basis_are_not_issued_together() -> None:
    """根据《A》和《B》,结合实际,现印发本方案: the titles are a basis, not plans the text issues."""
    doc = _doc("""
        某县人民政府办公室关于印发某县稳就业工作方案的通知
        各乡镇人民政府:
        根据《某省稳就业若干措施》《某市稳就业实施方案》,结合实际,现印发本方案,请认真贯彻执行。
        某县人民政府办公室
        2020年5月8日
        某省稳就业若干措施
        一、总体要求
        """)
    assert [m.path for m in doc.measures] == ["一"]


def test_a_contents_entry_with_its_page_number() -> None:
    """第三篇 …新优势- 26 - (the one line of a table of contents a page kept): no measure; the
    body's 第一篇 is."""
    doc = _doc("""
        某区国民经济和社会发展第十四个五年规划纲要
        目 录
        第三篇 坚持创新驱动发展厚植高质量发展新优势- 26 -
        某区国民经济和社会发展第十四个五年规划纲要
        (2021年1月28日区人大会议批准)
        第一篇 决胜全面建成小康社会取得决定性成就
        “十三五”时期,全区经济平稳健康发展。
        """)
    assert [m.path for m in doc.measures] == ["第一篇"]
    assert any("table of contents" in w.message for w in doc.warnings)


def test_lost_spaces_under_a_pages_chrome() -> None:
    """The page of lost spaces under chrome lines that end without one (a third of the lines end
    with ?, some right after a colon or a stop): read as on a clean page."""
    doc = _doc("""
        首页 > 政务公开 > 政府文件
        索引号：001-2018-00123
        分类：综合政务
        来源：某区人民政府办公室
        发布时间：2018-03-20
        字体：大 中 小
        打印 关闭
        各镇人民政府、街道办事处,区直各单位:?
        为明确分工,现将2018年《政府工作报告》重点工作任务进行细化分解,请认真抓好落实。?
        附件:2018年《政府工作报告》工作任务分解表?
        某市某区人民政府办公室?
        2018年3月18日?
        """)
    assert doc.date == "2018-03-18"
    assert doc.issuers == ("某市某区人民政府办公室",)
