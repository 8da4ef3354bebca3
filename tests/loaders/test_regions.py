"""Regions from the full gazetteer and from every clue; documents kept with warnings.

The texts are small documents of the genre written for these tests, from places outside the
66 regions the project used to list by hand.
"""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders import parse_document
from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.region import printed_issuers
from policy_cascades.loaders.runon import split_run_on


def _doc(text: str, source: str = "t.txt"):  # type: ignore[no-untyped-def]
    return parse_document(textwrap.dedent(text).strip("\n"), source)


def test_gazetteer_counts_every_level_of_china() -> None:
    regions = [r for r in gazetteer().regions.values() if r.until is None and r.kind != "功能区"]
    levels = [r.level for r in regions]
    assert levels.count("provincial") == 34
    assert levels.count("municipal") == 333
    assert 2840 <= levels.count("county") <= 2900


def test_gazetteer_levels_and_parents_of_cities_and_districts() -> None:
    g = gazetteer()
    assert (g.get("湛江市").level, g.path("湛江市")) == ("municipal", ("湛江市", "广东省", "中国"))
    assert (g.get("永川区").level, g.path("永川区")) == ("county", ("永川区", "重庆市", "中国"))
    assert g.get("370306").key == "周村区"
    assert {r.key for r in g.candidates("新疆")} == {"新疆维吾尔自治区"}
    assert {r.key for r in g.candidates("广西")} == {"广西壮族自治区"}
    assert {r.key for r in g.candidates("红河")} >= {"红河哈尼族彝族自治州"}


def test_gazetteer_same_name_gets_parent_qualified_keys() -> None:
    assert {r.key for r in gazetteer().candidates("朝阳区")} == {"北京市朝阳区", "长春市朝阳区"}
    assert gazetteer().path("长春市朝阳区") == ("长春市朝阳区", "长春市", "吉林省", "中国")


def test_gazetteer_keeps_units_merged_since_2015_with_their_successor() -> None:
    g = gazetteer()
    xiacheng = g.get("下城区")
    assert xiacheng is not None and xiacheng.until == "2021-04-09"
    assert g.regions[g.by_code[xiacheng.successor or ""]].name == "拱墅区"


def test_by_doc_number_province_city_and_county_near_its_city() -> None:
    g = gazetteer()
    assert g.by_doc_number("豫政办〔2020〕12号").key == "河南省"  # type: ignore[union-attr]
    assert g.by_doc_number("国办发〔2020〕6号").key == "中国"  # type: ignore[union-attr]
    assert g.by_doc_number("源政发〔2020〕11号") is None  # many counties have a 源
    assert g.by_doc_number("源政发〔2020〕11号", near="周村区").key == "沂源县"  # type: ignore[union-attr]


def test_scan_of_a_long_text_counts_every_mention() -> None:
    # its speed is a benchmark's (BENCHMARKS.md, "Extraction speed"), not a timed test's: a
    # timed assertion flakes on a shared machine
    text = "湛江市人民政府关于做好稳就业工作的通知，各县（市、区）人民政府。" * 2000
    counts = gazetteer().mentions(text)
    assert counts["湛江市"] == 2000


PROVINCE = """
    河南省人民政府办公厅
    豫政办〔2020〕12号
    河南省人民政府办公厅关于进一步做好稳就业工作的通知
    各省辖市人民政府，省人民政府各部门：
    一、稳定就业岗位
    1．支持企业稳岗。（省人力资源社会保障厅牵头）
    2．扩大就业容量。（省发展改革委负责）
    河南省人民政府办公厅
    2020年4月1日
"""

CITY = """
    湛江市人民政府办公室关于印发湛江市做好“六保”工作实施方案的通知
    各县（市、区）人民政府，市府直属各单位：
    一、保居民就业
    （一）落实援企稳岗政策。（市人力资源社会保障局牵头）
    二、保基本民生
    （二）兜牢民生底线。（市民政局负责）
    湛江市人民政府办公室
    2020年6月10日
"""

COUNTY = """
    重庆市永川区人民政府办公室
    关于印发永川区稳就业若干措施的通知
    各镇人民政府、街道办事处，区政府各部门：
    一、支持企业复工复产
    1．落实社保费减免。（区人力社保局牵头，区财政局配合）
    2．加大创业担保贷款。（区人力社保局负责）
    重庆市永川区人民政府办公室
    2020年5月8日
"""


