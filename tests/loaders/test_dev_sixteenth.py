"""Classes of misses read in dev/ in the sixteenth session, each shown on a made-up text that
names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument
from tests.loaders.made_up import parse as _doc


def _measures(note: str) -> list[PolicyDocument]:
    text = f"""
        某市人民政府办公厅关于印发促进文旅消费若干措施的通知
        各区县人民政府,市政府各部门:
        一、稳妥推进复工
        1.稳妥组织复工开放。及时制定复工开放工作指南,有序实现复工开放。({note})
        2.加强宣传。做好宣传推介工作。(市文化和旅游局、各区县政府)
        """
    return [_doc(text), _doc(traditional(textwrap.dedent(text)))]


def test_zones_named_as_units_in_a_bracket_of_bodies() -> None:
    """(市文化和旅游局、各区县政府和某某高新区、 某某先行区、 某某新区管委会。 以下将…统称…): development
    zones named among bodies in a bracket closing the item are units of the note, the remark after
    its full stop left out; a bracket of places names none, nor one naming the area a body works on
    (城东片区, 自然保护区)."""
    for doc in _measures("市文化和旅游局、各区县政府和绵阳高新区、 绵阳科创先行区、 绵阳科技城新区管委会。 "
                         "以下将各区县政府及三个管委会统称“各区县政府”"):
        units = [simplified(u) for u in doc.measures[1].responsible]
        assert units[:2] == ["市文化和旅游局", "各区县政府"] and len(units) == 5
        assert all("以下" not in u for u in units)
    for doc in _measures("市商务局、绵阳高新区"):
        assert [simplified(u) for u in doc.measures[1].responsible] == ["市商务局", "绵阳高新区"]
    for places in ("绵阳市、德阳市", "涪城区、游仙区", "市商务局、涪城区、游仙区", "市住建局、城东片区",
                   "市林业局、国家级自然保护区", "中心城区、各区县人民政府"):
        for doc in _measures(places):
            assert doc.measures[1].responsible == (), places


def test_a_unit_cell_with_role_words_in_a_table_printed_one_cell_a_line() -> None:
    """工作任务 / 具 体 要 求 / 责 任 单 位 / 时限要求, one cell a line: a unit cell that prints its role
    words in groups (X牵头落实;A、B按职责分工分别落实) gives a lead and supports; a second unit cell
    without a role word (各镇(街区)分别落实) supports the lead too; a unit the excerpt cut to one
    character (市农业农村局、市) is left out."""
    for doc in (_doc(_STACKED_TABLE), _doc(traditional(textwrap.dedent(_STACKED_TABLE)))):
        first, second = doc.measures[2], doc.measures[3]
        assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
        assert [simplified(u) for u in first.leads] == ["县发改局"]
        assert [simplified(u) for u in first.supports] == ["县工信局", "县教体局", "县民政局", "各镇(街区)"]
        assert [simplified(u) for u in second.responsible] == ["县农业农村局"]


_STACKED_TABLE = """
    某县人民政府办公室关于印发某县2019年政务公开重点工作任务分工的通知
    各镇人民政府、街道办事处,县直有关部门:
    现将某县2019年政务公开重点工作任务分工印发给你们,请认真抓好贯彻落实。
    某县人民政府办公室
    2019年7月9日
    某县2019年政务公开重点工作任务分工
    工作任务
    具 体 要 求
    责 任 单 位
    时限要求
    一、扎实做好重点领域信息公开
    (一)做好助推高质量发展信息公开
    1.推进新旧动能转换重大工程信息公开
    加大新旧动能转换重大工程配套制度措施的公开、解读力度,积极推广工作经验和实际案例。
    县发改局牵头落实;县工信局、县教体局、县民政局按职责分工分别落实
    各镇(街区)分别落实
    2.推进乡村振兴信息公开
    加强实施乡村振兴战略的政策、成效、资金、项目安排等信息公开工作。
    县农业农村局、县
    """


def test_a_county_page_carrying_out_its_provinces_document() -> None:
    """关于印发贯彻落实某省政府办公厅2022年…工作要点任务分工的通知, on a page headed by its county's portal
    (某县人民政府 www.….gov.cn 发布时间:), the province named over and over in the text: the body the
    title carries out is the parent's (not the issuer's place), and the portal's owner is a clue,
    so the county it names, with the province named around it, is the place."""
    text = """
        关于印发贯彻落实四川省政府办公厅2022年政务公开工作要点任务分工的通知
        江安县人民政府 www.jiangan.gov.cn 发布时间: 2022-07-24 16:50 【字体:
        关于印发贯彻落实四川省政府办公厅2022年政务公开工作要点任务分工的通知
        各乡镇人民政府、县直各单位:
        为贯彻落实《四川省2022年政务公开工作要点》,现将任务分工印发给你们,请认真贯彻执行。
        一、提高认识。各乡镇、县直单位要按照四川省的部署,落实四川省政府办公厅的要求,对照四川省的标准,抓好落实。
        二、明确任务。各乡镇、县直单位要逐项对照,逐一落实。
        """
    for doc in (_doc(text), _doc(traditional(textwrap.dedent(text)))):
        assert (doc.region, doc.level) == ("江安县", "county")


def test_a_signature_whose_date_lost_its_year_and_month_marks() -> None:
    """某县人民政府办公室 / 20197 9: a date that lost its 年 and 月, a space left for one, under the
    signature; and (此件公开发布) 2021年6月25日, the remark printed before the date on its line: the
    signature's bodies are the issuers, its date the signing date."""
    for date_line, date in (("20197 9", "2019-07-09"), ("(此件公开发布) 2021年6月25日", "2021-06-25")):
        for doc in _both(f"""
            关于印发某县政务公开重点工作任务分工的通知
            各镇人民政府、街道办事处,县直有关部门:
            现将某县政务公开重点工作任务分工印发给你们,请认真抓好贯彻落实。
            某县人民政府办公室
            {date_line}
            一、扎实做好重点领域信息公开
            (一)做好助推高质量发展信息公开。
            """):
            assert doc.date == date and [simplified(i) for i in doc.issuers] == ["某县人民政府办公室"]


