"""Classes of misses met in dev batches 62 and 63 (twentieth session), each shown on a made-up text that names
other places."""

from __future__ import annotations

from policy_cascades.loaders.metadata import read_metadata
from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_metadata_labels_whose_blanks_were_lost_as_question_marks_are_read() -> None:
    # A mirror saved the blanks between a label's characters as '?'.
    doc = _doc("""
        名   ?称?:南开区人民政府关于印发南开区节能降碳实施方案的通知
        索???引??号?:111201040001807180/2023-00011 发?布?机?构?:天津市南开区人民政府
        发?文?字?号?:南开政发〔2023〕7号主   ?题?:综合政务
        南开区人民政府关于印发南开区节能降碳实施方案的通知
        各街道办事处,区政府各委、局,各直属单位:
        现将《南开区节能降碳实施方案》印发给你们,请认真贯彻执行。
        南开区人民政府
        2023年5月9日
        一、总体要求
        坚持系统观念。
    """)
    assert doc.doc_number == "南开政发〔2023〕7号"
    assert doc.issuers == ("天津市南开区人民政府",)


def test_a_question_mark_for_one_lost_character_in_a_value_is_kept() -> None:
    meta = read_metadata(["标题:关于印发某县问题导向?为主线工作方案的通知", "文号:某政发〔2023〕7号"])
    assert meta.get("title") == "关于印发某县问题导向?为主线工作方案的通知"


def test_a_note_cut_inside_its_last_duty_verb_keeps_its_last_unit() -> None:
    # The excerpt stops inside 负责落实 after a collective that lists two levels (各市、县级政府).
    doc = _doc("""
        关于印发辽宁省秸秆综合利用行动方案的通知
        一、重点任务
        1.推进秸秆肥料化利用。实现利用量500万吨。(省农业农村厅按职责分工负责,省发展改革委参与,各市、县级政府负责落
    """)
    assert _units(doc, "一.1") == ((), ("省发展改革委",), ("省农业农村厅", "各市、县级政府"))


def test_a_collective_named_by_its_role_after_ji_is_a_unit_of_its_own() -> None:
    # 及 joins a body and a collective that names its bodies by their role (各产业链责任单位), not a role key.
    doc = _doc("""
        关于印发安阳市稳增长若干措施的通知
        一、稳定工业运行
        1.强化企业培育。新增规模以上工业企业80家。(市工业和信息化局、市发展改革委及各产业链责任单位按职责分工负责)
    """)
    assert _units(doc, "一.1")[2] == ("市工业和信息化局", "市发展改革委", "各产业链责任单位")


def test_a_date_in_brackets_glued_after_the_title_is_the_signing_date_not_part_of_the_title() -> None:
    doc = _doc("""
        发布时间:2021-03-25  来源:某某在线
        中共贵州省委贵州省人民政府
        关于全面实施乡村振兴战略开启农业农村
        现代化建设新征程的意见(2021年2月26日)
        为全面实施乡村振兴战略,现提出如下意见。
        一、总体要求
        坚持农业农村优先发展。
    """)
    assert doc.title == "关于全面实施乡村振兴战略开启农业农村现代化建设新征程的意见"
    assert doc.date == "2021-02-26"


def test_a_news_headline_naming_the_body_that_published_the_document_gives_both() -> None:
    doc = _doc("""
        社交媒体分享
        浙江省人民政府办公厅发布进一步扩大有效投资的实施意见
        2023-04-12
        为深入贯彻落实党中央、国务院部署要求,现提出如下意见。
        一、总体要求
        (一)指导思想。坚持稳中求进。
    """)
    assert doc.title == "进一步扩大有效投资的实施意见"
    assert doc.issuers == ("浙江省人民政府办公厅",)


def test_a_province_a_news_headline_prints_before_a_citys_plan_is_no_part_of_its_title() -> None:
    # The page prints the plan's own name below the headline: the title is that name.
    doc = _doc("""
        湖南省衡阳市2019年度大气污染防治攻坚实施计划
        日前,衡阳印发《衡阳市2019年度大气污染防治攻坚实施计划》。全文如下:
        衡阳市2019年度大气污染防治攻坚实施计划
        为坚决打赢蓝天保卫战,确保我市环境空气质量持续改善。
        一、工作目标
        (一)环境空气质量目标
    """)
    assert doc.title == "衡阳市2019年度大气污染防治攻坚实施计划"


def test_a_municipality_before_its_district_stays_in_the_title() -> None:
    doc = _doc("""
        天津市河西区2020年政务公开工作要点
        一、总体要求
        坚持以人民为中心。
        二、重点任务
        (一)加强政策解读。
    """)
    assert doc.title == "天津市河西区2020年政务公开工作要点"


def test_a_publisher_named_by_the_short_form_of_a_governments_office_is_named_in_full() -> None:
    # No title, signature or issuer line: the metadata's 发布机构 prints 某区政府办.
    doc = _doc("""
        索 引 号 | 0144566907/2023-00211 | 分 类 | 政府办文件 |
        发布机构 | 高港区政府办 | 发文日期 | 2023-05-10 |
        文 号 | 泰高政办〔2023〕31号 | 时 效 | 有效 |
        各街道办事处,各园区管委会,区各委办局,区各直属单位:
        为加快推进政府数字化转型,现就有关事项通知如下。
        一、数字基座提档升级方面
        1. 加强数据资源整合。开展全区政务数据资源大普查。
    """)
    assert doc.issuers == ("高港区人民政府办公室",)


def test_a_seal_lent_by_another_body_under_the_signature_is_no_issuer() -> None:
    # The title names no issuer: the signature (a group's name in quotes) is the only one, a bureau lends its seal.
    doc = _doc("""
        一图读懂《佛山市“数字政府”改革建设2021年工作要点》
        关于印发佛山市“数字政府”改革建设2021年工作要点的通知
        佛政数〔2021〕33号
        各区人民政府,市有关单位:
        《佛山市“数字政府”改革建设2021年工作要点》已经市领导小组同意,现印发给你们,请认真贯彻执行。
        联系电话:3988977
        佛山市“数字政府”综合改革试点工作领导小组
        (佛山市政务服务数据管理局代章)
        2021年5月24日
        佛山市“数字政府”改革建设2021年工作要点
        一、夯实数字政府基础支撑
        (一)完善政务云平台。
    """)
    assert doc.issuers == ("佛山市“数字政府”综合改革试点工作领导小组",)
