import textwrap

import pytest

from policy_cascades.loaders import parse_document
from policy_cascades.loaders.text import match_marker, paragraphs


@pytest.mark.parametrize(("text", "label", "rank"), [
    ("一、总体要求", "一", 1), ("十二、加强领导", "十二", 1), ("（三）稳外贸", "(三)", 2),
    ("(三)稳外贸", "(三)", 2), ("15. 保障复产企业用工", "15", 3), ("１５．保障", "15", 3),
    ("6、实施社会保险补贴", "6", 3), ("（2）继续执行", "(2)", 4), ("第三条 适用范围", "第三条", 3),
    ("第二章 职责", "第二章", 0), ("第一部分 主责任务", "第一部分", 0), ("第三條 適用範圍", "第三条", 3),
    ("貳、保就業", "二", 1), ("（叁）稳外贸", "(三)", 2), ("1﹒全省生产总值增长8%", "1", 3),
    ("二﹑稳外贸", "二", 1),
])
def test_match_marker_labels(text: str, label: str, rank: int) -> None:
    marker = match_marker(text)
    assert marker is not None and (marker.label, marker.rank) == (label, rank)


@pytest.mark.parametrize("text", ["1.24 亿元，实施项目", "2020年3月6日", "3000 万元，规模扩大", "各部门要抓好落实"])
def test_match_marker_not_a_marker(text: str) -> None:
    assert match_marker(text) is None


def test_paragraphs_join_a_sentence_broken_across_lines() -> None:
    lines = ["3. 强化重要物资供应保障。根据重要商品供", "", "求变化，及时调度。（责任人：", "", "路德芝；牵头单位：区商务局）", "", "4. 下一项。"]
    paras = paragraphs(lines)
    assert [p.text[:6] for p in paras] == ["3. 强化重", "4. 下一项"]
    assert (paras[0].line, paras[0].end_line) == (1, 5)


def test_parse_document_articles_numbered_di_n_tiao() -> None:
    text = textwrap.dedent("""\
        淄政办发〔2020〕9号
        淄博市人民政府办公室关于印发淄博市就业补助资金管理办法的通知
        各区县人民政府，市政府各部门：
        现将《淄博市就业补助资金管理办法》印发给你们。
        淄博市人民政府办公室
        2020年5月8日
        第一章 总则
        第一条 为规范就业补助资金管理，制定本办法。（责任单位：市财政局、市人力资源社会保障局）
        第二条 本办法适用于全市。
        第二章 资金使用
        第三条 就业补助资金用于职业培训补贴。
        """)
    doc = parse_document(text, "articles.txt")
    assert (doc.doc_number, doc.region, doc.level, doc.date) == ("淄政办发〔2020〕9号", "淄博市", "municipal", "2020-05-08")
    assert doc.title == "关于印发淄博市就业补助资金管理办法的通知"
    assert [m.path for m in doc.measures] == ["第一章", "第一章.第一条", "第一章.第二条", "第二章", "第二章.第三条"]
    assert doc.measures[1].responsible == ("市财政局", "市人力资源社会保障局")


def test_a_long_line_holding_a_whole_document_is_cut_into_lines() -> None:
    from policy_cascades.loaders.runon import split_run_on

    chrome = "法定主动\n公开内容\n\n政府信息\n公开年报\n\n发布时间: 2021-06-04\n"
    body = ("  • 某某县人民政府 印发《实施方案》的通知 各乡镇: 现将《实施方案》印发给你们,请认真抓好贯彻落实。 "
            "某某县人民政府 2021年4月20日 实施方案 为进一步巩固拓展脱贫攻坚成果," + "接续推动我县发展," * 30 +
            "现提出如下实施方案。 一、总体要求 (一)指导思想。以习近平新时代中国特色社会主义思想为指导。 (二)工作原则。坚持稳中求进。")
    lines = split_run_on(chrome + body).split("\n")
    assert "2021年4月20日" in lines and "一、总体要求" in lines and lines[:2] == ["法定主动", "公开内容"]


