"""Classes of misses met in eval26/ and eval27/ once they were retired to development (nineteenth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_a_doc_number_that_lost_both_brackets_and_its_hao_is_read() -> None:
    # The rich text dropped 〔, 〕 and 号: 某办202211 alone on its line under the headline.
    doc = _doc("""
        定远县产业发展领导小组办公室 关于印发定远县招商引资若干措施的通知
        产业发展办202317
        各乡镇人民政府,县直有关单位:
        现将《定远县招商引资若干措施》印发给你们,请认真贯彻落实。
        定远县产业发展领导小组办公室
        2023年5月8日
        一、总体要求
        坚持以项目为中心。
    """)
    assert doc.doc_number == "产业发展办〔2023〕17号"


def test_a_line_of_digits_after_a_word_that_ends_no_prefix_is_no_doc_number() -> None:
    doc = _doc("""
        关于印发定远县招商引资若干措施的通知
        截至202307
        各乡镇人民政府:
        一、总体要求
        坚持以项目为中心。
    """)
    assert doc.doc_number is None


def test_a_collective_cut_inside_its_bodies_name_is_left_out() -> None:
    # The excerpt ends inside 人民政府 of the last unit: 各县区人 is no unit.
    doc = _doc("""
        钦州市人民政府办公室关于印发2019年度钦州市大气污染防治攻坚实施计划的通知
        钦政办〔2019〕12号
        各县、区人民政府:
        现印发给你们,请认真组织实施。
        钦州市人民政府办公室
        2019年4月2日
        一、主要任务
        (一)调整优化产业结构
        1.加快编制“三线一单”。积极推行规划环境影响评价。(牵头单位:市生态环境局。责任单位:市工业和信息化局、自然资源局,各县区人
    """)
    leads, supports, _ = _units(doc, "一.(一).1")
    assert leads == ("市生态环境局",)
    assert supports == ("市工业和信息化局", "自然资源局")


def test_a_class_after_deng_named_at_length_is_dropped_and_bare_kinds_after_ge_stay_with_it() -> None:
    # 等…领导小组成员单位 is the class of the units before it; 各 runs over 乡, 街办 and 管理处.
    doc = _doc("""
        2022年青山湖区政务公开工作要点
        一、重点任务
        (一)强化重点领域信息公开
        1、数字经济发展领域。做好数字经济政策公开。(责任单位:区政数局、区发改委、区商务局等数字经济工作领导小组成员单位,各乡、街办、管理处)
        2、优化营商环境领域。
    """)
    assert _units(doc, "一.(一).1")[2] == ("区政数局", "区发改委", "区商务局", "各乡、街办、管理处")


# -- eval27 (retired later in the nineteenth session) ------------------------------------------


def test_a_point_whose_note_another_point_follows_keeps_it() -> None:
    # (1) prints its note and (2) follows it: the note is (1)'s, not only the whole item's.
    doc = _doc("""
        关于印发云南省2020年生态环境保护工作要点的通知
        一、重点工作任务
        (一)全力打好污染防治攻坚战
        1.坚决打赢蓝天保卫战役。(1)深入开展工业企业大气污染综合治理,推进超低排放改造(牵头单位:省生态环境厅、省能源局)。(2)持续推进燃煤锅炉淘汰,县级城市建成区禁止新建燃煤锅炉。
        2.深入推进碧水保卫战。
    """)
    assert _units(doc, "一.(一).1.(1)")[0] == ("省生态环境厅", "省能源局")
    assert _units(doc, "一.(一).1.(2)") == ((), (), ())


def test_places_named_bare_before_the_body_they_share_are_units_of_a_keyless_note() -> None:
    # 运城、永济、河津经济开发区管委会: three zones' committees, the first two named by their place.
    doc = _doc("""
        运城市水污染防治2018年行动计划
        一、重点工作
        (一)狠抓工业污染防治
        1.工业集聚区要加强监管,完善污水管网。(市环保局牵头,市经信委、市住建局配合,运城、永济、河津经济开发区管委会负责落实)
        2.每季度召开一次调度会。(市环保局牵头,运城每季度召开一次联席会)
    """)
    assert _units(doc, "一.(一).1") == (("市环保局",), ("市经信委", "市住建局", "运城", "永济", "河津经济开发区管委会"), ())
    assert _units(doc, "一.(一).2")[1:] == ((), ())


def test_a_headline_naming_its_issuer_and_the_plan_it_issues_gives_the_plan_as_title() -> None:
    # 《某市政府印发某市…行动计划》: a news headline, no 关于 … 的通知; the issuer stands before 印发.
    doc = _doc("""
        《运城市政府印发运城市水污染防治2018年行动计划》
        来源专题:水体污染治理
        发布时间:2018-09-03
        运城市水污染防治2018年行动计划
        为完成2018年度水污染防治工作目标任务,制定本计划。
        一、工作目标
        全市水环境质量持续改善。
    """)
    assert doc.title == "运城市水污染防治2018年行动计划"
    assert doc.issuers == ("运城市人民政府",)


def test_a_signature_broken_before_its_group_and_sealed_for_it_is_one_issuer() -> None:
    # 某自治区生态环境保护 / 领导小组办公室(代章): one body, its name broken over two lines.
    doc = _doc("""
        关于印发《2020-2021年全区冬春季大气污染综合治理攻坚行动方案》的通知
        各市、县(市、区)人民政府:
        为深入贯彻生态文明思想,现将方案印发给你们,请认真贯彻落实。
        广西壮族自治区生态环境保护
        领导小组办公室(代章)
        2020年10月22日
        一、总体要求
        坚持问题导向。
    """)
    assert doc.issuers == ("广西壮族自治区生态环境保护领导小组办公室",)


def test_a_posting_date_under_the_headline_gives_way_to_the_date_under_the_signature() -> None:
    doc = _doc("""
        吉安市人民政府办公室关于印发2019年吉安市河长制湖长制工作要点的通知
        2019年7月19日
        吉府办字〔2019〕21号
        各县(市、区)人民政府:
        《2019年吉安市河长制湖长制工作要点》已经市政府同意,现印发给你们。
        吉安市人民政府办公室
        2019年5月24日
        一、工作目标
        全面推进河长制。
    """)
    assert doc.date == "2019-05-24"


def test_a_rule_remark_holding_a_short_bracket_names_no_unit() -> None:
    # The remark in brackets after the units holds 各市(州) in brackets of its own.
    doc = _doc("""
        《贵州省环境污染防治“三大战役”实施方案》责任分工方案
        一、主要任务
        (一)大气环境质量明显提升。
        力争更多城市空气质量达标。
        责任单位:省生态环境厅,各市(州)负责落实(排在首位的为牵头单位,下同;以下均需各市(州)落实,不再列出)。
        (二)水环境质量全面改善。
        全面完成干流综合整治。
    """)
    assert _units(doc, "一.(一)") == (("省生态环境厅",), ("各市(州)",), ())


# -- eval28 (retired later in the nineteenth session) ------------------------------------------


def test_a_signature_pushed_right_by_a_long_run_of_lost_spaces_is_read() -> None:
    # The page saved the spaces before the signature and the date as question marks.
    doc = _doc("""
        - 信息來源:市政府
        - 發布日期:2019-01-18 16:13
        各市(區)人民政府,市各委、辦、局:
        《揚州市打贏藍天保衛戰三年行動計劃實施方案》已經市政府常務會議審議通過,現印發給你們。
        ?
        ????????????????????????? ?揚州市人民政府
        ????????????????????? 2018年12月24日
        (此件公開發布)
        揚州市打贏藍天保衛戰三年行動計劃實施方案
        一、總體要求
        (一)指導思想。以新時代中國特色社會主義思想為指導。
    """)
    assert doc.issuers == ("揚州市人民政府",)
    assert doc.date == "2018-12-24"


def test_a_validity_tag_after_the_title_is_no_part_of_it() -> None:
    doc = _doc("""
        关于印发通河县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知(已废止)
        各乡镇人民政府,县政府各部门:
        现将实施方案印发给你们,请认真贯彻执行。
        通河县人民政府办公室
        2019年1月9日
        一、总体要求
        坚持全民共治。
    """)
    assert doc.title == "关于印发通河县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知"


def test_a_metadata_label_alone_on_its_line_is_no_addressee_line() -> None:
    # 责任部门: with its value on the next line, before the headline: not the addressees.
    doc = _doc("""
        索 引 号:
        640501001/2019-00120
        文  号:
        固政办发〔2019〕12号
        责任部门:
        市人民政府办公室
        标  题:
        固原市人民政府办公室关于印发2019年度固原市打赢蓝天保卫战重点工作安排的通知
        固原市人民政府办公室关于印发2019年度固原市打赢蓝天保卫战重点工作安排的通知
        各县(区)人民政府,市政府各部门:
        现将重点工作安排印发给你们,请认真贯彻落实。
        固原市人民政府办公室
        2019年4月30日
        一、总体要求
        坚持问题导向。
    """)
    assert doc.title == "关于印发2019年度固原市打赢蓝天保卫战重点工作安排的通知"


def test_a_collective_of_towns_farms_and_streets_names_no_person() -> None:
    # 各乡镇场街: 各 over 乡镇, 场 and 街道 — not 各乡 and a person 镇场街.
    doc = _doc("""
        关于印发凌源市2020年政务公开工作要点的通知
        一、完成政府信息公开平台建设
        1.建设完成政府信息公开平台。做好信息报送工作。(牵头单位:市政府办公室;责任单位:各乡镇场街、市政府各部门)
        2.更新权责清单。
    """)
    assert _units(doc, "一.1")[:2] == (("市政府办公室",), ("各乡镇场街", "市政府各部门"))


def test_plans_named_as_drawn_up_and_issued_together_are_a_bundle_though_one_is_printed() -> None:
    # 制定了《A》《B》《C》,已经…审定,现印发给你们: the first plan printed is P1.
    doc = _doc("""
        城固县人民政府办公室
        关于印发三大保卫战2020年工作方案的通知
        各镇人民政府,县政府各部门:
        为持续改善生态环境质量,结合我县实际,制定了《城固县蓝天保卫战2020年工作方案》《城固县碧水保卫战2020年工作方案》《城固县净土保卫战2020年工作方案》,已经县政府常务会议审定,现印发给你们,请认真贯彻执行。
        城固县人民政府办公室
        2020年8月17日
        城固县蓝天保卫战2020年工作方案
        为持续改善全县空气质量,制定本方案。
        一、工作目标
        城区空气质量优良天数达到320天。
        二、主要任务
        1.强化源头管控。(县环保局牵头,县发改局配合)
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.二", "P1.二.1"]


def test_plans_cited_as_a_basis_are_no_bundle() -> None:
    doc = _doc("""
        城固县人民政府办公室
        关于印发城固县蓝天保卫战2020年工作方案的通知
        各镇人民政府,县政府各部门:
        根据《汉中市蓝天保卫战2020年工作方案》《汉中市碧水保卫战2020年工作方案》要求,结合我县实际,制定本方案,现印发给你们。
        城固县人民政府办公室
        2020年8月17日
        城固县蓝天保卫战2020年工作方案
        一、工作目标
        城区空气质量优良天数达到320天。
    """)
    assert [m.path for m in doc.measures] == ["一"]


# -- eval29 (retired at the nineteenth session's end) --------------------------------------------


def test_a_numbered_attachment_list_names_plans_but_heads_none() -> None:
    # 附件: 1.A 2.B 3.C under the notice: only the plan printed below (after 附件1) is P1.
    doc = _doc("""
        石泉县人民政府办公室关于印发石泉县新型城镇化三大专项行动方案的通知
        各镇人民政府,县政府有关部门:
        三个专项行动方案已经县政府同意,现印发给你们,请认真抓好贯彻落实。
        附件:
        1.石泉县国土空间规划引领高质量发展专项行动方案
        2.石泉县城市建设存量问题化解专项行动方案
        3.石泉县城乡融合发展专项行动方案
        石泉县人民政府办公室
        2022年10月28日
        附件1
        石泉县国土空间规划引领高质量发展专项行动方案
        为推动高质量发展,制定本方案。
        一、总体要求
        坚持规划引领。
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一"]


def test_a_tag_the_page_left_in_the_title_is_dropped() -> None:
    doc = _doc("""
        甘肃省“治污降霾·保卫蓝天”<br>2016年工作方案
        为持续改善空气质量,制定本方案。
        一、总体要求
        坚持源头治理。
        二、重点任务
        (一)在减少燃煤上下功夫。
    """)
    assert doc.title == "甘肃省“治污降霾·保卫蓝天”2016年工作方案"
