"""The review with fresh eyes of the twenty-sixth session's rules: each misfire it found, on its made-up text."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units


def test_a_one_line_notice_beside_a_font_bar_with_bars_is_still_cut() -> None:
    doc = _doc("""
        洛阳市人民政府办公室关于印发洛阳市促进消费若干措施的通知 洛政办〔2022〕18号 各县(市、区)人民政府,市人民政府各部门: 《洛阳市促进消费若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。 洛阳市人民政府办公室 2022年5月6日 洛阳市促进消费若干措施 一、发放消费券 (一)加大消费券发放力度。(责任单位:市商务局、市财政局) (二)开展促销活动。(责任单位:市商务局)
        【字体:大 | 中 | 小】 【打印】 【关闭】
    """)
    assert (doc.doc_number, doc.date) == ("洛政办〔2022〕18号", "2022-05-06")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]


def test_a_signatures_date_above_the_pages_chrome_is_the_signing_date() -> None:
    doc = _doc("""
        滑县人民政府关于禁止燃放烟花爆竹的通告
        一、禁止在城区范围内燃放烟花爆竹。
        特此通告。
        滑县人民政府
        2021年12月20日
        【打印本页】【关闭窗口】
    """)
    assert doc.date == "2021-12-20"


def test_a_governments_short_form_is_not_completed_into_its_addressee() -> None:
    doc = _doc("""
        市政府关于印发丹阳市国土空间总体规划的通知
        镇政发〔2021〕5号
        丹阳市人民政府,市各有关部门:
        现将《丹阳市国土空间总体规划》印发给你们,请认真贯彻执行。
        一、总体要求
    """)
    assert doc.issuers != ("丹阳市人民政府",)


def test_a_central_document_reposted_by_a_local_office_stays_national() -> None:
    doc = _doc("""
        来源:邢台市人民政府办公室
        关于进一步优化营商环境降低市场主体制度性交易成本的意见
        国办发〔2022〕30号
        各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
        为进一步深化“放管服”改革,现提出以下意见。
        一、总体要求
    """)
    assert (doc.region, doc.level) == ("中国", "national")


def test_a_red_header_naming_a_theme_or_a_sorting_group_is_kept_whole() -> None:
    doc = _doc("""
        襄阳市生活垃圾分类工作领导小组办公室文件
        襄垃分办发〔2021〕3号
        生活垃圾分类工作领导小组办公室关于印发2021年生活垃圾分类工作要点的通知
        各县(市、区)生活垃圾分类工作领导小组办公室:
        现将《2021年生活垃圾分类工作要点》印发给你们。
        一、总体要求
    """)
    assert doc.issuers == ("襄阳市生活垃圾分类工作领导小组办公室",)


def test_chrome_before_a_construction_committee_is_cut_off_it() -> None:
    doc = _doc("""
        关于做好2020年建设工程安全生产工作的通知 各街镇、有关单位: 现将有关事项通知如下。 一、加强组织领导。 二、强化服务。 公文时效闵行区建设和管理委员会 2020年5月8日
    """)
    assert doc.issuers == ("闵行区建设和管理委员会",)


def test_a_meetings_date_glued_to_the_government_is_no_signing_date() -> None:
    doc = _doc("""
        关于印发信阳市优化营商环境三年行动方案的通知
        信政〔2021〕12号
        各县区人民政府,市政府各部门:《信阳市优化营商环境三年行动方案》已经市人民政府2021年6月15日第十二次常务会议研究通过,现印发给你们,请结合实际,认真贯彻落实。各地各部门要高度重视,加强组织领导,细化工作措施,确保各项任务落到实处,工作中遇到的问题请及时向市政务服务和大数据管理局反映,以推动全市营商环境持续优化提升。
        信阳市优化营商环境三年行动方案
        一、总体目标
        到2023年,营商环境进入全省前列。
        二、重点任务
    """)
    assert doc.date is None


def test_a_traditional_one_line_pages_addressees_without_their_colon_are_cut_too() -> None:
    doc = _doc("""
        周口市人民政府辦公室關於加強濕地保護修復的落實意見.doc

        資源描述:
        周口市人民政府辦公室關於加強濕地保護修復的落實意見 周口市人民政府辦公室關於加強濕地保護修復的落實意見 (周政辦發〔 2018〕 21 號) 各縣(區)人民政府,市政府各部門,各有關單位 為貫徹落實國務院辦公廳關於加強濕地保護修復的意見(國辦發〔 2016〕 89 號)精神,經市政府同意,特制定以下 落實意見。 一、總體要求 (一)指導思想 全面貫徹黨的十九大精神,加快建立濕地保護修復制度,堅持保護優先、合理利用的原則,統籌推進濕地保護修復工作。 (二)基本原則 堅持保護優先。
    """)
    assert doc.doc_number == "周政辦發〔2018〕21號"


def test_a_mark_after_a_unit_is_no_part_of_its_name() -> None:
    doc = _doc("""
        某区2022年重点工作任务
        一、推进乡村振兴
        1.加快高标准农田建设。(责任单位:区农业农村局★,各乡镇)
    """)
    assert "区农业农村局" in units(doc, "一.1")[2]