def test_headings_nest_under_a_part() -> None:
    doc = parse_document(textwrap.dedent("""\
        某某区人民政府办公室关于印发任务分工方案的通知
        各街道办事处：
        现将方案印发给你们。
        第一部分 区政府主责任务
        一、主要指标
        （一）约束性指标
        1.水质达到Ⅳ类。
        牵头单位:区水务局
        第二部分 区政府配合任务
        一、重点工作
        1.推进综合交通。
        牵头单位:区交通局
    """), "parts.txt")
    assert [(m.path, m.kind) for m in doc.measures] == [
        ("第一部分", "section"), ("第一部分.一", "section"), ("第一部分.一.(一)", "section"),
        ("第一部分.一.(一).1", "item"), ("第二部分", "section"), ("第二部分.一", "section"),
        ("第二部分.一.1", "item")]
    assert doc.measures[3].leads == ("区水务局",)


def test_a_long_line_is_cut_when_it_holds_items_not_when_it_enumerates_inline() -> None:
    from policy_cascades.loaders.runon import split_run_on

    chrome = "首页\n政策文件\n发布时间：2020-02-01\n来源：办公厅\n\n"
    items = ("一、加大支持力度 (一)保障重点企业生产。" + "对防控疫情重点保障企业给予支持，优先配置用地用水等指标。" * 9 +
             "(自治区发展改革委负责) (二)建立流通绿色通道。" + "采购防控疫情相关物资的，可不执行政府采购程序。" * 6)
    inline = "主要包括：" + "（一）加强组织领导，" * 30 + "；（二）强化资金保障；（三）严格督查考核。"
    assert "(二)建立流通绿色通道。" in split_run_on(chrome + items).split("\n")
    assert split_run_on(chrome + inline) == chrome + inline


def test_a_plan_title_glued_to_the_publication_remark_starts_the_bundled_plan() -> None:
    from policy_cascades.loaders.runon import split_run_on

    body = ("各镇人民政府，县政府各部门： 《2022年重点工作责任分解》和《2022年民生实事项目责任分解》已经县政府同意，"
            "现印发给你们，请认真贯彻执行。" + "各级各部门要高度重视，加强组织领导，明确具体任务。" * 12 +
            " 某某县人民政府办公室 2022年4月18日 (此件公开发布) 2022年重点工作责任分解 一、县长牵头重点工作 "
            "1.全县生产总值增长7.5%左右。 责任单位:县发改局、县财政局 2.落实过紧日子要求。 责任单位:县财政局 "
            "二、常务副县长牵头重点工作 1.坚持集体学法。 责任单位:县司法局")
    text = "首页\n信息公开\n\n发布时间：2022-04-19\n\n" + body
    assert "2022年重点工作责任分解" in split_run_on(text).split("\n")
    doc = parse_document(text, "bundle.txt")
    assert [m.path for m in doc.measures][:3] == ["P1", "P1.一", "P1.一.1"]
    assert doc.measures[2].responsible == ("县发改局", "县财政局")


def test_a_task_table_of_projects_and_their_steps_with_unit_columns() -> None:
    # 实事项目 and 工作举措及实施计划 are both task columns (the steps join the project's text);
    # 责任单位 and 配合单位 are the note; the last row, cut by the excerpt, is read with what it has
    doc = parse_document(textwrap.dedent("""\
        某某区人民政府关于2022年民生实事项目的通知
        序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |
        1 | 新建公办幼儿园7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 区教育局 | 区发改局、区住建局,各镇(街道) |
        2 | 新增托位500个。 | 1.6月底前新增200个。 | 区卫生健康局 | 区财政局 |
        3 | 实施农村公路大中修100公里。 | 1.7月底前开工;11月
    """), "table.txt")
    # row 1's steps 1. 2. are its points (dev/linan's truth: 1.1, 1.2); row 2's lone step is not
    assert [m.path for m in doc.measures] == ["1", "1.1", "1.2", "2", "3"]
    assert doc.measures[0].responsible == ("区教育局",)
    assert doc.measures[0].supports == ("区发改局", "区住建局", "各镇(街道)")
    assert "8月底前竣工交付" in doc.measures[0].text


