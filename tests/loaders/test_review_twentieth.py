"""Over- and under-firings a fresh-eyes review found in the twentieth session's rules, each on a made-up text."""

from __future__ import annotations

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.metadata import read_metadata
from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


def test_a_deadline_in_brackets_after_a_task_is_no_signing_date() -> None:
    doc = _doc("""
        成文日期:2023-03-02
        营口市人民政府办公室关于印发营口市优化营商环境重点任务的通知
        营政办发〔2023〕5号
        一、重点任务
        (一)制定企业开办便利化实施方案(2023年6月30日)
        (市市场监管局牵头)
        (二)出台工程建设项目审批改革细则(2023年9月30日)
    """)
    assert doc.date == "2023-03-02"


def test_a_headline_without_guanyu_may_carry_its_date_glued_after_it() -> None:
    doc = _doc("""
        首页 > 政策
        河池市乡村振兴实施方案(2022年3月1日)
        发布时间:2022-04-01
        一、总体要求
        (一)巩固脱贫成果。(市乡村振兴局牵头)
        (二)发展特色产业。(市农业农村局牵头)
    """)
    assert (doc.title, doc.date) == ("河池市乡村振兴实施方案", "2022-03-01")


@pytest.mark.parametrize(("tag", "title"), [
    ("(附原文)", "绵阳市优化营商环境三年行动方案"),  # the page's tag
    ("(图解)", "绵阳市优化营商环境三年行动方案"),
    ("(2023—2025年)", "绵阳市优化营商环境三年行动方案(2023—2025年)"),  # the document's own
    ("(2023年修订)", "绵阳市优化营商环境三年行动方案(2023年修订)"),
])
def test_a_quoted_headline_keeps_only_the_documents_own_tag(tag: str, title: str) -> None:
    doc = _doc(f"""
        首页 > 新闻中心
        《绵阳市优化营商环境三年行动方案》{tag}
        发布时间:2023-05-11 10:20
        来源:绵阳日报
        一、总体要求
        坚持问题导向。
        (一)压缩审批时限。(市政务服务管理局牵头)
    """)
    assert doc.title == title


@pytest.mark.parametrize(("note", "want"), [
    ("省农业农村厅、省生态环境厅按职责分工负责落", ((), (), ("省农业农村厅", "省生态环境厅"))),
    ("省农业农村厅牵头,各县区政府具体负责落", (("省农业农村厅",), ("各县区政府",), ())),
    ("省农业农村厅牵头负责落", (("省农业农村厅",), (), ())),
])
def test_a_note_cut_inside_its_duty_words_keeps_its_units_and_roles(note: str, want: tuple[tuple[str, ...], ...]) -> None:
    doc = _doc(f"""
        关于印发吉林省秸秆综合利用行动方案的通知
        一、重点任务
        1.推进秸秆肥料化利用。实现利用量500万吨。({note}
    """)
    assert _units(doc, "一.1") == want


@pytest.mark.parametrize(("printed", "want"), [
    ("市工业和信息化局、市发展改革委及各责任单位", ("市工业和信息化局", "市发展改革委", "各责任单位")),
    ("各产业链责任单位及市财政局", ("各产业链责任单位", "市财政局")),
])
def test_a_class_of_bodies_named_by_their_role_is_split_off_at_ji(printed: str, want: tuple[str, ...]) -> None:
    doc = _doc(f"""
        关于印发安阳市稳增长若干措施的通知
        一、稳定工业运行
        1.强化企业培育。新增规模以上工业企业80家。({printed}按职责分工负责)
        2.强化要素保障。保障用地用能。(市自然资源局负责)
    """)
    assert _units(doc, "一.1")[2] == want


def test_two_character_labels_whose_blanks_were_lost_are_read() -> None:
    meta = read_metadata(["标??题:河西区节能降碳实施方案", "文??号:河西政发〔2023〕7号"])
    assert (meta.get("title"), meta.get("doc_number")) == ("河西区节能降碳实施方案", "河西政发〔2023〕7号")


# The second review (on the rules up to ea2c1dd).

_NOTE = "关于印发贵港市秸秆综合利用行动方案的通知\n一、重点任务\n1.推进秸秆肥料化利用。实现利用量50万吨。({note}\n二、保障措施\n(一)加强组织领导。"


