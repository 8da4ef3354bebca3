"""Over- and under-firings a review with fresh eyes found in the nineteenth session's rules, each on a
made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_a_forwarding_notice_keeps_its_own_date_over_the_forwarded_documents_signature() -> None:
    doc = _doc("""
        关于转发《郴州市人民政府办公室关于加强安全生产工作的通知》的通知
        嘉政办函〔2023〕6号
        各乡镇人民政府,县直有关单位:
        现将《郴州市人民政府办公室关于加强安全生产工作的通知》转发给你们,请认真贯彻执行。
        2023年3月6日
        郴州市人民政府办公室关于加强安全生产工作的通知
        各县市区人民政府:
        一、压实安全责任
        落实属地管理。
        郴州市人民政府办公室
        2023年2月20日
    """)
    assert doc.date == "2023-03-06"


def test_a_source_and_a_posting_date_are_no_doc_number() -> None:
    doc = _doc("""
        关于印发沁水县农村人居环境整治提升实施方案的通知
        沁水县政府办 20230308
        各乡镇人民政府,县直有关单位:
        现将方案印发给你们,请认真贯彻执行。
        沁水县人民政府办公室
        2023年3月6日
        一、总体要求
        坚持因地制宜。
    """)
    assert doc.doc_number is None


def test_a_seal_that_names_the_body_sealing_for_the_signer_is_no_part_of_its_name() -> None:
    doc = _doc("""
        关于印发道县脱贫攻坚问题整改工作方案的通知
        各乡镇人民政府,县直有关单位:
        现将方案印发给你们,请认真贯彻执行。
        道县脱贫攻坚领导小组办公室(县乡村振兴局代章)
        2023年3月6日
        一、总体要求
        坚持问题导向。
    """)
    assert doc.issuers == ("道县脱贫攻坚领导小组办公室",)


def test_a_sentence_led_by_another_documents_number_gives_no_doc_number() -> None:
    doc = _doc("""
        关于做好2023年农村人居环境整治工作的通知
        晋政办发〔2021〕5号关于推进农村人居环境整治提升的实施意见印发以来,各地积极推进
        各乡镇人民政府,县直有关单位:
        现将有关事项通知如下。
        沁水县人民政府办公室
        2023年3月6日
        一、总体要求
        坚持因地制宜。
    """)
    assert doc.doc_number is None


def test_a_forwarded_documents_headline_led_by_its_number_gives_no_doc_number() -> None:
    doc = _doc("""
        湘政办发〔2021〕12号湖南省人民政府办公厅关于加快推进农业机械化的实施意见
        发布时间:2021-04-20
        武陵区人民政府办公室关于转发《湖南省人民政府办公厅关于加快推进农业机械化的实施意见》的通知
        各乡镇人民政府、街道办事处,区直各单位:
        现将上述文件转发给你们,请认真贯彻落实。
        武陵区人民政府办公室
        2021年5月6日
    """)
    assert doc.doc_number is None


def test_a_notice_type_title_opening_with_fabu_keeps_it() -> None:
    doc = _doc("""
        发布2023年度保山市重点建设项目计划的公告
        各县(市、区)人民政府,市直各部门:
        现将2023年度重点建设项目计划予以发布。
        保山市人民政府
        2023年3月6日
        一、重点项目
        加快项目建设。
    """)
    assert doc.title == "发布2023年度保山市重点建设项目计划的公告"


def test_persons_and_a_zones_short_committee_at_a_notes_cut_end_are_kept() -> None:
    # The excerpt stops after the note's last unit, whole: 各县区主要负责人, 各园区管委 (short for 管委会).
    for last in ("各县区主要负责人", "各园区管委"):
        doc = _doc(f"""
            关于印发来宾市2023年大气污染防治工作方案的通知
            一、主要任务
            1.推进燃煤锅炉整治。
            2.推进工业园区整治。(责任单位:市工业和信息化局、{last}
        """)
        assert _units(doc, "一.2")[2] == ("市工业和信息化局", last)


def test_bare_places_before_a_class_of_bodies_after_deng_are_no_units() -> None:
    doc = _doc("""
        关于印发宝鸡市促进消费若干措施的通知
        一、主要措施
        1.打造重点商圈。(市商务局牵头,渭滨、金台等重点商圈所在区政府配合)
        2.发展夜间经济。
    """)
    assert "渭滨" not in _units(doc, "一.1")[1]


def test_a_departments_line_above_a_bare_office_line_is_not_joined_to_it() -> None:
    doc = _doc("""
        关于印发道县农村饮水安全工作方案的通知
        各乡镇人民政府,县直有关单位:
        现将方案印发给你们,请认真贯彻执行。
        道县水利局
        道县卫生健康局
        指挥部办公室
        2023年3月6日
        一、总体要求
        坚持问题导向。
    """)
    assert "道县卫生健康局指挥部办公室" not in doc.issuers


def test_a_bracket_qualifying_a_class_with_yixia_is_kept() -> None:
    doc = _doc("""
        关于印发防城港市2023年卫生健康工作要点的通知
        一、主要任务
        1.加强基层医疗。(责任单位:市卫生健康委、各级医疗机构(县级以下))
        2.推进医共体建设。
    """)
    assert "各级医疗机构(县级以下)" in _units(doc, "一.1")[2]


# -- the second review (after a6ab835) ----------------------------------------------------------


def test_a_meetings_date_in_the_body_is_not_the_signing_date() -> None:
    doc = _doc("""
        关于召开全县经济工作会议的通知
        各乡镇人民政府，县直有关单位：
        经研究，决定召开全县经济工作会议。
        一、会议时间
        2023年3月10日
        二、参会人员
        各乡镇主要负责同志。
        宕昌县人民政府办公室
        2023年3月6日
    """)
    assert doc.date == "2023-03-06"


def test_a_posting_date_above_a_single_addressee_gives_way_to_the_signature() -> None:
    doc = _doc("""
        卓尼县人民政府关于同意县自然资源局调整国土空间规划的批复
        2023年3月8日
        县自然资源局：
        你局《关于调整国土空间规划的请示》收悉。经研究，现批复如下：
        一、同意调整方案。
        二、请严格执行。
        卓尼县人民政府
        2023年3月6日
    """)
    assert doc.date == "2023-03-06"


def test_a_headline_led_by_its_number_and_its_issuer_gives_its_number() -> None:
    doc = _doc("""
        青政发〔2022〕8号青海省人民政府关于促进民营经济发展的指导意见
        各市州人民政府，省政府有关部门：
        为加快发展，提出如下意见。
        一、总体要求
        坚持稳中求进。
        青海省人民政府
        2022年5月6日
    """)
    assert doc.doc_number == "青政发〔2022〕8号"


def test_a_collectives_post_after_it_is_a_person_not_part_of_its_name() -> None:
    doc = _doc("""
        关于印发酒泉市2023年招商引资工作方案的通知
        一、主要任务
        1.推进项目落地。（责任单位及责任人：市商务局李明，各乡镇党委书记）
        2.推进园区建设。（责任单位及责任人：各开发区管委会主任）
    """)
    assert _units(doc, "一.1")[2] == ("市商务局", "各乡镇党委")
    assert _units(doc, "一.2")[2] == ("各开发区管委会",)


def test_a_lead_that_consults_its_partners_leads_them() -> None:
    doc = _doc("""
        关于印发嘉峪关市2023年农业农村工作要点的通知
        一、主要任务
        1.推进高标准农田建设。〔市农业农村局牵头会商市财政局、市自然资源局分别负责。〕
        2.推进产业发展。
    """)
    assert _units(doc, "一.1") == (("市农业农村局",), ("市财政局", "市自然资源局"), ())


def test_a_bare_government_or_a_countys_general_office_is_not_completed() -> None:
    forwarding = _doc("""
        关于转发甘肃省交通运输厅农村公路养护意见的通知
        各乡镇人民政府，县直有关单位：
        现将省交通运输厅意见转发给你们，请结合玛曲县实际执行。
        人民政府
        2023年3月6日
        一、总则
        加强养护。
    """)
    assert forwarding.issuers == ("人民政府",)
    county = _doc("""
        关于印发漳县农村公路养护管理办法的通知
        各乡镇人民政府，县直有关单位：
        现将办法印发给你们，请认真贯彻执行。
        人民政府办公厅
        2023年3月6日
        一、总则
        加强养护。
    """)
    assert county.issuers == ("人民政府办公厅",)