@pytest.mark.parametrize("label", ["", "附件1\n"])  # the plan's title below its 附件1 label, or not
def test_a_plan_attached_after_the_notices_own_outline_is_a_sub_plan(label: str) -> None:
    doc = parse_document(textwrap.dedent("""\
        各区人民政府，市人民政府各部门：
        《2022年目标任务责任分解方案》已经市人民政府同意，现印发给你们，并就有关事项通知如下。
        一、加强工作统筹。各责任单位要制订工作方案。
        二、精准高效督办。各牵头单位要按季度报送进展。
        某某市人民政府办公厅
        2022年1月22日
    """) + label + textwrap.dedent("""\
        2022年目标任务
        责任分解方案
        一、经济社会发展主要预期目标
        （一）地区生产总值增长7.5%。（牵头单位：市发改委；责任单位：各区人民政府〈含开发区、
    """), "attached.txt")
    assert [m.path for m in doc.measures] == ["一", "二", "P1", "P1.一", "P1.一.(一)"]
    assert [(m.path, m.heading) for m in doc.measures][2:4] == [
        ("P1", "2022年目标任务责任分解方案"), ("P1.一", "经济社会发展主要预期目标")]  # no 附件1 in it
    assert doc.measures[4].leads == ("市发改委",) and doc.measures[4].responsible == ()  # cut inside 〈〉
    assert not [w for w in doc.warnings if "after the end" in w.message]


def test_a_long_line_with_one_section_and_its_items_is_cut() -> None:
    from policy_cascades.loaders.runon import split_run_on

    chrome = "首页 |\n|\n某某市人民政府 关于做好就业创业工作的意见\n"
    body = ("各县（市、区）人民政府，市政府各部门： 为做好就业创业工作，现提出以下意见： 一、实施就业优先战略 "
            "1.坚持就业优先。" + "把稳定和扩大就业作为优先选项予以充分考虑。" * 6 + "（市发展改革委牵头，市财政局参加） "
            "2.发挥小微企业就业主渠道作用。" + "落实减税降费政策。" * 5)
    lines = split_run_on(chrome + body).split("\n")
    assert "一、实施就业优先战略" in lines and any(line.startswith("2.发挥小微企业") for line in lines)
    doc = parse_document(chrome + body, "longline.txt")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]
    assert (doc.measures[1].leads, doc.measures[1].supports) == (("市发展改革委",), ("市财政局",))


def test_an_item_number_glued_to_a_quantity_is_read_in_sequence() -> None:
    doc = parse_document(textwrap.dedent("""\
        关于印发2022年实事项目的通知
        各镇人民政府：
        现将实事项目印发给你们。
        1.既有多层住宅加装电梯新增400台。
        2.50个小区新增电动自行车充电设施。
        3.新建40个早餐网点。
        2.5亿元用于老旧小区改造。
    """), "glued.txt")
    assert [m.path for m in doc.measures] == ["1", "2", "3"]
    assert doc.measures[1].text.startswith("50个小区")


def test_a_progress_table_one_cell_a_line_under_a_breadcrumb() -> None:
    doc = parse_document(textwrap.dedent("""\
        当前位置:首页
        > 政务公开 > 工作报告
        市政府2020年重点工作一季度进展情况表
        序号
        内容与要求
        进展情况
        责任单位
        1
        确保地区生产总值增长7%左右。
        1-2月主要经济指标实现正增长。
        市发改委
        2
        持续推进重大项目攻坚。
        全市固定资产投资同比下降12.7%。
        市发改委、市财政局
    """), "progress.txt")
    assert doc.title == "市政府2020年重点工作一季度进展情况表"
    assert [(m.path, m.responsible) for m in doc.measures] == [
        ("1", ("市发改委",)), ("2", ("市发改委", "市财政局"))]


def test_indents_saved_as_question_marks_are_no_text() -> None:
    doc = parse_document(textwrap.dedent("""\
        各部、委、办、局，各街道、镇：
        ??《营商环境建设行动方案》已经区人民政府同意，现印发给你们。
        上海市某某区人民政府办公室
        2021年3月5日
        某某区营商环境建设行动方案
        ??一、让企业办事更省心
        ??(一)提升线上服务友好度。具体措施：
        ??1.加强系统集成。(责任单位：区府办、区行政服务中心)
        ??2.推广远程身份核验？（责任单位：区科委）
    """), "indents.txt")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
    assert doc.measures[3].responsible == ("区科委",)


