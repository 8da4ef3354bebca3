"""Classes of misses met in the dev batches of the seventeenth session (44 and 45), each shown on a
made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.document import parse_document
from tests.loaders.made_up import parse as _doc


def test_metadata_pairs_run_together_on_a_line_are_each_read() -> None:
    """索 引 号 :1144…/2020-00123发布机构 :某市某区人民政府办公室: a label of four characters glued
    to the value before it opens a pair of its own, so the 发布机构 names the issuer in full (the
    city's name before the district's, which the headline leaves out)."""
    doc = _doc("""
        名  称:鼓楼区人民政府办公室关于印发鼓楼区稳就业若干措施的通知
        索 引 号 :111200001120101MB0Q103171/2020-00123发布机构 :南京市鼓楼区人民政府办公室
        发文字号:鼓政办规〔2020〕2号
        鼓楼区人民政府办公室关于印发鼓楼区稳就业若干措施的通知
        各街道办事处,区政府各部门:
        现将《鼓楼区稳就业若干措施》印发给你们,请认真遵照执行。
        2020年7月1日
        鼓楼区稳就业若干措施
        一、支持企业稳岗
        (一)落实援企稳岗政策。
        """)
    assert list(doc.issuers) == ["南京市鼓楼区人民政府办公室"]
    assert doc.doc_number == "鼓政办规〔2020〕2号"
    assert doc.region == "南京市鼓楼区"  # one of several 鼓楼区, told apart by the 发布机构


def test_a_keyless_note_whose_remark_holds_a_bracketed_name_is_read() -> None:
    """〔X牵头,A、B参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)
    落实,不再列出。〕: the remark after 。 may name a collective with its bracket."""
    doc = _doc("""
        韶关市打赢蓝天保卫战实施方案
        一、工作任务
        1.制定实施准入清单。完成编制工作。〔市生态环境局牵头,市发展和改革局、自然资源局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["市生态环境局"]
    assert list(item.supports) == ["市发展和改革局", "自然资源局", "各县、区人民政府(管委会)"]


def test_units_that_lead_and_supervise_lead() -> None:
    """(A、B牵头督导,C、D参与): 牵头督导 is a lead's role; the note is read, cut by the excerpt's
    end after a 、 or not."""
    for end in ("市水务局参与)", "市水务局、"):
        doc = _doc(f"""
            韶关市打赢蓝天保卫战实施方案
            一、工作任务
            1.排查整治“散乱污”企业。基本完成整治任务。(市生态环境局、工业和信息化局牵头督导,市公安局、{end}
            """)
        item = doc.measures[1]
        assert list(item.leads) == ["市生态环境局", "工业和信息化局"]
        assert list(item.supports) == ["市公安局", "市水务局"]  # the last name whole before its 、


