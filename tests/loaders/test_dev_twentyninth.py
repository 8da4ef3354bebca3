"""Classes of misses met in the dev batches and retired sets of the twenty-ninth session, each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_portals_name_atop_the_page_gives_way_to_the_office_the_title_names() -> None:
    # the county portal's name on the page's first line, the title's prefix and the signature its office
    doc = _doc("""
        某某县人民政府


        某某县人民政府办公室关于印发《某某县职业病防治规划(2016—2020年)》的通知
        发布时间:2020-04-12    来源:某某信息公开

        各乡(镇)人民政府,县政府有关部门:
        《某某县职业病防治规划(2016—2020年)》已经县政府研究同意,现印发给你们,请认真贯彻执行。
                                                  某某县人民政府办公室
                                                    2018年1月17日
        某某县职业病防治规划
        一、总体目标
        到2020年,建立健全职业病防治工作格局。
        """)
    assert doc.issuers == ("某某县人民政府办公室",)


def test_a_government_above_its_own_title_stays_its_issuer() -> None:
    doc = _doc("""
        某某县人民政府
        关于印发某某县职业病防治规划的通知
        各乡(镇)人民政府,县政府有关部门:
        现印发给你们,请认真贯彻执行。
        某某县人民政府
        2018年1月17日
        一、总体目标
        到2020年,建立健全职业病防治工作格局。
        """)
    assert doc.issuers == ("某某县人民政府",)


def test_a_run_of_numeral_characters_that_names_no_number_is_no_outline_label() -> None:
    # a page whose punctuation was scrambled prints the plan's name 十三五 before a 、; 十二、 is a label
    doc = _doc("""
        某某市人民政府办公厅关于印发某某市地质灾害防治规划的通知
        各县(区、市)人民政府:
        现将规划印发给你们,请认真贯彻落实。
        某某市人民政府办公厅
        2018年9月6日
        十三五、期间全市共发生地质灾害4起,直接经济损失287万元。
        十一、加强监测预警
        完善群测群防体系。
        十二、强化资金保障
        加大财政投入。
        """)
    assert [(m.path, m.heading) for m in doc.measures] == [("十一", "加强监测预警"), ("十二", "强化资金保障")]