def test_a_table_one_cell_a_line_with_a_target_column_or_two_columns_of_units() -> None:
    doc = parse_document(textwrap.dedent("""\
        关于印发2022年区政府工作报告目标任务的通知
        各镇人民政府、街道办事处：
        现印发给你们。
        附件:1. 2022年预期目标任务分解表
        2. 2022年重点工作任务分解表
        某某区人民政府办公室
        2022年1月21日
        附件1
        2022年预期目标任务分解表
        序号
        2022年预期目标
        责任单位
        1
        地区生产总值增长5.5%左右
        区发展改革委
        附件2
        2022年重点工作任务分解表
        序号
        工作任务
        牵头单位
        配合单位
        1
        联动共建科学城
        区科技局
        区发展改革委、区财政局
    """), "stacked.txt")
    assert [m.path for m in doc.measures] == ["P1", "P1.1", "P2", "P2.1"]
    assert doc.measures[1].responsible == ("区发展改革委",)
    assert (doc.measures[3].leads, doc.measures[3].supports) == (("区科技局",), ("区发展改革委", "区财政局"))


def test_enclosed_number_labels_are_read_as_the_labels_they_stand_for() -> None:
    text = textwrap.dedent("""\
        某某县人民政府关于做好稳就业工作的通知
        各乡镇人民政府，县政府各部门：
        现就有关事项通知如下。
        一、主要目标
        ㈠就业目标。
        ⒈城镇新增就业稳步扩大。
        ⒉失业率控制在5%以内。
        ⑴城镇登记失业率。
        ⑵调查失业率。
        ⒊创业带动就业。重点做好：①返乡创业；②大学生创业；③退役军人创业。
        """)
    doc = parse_document(text, "enclosed.txt")
    assert [m.path for m in doc.measures] == [
        "一", "一.(一)", "一.(一).1", "一.(一).2", "一.(一).2.(1)", "一.(一).2.(2)",
        "一.(一).3", "一.(一).3.(1)", "一.(一).3.(2)", "一.(一).3.(3)"]


def test_a_circled_number_opening_a_line_is_a_point() -> None:
    from policy_cascades.loaders.text import plain_labels

    marker = match_marker(plain_labels("①加大稳岗返还力度。"))  # its label as printed, as truth files write it
    assert marker is not None and (marker.label, marker.number, marker.rest) == ("①", 1, "加大稳岗返还力度。")
    assert plain_labels("比上年增长①") == "比上年增长①"  # inside a sentence: left as printed


def test_headings_run_on_after_a_full_stop_are_entries_of_their_own() -> None:
    text = textwrap.dedent("""\
        某某区2021年重点工作安排
        一、推动经济发展
        (一)完成全年财政收入目标。(二)引进重点企业10家。加强企业服务。(三)推进园区建设（责任单位：区发展改革委）。
        二、改善民生
        (一)新增就业岗位5000个；(二)完成老旧小区改造20个。
        """)
    doc = parse_document(text, "siblings.txt")
    assert [m.path for m in doc.measures] == [
        "一", "一.(一)", "一.(二)", "一.(三)", "二", "二.(一)", "二.(二)"]
    assert doc.measures[3].responsible == ("区发展改革委",) and doc.measures[2].responsible == ()


def test_a_signing_date_that_lost_its_nian_yue_ends_the_signature_before_a_bundled_plan() -> None:
    text = textwrap.dedent("""\
        关于印发区政府2021年工作要点及专项方案的通知
        各街道办事处，区政府各部门：
        现将《某某区人民政府2021年工作要点》《专项攻坚工作方案》印发给你们，请认真贯彻落实。
        某某区人民政府办公室
        2021315
        某某区人民政府
        2021年工作要点
        一、稳定经济
        (一)落实援企政策。
        """)
    doc = parse_document(text, "bundle.txt")
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.(一)"]
    assert doc.measures[0].heading == "某某区人民政府2021年工作要点"


