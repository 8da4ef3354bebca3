"""Classes of misses met in dev batches 58 and 59 (nineteenth session), each shown on a made-up text
that names other places."""

from __future__ import annotations

import pytest

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


@pytest.mark.parametrize("headline", [
    "北票政办发[2021]12号北票市推进农村公路建设实施细则的通知",
    "北票政办发( 2021 )12号北票市推进农村公路建设实施细则的通知",  # spaces inside the brackets
])
def test_a_headline_led_by_its_doc_number_gives_the_doc_number(headline: str) -> None:
    # The page's headline glues the 文号 to a short form of the title; the title follows below.
    doc = _doc(f"""
        政府文件
        {headline}
        时间:2021-05-10 来源: 作者:
        北票市人民政府办公室关于印发北票市推进
        农村公路建设实施细则的通知
        各乡镇人民政府,市政府各部门:
        现将《北票市推进农村公路建设实施细则》印发给你们,请认真贯彻执行。
        北票市人民政府办公室
        2021年5月8日
        一、总体要求
        坚持统筹规划。
    """)
    assert doc.doc_number == "北票政办发〔2021〕12号"


def test_a_doc_number_before_a_sentence_is_not_taken_for_a_headline() -> None:
    doc = _doc("""
        关于印发北票市推进农村公路建设实施细则的通知
        辽政办发[2020]3号文件要求各地加快推进农村公路建设和养护管理工作
        各乡镇人民政府:
        一、总体要求
        坚持统筹规划。
    """)
    assert doc.doc_number is None


def test_a_clause_alone_under_an_item_that_says_who_does_it_is_its_note() -> None:
    # The split prints each item's units as a clause of its own on the next line, 会 for 会同.
    doc = _doc("""
        关于印发番禺区2021年政务公开工作要点分工方案的通知
        一、加强用权公开
        (一)以权责清单为依托,加强权力配置信息公开。
        1.更新完善权责清单并按要求公开。
        区政务服务数据管理局负责。
        2.组织编写本级政府行政机关机构职能目录并向社会公开。
        区政务服务数据管理局牵头会区各单位、各镇街负责。
        3.推进基层政务公开标准化。
        各地要高度重视。
    """)
    assert _units(doc, "一.(一).1") == ((), (), ("区政务服务数据管理局",))
    assert _units(doc, "一.(一).2") == (("区政务服务数据管理局",), ("区各单位", "各镇街"), ())
    assert _units(doc, "一.(一).3") == ((), (), ())


def test_a_collective_over_development_zones_and_towns_is_one_unit() -> None:
    doc = _doc("""
        大石桥市关于贯彻落实2023年政府工作报告任务分解和责任分工方案
        一、主要任务
        1.地区生产总值增长6%。责任单位:市发展改革局,各开发区、镇(街道)
        2.一般公共预算收入增长5%。责任单位:市财政局,各开发区、市税务局
    """)
    assert _units(doc, "一.1")[2] == ("市发展改革局", "各开发区、镇(街道)")
    assert _units(doc, "一.2")[2] == ("市财政局", "各开发区", "市税务局")


def test_a_zones_committee_named_bare_after_a_collective_stays_with_it() -> None:
    doc = _doc("""
        关于印发湘潭县2020年政务公开工作要点的通知
        一、加强政策解读
        1.做好政策解读回应工作。(责任单位:县政府办,各乡镇、街道、园区管委会)
        2.推进基层政务公开。(责任单位:县政府办,各乡镇、县商务局)
    """)
    assert _units(doc, "一.1")[2] == ("县政府办", "各乡镇、街道、园区管委会")
    assert _units(doc, "一.2")[2] == ("县政府办", "各乡镇", "县商务局")


def test_a_keyless_note_closed_by_a_full_stop_inside_its_bracket_is_read() -> None:
    # 〔X牵头,Y等各相关部门按职责分工负责,各县(市、区)人民政府分别负责。〕: the 。 before the bracket closes.
    doc = _doc("""
        健康吉安建设实施方案
        一、组织实施
        (一)加强组织领导
        市级层面成立健康吉安建设委员会,统筹指导各地各相关部门加强协作。〔市卫生健康委牵头,市教育局、市体育局等各相关部门按职责分工负责,各县(市、区)人民政府、井冈山经济技术开发区管委会分别负责。〕
        (二)动员各方广泛参与
        凝聚全社会力量。
    """)
    assert _units(doc, "一.(一)") == (("市卫生健康委",), ("市教育局", "市体育局", "各县(市、区)人民政府",
                                                     "井冈山经济技术开发区管委会"), ())


def test_an_issuer_whose_place_the_page_lost_is_completed_with_the_region() -> None:
    # A filter replaced the place before 人民政府办公厅 with (略); the 文号 places the document.
    doc = _doc("""
        皖政办〔2023〕28号
        各市、自治州人民政府,省政府各委、办、厅、局:
        《生态旅游目的地示范区创建工作方案》已经省政府常务会议审议通过,现印发给你们,请认真贯彻落实。
        (略) 人民政府办公厅
        2023年3月24日
        (此件公开发布)
        生态旅游目的地示范区创建工作方案
        一、总体要求
        坚持生态优先。
    """)
    assert doc.region == "安徽省"
    assert doc.issuers == ("安徽省人民政府办公厅",)