def test_province_outside_the_old_list() -> None:
    doc = _doc(PROVINCE)
    assert (doc.region, doc.level, doc.region_code) == ("河南省", "provincial", "410000")
    assert doc.warnings == ()


def test_city_is_municipal_under_its_province() -> None:
    doc = _doc(CITY)
    assert (doc.region, doc.level, doc.region_path) == ("湛江市", "municipal",
                                                        ("湛江市", "广东省", "中国"))


def test_district_of_a_municipality_is_county_level() -> None:
    doc = _doc(COUNTY)
    assert (doc.region, doc.level, doc.region_path) == ("永川区", "county", ("永川区", "重庆市", "中国"))
    assert len(doc.measures) == 3


CHAOYANG = """
    朝阳区人民政府办公室
    关于做好稳就业工作的通知
    各街道办事处、地区办事处，区政府各委、办、局：
    一、稳定就业
    1．支持企业稳岗。（区人力资源社会保障局牵头）
    朝阳区人民政府办公室
    2020年3月2日
"""


def test_ambiguous_district_without_a_parent_clue_is_left_open_with_a_warning() -> None:
    doc = _doc(CHAOYANG)
    assert (doc.region, doc.level, doc.region_path) == (None, "county", ())
    [warning] = [w for w in doc.warnings if w.field == "region"]
    assert [w.field for w in doc.warnings] == ["region", "doc_number"]  # no 文号 printed either
    assert "北京市朝阳区" in warning.message
    assert "长春市朝阳区" in warning.message


def test_ambiguous_district_with_its_city_named_in_the_text_is_resolved() -> None:
    text = CHAOYANG.replace("1．支持企业稳岗。", "1．落实长春市稳就业政策，支持企业稳岗。")
    doc = _doc(text)
    assert (doc.region, doc.region_code) == ("长春市朝阳区", "220104")


def test_issuer_without_its_place_takes_level_from_word_and_place_from_other_clues() -> None:
    doc = _doc("""
        区人民政府办公室
        越府办〔2020〕3号
        关于印发越秀区稳就业工作方案的通知
        各街道办事处，区政府各部门：
        一、稳定岗位
        1．落实减负稳岗政策。（区人力资源和社会保障局牵头）
        2．支持越秀区重点企业招工。（区工业和信息化局负责）
        区人民政府办公室
        2020年4月20日
    """)
    # issue 9: the placeless issuer is completed from the region the other clues give
    assert (doc.issuers, doc.region, doc.level) == (("越秀区人民政府办公室",), "越秀区", "county")
    assert doc.region_path == ("越秀区", "广州市", "广东省", "中国")


ZONE = """
    {zone}管理委员会
    关于做好稳就业工作的通知
    各办事处，管委会各部门：
    一、稳定岗位
    1．落实减负稳岗政策。（社会事业局牵头）
    {zone}管理委员会
    2020年4月20日
"""


def test_development_zone_issuer_is_a_county_unit_of_its_city() -> None:
    # no statistical code: made on the fly, named as printed (without its city's name)
    doc = _doc(ZONE.format(zone="湛江经济技术开发区"))
    assert (doc.region, doc.level, doc.region_code) == ("湛江经济技术开发区", "county", None)
    assert doc.region_path == ("湛江经济技术开发区", "湛江市", "广东省", "中国")
    own_stem = _doc(ZONE.format(zone="湛江市奋勇高新技术产业开发区"))
    assert own_stem.region_path == ("奋勇高新技术产业开发区", "湛江市", "广东省", "中国")
    short = _doc(ZONE.format(zone="湛江市奋勇高新区"))
    assert short.region_path == ("奋勇高新区", "湛江市", "广东省", "中国")


def test_development_zone_with_a_statistical_code_is_the_listed_unit() -> None:
    doc = _doc(ZONE.format(zone="洛阳高新技术产业开发区"))
    assert (doc.region, doc.region_code) == ("洛阳高新技术产业开发区", "410371")
    assert doc.region_path[1:] == ("洛阳市", "河南省", "中国")


