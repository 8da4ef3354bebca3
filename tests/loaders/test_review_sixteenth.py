"""Over-firings a review with fresh eyes found in the sixteenth session's extraction rules, each
on a made-up text: what the rule must not do."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument


def _both(text: str) -> tuple[PolicyDocument, PolicyDocument]:
    plain = textwrap.dedent(text).strip("\n")
    return parse_document(plain, "test.txt"), parse_document(traditional(plain), "test.txt")


def test_a_county_page_quoting_its_citys_targets_stays_in_the_county() -> None:
    """A county's page under its portal's name, addressing its towns and departments, that says
    全市 of its city's plan more often than 我县: the county, not the city."""
    for doc in _both("""
        江安县人民政府 www.jiangan.gov.cn 发布时间: 2022-05-10
        关于印发2022年政务公开工作要点任务分工的通知
        各乡镇人民政府,县直各单位:
        为贯彻落实《宜宾市2022年政务公开工作要点》,结合我县实际,现将任务分工印发给你们。
        一、深化政策解读。按照全市统一部署,做好政策解读。
        二、推进基层公开。落实全市基层政务公开标准化要求。
        三、强化考核。全市将把任务完成情况纳入目标考核,各乡镇要抓好落实。
        """):
        assert (doc.region, doc.level) == ("江安县", "county")


def test_a_citys_short_name_before_a_landmarks_is_no_county() -> None:
    """杭州西湖风景名胜区管理委员会: the city's short name, then a county's (西湖) opening a landmark's
    name, not a body of the county's government: the city's committee."""
    for doc in _both("""
        杭州西湖风景名胜区管理委员会关于印发景区提升行动方案的通知
        各处、室,各管理处:
        现将《景区提升行动方案》印发给你们,请认真贯彻执行。
        杭州西湖风景名胜区管理委员会
        2021年3月5日
        一、提升景区服务。
        """):
        assert (doc.region, doc.level) == ("杭州市", "municipal")


def test_the_pages_signing_date_wins_over_an_adoption_date() -> None:
    """成文日期 above a 办法 adopted at a meeting (…常务会议审议通过): the page's signing date; a 规章's
    bracket that goes on to its publication is no adoption line."""
    for adopted in ("(2021年6月10日市人民政府第30次常务会议审议通过)",
                    "(2021年6月10日市人民政府第30次常务会议审议通过\n2021年7月1日某市人民政府令第5号公布)"):
        for doc in _both(f"""
            成文日期:2021年07月01日
            发布日期:2021年07月05日
            某市城市绿化管理办法
            {adopted}
            第一章 总则
            第一条 为了加强城市绿化管理,制定本办法。
            """):
            assert doc.date == "2021-07-01", adopted


def test_a_title_that_lost_its_closing_mark_does_not_swallow_the_notice() -> None:
    """关于印发《某县乡村振兴实施方案的通知 (its 》 lost), then the notice's sentence quoting the plan
    with both marks: the title is the first line alone."""
    for doc in _both("""
        关于印发《某县乡村振兴实施方案的通知
        现将《某县乡村振兴实施方案》印发给你们,请认真组织
        实施。
        某县人民政府办公室
        2021年3月5日
        一、总体要求
        """):
        assert "现将" not in doc.title and "現將" not in doc.title


def test_a_spaced_number_row_under_a_sentence_is_no_date() -> None:
    """2019 3 20 under a sentence (a flattened table's row, no signature printed): no signing date."""
    for doc in _both("""
        某县统计局关于2019年一季度主要经济指标的通报
        各乡镇人民政府,县直各部门:
        现将2019年一季度主要经济指标通报如下。
        2019 3 20
        一、地区生产总值
        (一)第一产业增加值增长3%。
        """):
        assert doc.date is None


def test_a_cited_basis_that_lost_a_mark_is_no_bundle() -> None:
    """根据省政府的部署》《某省乡村振兴规划》和《某省农业现代化规划》的要求,现将实施方案印发: the 》 after a
    phrase that is no plan's title gives no bundle, though a heading below repeats a cited title."""
    for doc in _both("""
        某县人民政府关于印发某县乡村振兴实施方案的通知
        各乡镇人民政府,县直各部门:
        根据省政府的部署》《某省乡村振兴规划》和《某省农业现代化规划》的要求,现将实施方案印发给你们,请认真贯彻执行。
        某县人民政府
        2021年3月5日
        某省乡村振兴规划
        一、总体要求
        (一)指导思想。
        """):
        assert not any(m.path.startswith("P") for m in doc.measures)


def test_a_placeless_city_office_quoting_its_provinces_words_stays_in_the_city() -> None:
    """市人民政府办公厅 (its place taken off, as tools/perturb_extraction's placelessall prints it) over a
    text that names its province and speaks of 全省 more than of 全市: the 文号's city, at the level its
    issuer's word says, not the province."""
    for doc in _both("""
        市人民政府办公厅关于印发进一步优化营商环境若干措施的通知
        榕政办〔2019〕10号
        各区人民政府,市直各委、办、局:
        《福州市进一步优化营商环境的若干措施》已经市政府同意,现印发给你们,请认真组织实施。
        市人民政府办公厅
        2019年1月16日
        为贯彻落实福建省践行“马上就办”提升营商环境工作推进方案,现提出若干措施。
        一、严格落实全省统一的招投标政策,执行全省统一的市场准入规则。
        二、落实全省营商环境工作推进方案,对标全省先进水平。
        """):
        assert (doc.region, doc.level) == ("福州市", "municipal")