def test_a_title_whose_second_plan_is_joined_on_the_next_line() -> None:
    """某省2020年政务公开工作要点 / 及重点任务分工: the line under a title that looks complete joins a
    second plan to it (及, 暨)."""
    for doc in _both("""
        某省2020年政务公开工作要点
        及重点任务分工
        深入贯彻党中央国务院关于政务公开工作决策部署,全面落实《中华人民共和国政府信息公开条例》。
        (一)加强权力配置信息公开。各地各部门全面梳理本机关依法行使的行政权力。(各市〔州〕、县〔市、区〕政府,各级政府各部门、各单位按照职能分别落实)
        (二)全面推进基层政务公开标准化规范化。认真贯彻落实有关部署。
        """):
        assert simplified(doc.title) == "某省2020年政务公开工作要点及重点任务分工"
        assert [simplified(u) for u in doc.measures[0].responsible] == [
            "各市〔州〕、县〔市、区〕政府", "各级政府各部门", "各单位"]


def _both(text: str) -> tuple[PolicyDocument, PolicyDocument]:
    return _doc(text), _doc(traditional(textwrap.dedent(text)))


def test_an_issuer_named_by_its_citys_and_districts_short_names() -> None:
    """杭州萧山政务公开工作领导小组办公室: a district's short name right after its city's, in the
    issuer's name, names the district; a date followed by the ?s of lost spaces is still a date."""
    for doc in _both("""
        杭州萧山政务公开工作领导小组办公室关于印发2020年政务公开工作要点分工方案的通知
        各相关单位:
        《2020年政务公开工作要点分工方案》已经领导小组审核同意,现印发给你们,请认真贯彻执行。
        杭州萧山政务公开工作领导小组办公室??????????
        2020年9月22日??????
        一、加强政策解读
        (一)做好政策发布解读。(牵头单位:区政务服务数据管理局)
        """):
        assert (doc.region, doc.level, doc.date) == ("萧山区", "county", "2020-09-22")


