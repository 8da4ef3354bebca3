"""Classes of misses met in eval19/ once it was retired to development (fifteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import traditional
from policy_cascades.loaders.units import is_unit_name
from tests.loaders.made_up import parse as _doc


def test_a_keyed_note_after_the_items_last_sentence_without_brackets() -> None:
    """…处置隐性债务。牵头单位:省财政厅;责任单位:省审计厅、各市州政府。 in a laid-out text (and in a
    繁体 mirror of it): the note's units, read as any bracketed note's; a sentence after such fields
    keeps them out (the fields are then no closing note)."""
    text = """
        某省人民政府办公厅关于分解政府工作报告重点工作的通知
        2019年的主要预期目标是:地区生产总值增长7%;城镇新增就业60万人。
        一、打好三大攻坚战
        打好防范化解重大风险攻坚战。
        1、规范政府举债行为,依法处置隐性债务。牵头单位:省财政厅;责任单位:省审计厅、省国资委,某银保监局等,各市州政府。
        2、开展非法金融活动专项整治。牵头单位:省地方金融监管局,人行某中心支行;责任单位:省公安厅
        3、加强督查。牵头单位:省政府办公厅。各地要按月报送进展。
        """
    for doc in (_doc(text), _doc(traditional(textwrap.dedent(text)))):
        first, second, third = doc.measures[1:]
        assert len(first.leads) == 1 and len(first.supports) == 4
        assert first.supports[-1] in ("各市州政府", traditional("各市州政府"))
        assert len(second.leads) == 2 and len(second.supports) == 1
        assert not third.leads and not third.responsible
    assert "牵头单位" not in _doc(text).measures[1].text


def test_a_table_one_cell_a_line_under_letter_spaced_headers() -> None:
    """序号 / 任 务 名 称 / 牵 头 部 门 / 配 合 部 门 stacked one cell a line: the unit columns are read
    though their names are letter-spaced."""
    doc = _doc("""
        某区2019年政府工作报告目标任务分解表
        序号
        任 务 名 称
        指 标 要 求
        牵 头 部 门
        配 合 部 门
        1
        地区生产总值
        增长6%
        区发改局
        区财政局、区统计局、各街道办事处
        2
        服务业增加值
        增长7%
        区发改局
        区商务局
        """)
    assert [(m.path, m.leads, m.supports) for m in doc.measures] == [
        ("1", ("区发改局",), ("区财政局", "区统计局", "各街道办事处")),
        ("2", ("区发改局",), ("区商务局",))]


def test_attached_tables_listed_by_number_each_open_a_sub_plan() -> None:
    """附件:1. X分解表 2. Y分解表, then 附件1 and X's title with a remark under it ((注:A类指…)): the
    remark is not run into the title, which opens sub-plan P1 over the table's rows."""
    doc = _doc("""
        各街道办事处:
        现将目标任务进行分解,请认真抓好落实。
        附件:1. 2019年《政府工作报告》目标任务分解表
        2. 2019年民生实事项目目标任务分解表
        某区人民政府办公室
        2019年2月15日
        附件1
        2019年《政府工作报告》目标任务分解表
        (注:A类指责任目标;B类指激励目标)
        序号
        任务名称
        牵头部门
        配合部门
        1
        地区生产总值
        区发改局
        区财政局
        """)
    assert [m.path for m in doc.measures] == ["P1", "P1.1"]
    assert doc.measures[0].heading == "2019年《政府工作报告》目标任务分解表"
    assert doc.measures[1].leads == ("区发改局",)


def test_a_bundled_plans_title_holding_quotes_run_into_its_preamble() -> None:
    """现将《贯彻落实〈X〉分工方案》《Y工作要点》印发给你们, then the first plan's title (with 《X》 in it,
    no plan title by its form) run on into its preamble: the title opens P1; the notice's own
    sentence naming the plans is not cut."""
    doc = _doc("""
        某市人民政府办公室关于印发两个文件的通知
        各区县人民政府:
        现将《贯彻落实〈某某对口合作实施方案〉重点任务分工方案》《某某对口合作2023年工作要点》印发给你们,请认真抓好贯彻落实。
        某市人民政府办公室
        2023年6月29日
        贯彻落实《某某对口合作实施方案》重点任务分工方案
        为深入贯彻落实《某某对口合作实施方案》要求,结合实际,制定分工方案如下。
        一、弘扬传承红色文化
        1.组织开展红色文化论坛。(两市市委宣传部牵头,两市市委组织部分工负责)
        """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.1"]
    assert doc.measures[0].heading == "贯彻落实《某某对口合作实施方案》重点任务分工方案"


def test_a_party_school_is_a_unit() -> None:
    """市委党校 (and 某行政学院) are named as bodies are: a keyless note of them is read. A school or
    a university is not (（含民办学校）, （某大学、某交通大学） are a scope or partners: the review's
    finding, tests/loaders/test_review_fifteenth.py)."""
    assert is_unit_name("市委党校") and is_unit_name("某行政学院") and not is_unit_name("某大学")
    doc = _doc("""
        一、加强教育培训
        1.将有关内容列入教学内容。(两市市委组织部、市委党校分工负责)
        """)
    assert doc.measures[1].responsible == ("两市市委组织部", "市委党校")


def test_short_items_of_even_width_are_no_hard_wrap() -> None:
    """A header (metadata on shared lines, the headline broken after 关于) above a list of short
    target items, each a sentence ending with its note and about as wide as the next: not taken
    for a text cut at a fixed width, so the header lines are not run together."""
    items = "\n".join(f"          {n}. {'生产总值' if n % 2 else '工业产值'}增长{n}%左右。(市发展改革委负责)"
                      for n in range(1, 13))
    doc = _doc("""
        索引号:  XX-2020-0001 主题分类:
        发文机构:  发文文号:  某政办发〔2020〕14号
        发文日期:  2020年05月21日 发布日期:  2020-05-26 14:04
        公文时效:  有效 发布机构:  某市人民政府办公室
        某市人民政府办公室关于
        落实《政府工作报告》重点工作分工的意见
        各区县人民政府:
          一、确保年度目标
        """ + items)
    assert doc.date == "2020-05-21"
    assert doc.title == "关于落实《政府工作报告》重点工作分工的意见"
    assert len(doc.measures) == 13 and doc.measures[1].responsible == ("市发展改革委",)