def test_a_page_glued_into_one_line_without_spaces_keeps_its_outline() -> None:
    """A text whose line breaks were removed with nothing in their place: a heading glued to its
    first item (…重点工作1．…), an item glued to the units of the one before (…省财政厅2．…). The
    labels that continue their numbering are entries; a number out of sequence (增长2.5%, 一、二季度
    read after 三、) and a chrome list's numbers (1. <tag>) are not."""
    from policy_cascades.loaders.document import parse_document

    text = ("某省人民政府办公厅关于印发重点工作责任分解的通知各市人民政府，省政府各部门：现将重点工作责任分解"
            "印发给你们。一、省长主抓重点工作1．稳企业、防风险。增长2.5%左右。牵头单位：省发展改革委、省财政厅"
            "2．推进数字化转型。牵头单位：省大数据局二、副省长主抓重点工作1．稳定粮食生产。牵头单位：省农业农村厅"
            "三、其他工作确保一、二季度平稳。")
    doc = parse_document(text, "glued.txt")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2", "二", "二.1", "三"]
    assert [m.leads for m in doc.measures if m.kind == "item"] == [
        ("省发展改革委", "省财政厅"), ("省大数据局",), ("省农业农村厅",)]


def test_a_notice_stored_as_one_line_under_a_few_lines_of_chrome() -> None:
    """A page whose chrome keeps its line breaks above a notice stored as one long line (red header,
    文号, title, addressees, signing date, attached plan): the notice is read as a laid-out one."""
    from policy_cascades.loaders.document import parse_document

    notice = ("某某自治区人民政府 文件 某政发〔2021〕19号 关于印发2021年自治区国民经济和 社会发展计划的通知 "
              "各州、市人民政府，各行政公署，自治区人民政府各部门： 2021年自治区国民经济和社会发展计划已经审议批准。"
              "现将计划印发你们，请据此安排好本地区、本部门工作。 某某自治区人民政府 2021年2月28日 （此件公开发布） "
              + "附件：2021年自治区国民经济和社会发展计划 2021年是“十四五”规划的开局之年，做好经济工作意义重大。" * 8)
    page = "首页 > 政务公开 > 政策文件\n来源：办公室    点击数：1287\n发布时间：2021-03-23\n字体【大 中 小】  打印本页\n"
    doc = parse_document(page + notice, "page.txt")
    assert doc.doc_number == "某政发〔2021〕19号"
    assert doc.title == "关于印发2021年自治区国民经济和社会发展计划的通知"
    assert doc.date == "2021-02-28"


def test_a_plan_title_glued_to_its_first_heading_on_a_one_line_page() -> None:
    """On a page stored as one line, the attached plan's title runs into its first heading (…方案一、
    经济…, …方案第一部分 主责任务): the heading still opens the outline, and its part holds it."""
    from policy_cascades.loaders.document import parse_document

    notice = ("某市人民政府办公厅关于印发责任分解方案的通知 各区（市）县政府，市政府各部门： 现将方案印发你们，请认真组织实施。"
              " 某市人民政府办公厅 2019年2月19日 ")
    plan = ("责任分解方案一、 经济社会发展主要预期目标 （一） 地区生产总值增长7.5%左右。（牵头单位：市发改委）"
            " （二） 全社会固定资产投资增长10%。（牵头单位：市发改委） 二、 主要工作任务")
    doc = parse_document(notice + plan, "glued.txt")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "二"]
    parts = parse_document(notice + "任务分工方案第一部分 区政府主责任务 一、主要指标 1.森林覆盖率达到36.5%。牵头单位：区园林绿化局",
                           "parts.txt")
    assert [m.path for m in parts.measures] == ["第一部分", "第一部分.一", "第一部分.一.1"]


def test_a_one_line_page_with_a_red_header_glued_to_its_number_and_an_empty_count() -> None:
    # a page stored as one line: 浏览次数: with no number, then the red header glued to its 文号
    line = ("来源:某省政府网 发布时间:2020年03月25日 11:31 浏览次数:某省人民政府文件某政发〔2020〕16号"
            "关于印发《某省关于进一步做好稳就业工作的实施意见》的通知各市、县人民政府，省政府各部门："
            "《实施意见》已经省政府同意，现印发给你们。一、稳定就业岗位。二、支持创业。")
    doc = parse_document(line.replace("某省", "海南省").replace("某政发", "琼府发"), "page.txt")
    assert doc.doc_number == "琼府发〔2020〕16号"
    assert doc.issuers == ("海南省人民政府",)
    assert doc.title == "关于印发《海南省关于进一步做好稳就业工作的实施意见》的通知"