def test_one_line_text_is_split_and_its_outline_found() -> None:
    one_line = ("湛江市人民政府办公室关于做好稳就业工作的通知 各县（市、区）人民政府，市府直属各单位："
                "为做好稳就业工作，现通知如下。一、稳定岗位。1．落实援企稳岗政策。"
                "（牵头单位：市人力资源社会保障局）2．扩大就业。二、保障民生。3．兜牢底线。")
    assert "\n" not in one_line
    doc = parse_document(one_line, "one.txt")
    assert (doc.issuers, doc.title) == (("湛江市人民政府办公室",), "关于做好稳就业工作的通知")
    assert [m.path for m in doc.measures] == ["一", "一.1", "一.2", "二", "二.3"]
    assert doc.measures[1].leads == ("市人力资源社会保障局",)
    assert doc.region == "湛江市"


def test_laid_out_text_is_not_touched_by_the_run_on_splitter() -> None:
    text = textwrap.dedent(COUNTY)
    assert split_run_on(text) == text


def test_missing_title_takes_the_first_line_with_a_warning() -> None:
    doc = _doc("""
        各镇人民政府、街道办事处：
        为做好永川区稳就业工作，提出如下措施。
        一、稳定岗位
        1．落实减负稳岗政策。（区人力社保局牵头）
    """)
    assert doc.title == "为做好永川区稳就业工作，提出如下措施。"
    assert [(w.field, w.line) for w in doc.warnings] == [
        ("title", 2), ("doc_number", None), ("issuers", None), ("date", None)]  # each null field
    assert len(doc.measures) == 2


def test_missing_outline_gives_zero_measures_and_a_warning() -> None:
    doc = _doc("""
        湛江市人民政府办公室关于放假的通知
        各县（市、区）人民政府：
        国庆节放假七天。
    """)
    assert (doc.region, doc.measures) == ("湛江市", ())
    assert [w.field for w in doc.warnings] == ["measures", "doc_number", "date"]


@pytest.mark.parametrize(("short", "county"), [("嘉善", "嘉善县"), ("嘉鱼", "嘉鱼县"), ("获嘉", "获嘉县")])
def test_a_placeless_issuer_is_placed_by_the_short_name_that_fits_its_doc_number(short: str, county: str) -> None:
    text = (f"嘉政办发〔2021〕5号\n县人民政府办公室关于印发重点工作责任分解的通知\n各乡镇人民政府，县政府各部门：\n"
            f"现将涉及{short}的重点工作责任分解给你们。\n县人民政府办公室\n2021年5月12日\n一、稳就业\n（一）落实稳岗返还。\n")
    doc = parse_document(text, "placeless.txt")
    assert (doc.region, doc.issuers) == (county, (f"{county}人民政府办公室",))


def test_a_place_printed_before_guanyu_in_the_title_places_the_document() -> None:
    text = ("当前位置: 首页 > 政策文件\n2022年红谷滩区关于深入推进优化营商环境行动方案\n发布时间:2022-04-14 来源:\n"
            "为进一步优化提升我区营商环境，按照江西省、南昌市部署，结合我区实际，特制定本方案。\n一、总体要求\n")
    doc = parse_document(text, "title-place.txt")
    assert (doc.region, doc.level) == ("红谷滩区", "county")


def test_a_development_zone_named_by_its_party_committee_is_the_zone() -> None:
    text = ("中共阿拉善腾格里经济技术开发区工作委员会关于印发《关于进一步优化营商环境的若干措施》的通知\n阿腾党发〔2021〕50号\n"
            "嘉镇、腾镇党委,政府,开发区各部、局:\n现将措施印发给你们。\n2021年3月24日\n一、优化审批\n")
    doc = parse_document(text, "zone-party.txt")
    assert doc.region is not None and not doc.region.startswith("中共")
    assert doc.region_path[1:] == ("阿拉善盟", "内蒙古自治区", "中国")


def test_a_headless_text_is_placed_at_the_level_its_notes_name() -> None:
    body = ("一、促进就业\n（一）加快返岗。对兰州新区企业给予补贴。（省人社厅、省财政厅、省交通运输厅按职责分工负责）\n"
            "（二）支持创业。（省人社厅、省财政厅负责）\n")
    doc = parse_document(body, "headless.txt")
    assert (doc.region, doc.level) == ("甘肃省", "provincial")


def test_a_county_text_whose_county_is_never_named_stays_open_at_its_level() -> None:
    body = ("为做好稳就业工作，结合邯郸市部署，制定本方案。\n一、稳岗位\n1.落实稳岗返还。\n（牵头单位：县人社局；责任单位：县财政局、县税务局）\n"
            "2.支持创业。\n（牵头单位：县人社局）\n")
    doc = parse_document(body, "county-unnamed.txt")
    assert (doc.region, doc.level) == (None, "county")
    assert any(w.field == "region" for w in doc.warnings)