@pytest.mark.parametrize(("note", "want"), [
    # a person's key that opens with 牵头 names no lead: the units stay responsible
    ("牵头市领导:王五;责任单位:市农业农村局、市财政局)", ((), (), ("市农业农村局", "市财政局"))),
    # a collective cut before its duty words (各县(市、区)具体负) keeps its units
    ("市农业农村局牵头,各县(市、区)具体负", (("市农业农村局",), ("各县(市、区)",), ())),
    # a class of bodies after 及 with its role glued on (及相关责任单位配合): split off and dropped
    ("市发展改革委牵头,市财政局及相关责任单位配合)", (("市发展改革委",), ("市财政局",), ())),
])
def test_a_notes_roles_after_the_second_review(note: str, want: tuple[tuple[str, ...], ...]) -> None:
    doc = parse_document(_NOTE.format(note=note), "test.txt")
    assert _units(doc, "一.1") == want


@pytest.mark.parametrize("tag", ["(公开征求意见稿)", "(2023年版)", "(修订草案征求意见稿)", "(报批稿)"])
def test_a_quoted_headline_keeps_a_drafts_or_editions_tag(tag: str) -> None:
    doc = _doc(f"""
        首页 > 政策文件
        《南平市生态环境保护行动方案》{tag}
        发布时间:2023-05-11 10:20
        来源:南平日报
        一、总体要求
        坚持问题导向。
        (一)强化源头治理。(市生态环境局牵头)
    """)
    assert doc.title == f"南平市生态环境保护行动方案{tag}"


def test_a_short_office_as_publisher_of_the_governments_own_document_is_no_issuer() -> None:
    # 发布机构 某县政府办, but the 文号 is the government's (洪政发): the office only posted it.
    doc = _doc("""
        索 引 号 | 11320281/2023-00211 | 分 类 | 政府文件 |
        发布机构 | 泗洪县政府办 | 发文日期 | 2023-05-10 |
        文 号 | 洪政发〔2023〕31号 | 时 效 | 有效 |
        各乡镇人民政府,县各部门:
        为加快推进政府数字化转型,现提出如下意见。
        一、数字基座提档升级方面
        1. 加强数据资源整合。开展全县政务数据资源大普查。
    """)
    assert "泗洪县人民政府办公室" not in doc.issuers


def test_numbered_lines_whose_points_run_on_are_still_a_run_on_text() -> None:
    doc = parse_document(
        "一、推进数字产业化。(一)培育龙头企业。(市经信局牵头)(二)壮大软件产业。(市科技局牵头)\n"
        "二、推进产业数字化。(一)建设智能工厂。(市经信局牵头)(二)发展智慧农业。(市农业农村局牵头)\n"
        "三、建设数字基础设施。(一)新建5G基站。(市通信办牵头)(二)建设数据中心。(市数据局牵头)", "test.txt")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "二", "二.(一)", "二.(二)",
                                             "三", "三.(一)", "三.(二)"]


def test_a_date_glued_after_the_printed_title_counts_when_a_label_gives_the_title() -> None:
    doc = _doc("""
        标 题:关于印发钦州市推进新型工业化实施方案的通知
        发文字号:钦政发〔2023〕9号
        钦州市人民政府关于印发钦州市推进新型工业化实施方案的通知(2023年7月3日)
        各县(区)人民政府:
        现将《钦州市推进新型工业化实施方案》印发给你们,请认真贯彻执行。
        一、总体要求
        (一)壮大产业集群。(市工业和信息化局牵头)
    """)
    assert doc.date == "2023-07-03"


def test_an_official_title_naming_province_and_city_keeps_both_unless_the_page_prints_the_shorter() -> None:
    doc = _doc("""
        浙江省温州市金融综合改革试验区总体方案
        为贯彻落实国务院常务会议精神,制定本方案。
        一、总体要求
        (一)指导思想。坚持服务实体经济。
        (二)主要目标。建立多元化金融体系。
    """)
    assert doc.title == "浙江省温州市金融综合改革试验区总体方案"


def test_a_seals_bracket_inside_a_line_names_no_body() -> None:
    # The body-name pattern refuses a seal's bracket ((代章), (某局代章)) inside a name, as it refuses (盖章).
    from policy_cascades.loaders.organs import is_org_line

    assert not is_org_line("永嘉县(代章)人民政府")
    assert not is_org_line("某县(乡村振兴局代章)人民政府")
    assert is_org_line("永嘉县人民政府")
