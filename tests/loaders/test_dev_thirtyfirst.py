"""Classes of misses met in the dev batches and retired sets of the thirty-first session, each shown on a made-up
text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_county_rule_under_its_provinces_law_as_the_pages_headline_is_the_countys() -> None:
    # the site's headline is the provincial regulation the rule is made under; the text says whose rule it is
    doc = _doc("""
        当前位置: 首页 >> 行业动态
        湖南省殡葬管理条例
        2022-03-01 某某网 512
          第一章 总则
          第一条 为深化殡葬改革,根据《殡葬管理条例》《湖南省殡葬管理条例》等规定,结合攸县实际情况,特制定本实施细则。
          第二条 本细则适用于本县行政区域内的所有殡葬活动及其管理。
        """)
    assert (doc.region, doc.level) == ("攸县", "county")


def test_a_provincial_notice_that_names_a_county_as_its_model_stays_provincial() -> None:
    # the province signs; a county named with 结合 … 实际 in a sentence about that county is no own name
    doc = _doc("""
        湖南省人民政府办公厅关于推广殡葬改革经验的通知
        各市州人民政府,省政府各厅委、各直属机构:
        攸县结合攸县实际情况,探索出节地生态安葬的做法,现将有关事项通知如下:
        一、推广经验
        各地要认真学习。
        湖南省人民政府办公厅
        2022年3月1日
        """)
    assert (doc.region, doc.level) == ("湖南省", "provincial")


def test_a_city_portals_name_atop_a_provincial_notice_it_reposts_is_no_issuer() -> None:
    # the portal's owner on a line of its own above the headline; the province's office signs
    doc = _doc("""
        宜昌市人民政府
        搜索位置
        关于印发湖北省2022年政务公开工作要点的通知
        发布日期: 2022-06-01 发布机构: 湖北省人民政府
        各市、州、县人民政府,省政府各部门:
        《湖北省2022年政务公开工作要点》已经省人民政府同意,现印发给你们,请认真贯彻落实。
        湖北省人民政府办公厅
        2022年5月20日
        一、扩大公开范围
        """)
    assert doc.issuers == ("湖北省人民政府办公厅",)
    assert (doc.region, doc.level) == ("湖北省", "provincial")



def test_a_portals_name_right_above_the_headline_of_another_places_notice_is_no_issuer() -> None:
    doc = _doc("""
        株洲市人民政府
        关于印发湖南省2022年政务公开工作要点的通知
        各市州、县市区人民政府,省政府各厅委、各直属机构:
        《湖南省2022年政务公开工作要点》已经省人民政府同意,现印发给你们,请认真贯彻落实。
        湖南省人民政府办公厅
        2022年5月20日
        一、扩大公开范围
        """)
    assert doc.issuers == ("湖南省人民政府办公厅",)
    assert (doc.region, doc.level) == ("湖南省", "provincial")