def test_a_table_printed_one_cell_a_line_with_its_borders_on_lines_of_their_own() -> None:
    """工作任务 / | / 工作要求 / | / 牵头单位 / | / 责任单位 / | / 一、… / | / ||| / 1.… / | / 要求 / | / 市发展改革委 / |
    …: the border lines are no text; the cells are read as a table printed one cell a line is."""
    rows = ["工作任务", "工作要求", "牵头单位", "责任单位", "一、深化政务公开", "|||", "(一)做好规划公开", "|||",
            "1.主动公开“十四五”规划纲要", "通过本级政府门户网站设立专题集中展示", "市发展改革委、市自然资源和规划局",
            "市直有关单位,各县(市、区)人民政府",
            "2.归集整理历史规划", "通过政府信息公开专栏集中发布", "市发展改革委", "市直有关单位"]
    table = "\n".join(f"{cell}\n|" if cell != "|||" else cell for cell in rows)
    text = ("某市人民政府办公室关于印发2021年政务公开工作任务分解方案的通知\n各县(市、区)人民政府,市直有关单位:\n"
            "现将《2021年政务公开工作任务分解方案》印发给你们,请认真组织实施。\n某市人民政府办公室\n2021年7月6日\n"
            "2021年政务公开工作任务分解方案\n" + table)
    for doc in (_doc(text), _doc(traditional(text))):
        assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2"]
        assert [simplified(u) for u in doc.measures[2].leads] == ["市发展改革委", "市自然资源和规划局"]
        assert [simplified(u) for u in doc.measures[3].supports] == ["市直有关单位"]


def test_a_stacked_header_naming_targets_and_standards() -> None:
    """序号 / 目标名称 / 工 作 标 准 / 区政府 / 分管领导 / 牵头单位 / 配合单位, one cell a line under the
    attached table's title: a header, so the title stands alone and each row's cells are read."""
    for doc in _both("""
        某区人民政府关于印发2022年主要目标任务责任分解的通知
        各街道,区各办局:
        现将2022年主要目标任务责任分解表印发给你们,请认真贯彻执行。
        某区人民政府
        2022年2月10日
        2022年主要目标任务责任分解表
        序号
        目标名称
        工 作 标 准
        区政府
        分管领导
        牵头单位
        配合单位
        1
        老城复兴
        (1)老城复兴样板区要见成效,统筹老城厢复兴发展和大运河文化带建设。
        王某某
        住建局
        新闸街道、发改局
        """):
        assert [m.path for m in doc.measures] == ["1", "1.(1)"]
        assert [simplified(u) for u in doc.measures[1].leads] == ["住建局"]


def test_a_doc_number_after_a_dash_behind_the_title() -> None:
    """某市政务公开工作领导小组关于印发《…要点》的通知——某政公字【2021】1号: the 文号 after a dash is
    no part of the title; a page title that dropped words of the plan's own title is the same plan."""
    for doc in _both("""
        某市政务公开工作领导小组关于印发《某市2021年政务公开工作要点》的通知——某政公字【2021】1号
        发布日期:2022-11-22 浏览次数:138
        各旗县市区政务公开工作领导小组:
        现将《某市2021年政务公开工作要点》印发给你们,请结合实际,抓好贯彻落实。
        某市政务公开工作领导小组
        2021年6月28日
        一、加强政策解读
        """):
        assert simplified(doc.title) == "关于印发《某市2021年政务公开工作要点》的通知"
        assert simplified(doc.doc_number or "") == "某政公字〔2021〕1号"
    for doc in _both("""
        某市政务公开工作要点实施方案.docx
        某市政务公开工作要点实施方案
        某市2017年政务公开工作要点实施方案
        一、以政务公开助力稳增长
        (一)加强预期引导
        围绕我市经济社会发展形势加强解读。
        市发改委牵头落实
        """):
        assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_a_levels_direct_bodies_named_with_the_class_after_them() -> None:
    """(责任单位:县政府办,县直、驻县有关单位): 县直 alone is no body; with the class after it, one collective."""
    for doc in _both("""
        某县人民政府办公室关于印发政务公开工作要点的通知
        各乡镇人民政府,县直各部门:
        现将工作要点印发给你们,请认真贯彻执行。
        某县人民政府办公室
        2023年3月1日
        一、加强政策解读
        1.做好政策解读。(责任单位:县政府办,县直、驻县有关单位)
        2.做好回应关切。(责任单位:县政府办)
        """):
        assert [simplified(u) for u in doc.measures[1].responsible] == ["县政府办", "县直、驻县有关单位"]