def test_a_county_level_citys_units_are_named_with_shi() -> None:
    body = ("余姚市人民政府办公室关于印发稳就业若干措施的通知\n各乡镇人民政府：\n现将措施印发给你们。\n一、稳岗位\n"
            "1.落实稳岗返还。（牵头单位：市人社局；配合单位：市财政局、市税务局）\n")
    assert parse_document(body, "county-city.txt").region == "余姚市"


def test_a_county_page_that_never_names_itself_is_placed_by_its_towns() -> None:
    # 区政府 without its place, no 文号: the towns the table names are all in one county
    # (loaders/data/towns.tsv); one town alone, or 城关镇 (in hundreds of counties), places nothing
    text = textwrap.dedent("""\
        发布单位 | 区政府 | 发文日期 | 2022-07-14 |
        序号 | 实事项目 | 责任单位 | 配合单位 |
        1 | 新建幼儿园7所。 | 教育局 | 锦城街道、锦北街道、昌化镇、天目山镇 |
        2 | 新增托位500个。 | 卫生健康局 | 各镇(街道) |
    """)
    doc = parse_document(text, "towns.txt")
    assert (doc.region, doc.level) == ("临安区", "county")
    assert doc.region_path[:3] == ("临安区", "杭州市", "浙江省")
    assert any(w.field == "region" and "towns" in w.message for w in doc.warnings)
    for few in ("锦城街道", "城关镇、城南街道"):
        alone = parse_document(text.replace("锦城街道、锦北街道、昌化镇、天目山镇", few), "one.txt")
        assert alone.region is None


def test_a_city_named_in_passing_gives_way_to_the_county_its_towns_name() -> None:
    text = textwrap.dedent("""\
        2021年重大民生实事项目责任分解表
        序号 | 项目名称 | 牵头单位 | 配合单位 |
        1 | 完成常州盛宣怀故居修缮。 | 文体旅局 | 五星街道、南大街街道、荷花池街道 |
        2 | 提升社区居家养老服务。 | 民政局 | 邹区镇、各街道 |
    """)
    doc = parse_document(text, "passing.txt")
    assert (doc.region, doc.level) == ("钟楼区", "county")
    assert any(w.field == "region" and "towns" in w.message for w in doc.warnings)


def test_a_county_short_name_right_after_its_citys_counts() -> None:
    g = gazetteer()
    assert g.mentions("2022温州永嘉扶持个体工商户纾困发展最新政策").get("永嘉县") == 1
    assert "永嘉县" not in g.mentions("永嘉之乱以后")  # a short name alone is a common word
    assert "永嘉县" not in g.mentions("杭州永嘉")  # nor after another city's name


def test_a_new_area_a_province_runs_issues_as_a_municipal_level_zone() -> None:
    doc = parse_document(textwrap.dedent("""\
        雄安发〔2021〕5号
        中共河北雄安新区工作委员会
        河北雄安新区管理委员会
        关于印发《乡村振兴实施方案》的通知
        雄县、容城、安新县委和人民政府，新区各部门：
        现将《乡村振兴实施方案》印发给你们，请认真贯彻执行。
        一、总体要求
    """), "newarea.txt")
    assert (doc.region, doc.level) == ("雄安新区", "municipal")
    assert doc.region_path == ("雄安新区", "河北省", "中国")


def test_towns_choose_only_among_the_places_the_clues_fit_equally() -> None:
    # the title names 鼓楼区 (four counties): towns of another county leave it open, towns of
    # one of the four choose that one
    text = textwrap.dedent("""\
        发布单位 | 区政府 | 发文日期 | 2022-07-14 |
        关于印发鼓楼区2022年民生实事项目的通知
        序号 | 实事项目 | 责任单位 | 配合单位 |
        1 | 新建幼儿园7所。 | 教育局 | TOWNS |
    """)
    elsewhere = parse_document(text.replace("TOWNS", "锦城街道、锦北街道、昌化镇、天目山镇"), "tie.txt")
    assert elsewhere.region is None
    assert any("equally; the region is left open" in w.message for w in elsewhere.warnings)
    nanjing = parse_document(text.replace("TOWNS", "宁海路街道、华侨路街道、中央门街道"), "tie.txt")
    assert nanjing.region_path[:2] == ("南京市鼓楼区", "南京市")
    assert any("equally; placed in 南京市鼓楼区 by the towns" in w.message for w in nanjing.warnings)


