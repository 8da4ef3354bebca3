"""Classes of misses met in eval18/ once it was retired to development (fourteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.units import split_units
from tests.loaders.made_up import parse as _doc


def test_a_spaced_table_whose_last_columns_are_units() -> None:
    """序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位, one row a line, cells joined by spaces
    (a task cell holding a space too): the last three cells are the row's units; the text's last
    row, cut inside its last cell, loses only the cut unit."""
    doc = _doc("""
        某市河长制办公室关于印发《某市全面推行河长制主要任务分解方案》的通知

        某市全面推行河长制主要任务分解表

        序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位
        1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水。 市水利局 市发展改革委、住房和城乡建设局等 各县(市、区)党委和人民政府,高新区党工委和管委会
        2  严守用水 效率控制 红线 落实用水效率评估体系,把节水目标任务完成情况纳入政绩考核。 市水利局 市发展改革委 各县(市、区)党委和人民政府
        3   抓好工业节水。加快实施工业节水技术改造。 市工业和信息化委、水利局 市发展改革委等 各县(市、区)党委和人民政府,高
        """)
    first, second, third = doc.measures
    assert first.leads == ("市水利局",)
    assert first.supports == ("市发展改革委", "住房和城乡建设局", "各县(市、区)党委和人民政府", "高新区党工委和管委会")
    assert second.supports == ("市发展改革委", "各县(市、区)党委和人民政府")
    assert third.leads == ("市工业和信息化委", "水利局")
    assert third.supports == ("市发展改革委", "各县(市、区)党委和人民政府")
    assert "其中" not in first.text and "市水利局" not in first.text


def test_a_places_party_body_and_government_named_once() -> None:
    """各县党委和人民政府, 某新区党工委和管委会: one unit each; two bodies joined by 和 are still two."""
    assert split_units("各县(市、区)党委和人民政府,某新区党工委和管委会") == ["各县(市、区)党委和人民政府", "某新区党工委和管委会"]
    assert split_units("市发展改革委和市财政局") == ["市发展改革委", "市财政局"]


def test_a_file_cut_into_numbered_chunks_without_the_sites_line() -> None:
    """1、 2、 3、 opening long lines, a chunk opening mid-sentence: page numbers, not items; a
    run of short items 1、 2、 each ending its sentence stays items."""
    filler = "坚持目标导向、问题导向、结果导向,补齐短板、夯实基础、巩固成果,打造高效便捷的政务环境," * 4
    doc = _doc(f"""
        1、某市2021年深化“放管服”改革优化 政务服务工作方案 为切实解决我市政务服务环境存在的问题,特提出如下工作方案。一、总体要求{filler}
        2、以打造一流营商环境为目标,不断推进改革创新。二、重点任务(一)精简规范权力清单事项。1. 进一步推动简政放权。承接省级以上取消、调整和下放行政许可事项,{filler}
        3、后续保障,确保下放事项接得住、管得好。(责任单位:市行政审批局,市直各相关单位)2. 规范权力清单管理。根据修订的行政权责清单
        """)
    assert [m.path for m in doc.measures] == ["一", "二", "二.(一)", "二.(一).1", "二.(一).2"]
    assert doc.measures[3].responsible == ("市行政审批局", "市直各相关单位")
    items = _doc("""
        某县稳就业工作要点
        1、落实援企稳岗政策。
        2、加大创业担保贷款支持。
        3、做好高校毕业生就业。
        """)
    assert [m.path for m in items.measures] == ["1", "2", "3"]


def test_a_keyless_note_whose_supporting_units_carry_no_role_word() -> None:
    """(市市场监管委牵头,市政务服务办、市公安局、市税务局): the units after the lead support it,
    closed or cut by the excerpt alike; a deadline after the lead is no unit."""
    doc = _doc("""
        某市优化营商环境三年行动计划
        一、重点任务
        (一)打造便捷高效的政务环境
        1.优化企业开办服务。推进企业开办登记事项“一网通办”。(市市场监管委牵头,市政务服务办、市公安局、市税务局)
        2.压缩开办时间。全面推行企业开办一日办结。(市市场监管委牵头,2021年底前完成)
        3.优化不动产登记。推行不动产登记网上办理。(市规划资源局牵头,市税务局、市住房城乡建设委
        """)
    first, second, third = doc.measures[2:]
    assert (first.leads, first.supports) == (("市市场监管委",), ("市政务服务办", "市公安局", "市税务局"))
    assert (second.leads, second.supports) == (("市市场监管委",), ())
    assert (third.leads, third.supports) == (("市规划资源局",), ("市税务局", "市住房城乡建设委"))


def test_a_bureaus_headline_titling_its_own_plan() -> None:
    """• 发布机构:县文旅局 (placeless) then 某县文旅广电局 关于落实…的实施方案: the headline is the
    document's title, its bureau the issuer — not the body's first line."""
    doc = _doc("""
        • 索引号:MB0X06621Y/2021-1800955
          • 发布机构:县文广新旅局
          • 公开日期:2021-03-22
        江城县文旅广电局 关于落实2021年县政府重点工作任务的实施方案
        来源:江城县文旅广电局   2021-03-22 17:16

        为确保我局2021年县政府重点工作任务圆满完成,结合我局实际,制定本实施方案。
        一、工作目标
        """)
    assert doc.title == "关于落实2021年县政府重点工作任务的实施方案"
    assert doc.issuers == ("江城县文旅广电局",)
    assert not [w for w in doc.warnings if w.field == "title"]
