"""Classes of misses met in eval56 and eval57 (retired to development at the twenty-sixth session's start) and in
dev/, each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units

# A document-sharing site's description: the whole document on one line, the title printed twice, its 文号 in
# brackets with stray spaces, the addressees without their colon, and a preamble citing a national document.
ONE_LINE_OPINION = """
    鹤壁市人民政府办公室关于加强湿地保护修复的落实意见.doc

    资源描述:
    鹤壁市人民政府办公室关于加强湿地保护修复的落实意见 鹤壁市人民政府办公室关于加强湿地保护修复的落实意见 (鹤政办发〔 2018〕 21 号) 各县(区)人民政府,市政府各部门,各有关单位 为贯彻落实国务院办公厅关于加强湿地保护修复的意见(国办发〔 2016〕 89 号)和河南省人民政府办公厅关于加强湿地保护修复的实施意见(豫政办〔 2017〕 12 号)精神,经市政府同意,特制定以下 落实意见。 一、总体要求 (一)指导思想 全面贯彻党的十九大精神,加快建立湿地保护修复制度,坚持保护优先、合理利用的原则,统筹推进湿地保护修复工作,切实维护湿地生态系统的完整性和稳定性,为建设美丽鹤壁提供有力保障。 (二)基本原则 坚持保护优先。
"""


def test_a_one_line_documents_own_bracketed_number_stays_with_its_title_not_the_cited_one() -> None:
    doc = _doc(ONE_LINE_OPINION)
    assert doc.title == "关于加强湿地保护修复的落实意见"
    assert doc.doc_number == "鹤政办发〔2018〕21号"
    assert (doc.region, doc.level) == ("鹤壁市", "municipal")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]


def test_a_local_body_with_only_a_national_number_in_its_text_is_not_placed_in_the_centre() -> None:
    doc = _doc("""
        鹤壁市人民政府办公室转发国务院办公厅关于加强湿地保护修复的意见的通知
        国办发〔2016〕89号
        各县(区)人民政府,市政府各部门:
        现将国务院办公厅关于加强湿地保护修复的意见转发给你们,请结合实际认真贯彻执行。
        一、总体要求
    """)
    assert (doc.region, doc.level) == ("鹤壁市", "municipal")


def test_a_title_cited_by_the_preamble_after_its_comma_is_not_a_printing_of_the_documents() -> None:
    doc = _doc("""
        中共鹤壁市委 鹤壁市人民政府 关于营造企业家健康成长环境的实施意见
        鹤发〔2018〕9号
        为营造企业家健康成长环境,增强企业家创新活力,根据《中共河南省委、河南省人民政府关于营造企业家健康成长环境的实施意见》(豫发〔2018〕16号)精神,结合我市实际,提出以下实施意见。
        一、总体要求
        1.重要意义。
    """)
    assert doc.title == "关于营造企业家健康成长环境的实施意见"
    assert doc.issuers == ("中共鹤壁市委", "鹤壁市人民政府")


def test_a_scope_that_counts_bodies_is_no_note_of_units() -> None:
    doc = _doc("""
        鹤壁市人民政府办公室关于印发2019年绩效考评工作实施方案的通知
        各县区人民政府,市政府各部门:
        现将《2019年绩效考评工作实施方案》印发给你们,请认真贯彻执行。
        一、总体要求
        以习近平新时代中国特色社会主义思想为指导,严格考核。
        二、考评范围
        5个县区政府,市政府38个部门和单位。
        三、考评原则
    """)
    assert units(doc, "二") == ((), (), ())


def test_a_plans_title_taken_from_its_line_keeps_its_period_printed_below_it() -> None:
    doc = _doc("""
        当前位置:文档之家› 鹤壁市现代农业发展规划实施方案

        鹤壁市现代农业发展规划实施方案

        鹤壁市现代农业发展规划实施方案

        (2016-2020年)

        鹤壁市农业局

        为推动落实《河南省现代农业发展规划》的重点任务,特制定本方案。

        一、总体思路
    """)
    assert doc.title == "鹤壁市现代农业发展规划实施方案(2016-2020年)"


def test_a_notice_on_one_line_that_opens_at_its_addressees_after_a_body_is_cut_into_lines() -> None:
    doc = _doc("""
        鹤壁市人民政府办公室关于印发市政府2021年重点工作责任分工的通知
        政策
        发布部门:市政府办公室
        发布时间:2021年02月08日
        有效性:政策是否有效未知,请慎用
        市政府各部门、各单位:《市政府2021年重点工作责任分工》已经市政府同意,现印发给你们,请认真贯彻执行。市政府2021年重点工作由市长总负责,市政府各位分管副市长分工负责,责任单位负责组织实施,单位主要负责人为第一责任人。各地各部门要高度重视,全面落实清单工作项目化管理、责任制落实、时序化推进要求,以高效协同的工作推进机制,全力组织实施,确保政府全年目标任务如期完成。重点工作完成情况将作为对各地各部门(单位)年度工作目标责任制考核的重要内容,并每季度进行督查和通报。 鹤壁市人民政府办公室 2021年2月5日 市政府2021年重点工作责任分工 一、稳定经济增长 确保地区生产总值增长7%以上。
    """)
    assert doc.date == "2021-02-05"
    assert [m.path for m in doc.measures] == ["一"]


def test_an_adoption_line_broken_over_a_blank_line_under_the_title_dates_the_plan() -> None:
    doc = _doc("""
        鹤壁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

        来源:市发改委
        日期:2021-12-30 16:26

        鹤壁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

        ——2021年12月11日鹤壁市第二届人民代表大会

        第二次会议通过

        鹤壁市第二届人民代表大会第二次会议审查了市人民政府提出的规划纲要草案,决定批准这个规划纲要。
    """)
    assert doc.date == "2021-12-11"


def test_a_date_among_the_pages_metadata_under_the_title_is_no_signing_date() -> None:
    doc = _doc("""
        • 索引号: 750687753/2023-00061
          • 发布机构:

        鹤壁市城镇燃气安全专项整治工作实施方案

          • 2023年09月15日
          • 来源: 鹤壁市应急管理局
          • 【字体: 大  中
          • 【打印文本】

        为全面加强我市城镇燃气安全风险隐患排查治理,结合我市实际,制定本方案。

        一、总体要求
    """)
    assert doc.date is None