def test_a_zone_printed_alike_under_two_cities_is_two_zones_whatever_the_order() -> None:
    # the gazetteer is shared by every document of a process: a zone made for one city's
    # document must not be handed to another city's
    g = gazetteer()
    first, second = g.zone("空港试验示范区", "郑州市"), g.zone("空港试验示范区", "成都市")
    assert (first.parent, second.parent) == ("郑州市", "成都市")
    assert g.zone("空港试验示范区", "成都市") == second and g.zone("空港试验示范区", "郑州市") == first


@pytest.mark.parametrize("crumbs", [
    ["首页 > 政府信息公开 > 政府公报 > 2019 > 政府文件"],
    ["首页 > 政府信息公开 > 政府公报 > 政府", "文件"],
    ["关于做好稳就业工作的通知", "一、稳定岗位", "首页 > 政府信息公开 > 政府", "2019年6月18日"],
    ["首页＞政府信息公开＞政府公报＞政府", "文件"],  # full-width arrows
    ["关于做好稳就业工作的通知", "一、稳定岗位", "首页＞信息公开＞政府", "2019年6月18日"],
])
def test_a_breadcrumb_ending_in_a_category_is_no_issuer(crumbs: list[str]) -> None:
    assert printed_issuers(crumbs) == ()


def test_a_unit_named_only_among_the_addressees_is_below_the_issuer() -> None:
    # A province's notice starting at its 文号, sent to the cities and a new area it runs: the
    # area (a county-level unit) is named in the addressees, the province once in passing.
    text = ("川府发〔2021〕7号\n各市(州)人民政府,天府新区管委会,省政府各部门:\n"
            "为推动四川经济高质量发展,现将有关事项通知如下:\n一、压实责任。各地各部门要抓好落实。\n二、加强督查。\n")
    doc = parse_document(text, "addressed-unit.txt")
    assert (doc.region, doc.level) == ("四川省", "provincial")


def test_a_zone_addressed_after_its_city_places_the_city() -> None:
    # No issuer, title or 文号: only the addressees say whose zone is addressed.
    text = ("各县、市、区人民政府,宜昌高新区管委会,市政府各部门:\n现将有关事项通知如下:\n"
            "一、稳定就业。\n二、扶持企业。\n")
    doc = parse_document(text, "addressed-zone.txt")
    assert (doc.region, doc.level) == ("宜昌市", "municipal")


def test_a_text_starting_at_its_own_plan_title_is_placed_by_that_title() -> None:
    # No notice, 文号 or issuer: the county names itself only in its plan's title, and the
    # province's document it cites (鄂发…) names the province more often.
    text = ("通山县就业创业促进实施方案\n"
            "为贯彻《中共湖北省委 湖北省人民政府关于稳就业的意见》(鄂发〔2021〕9号),结合湖北省部署,制定本方案。\n"
            "一、总体目标\n到2022年底,全县新增就业3000人。\n二、主要措施\n(一)扶持创业\n落实创业担保贷款。\n")
    doc = parse_document(text, "plan-title.txt")
    assert (doc.region, doc.level) == ("通山县", "county")


def test_a_zone_named_by_its_short_form_in_a_sentence_places_the_document() -> None:
    # No title, issuer or 文号; the zone names itself once, in the short form 保定高新区.
    text = ("2022年保定高新区全区经济社会发展的奋斗目标是:地区生产总值增长8%。\n"
            "一、推动经济高质量发展\n1.强化经济运行调度。(牵头责任单位:区经发局;协同单位:区财政局)\n"
            "2.培育主导产业。(牵头责任单位:区招商局)\n二、保障改善民生\n")
    doc = parse_document(text, "zone-short.txt")
    assert (doc.region, doc.region_path[1]) == ("保定高新技术产业开发区", "保定市")