def test_a_one_line_page_whose_keywords_run_into_the_title() -> None:
    """关键词: 文件选辑 某市 2020年内容中共某市委员会某市人民政府关于印发《…》的通知: on a page whose line breaks
    were lost, the title glued after a 关键词 field is still read (关键词 is no label that ends the line)."""
    text = ("文件选辑 知识类型: 析出资源 内容出处: 《某市年鉴2021》 摘要: 本文记述了2020年某市人民政府关于各方面的"
            "文件实施方案的通知信息。 关键词: 文件选辑 某市 2020年 内容 中共某市委员会某市人民政府关于印发《某市关于抓好"
            "“三农”领域重点工作的实施方案》的通知 某党发〔2020〕1号 各县区党委、人民政府,市直各部门: 《某市关于抓好“三农”"
            "领域重点工作的实施方案》已经市委、市政府同意,现印发给你们,请结合实际认真贯彻落实。 中共某市委员会 某市人民政府 "
            "2020年3月10日 一、总体要求 (一)指导思想。做好今年“三农”工作,事关全局。")
    doc = parse_document(text, "test.txt")
    assert doc.title == "关于印发《某市关于抓好“三农”领域重点工作的实施方案》的通知"


def test_an_indicator_table_is_no_task_table() -> None:
    """序号|指标|目标|责任单位 under a section (a plan's indicators and their target values): no unit is
    put on the section heading, and no target value is read as an item."""
    for doc in _both("""
        某县人民政府关于印发某县“十四五”教育发展规划的通知
        各乡镇人民政府,县直各部门:
        现将《某县“十四五”教育发展规划》印发给你们,请认真贯彻执行。
        某县人民政府
        2021年9月1日
        一、发展目标
        主要指标如下:
        序号|指标|目标|责任单位
        1|学前教育毛入园率|95%|县教育局
        2|义务教育巩固率|99%|县教育局
        """):
        assert doc.measures[0].path == "一" and doc.measures[0].responsible == ()


def test_an_assessment_rubric_printed_one_cell_a_line_gives_no_items() -> None:
    """序号 / 考核内容 / 考核标准 / 分值 / 责任单位, one cell a line (a scoring rubric): no row read as a task
    whose score numbers its unit (10.县政府办)."""
    for doc in _both("""
        某县人民政府办公室关于印发某县2022年政务公开工作考核细则的通知
        各乡镇人民政府,县直各部门:
        现将《某县2022年政务公开工作考核细则》印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2022年3月1日
        某县2022年政务公开工作考核细则
        序号
        考核内容
        考核标准
        分值
        责任单位
        1
        政策解读
        未按要求开展解读的,每项扣1分。
        10
        县政府办
        """):
        assert doc.measures == ()


def test_duty_phrases_after_a_unit_are_no_part_of_its_name() -> None:
    """(责任单位:市委宣传部,各县区政府按照职能职责分别落实), …分别负责落实, …负责落实: the unit's name alone."""
    for note in ("责任单位:市委宣传部,各县区政府按照职能职责分别落实", "责任单位:市委宣传部,各县区政府分别负责落实"):
        for doc in _both(f"""
            某市人民政府办公室关于印发政务公开工作要点的通知
            各县区人民政府,市直各部门:
            现将《政务公开工作要点》印发给你们,请认真贯彻执行。
            某市人民政府办公室
            2022年3月1日
            一、加强政策解读
            (一)做好政策发布解读。({note})
            """):
            assert [simplified(u) for u in doc.measures[1].responsible] == ["市委宣传部", "各县区政府"], note



_BORDERED = ("某市人民政府办公室关于印发2021年政务公开工作任务分解方案的通知\n各县(市、区)人民政府,市直有关单位:\n"
             "现将《2021年政务公开工作任务分解方案》印发给你们,请认真组织实施。\n某市人民政府办公室\n2021年7月6日\n"
             "2021年政务公开工作任务分解方案\n工作任务\n|\n工作要求\n|\n牵头单位\n|\n责任单位\n|\n一、深化政务公开\n|\n|||\n"
             "1.主动公开规划纲要\n|\n设立专题集中展示\n|\n市发展改革委\n市自然资源和规划局\n|\n市直有关单位\n|\n"
             "2.归集整理历史规划\n|\n集中发布\n|\n|\n市直有关单位\n|\n")


def test_a_bordered_tables_cells_are_told_apart_by_its_borders() -> None:
    """A table printed one cell a line with its borders on lines of their own: a cell of units printed
    one unit a line is one cell (both lead), and an empty cell (two borders, nothing between) keeps
    the next cell in its own column (the 责任单位, not the 牵头单位)."""
    for doc in (parse_document(_BORDERED, "test.txt"), parse_document(traditional(_BORDERED), "test.txt")):
        assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]
        assert [simplified(u) for u in doc.measures[1].leads] == ["市发展改革委", "市自然资源和规划局"]
        assert [simplified(u) for u in doc.measures[1].supports] == ["市直有关单位"]
        assert doc.measures[2].leads == () and [simplified(u) for u in doc.measures[2].responsible] == ["市直有关单位"]


def test_a_pipe_table_headed_by_its_targets_and_tasks() -> None:
    """序号|目标任务|牵头单位|配合单位: the 目标任务 column is the rows' tasks, each row an item with its units."""
    for doc in _both("""
        某区人民政府关于印发2022年主要目标任务责任分解的通知
        各街道,区各办局:
        现将责任分解表印发给你们,请认真贯彻执行。
        某区人民政府
        2022年2月10日
        序号|目标任务|牵头单位|配合单位
        1|老城复兴样板区要见成效|住建局|新闸街道、发改局
        2|数字经济先导区要树标杆|工信局|经开区
        """):
        assert [m.path for m in doc.measures] == ["1", "2"]
        assert [simplified(u) for u in doc.measures[0].leads] == ["住建局"]
        assert [simplified(u) for u in doc.measures[1].supports] == ["经开区"]