def test_a_note_in_square_brackets_the_excerpt_cut_in_its_remark() -> None:
    """〔A、B牵头,C等参与,各县(市、区)人民政府、某产业园管委会负责落实。以下均需…落实 and the text
    ends: the note is read up to its 。, its last unit whole before its duty words."""
    doc = _doc("""
        百色市土壤污染防治工作方案
        一、重点工作任务
        1.开展土壤污染状况详查。2020年底前完成详查。〔市环境保护局、农业局牵头,市财政局、林业局等参与,各县(市、区)人民政府、百色高新区管委会负责落实。以下均需各县(市、区)人民政府、百色高新区管委会落实
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["市环境保护局", "农业局"]
    assert list(item.supports) == ["市财政局", "林业局", "各县(市、区)人民政府", "百色高新区管委会"]


def test_a_line_of_units_under_a_note_line_is_the_tables_next_cell() -> None:
    """牵头单位:X / 配合单位:A、B / 各乡镇(街道)、某某建管办 (a third cell, its label lost): the
    units of the last line are no part of B's name; they support the lead."""
    doc = _doc("""
        滑县2018年水污染防治攻坚战实施方案
        一、重点任务
        1. 深入开展城市黑臭水体整治。2018年10月底前全面消除黑臭水体。
        牵头单位:县住建局
        配合单位:县发改委、县农业局
        各乡镇(街道)、县城建管办
        2. 推进工业污染源达标排放。
        """)
    item = doc.measures[1]
    assert list(item.leads) == ["县住建局"]
    assert list(item.supports) == ["县发改委", "县农业局", "各乡镇(街道)", "县城建管办"]
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2"]


def test_question_marks_before_a_signature_are_lost_spaces() -> None:
    """??? 某市人民政府办公室 / ???? 2019年8月26日, and lines of nothing but ?: spaces a page lost,
    so the signature and its date are read."""
    doc = _doc("""
        各市(区)人民政府,市各委、办、局:
        《盐城市长江保护修复攻坚战行动计划实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。
        ?
        ??? 盐城市人民政府办公室
        ???? 2019年8月26日
        (此件公开发布)
        ?
        盐城市长江保护修复攻坚战行动计划实施方案
        一、工作目标
        到2020年底,水质优良比例达到100%。
        """)
    assert list(doc.issuers) == ["盐城市人民政府办公室"]
    assert doc.date == "2019-08-26"


def test_a_pages_markup_stored_as_its_text_is_read_as_lines() -> None:
    """<p>…</p><p style="text-align: right;"> 某省人民政府</p>…<p><strong> 一、指导思想</strong></p>:
    the paragraphs are lines, the tags gone, so the signature, its date and the outline are read
    (found in a real page's text and in a heading the linker was given with its tags)."""
    doc = _doc("""
        文号 :陕政发〔2018〕13号
        <p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《陕西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。</p><p style="text-align: right;"> 陕西省人民政府</p><p style="text-align: right;"> 2018年3月27日</p><p><br/></p><p style="text-align: center;"><strong>陕西省激发重点群体活力带动城乡居民增收的实施方案</strong></p><p><strong> 一、指导思想</strong></p><p> 以习近平新时代中国特色社会主义思想为指导。</p><p><strong> 二、总体目标</strong></p>
        """)
    assert doc.date == "2018-03-27"
    assert list(doc.issuers) == ["陕西省人民政府"]
    assert [(m.path, m.heading) for m in doc.measures] == [("一", "指导思想"), ("二", "总体目标")]


def test_a_plans_period_on_the_line_under_its_title_is_part_of_it() -> None:
    """某市生态河湖行动计划 / (2018-2020年): the period in brackets on a line of its own ends the title."""
    doc = _doc("""
        日前,江苏常州印发《常州市生态河湖行动计划(2018—2020年)》。全文如下:
        常州市生态河湖行动计划
        (2018-2020年)
        水是人类赖以生存的重要自然资源。
        一、总体要求
        (一)指导思想。全面贯彻落实党的十九大精神。
        """)
    assert doc.title == "常州市生态河湖行动计划(2018-2020年)"


def test_a_navigation_line_opening_with_a_sites_name_is_no_part_of_the_title() -> None:
    """某区政府网政务公开重点工作…公示 (a breadcrumb that lost its >), then the title, on a page that
    double-spaces its lines (so the two are read as next to each other)."""
    lines = ["綦江政府网", "导航", "綦江政府网政务公开重点工作公益事业领域生态环境生态环境公示",
             "綦江区创建国家生态文明建设示范区指挥部办公室2019年度创建工作计划",
             "綦江区政府网 www.cqqj.gov.cn2019-06-21 11:30来源:綦江政府网",
             "为全面提升綦江区生态文明建设水平,创建国家生态文明建设示范区,制定本年度工作计划。",
             "一、指导思想", "以习近平生态文明思想为指导,坚持生态优先。", "二、工作目标",
             "到2019年底,完成创建指标。", "三、重点任务", "(一)加强生态保护。", "(二)推进污染防治。"]
    doc = parse_document("\n\n".join(lines), "test.txt")
    assert doc.title == "綦江区创建国家生态文明建设示范区指挥部办公室2019年度创建工作计划"