def test_a_county_printed_only_in_traditional_characters_is_placed() -> None:
    # A 繁体 mirror: the county names itself only in 繁体 (鄆城縣, a character the old hand-typed
    # table did not hold), while the province's cited documents name 山東 in full.
    text = ("鄆城縣人民政府辦公室 關於印發穩就業實施方案的通知\n鄆政辦發〔2021〕3號\n"
            "各鄉鎮人民政府,縣直各有關單位:\n"
            "為貫徹《山東省人民政府關於穩就業的意見》(魯政發〔2021〕2號)和山東省部署,制定本方案。\n"
            "一、擴大就業\n(一)支持企業穩崗。\n")
    doc = parse_document(text, "hant-county.txt")
    assert (doc.region, doc.level, doc.region_path[1]) == ("郓城县", "county", "菏泽市")


def test_simplified_text_reads_as_printed() -> None:
    # Characters OpenCC maps but simplified text also prints (乾县, 於 as a surname) stay.
    from policy_cascades.loaders.hant import simplified

    assert simplified("乾县人民政府") == "乾县人民政府"
    assert simplified("絳縣 鄆城縣 關於") == "绛县 郓城县 关于"


def test_a_placeless_issuer_whose_place_no_clue_settles_is_kept_with_a_warning() -> None:
    doc = _doc("""
        区人民政府办公室关于做好稳就业工作的通知
        各街道办事处:
        一、稳定岗位
        区人民政府办公室
        2020年3月2日
    """)
    assert (doc.issuers, doc.region) == (("区人民政府办公室",), None)
    assert [w.field for w in doc.warnings] == ["region", "doc_number", "issuers"]


def test_a_county_named_only_by_its_doc_number_prefix_is_placed_below_the_province() -> None:
    # No issuer or title place; the body names the province of a cited document, whose
    # abbreviation (湘) is not the document's own prefix (平): the one 平 unit of 湖南省.
    text = ("平政办发〔2020〕5号\n关于印发稳就业若干措施的通知\n各乡镇人民政府，县直各单位：\n"
            "为贯彻落实《湖南省人民政府关于做好稳就业工作的意见》（湘政发〔2020〕5号）精神，制定本措施。\n"
            "一、稳定岗位\n")
    doc = parse_document(text, "prefix-only.txt")
    assert (doc.region, doc.region_path[1]) == ("平江县", "岳阳市")
    assert any(w.field == "region" and "文号" in w.message for w in doc.warnings)


def test_a_place_in_the_title_of_a_cited_parent_is_not_the_issuers() -> None:
    # The own title names only the city's document it carries out; the 文号 is the county's.
    text = ("关于贯彻落实《岳阳市人民政府关于做好稳就业工作的意见》的实施意见\n平政发〔2020〕3号\n"
            "各乡镇人民政府，县直各单位：\n现提出如下实施意见。\n一、稳定岗位\n")
    doc = parse_document(text, "cited-title.txt")
    assert (doc.region, doc.level) == ("平江县", "county")


def test_a_document_of_the_central_government_is_national() -> None:
    text = ("国务院办公厅关于做好稳就业工作的意见\n国办发〔2020〕6号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、稳定岗位\n")
    doc = parse_document(text, "national.txt")
    assert (doc.region, doc.level, doc.region_path) == ("中国", "national", ("中国",))


@pytest.mark.parametrize(("issuer", "county"), [("城步县人民政府", "城步苗族自治县"),
                                                 ("莫力达瓦旗人民政府", "莫力达瓦达斡尔族自治旗")])
def test_an_autonomous_county_under_its_everyday_name_is_placed(issuer: str, county: str) -> None:
    doc = parse_document(f"{issuer}关于稳就业的若干意见\n各乡镇人民政府：\n一、稳定岗位\n", "autonomous.txt")
    assert (doc.region, doc.level) == (county, "county")


def test_a_page_footer_naming_the_sites_owner_is_no_clue_to_the_issuer() -> None:
    # a city's portal reposts another city's notice; its footer names the portal's owner
    text = ("市人民政府办公室关于印发稳就业若干措施的通知\n岳政办发〔2020〕5号\n各县（市、区）人民政府：\n"
            "一、稳定岗位\n主办：长沙市人民政府办公厅 承办：长沙市数据资源局\n"
            "版权所有：长沙市人民政府 湘ICP备12345号\n")
    doc = parse_document(text, "footer.txt")
    assert (doc.region, doc.issuers) == ("岳阳市", ("岳阳市人民政府办公室",))


def test_a_plan_title_broken_over_the_first_two_lines_is_whole() -> None:
    text = "通山县2020年稳就业\n工作实施方案\n为做好稳就业工作，制定本方案。\n一、目标\n二、措施\n"
    doc = parse_document(text, "two-line-plan.txt")
    assert (doc.title, doc.region) == ("通山县2020年稳就业工作实施方案", "通山县")


