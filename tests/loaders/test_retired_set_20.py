"""Classes of misses met in eval20/ once it was retired to development (fifteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import traditional
from tests.loaders.made_up import parse as _doc


def test_a_table_whose_group_heading_cell_spans_rows() -> None:
    """工作任务 | 具体要求 | 责任单位 |: a row of one cell (一、…|) heads a section; a row's first cell is
    a group's heading ((一)…。) and its second opens an item (1.…); the rows under the spanning cell
    print only their last cells; the text's last row, cut before its units, is still an item. In a
    繁体 mirror too."""
    text = """
        工作任务 | 具体要求 | 责任单位 |
        一、以公开助力经济平稳健康发展 |
        (一)加强涉及市场主体的信息公开。 | 1.加大帮扶政策的公开力度,促进稳就业和消费恢复。 | 区发展改革局、区市场监管局等部门、各镇(街) |
        2.建立市场主体反映审批问题的办理和反馈机制。 | 区住房城乡建设局、区财政局 |
        (二)加强涉及减税降费的信息公开。 | 3.系统集成、智能推送已出台各项减税降费政策。 | 某区税务局、区财政局按职能分工落实,各镇(街) |
        (三)加强涉及扩大有效投资的信息公开。 | 4.依法依规做好扩大有效投资相关规划的公开
        """
    for doc in (_doc(text), _doc(traditional(textwrap.dedent(text)))):
        assert [m.path for m in doc.measures] == [
            "一", "一.(一)", "一.(一).1", "一.(一).2", "一.(二)", "一.(二).3", "一.(三)", "一.(三).4"]
        assert len(doc.measures[2].responsible) == 3 and len(doc.measures[3].responsible) == 2
        assert len(doc.measures[5].responsible) == 3
        assert "|" not in doc.measures[0].heading


def test_a_table_of_contents_with_leader_dots() -> None:
    """序 言 ……… / 第一章 … / 新征程…………6 / 第一节 发展基础…………8 …: entries of a table of contents
    (no 目录 line above them), the last one cut before its dots, not the outline."""
    doc = _doc("""
        某区人民政府关于印发某区国民经济和社会发展第十四个五年规划纲要的通知
        各镇人民政府、街道办事处:
        现将《某区国民经济和社会发展第十四个五年规划纲要》印发给你们,请认真贯彻执行。
        某区人民政府
        2021年3月12日
        某区国民经济和社会发展第十四个五年规划纲要
        序 言 ………………………………………………………………
        第一章  全面建成高质量小康社会,开启全面建设
        新征程…………………………………………………………6
        第一节  发展基础…………………………………………………8
        第二节  发展环境…………………………………………………10
        第二章  “十四五”时期经济社会发展指导思想和主要目标
        """)
    assert doc.measures == ()
    assert any("table of contents" in w.message for w in doc.warnings)


def test_a_section_number_printed_as_a_dash() -> None:
    """—、总体要求 (a PDF's 一 turned into the dash it looks like): section 一."""
    doc = _doc("""
        某县农村人居环境整治提升行动实施方案
        为加快推进农村人居环境整治提升,结合我县实际,制定本实施方案。
        —、总体要求
        (一)指导思想
        以习近平新时代中国特色社会主义思想为指导。
        (二)工作原则
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]


def test_a_tasks_steps_under_its_note_lines() -> None:
    """1.… / 牵头单位:财政局、发改局 / 责任单位:市直部门 / 落实措施:发改局:…财政局:(1)…(2)…: the note
    lines give the units (never 财政局落实措施), and the steps are the task's text, its points."""
    doc = _doc("""
        某市贯彻落实政府工作报告任务分解方案
        一、全面落实积极财政政策
        1.建立特殊转移支付机制,资金直达市县基层、直接惠企利民。
        牵头单位:财政局、发改局
        责任单位:市直部门、开发区
        落实措施:发改局:做好项目包装、储备。财政局:(1)积极争取上级转移支付和资金。(2)用好直达资金。
        2.大力优化财政支出结构,一般性支出要坚决压减。
        牵头单位:财政局
        落实措施:(1)树牢过紧日子思想。(2)压减一般性支出
        """)
    paths = [m.path for m in doc.measures]
    assert paths[:4] == ["一", "一.1", "一.1.(1)", "一.1.(2)"]
    first = doc.measures[1]
    assert first.leads == ("财政局", "发改局") and set(first.supports + first.responsible) == {"市直部门", "开发区"}
    second = next(m for m in doc.measures if m.path == "一.2")
    assert second.leads == ("财政局",)


def test_a_development_zones_committee_named_by_the_source_line() -> None:
    """来源: 某某经济技术开发区管理委员会 on a posting line (time, 来源 and 作者 parted by runs of spaces),
    nothing else naming the issuer: the committee issues, and its zone is a county-level unit of the
    city it names."""
    doc = _doc("""
        关于柳州高新技术产业开发区落实政府工作报告2020年重点工作任务分工方案的通知(柳高管发〔2020〕12号)

        2020-06-30 17:41     来源: 柳州高新技术产业开发区管理委员会     作者: 柳州高新技术产业开发区管理委员会

        某镇人民政府,各办局室,各直属企事业单位:

        为全面完成2020年《政府工作报告》提出的各项工作任务,现就有关事项通知如下。

        一、提高政治站位,强化组织领导
        """)
    assert doc.issuers == ("柳州高新技术产业开发区管理委员会",)
    assert doc.level == "county" and doc.region_path[1:] == ("柳州市", "广西壮族自治区", "中国")


def test_a_side_box_of_headlines_cut_short_is_no_title() -> None:
    """关于揭晓2020年第二季度“某市 / 关于揭晓2020年第一季度“某市 / 关于公布…: a side box's headlines, each
    cut mid-title, are not joined into the title; the page's own headline is."""
    doc = _doc("""
        某市文明网
        榜上有名
        更多>>
        关于揭晓2020年第二季度“某市
        关于揭晓2020年第一季度“某市
        关于公布2020年第一季度某市
        首页 > 工作提示
        关于印发《某市文明城市行动纲要重点任务与责任分解表》的通知
        发表时间:2020-12-02
        各辖市、区委和人民政府:
        现将《某市文明城市行动纲要重点任务与责任分解表》印发给你们,请认真贯彻落实。
        某市创建文明城市工作领导小组
        2018年9月10日
        """)
    assert doc.title == "关于印发《某市文明城市行动纲要重点任务与责任分解表》的通知"


def test_a_provincial_office_issuing_a_plan_named_for_its_cities() -> None:
    """A province's office signs a notice whose only title is the plan's, named for two of its cities
    (长沙都市圈…实施方案), which its text names again and again: the province issues it, not the city the plan's title opens with."""
    doc = _doc("""
        湘政办发〔2018〕54号
        长沙市、株洲市人民政府,省政府有关部门:
        《长沙都市圈发展规划实施方案》已经省政府同意,现印发给你们,请认真贯彻落实。
        附件:长沙都市圈发展规划实施方案
        湖南省人民政府办公厅
        2018年7月31日
        附件
        长沙都市圈发展规划实施方案
        为推进实施《长沙都市圈发展规划》,支持长沙建设现代化都市圈,推动长沙、株洲、湘潭一体化,结合我省实际,制定本实施方案。
        一、总体要求
        """)
    assert doc.issuers == ("湖南省人民政府办公厅",)
    assert (doc.region, doc.level) == ("湖南省", "provincial")


def test_a_zone_committee_and_a_district_issuing_jointly_stay_at_the_district() -> None:
    """某市某某开发区管理委员会、某市某区人民政府 in the title, the signature printing the district's
    government without its place (区人民政府): the district issues, not the city the committee's name
    opens with (the issuer's own place wins only where every issuer is a government named in full)."""
    doc = _doc("""
        广州黄埔开发区管理委员会、广州市黄埔区人民政府关于印发若干措施的通知
        (穗埔开管规〔2020〕1号)
        各镇(街),开发区(区)各部门、各直属机构:
        现将《若干措施》印发给你们,请认真组织实施。
        广州黄埔开发区管理委员会
        区人民政府
        2020年4月24日
        一、继续做好疫情防控工作
        """)
    assert doc.region == "黄埔区" and doc.level == "county"


def test_a_table_whose_cells_lost_their_borders() -> None:
    """A header glued into one line (序号…落实措施牵头单位责任单位完成时限备注) and rows whose unit cells and
    deadline are glued to the text (…督办。市审批局市司法局市级相关单位,各区县政府2022年9月底): the units
    after the row's last full stop are its note, the deadline no unit; a row without them has none."""
    doc = _doc("""
        某市落实省营商环境工作要点分工方案
        序号省《工作要点》部署任务某市落实措施牵头单位责任单位完成时限备注
        一、全链条优化审批
        (一)全面实施行政许可事项清单管理。
        (1)全面准确依法编制市、县行政许可事项清单。市审改办要每月调度。市审批局市司法局市级相关单位,各区县政府、某新区管委会2022年9月底
        (2)大力清理整治变相许可,11月底前完成清查整治。市审批局市司法局2022年11月底
        (3)对市、县设定的行政许可进行评估。
        """)
    first, second, third = (m for m in doc.measures if m.path.startswith("一.(一).("))
    assert first.leads == ("市审批局",)
    assert first.supports == ("市司法局", "市级相关单位", "各区县政府", "某新区管委会")
    assert second.leads == ("市审批局",) and second.supports == ("市司法局",)
    assert not third.leads and not third.supports
    assert "2022年9月底" not in " ".join((*first.leads, *first.supports))