def test_a_placeless_groups_word_gives_the_level() -> None:
    # 县…领导小组办公室 and a 文号 whose prefix fits many places: county level, region open
    text = ("县稳就业工作领导小组办公室关于印发稳就业若干措施的通知\n平稳就办〔2020〕1号\n"
            "各乡镇人民政府：\n一、稳定岗位\n")
    doc = parse_document(text, "placeless-group.txt")
    assert (doc.region, doc.level) == (None, "county")


LOCAL_BRANCH = """
    国家税务总局岳阳市税务局
    关于落实小规模纳税人减免增值税政策的通知
    岳市税发〔2020〕5号
    一、免征增值税。
    二、减按1%征收。
    国家税务总局岳阳市税务局
    2020年3月8日
"""


def test_a_central_bodys_local_branch_is_local_not_national() -> None:
    """国家税务总局 + a city's name is the city's bureau: the city's document, not the centre's."""
    doc = _doc(LOCAL_BRANCH)
    assert (doc.region, doc.level) == ("岳阳市", "municipal")


@pytest.mark.parametrize("signed", ["2020-13-08", "2020年13月8日", "2020年2月31日"])
def test_a_signing_date_the_calendar_has_not_is_no_date(signed: str) -> None:
    """A typo in the date under a signature gives a record without that date, not a crash."""
    doc = _doc(f"""
        岳阳县人民政府办公室
        关于做好稳就业工作的通知
        一、加大稳岗返还。
        岳阳县人民政府办公室 {signed}
    """)
    assert doc.region == "岳阳县" and doc.date is None
    assert any(w.field == "date" for w in doc.warnings)


def test_a_text_whose_first_lines_are_all_blank_still_gives_a_record() -> None:
    doc = parse_document("\n" * 40 + "岳阳县人民政府办公室\n关于做好稳就业工作的通知\n一、加大稳岗返还。\n",
                         "blank.txt")
    assert doc.region == "岳阳县" and len(doc.measures) == 1


def test_places_the_clues_fit_equally_are_told_apart_by_the_level_the_text_speaks_at() -> None:
    province = _doc("""
        为推动江西高质量发展，特制定本方案。
        一、主要目标
        全省社会消费品零售总额年均增长10%。到2023年，南昌市突破3000亿元，赣州市、九江市突破1500亿元。
        全省新增就业岗位60万个。
    """)
    assert (province.region, province.level) == ("江西省", "provincial")
    assert any("placed in 江西省" in w.message for w in province.warnings if w.field == "region")
    for own, region, level in (("省内各市县", "海南省", "provincial"), ("全州各县", "海南藏族自治州", "municipal")):
        doc = _doc(f"""
            为建设美丽海南，制定以下措施。
            一、恢复生产
            {own}要有序推进复工复产。
        """)
        assert (doc.region, doc.level) == (region, level)


def test_a_province_whose_plan_names_its_cities_without_its_own_name() -> None:
    """A plan that lost its title: it speaks of its own unit as a province (全省) and names four
    cities of one province, none of them its issuer; the province that holds them, with a warning."""
    doc = parse_document(
        "为推动全省经济恢复提振，制定本行动方案。\n"
        "一、行动目标\n"
        "全省固定资产投资增长10%。海口、三亚、儋州、三沙等市要力争超额完成全年目标，全省上下协同推进。\n", "page.txt")
    assert (doc.region, doc.level) == ("海南省", "provincial")
    assert any(w.field == "region" for w in doc.warnings)


def test_a_county_plan_citing_its_provinces_documents_is_not_the_provinces() -> None:
    """A county's plan that lost its title cites two documents of its province (晋发, 晋政办发) and
    speaks of itself as a county (我县, 全县): a county of that province, which one left open, not
    the province."""
    doc = parse_document(
        "根据《中共山西省委 山西省人民政府关于实施市场主体倍增工程的意见》（晋发〔2021〕67号）、"
        "《山西省人民政府办公厅关于印发若干措施的通知》（晋政办发〔2022〕7号）文件精神，结合我县实际，制定本方案。\n"
        "一、指导思想\n"
        "激发全县市场活力，全县市场主体倍增。\n", "page.txt")
    assert (doc.region, doc.level) == (None, "county")
