"""Issue 9 part 4: what real pages print around a document's header (synthetic snippets)."""

from __future__ import annotations

import textwrap

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.header import parse_header
from policy_cascades.loaders.metadata import read_metadata
from policy_cascades.loaders.references import find_references
from policy_cascades.loaders.signature import glued_date
from tests.loaders.made_up import parse as _doc


def _lines(text: str) -> list[str]:
    return textwrap.dedent(text).strip("\n").split("\n")


BODY = """
    各乡镇人民政府，县政府各部门：
    现将《稳就业工作方案》印发给你们，请认真贯彻执行。
    一、稳定岗位
    1．落实稳岗政策。（县人力资源社会保障局牵头）
"""


# -- page chrome and titles printed several times ---------------------------------------------


def test_chrome_lines_are_kept_out_of_the_title() -> None:
    header = parse_header(_lines("""
        设为首页 | 加入收藏 | 无障碍浏览
        当前位置：首页 > 政务公开 > 通知公告
        来源：县政府办  作者：  点击数：35  字体：【大 中 小】  打印
        关于做好稳就业工作的通知
        发布时间：2020-06-03 09:00
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于做好稳就业工作的通知"


def test_tag_trailing_number_english_and_issuer_are_cut_from_the_title() -> None:
    header = parse_header(_lines("""
        【规范性文件】某某县人民政府办公室关于印发稳就业工作方案的通知（某政办发〔2020〕7号） English
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发稳就业工作方案的通知"
    assert header.issuers == ("某某县人民政府办公室",)
    assert header.doc_number == "某政办发〔2020〕7号"


def test_title_broken_over_lines_with_a_letter_spaced_ending() -> None:
    header = parse_header(_lines("""
        县人民政府办公室
        关于印发2020年县政府重点工作
        责任分解的
        通 知
        各乡镇人民政府：
    """))
    assert header.title == "关于印发2020年县政府重点工作责任分解的通知"
    assert header.issuers == ("县人民政府办公室",)


def test_headline_then_the_documents_own_title_the_own_title_wins() -> None:
    header = parse_header(_lines("""
        新闻中心
        市政府印发《关于促进消费扩容提质的若干措施》
        2020-05-03 来源：市政府网
        某某市人民政府
        关于促进消费扩容提质的若干措施
        各区人民政府，市政府各部门：
    """))
    assert header.title == "关于促进消费扩容提质的若干措施"
    assert header.issuers == ("某某市人民政府",)


def test_issuer_lines_printed_between_headline_and_title() -> None:
    header = parse_header(_lines("""
        关于统筹做好疫情防控和经济发展工作的意见
        2020-02-27 10:32 来源：某某网 浏览：26
        中共某某省委员会
        某某省人民政府
        关于统筹做好疫情防控和经济发展工作的意见
        （2020年2月26日）
        为深入贯彻落实党中央决策部署，现提出如下意见。
    """))
    assert header.title == "关于统筹做好疫情防控和经济发展工作的意见"
    assert header.issuers == ("中共某某省委员会", "某某省人民政府")
    assert header.date == "2020-02-26"


# -- metadata tables ---------------------------------------------------------------------------


def test_metadata_table_flattened_with_bars() -> None:
    lines = _lines("""
        索引号: | 0001/2020-01 | 信息分类: | 规范性文件 |
        发布机构: | 某某区政府办 | 主题分类: | 综合政务 |
        成文日期: | 发布日期: | 2020-04-09 08:44 | |
        发文字号: | 无 | 有 效 性: | 有效 |
        标 题: | 某某市某某区人民政府办公室关于印发重点工作任务分解的通知 | ||
        各乡镇人民政府，区政府各部门：
    """)
    meta = read_metadata(lines)
    assert meta.get("doc_number") is None and meta.get("signed") is None
    header = parse_header(lines)
    assert header.title == "关于印发重点工作任务分解的通知"
    assert header.issuers == ("某某市某某区人民政府办公室",)
    assert header.date is None  # only a publication date is printed
    assert header.doc_number is None


def test_labels_glued_to_values_and_in_brackets() -> None:
    meta = read_metadata(_lines("""
        - 标题关于印发稳就业实施方案的通知
        - 公开日期2020年11月24日16时28分成文日期2020年11月19日
        ∙【制定机关】某某市人民政府办公厅
        ∙【字 号】某政办〔2020〕1号
    """))
    assert meta.get("title") == "关于印发稳就业实施方案的通知"
    assert meta.get("signed") == "2020年11月19日"
    assert meta.get("published") == "2020年11月24日16时28分"
    assert meta.get("issuer") == "某某市人民政府办公厅"
    assert meta.get("doc_number") == "某政办〔2020〕1号"


def test_value_on_the_line_after_its_label() -> None:
    meta = read_metadata(["发布单位 |", "某某省人民政府", "|", "发布文号 | 某府〔2021〕22号 |"])
    assert meta.get("publisher") == "某某省人民政府"
    assert meta.get("doc_number") == "某府〔2021〕22号"


def test_signed_date_from_metadata_and_the_signature_wins() -> None:
    only_meta = parse_header(_lines("""
        文  号：某府发〔2020〕6号    成文日期：2020-07-16
        关于做好稳就业工作的通知
        各乡镇人民政府：
    """))
    assert only_meta.date == "2020-07-16"
    signed = parse_header(_lines("""
        成文日期：2020-07-16
        关于做好稳就业工作的通知
        各乡镇人民政府：
        现将有关事项通知如下。
        某某县人民政府
        2020年7月20日
    """))
    assert signed.date == "2020-07-20"


def test_publication_date_is_not_the_signing_date() -> None:
    header = parse_header(_lines("""
        关于实施市场主体倍增工程的意见
        发布日期：2022-03-04 09:35  来源：
        为激发市场活力，提出如下意见。
    """))
    assert header.date is None


# -- 文号 in every bracket ----------------------------------------------------------------------


@pytest.mark.parametrize("printed, expected", [
    ("某政发〔2020〕11号", "某政发〔2020〕11号"),
    ("某政发[2020]11号", "某政发〔2020〕11号"),
    ("某政发 [ 2020 ] 11 号", "某政发〔2020〕11号"),
    ("某政发(2020)11号", "某政发〔2020〕11号"),
    ("某政发﹝2020﹞11号", "某政发〔2020〕11号"),
    ("某政发【2020】11号", "某政发〔2020〕11号"),
    ("某政發〔2020〕11號", "某政發〔2020〕11號"),
])
def test_doc_number_in_any_bracket(printed: str, expected: str) -> None:
    header = parse_header(["某某市人民政府", printed, "关于做好稳就业工作的通知", "各区人民政府："])
    assert header.doc_number == expected


@pytest.mark.parametrize("printed, expected", [
    ("某 政 字〔2020〕8号", "某政字〔2020〕8号"),  # letter-spaced prefix, as red headers print it
    ("某 政 发 〔20 21〕 3 号", "某政发〔2021〕3号"),  # and the year
    ("某政 字〔2020〕8号", "某政字〔2020〕8号"),  # one character left alone before the bracket
    ("某政办〔2020〕1 2号", "某政办〔2020〕12号"),
    ("某 某 区 人 民 政 府 文 件 某 政 字〔2020〕8号", "某政字〔2020〕8号"),  # the red header before it
    ("某某区人民政府 文 件 某政字〔2020〕8号", "某政字〔2020〕8号"),
])
def test_doc_number_letter_spaced_is_read_whole(printed: str, expected: str) -> None:
    header = parse_header(["某某市人民政府", printed, "关于做好稳就业工作的通知", "各区人民政府："])
    assert header.doc_number == expected


def test_doc_number_letter_spaced_in_a_text_stored_as_one_line() -> None:
    doc = parse_document("某某市人民政府文件 某 政 发〔20 21〕 3 号 关于做好稳就业工作的通知 各区人民政府："
                         "现将有关事项通知如下。一、稳定岗位。二、扩大就业。", "test.txt")
    assert doc.doc_number == "某政发〔2021〕3号"


@pytest.mark.parametrize("sentence, expected", [
    ("按照国发〔2020〕6号和鲁政发〔2020〕10号要求", ["国发〔2020〕6号", "鲁政发〔2020〕10号"]),
    ("国发〔2020〕6号文件及鲁政发〔2020〕10号文件", ["国发〔2020〕6号", "鲁政发〔2020〕10号"]),
    ("国发〔2020〕6号 与 国发〔2020〕7号", ["国发〔2020〕6号", "国发〔2020〕7号"]),
    ("根据和政发〔2020〕7号精神", ["和政发〔2020〕7号"]),  # 和 opens the prefix (和平区)
    ("（和政办发〔2020〕3号）", ["和政办发〔2020〕3号"]),
    ("现将 某 政 字〔2020〕8号 印发", ["某政字〔2020〕8号"]),
    ("通知 某政字〔2020〕8号", ["某政字〔2020〕8号"]),  # a word of the sentence is not the prefix
])
def test_doc_number_joining_words_cut_only_between_numbers(sentence: str, expected: list[str]) -> None:
    refs = find_references(sentence, 1)
    assert [r.doc_number for r in refs] == expected


# -- issuers completed from the other clues -----------------------------------------------------


def test_placeless_issuer_is_completed_from_the_region() -> None:
    doc = _doc("""
        名 称：市人民政府办公厅关于印发稳就业工作方案的通知
        发布机构：武汉市人民政府办公厅
        武政办〔2020〕9号
    """ + BODY)
    assert doc.issuers == ("武汉市人民政府办公厅",)
    assert doc.title == "关于印发稳就业工作方案的通知"


def test_short_forms_and_named_bodies_stay_as_printed() -> None:
    doc = _doc("""
        市委经济运行保障指挥部
        关于印发稳就业工作方案的通知
        淄政办〔2020〕9号
    """ + BODY)
    assert doc.issuers == ("市委经济运行保障指挥部",)


# -- 繁体 mirrors ---------------------------------------------------------------------------------


def test_traditional_page_title_issuer_metadata_and_region() -> None:
    doc = _doc("""
        標題：海南省人民政府關於印發支持企業復工復產若干措施的通知
        海南省人民政府
        瓊府〔2020〕12號
        關於印發支持企業復工復產若干措施的通知
        各市、縣、自治縣人民政府，省政府直屬各單位：
        一、穩定就業
        1．加大穩崗返還。（省人力資源社會保障廳牽頭，省財政廳配合）
    """)
    assert doc.title == "關於印發支持企業復工復產若干措施的通知"
    assert doc.issuers == ("海南省人民政府",)
    assert doc.doc_number == "瓊府〔2020〕12號"
    assert (doc.region, doc.level) == ("海南省", "provincial")
    [item] = [m for m in doc.measures if m.kind == "item"]
    assert (item.leads, item.supports) == (("省人力資源社會保障廳",), ("省財政廳",))


def test_joint_signature_one_body_per_line_and_glued_issuers() -> None:
    header = parse_header(_lines("""
        关于印发稳就业工作方案的通知
        各乡镇党委、政府：
        现将方案印发给你们。
        中共某某县委办公室
        某某县人民政府办公室
        2021年9月8日
    """))
    assert header.issuers == ("中共某某县委办公室", "某某县人民政府办公室")
    glued = parse_header(["中共某某县委办公室某某县人民政府办公室关于印发稳就业工作方案的通知", "各乡镇："])
    assert glued.issuers == ("中共某某县委办公室", "某某县人民政府办公室")


def test_leading_group_as_issuer() -> None:
    header = parse_header(["某某省疫情防控工作领导小组关于做好复工复产工作的通知", "各市人民政府："])
    assert header.issuers == ("某某省疫情防控工作领导小组",)


def test_addressee_line_that_lost_its_colon_ends_the_header() -> None:
    header = parse_header(_lines("""
        某某区人民政府办公室关于印发2021年重点工作任务分解的通知
        某政办字〔2021〕3号
        各街道办事处，各镇人民政府，区政府各部门
        现将任务分解印发给你们。
    """))
    assert header.title == "关于印发2021年重点工作任务分解的通知"
    assert header.addressees == ("各街道办事处", "各镇人民政府", "区政府各部门")


def test_title_sharing_its_line_with_chrome_a_stamp_or_metadata() -> None:
    for line in ("关于做好稳就业工作的通知【字体：大 中 小】【打印本页】",
                 "关于做好稳就业工作的通知 2020-05-03 09:30",
                 "关于做好稳就业工作的通知  来源：县政府办  发布时间：2020-05-03"):
        header = parse_header([line, "各乡镇人民政府："])
        assert header.title == "关于做好稳就业工作的通知", line


def test_signature_and_date_on_one_line() -> None:
    header = parse_header(_lines("""
        关于做好稳就业工作的通知
        各乡镇人民政府：
        现将有关事项通知如下。
        某某县人民政府办公室  2020年5月22日
    """))
    assert header.date == "2020-05-22"
    assert header.issuers == ("某某县人民政府办公室",)


def test_metadata_values_printed_below_their_labels() -> None:
    header = parse_header(_lines("""
        标题：
        某某县人民政府关于做好稳就业工作的意见
        发文字号：
        某政发〔2020〕7号
        成文日期：
        2020-05-20
        各镇人民政府，县政府各部门：
    """))
    assert (header.title, header.doc_number, header.date) == (
        "关于做好稳就业工作的意见", "某政发〔2020〕7号", "2020-05-20")
    assert header.issuers == ("某某县人民政府",)
    meta = read_metadata(["文号：", "关于做好稳就业工作的通知"])
    assert meta.get("doc_number") is None and meta.lines == {0}  # a title is no 文号


def test_placeless_party_office_completed_with_zhonggong() -> None:
    from policy_cascades.loaders.gazetteer import Region
    from policy_cascades.loaders.region import complete_issuers

    county = Region(key="某某区", name="某某区", level="county", parent="某某市")
    assert complete_issuers(("区委办公室", "区人民政府办公室", "区委"), county) == (
        "中共某某区委办公室", "某某区人民政府办公室", "区委")


@pytest.mark.parametrize(("printed", "date"), [
    ("2020212", "2020-02-12"),  # 21月 is no month: one reading
    ("20200305", "2020-03-05"),
    ("202035", "2020-03-05"),
    ("2019116", None),  # 1月16日 or 11月6日: left out, never guessed
    ("2020", None),
])
def test_a_signing_date_that_lost_its_characters(printed: str, date: str | None) -> None:
    assert glued_date(printed) == date


def test_a_doc_number_that_lost_its_closing_bracket_and_hao() -> None:
    lines = ["南兴府办函〔202058", "", "某某区人民政府办公室", "关于印发优化营商环境实施方案的通知",
             "各镇人民政府：", "现将方案印发给你们。"]
    assert parse_header(lines).doc_number == "南兴府办函〔2020〕58号"


def test_a_leading_group_signed_under_its_parent_bodies_is_one_issuer() -> None:
    lines = ["关于印发优化营商环境工作方案的通知", "各乡镇党委、政府：", "现将方案印发给你们。", "",
             "中共某某县委某某县人民政府", "优化营商环境领导小组", "2019年7月16日"]
    assert parse_header(lines).issuers == ("中共某某县委某某县人民政府优化营商环境领导小组",)


def test_a_metadata_row_is_no_signature_and_a_glued_date_keeps_its_ri() -> None:
    lines = ["某某市人民政府关于印发重点任务工作方案的通知",
             "公开方式 主动公开 所属机构 某某市政府办 责任部门 某某市政府办", "",
             "各县区人民政府：", "现将方案印发给你们。", "", "      某某市人民政府      ", "      2020710日     "]
    header = parse_header(lines)
    assert (header.issuers, header.date) == (("某某市人民政府",), "2020-07-10")


def test_a_title_holding_a_nested_title_in_angle_brackets_is_no_breadcrumb() -> None:
    lines = ["转发《关于印发<2020年营商环境评价工作方案>的通知》的", "", "通    知", "", "县直有关单位：", "现转发给你们。"]
    assert parse_header(lines).title == "转发《关于印发<2020年营商环境评价工作方案>的通知》的通知"


def test_a_page_title_leading_with_its_doc_number_and_a_placeless_issuer_signed_in_full() -> None:
    lines = ["阳政办〔2019〕1号—区人民政府办公室关于印发责任分解方案的通知", "", "点击量:1570 发布于:2019-01-14 04:42",
             "", "各街办事处,区人民政府各部门:", "现将方案印发给你们。", "", "某某市某某区人民政府办公室", "", "2019114"]
    header = parse_header(lines)
    assert (header.doc_number, header.title, header.issuers, header.date) == (
        "阳政办〔2019〕1号", "关于印发责任分解方案的通知", ("某某市某某区人民政府办公室",), "2019-01-14")


def test_a_title_row_under_a_metadata_table_is_the_title_not_a_value() -> None:
    # 有效性 | with nothing after it is a field the record does not keep; the long line below it
    # is the title (its row of the flattened table ends with |), not that field's value
    header = parse_header(_lines("""
        索引号: | 0001/2022-01 | 成文日期: | 2022-04-18 |
        文件编号: | 某政办发〔2022〕16号 | 组配分类: | 其他 |
        发布机构: | 县政府办公室 | 有效性: |
        某某县人民政府办公室关于印发2022年重点工作责任分解的通知 |
        各镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发2022年重点工作责任分解的通知"
    assert header.doc_number == "某政办发〔2022〕16号"


def test_a_title_row_a_blank_line_below_a_metadata_table_is_the_title_not_a_value() -> None:
    header = parse_header(_lines("""
        文件编号: | 某政办发〔2022〕16号 | 组配分类: | 其他 |
        发布机构: | 县政府办公室 | 有效性: |

        某某县人民政府办公室关于印发2022年重点工作责任分解的通知 |
        各镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发2022年重点工作责任分解的通知"


def test_a_browser_title_and_a_title_that_goes_on_after_a_cited_report() -> None:
    header = parse_header(_lines("""
        某某区人民政府办公室关于印发《2022年实事》的通知_区政府办公室文件_某某区人民政府门户网站
        某某区人民政府办公室关于印发《2022年实事》的通知
        各镇人民政府：
    """))
    assert header.title == "关于印发《2022年实事》的通知"
    header = parse_header(_lines("""
        某某市人民政府办公室
        关于分解落实2019年市政府工作报告
        主要目标任务的通知
        各县（市、区）人民政府：
    """))
    assert header.title == "关于分解落实2019年市政府工作报告主要目标任务的通知"


def test_a_plan_title_ending_with_its_year_range_is_complete() -> None:
    header = parse_header(_lines("""
        奖励政策
        某县市场主体培育实施方案(2022—2025年)
        为深入贯彻落实有关精神，制定本方案。
    """))
    assert header.title == "某县市场主体培育实施方案(2022—2025年)"


def test_an_attachments_file_name_is_its_title_without_the_extension() -> None:
    header = parse_header(_lines("""
        2021年重大民生实事项目目标任务责任分解表.docx
        《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享，可在线阅读。
    """))
    assert header.title == "2021年重大民生实事项目目标任务责任分解表"


def test_an_issuer_printed_short_takes_the_red_headers_fuller_name() -> None:
    header = parse_header(_lines("""
        南平市延平区人民政府文件
        延政发〔2021〕4号
        延平区人民政府关于印发《2021年重点工作分工方案》的通知
        各乡镇人民政府，区直各单位：
        现将方案印发给你们。
        延平区人民政府
        2021年2月3日
    """))
    assert header.issuers == ("南平市延平区人民政府",)


def test_a_preamble_without_punctuation_is_body_not_a_title_or_issuer() -> None:
    # Rich text lost: no colon after the addressees, no 。 in the preamble, which holds 关于.
    header = parse_header(_lines("""
        中共某某县委办公室 某某县人民政府办公室关于印发乡村振兴三年行动计划的通知
        各乡镇党委政府县直各部门各人民团体
        乡村振兴三年行动计划已经县委县政府同意现印发给你们请认真贯彻执行
        中共某某县委办公室
        某某县人民政府办公室
        2021年5月6日
        乡村振兴三年行动计划
        为深入贯彻党中央国务院和省委省政府关于乡村振兴的重大决策部署全面推进乡村振兴结合实际制定本行动计划
        总体要求
    """))
    assert header.issuers == ("中共某某县委办公室", "某某县人民政府办公室")
    assert header.title == "关于印发乡村振兴三年行动计划的通知"


@pytest.mark.parametrize(("source", "issuers"), [
    ("来源:营口市市场监管局      发布时间:2023-05-10", ("营口市市场监管局",)),
    ("来源:市市场监管局      发布时间:2023-05-10", ()),  # placeless: no clue
    ("来源:营口日报      发布时间:2023-05-10", ()),  # a newspaper
])
def test_a_source_line_naming_a_placed_body_is_the_issuer_of_last_resort(
        source: str, issuers: tuple[str, ...]) -> None:
    header = parse_header(_lines(f"""
        营口市小微企业扶持政策事项清单
        {source}
        政策类别 序号 扶持政策事项 政策内容 实施部门
    """))
    assert header.issuers == issuers


def test_a_news_lead_opening_with_wei_before_the_title_keeps_the_title() -> None:
    header = parse_header(_lines("""
        为贯彻落实全省稳就业工作部署，某某市人民政府办公室近日印发通知，部署就业促进工作。
        某某市人民政府办公室关于印发就业促进工作方案的通知
        现将方案印发给你们，请认真贯彻执行。
    """))  # no addressee line: the header ends where the body starts
    assert header.title == "关于印发就业促进工作方案的通知"


def test_a_short_issuer_in_the_title_takes_the_issuer_lines_full_name() -> None:
    # A gazette page: the title prints 市政府 (政府 for 人民政府), a metadata block without colons
    # (label, spaces, value) the full name; no signature in the excerpt.
    header = parse_header(_lines("""
        市政府关于进一步促进消费的实施意见
        文号 扬府发〔2021〕8号
        制发机关  扬州市人民政府
        成文日期 2021-03-02
        各县(市、区)人民政府,市各委办局:
        一、扩大消费
    """))
    assert header.issuers == ("扬州市人民政府",)


def test_an_issuer_in_traditional_characters_takes_the_signatures_simplified_name() -> None:
    # A page converted to 繁体 only in part: the headline's issuer in 繁体, the signature not.
    header = parse_header(_lines("""
        汕頭市人民政府關於印發穩就業若干措施的通知(汕府〔2020〕9號)
        各縣(市、區)人民政府,市直各單位:
          現將《穩就業若干措施》印發給你們,請認真貫徹執行。
                                    汕头市人民政府
                                    2020年4月3日
        一、穩定崗位
    """))
    assert header.issuers == ("汕头市人民政府",)


def test_a_news_leads_office_stands_for_the_headlines_short_government() -> None:
    # A news repost of an attached split only: the headline says 省政府印发, the lead names the
    # office that issued it; the province from the text, the office under its full name.
    doc = _doc("""
        省政府印发2021年重点工作责任分解通知
        编辑: admin 时间: 2021-03-02
          近日,省政府办公厅印发2021年重点工作责任分解的通知,明确各项工作的责任单位。
        一、稳企业
        1. 落实《福建省促进民营企业发展条例》,优化福建营商环境。
          牵头单位:省发展改革委、省工信厅
    """)
    assert (doc.issuers, doc.region) == (("福建省人民政府办公厅",), "福建省")


def test_a_plan_title_broken_before_its_end_is_joined_to_the_line_above() -> None:
    # A plan's title over two lines, the first holding neither 关于 nor a title's last word.
    header = parse_header(_lines("""
        (某省)某市某县十四五规划(2022年更新)
        某某县国民经济和社会发展第十四个五年
        规划和 2035 年远景目标纲要
        某某县人民政府
        “十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。根据县委建议,制定本纲要。
    """))
    assert header.title == "某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_a_title_line_is_not_joined_to_a_site_line_above_it() -> None:
    header = parse_header(_lines("""
        政策文件
        关于印发稳就业若干措施的通知
        各乡镇人民政府:
    """))
    assert header.title == "关于印发稳就业若干措施的通知"


def test_an_issuer_printed_only_under_the_date_is_the_signature() -> None:
    header = parse_header(_lines("""
        关于印发稳就业若干措施的通知
        各乡镇人民政府，县直各单位：
        现将《稳就业若干措施》印发给你们，请认真贯彻执行。
        2020年5月8日
        中共平江县委办公室
        平江县人民政府办公室
        （此件公开发布）
    """))
    assert (header.issuers, header.date) == (("中共平江县委办公室", "平江县人民政府办公室"), "2020-05-08")


def test_a_prefectures_administrative_office_is_an_issuer() -> None:
    # 行政公署 (a 地区's or 盟's government) before 关于, with no signature.
    header = parse_header(_lines("""
        阿勒泰地区行政公署关于稳就业的若干意见
        阿行署发〔2020〕2号
        各县（市）人民政府：
        一、稳定岗位
    """))
    assert header.issuers == ("阿勒泰地区行政公署",)


@pytest.mark.parametrize("issuer", ["中共某某经开区党工委", "某某市人大常委会", "某某市稳就业工作专班"])
def test_a_party_working_committee_a_standing_committee_or_a_task_force_is_an_issuer(issuer: str) -> None:
    header = parse_header(_lines(f"""
        {issuer}关于做好稳就业工作的通知
        各有关单位：
        一、稳定岗位
    """))
    assert header.issuers == (issuer,)


@pytest.mark.parametrize("date", ["2020-05-08", "2020.5.8", "2020/5/8", "二○二○年五月八日"])
def test_a_signature_dated_in_numerals_or_with_a_circle_for_zero(date: str) -> None:
    header = parse_header(_lines(f"""
        关于印发稳就业若干措施的通知
        各乡镇人民政府，县直各单位：
        现将《稳就业若干措施》印发给你们，请认真贯彻执行。
        某某县人民政府办公室
        {date}
    """))
    assert (header.issuers, header.date) == (("某某县人民政府办公室",), "2020-05-08")


def test_a_date_in_numerals_under_no_body_is_no_signing_date() -> None:
    # a list of links under the text, each with its posting day: no signature
    header = parse_header(_lines("""
        关于印发稳就业若干措施的通知
        各乡镇人民政府，县直各单位：
        现将《稳就业若干措施》印发给你们，请认真贯彻执行。
        相关文件：关于做好复工复产工作的通知
        2020-05-08
    """))
    assert header.date is None


@pytest.mark.parametrize("signature", [
    "某某县人民政府办公室  2020-05-08",                       # body and date in numerals on one line
    "某某县人民政府办公室\n\n\n\n\n2020年5月8日",              # blank lines between
    "某某县人民政府办公室\n2020年5月8日（此件公开发布）",       # a remark after the date
    "某某县人民政府办公室\n2 0 2 0 年 5 月 8 日",              # a PDF's letter-spaced date
])
def test_a_signature_as_pages_print_it(signature: str) -> None:
    text = "关于印发稳就业若干措施的通知\n各乡镇人民政府，县直各单位：\n现将措施印发给你们。\n" + signature
    header = parse_header(text.split("\n"))
    assert (header.issuers, header.date) == (("某某县人民政府办公室",), "2020-05-08")


def test_a_news_leads_body_is_the_issuer_when_nothing_else_names_one() -> None:
    header = parse_header(_lines("""
        某市出台十条措施稳就业保民生
        来源：某市日报
        近日，岳阳市人民政府办公室印发《稳就业若干措施》，提出十条措施。
        一、稳定岗位
    """))
    assert header.issuers == ("岳阳市人民政府办公室",)


def test_a_lead_in_the_body_names_no_issuer() -> None:
    # the preamble after the addressees cites a national document: no issuer of this one
    header = parse_header(_lines("""
        关于做好稳就业工作的通知
        各乡镇人民政府，县直各单位：
        近日，国务院办公厅印发《关于进一步稳定和扩大就业的意见》，现就贯彻落实通知如下。
        一、稳定岗位
    """))
    assert header.issuers == ()


@pytest.mark.parametrize("line", ["# 某市人民政府办公室关于印发稳就业若干措施的通知",  # a Markdown heading
                                  "某市人民政府办公室关于印发稳就业若干措施的通知【来源：市政府办】"])
def test_a_title_line_with_page_marks_around_it(line: str) -> None:
    header = parse_header(_lines(f"""
        {line}
        各县（市、区）人民政府：
        一、稳定岗位
    """))
    assert (header.title, header.issuers) == ("关于印发稳就业若干措施的通知", ("某市人民政府办公室",))


@pytest.mark.parametrize(("head", "tail"), [
    ("岳政办发〔2020〕5", ""),                               # 号 lost with the rich text
    ("", "岳阳市人民政府办公室\n2020年5月8日\n（岳政办发〔2020〕5号）"),  # under the signing date
])
def test_a_doc_number_as_pages_print_it(head: str, tail: str) -> None:
    text = f"关于印发稳就业若干措施的通知\n{head}\n各县（市、区）人民政府：\n现将措施印发给你们。\n{tail}"
    assert parse_header(text.split("\n")).doc_number == "岳政办发〔2020〕5号"


def test_a_signature_marked_with_its_seal_is_the_body_alone() -> None:
    header = parse_header(_lines("""
        关于印发稳就业若干措施的通知
        各乡镇人民政府：
        现将措施印发给你们。
        某某县人民政府办公室（盖章）
        2020年5月8日
    """))
    assert header.issuers == ("某某县人民政府办公室",)


def test_a_department_with_its_place_before_guanyu_is_the_issuer() -> None:
    header = parse_header(_lines("""
        湖南省人力资源和社会保障厅关于做好稳就业工作的通知
        各市州人力资源社会保障局：
        一、稳定岗位
    """))
    assert header.issuers == ("湖南省人力资源和社会保障厅",)


# -- placeless issuers of every kind (tools/perturb_extraction.py, rewriting 'placeless') -----------

def test_placeless_department_or_group_is_completed_from_the_region() -> None:
    from policy_cascades.loaders.gazetteer import Region
    from policy_cascades.loaders.region import complete_issuers

    county = Region(key="某某县", name="某某县", level="county", parent="某某市")
    assert complete_issuers(("县商务局", "县稳就业工作领导小组办公室", "县委", "县政府"), county) == (
        "某某县商务局", "某某县稳就业工作领导小组办公室", "县委", "县政府")
    city = Region(key="某某市", name="某某市", level="municipal", parent="某某省")
    assert complete_issuers(("市场监管局", "市委经济运行保障指挥部"), city) == (
        "市场监管局", "市委经济运行保障指挥部")  # 市场 is no level word; a Party body stays


def test_placeless_issuer_of_a_city_under_the_state_council() -> None:
    doc = _doc("""
        市就业工作领导小组办公室
        关于印发稳就业工作方案的通知
        京就业办〔2020〕3号
        各区人民政府，市政府各委、办、局：
        北京市各区要按照北京市的部署做好工作。
    """ + BODY)
    assert (doc.region, doc.level) == ("北京市", "provincial")
    assert doc.issuers == ("北京市就业工作领导小组办公室",)


def test_traditional_placeless_issuer_is_completed_in_traditional() -> None:
    from policy_cascades.loaders.gazetteer import Region
    from policy_cascades.loaders.region import complete_issuers

    county = Region(key="下陆区", name="下陆区", level="county", parent="黄石市")
    assert complete_issuers(("區人民政府辦公室",), county) == ("下陸區人民政府辦公室",)


def test_issuer_line_with_several_bodies_is_split() -> None:
    header = parse_header(_lines("""
        发文机关：中共某某县委办公室、某某县人民政府办公室
        关于印发稳就业工作方案的通知
    """))
    assert header.issuers == ("中共某某县委办公室", "某某县人民政府办公室")


# -- a headline that prints the 文号 beside the title (tools/perturb_extraction.py) --------------

@pytest.mark.parametrize("line", [
    "关于印发稳就业工作方案的通知某政办发〔2020〕5号",  # glued to the title
    "关于印发稳就业工作方案的通知 2020-05-08 某政办发〔2020〕5号",  # after the posting date
    "关于印发稳就业工作方案的通知(某政办发[2020]5号)",  # in (), with its own [] inside
    "某政办发 [ 2020 ] 5号—关于印发稳就业工作方案的通知",  # before the title, spaced
])
def test_headline_with_its_doc_number_beside_the_title(line: str) -> None:
    header = parse_header(_lines(f"""
        某某县人民政府办公室
        {line}
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发稳就业工作方案的通知"
    assert header.doc_number == "某政办发〔2020〕5号"


# -- a text stored without its line breaks (tools/perturb_extraction.py, rewriting 'oneline') -----

def test_glued_one_line_text_gives_its_header() -> None:
    text = ("当前位置:首页>政策文件•索 引 号:A001/2020-1•文   号:某政办发〔2020〕5号"
            "成文日期:2020-05-08某某县人民政府办公室关于印发稳就业工作方案的通知"
            "发布日期:2020-05-09 15:58浏览次数:12各乡镇人民政府，县政府各部门："
            "现将《稳就业工作方案》印发给你们，请认真贯彻执行。某某县人民政府办公室2020年5月8日"
            "一、稳定岗位。1．落实稳岗政策。（县人力资源社会保障局牵头）")
    doc = parse_document(text, "t.txt")
    assert doc.title == "关于印发稳就业工作方案的通知"
    assert doc.doc_number == "某政办发〔2020〕5号" and doc.date == "2020-05-08"
    assert doc.issuers == ("某某县人民政府办公室",)


def test_one_line_title_glued_to_its_preamble() -> None:
    doc = parse_document("某某县稳就业若干措施为深入贯彻落实中央部署，制定如下措施。一、稳定岗位。"
                         "1．落实稳岗政策。（县人力资源社会保障局牵头）二、扩大就业。", "t.txt")
    assert doc.title == "某某县稳就业若干措施"


def test_traditional_publication_date_is_no_signing_date() -> None:
    doc = parse_document("市政府2020年重點工作進展情況錶\n發佈日期:2020-05-14 09:44 瀏覽次數:\n"
                         "一、穩就業\n1．落實穩崗政策。", "t.txt")
    assert doc.date is None


def test_one_line_doc_number_glued_to_a_red_header_or_a_code() -> None:
    for head in ("某某县商务局文件某商发〔2020〕17号", "信息来源:某某县商务局 ABC-2020-01005某商发〔2020〕17號"):
        doc = parse_document(head + "某某县商务局关于印发出口专班工作方案的通知各乡镇，县级机关有关部门："
                             "现将方案印发给你们。一、目标。二、措施。", "t.txt")
        assert doc.doc_number in ("某商发〔2020〕17号", "某商发〔2020〕17號")
        assert doc.title == "关于印发出口专班工作方案的通知"


def test_headline_printing_the_title_twice_around_its_issuer() -> None:
    header = parse_header(_lines("""
        关于印发稳就业工作方案的通知某某县人民政府办公室关于印发稳就业工作方案的通知
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发稳就业工作方案的通知"
    assert header.issuers == ("某某县人民政府办公室",)


def test_placeless_issuer_word_picks_among_the_units_a_doc_number_prefix_fits() -> None:
    # 蔡政办 fits 上蔡县, 新蔡县 and 蔡甸区: the placeless 区 of the issuer names the one
    doc = _doc("""
        区人民政府办公室关于印发稳就业工作方案的通知
        文    号 蔡政办〔2023〕1号
        各街道办事处、乡人民政府，区人民政府各部门：
        现将方案印发给你们。
        一、稳定岗位
        区人民政府办公室
        2023年1月3日
    """)
    assert doc.region == "蔡甸区" and doc.issuers == ("蔡甸区人民政府办公室",)


def test_a_labelled_category_ending_in_wenjian_is_no_red_header() -> None:
    doc = _doc("""
        • 所属类目: 区政府办公室文件
        某某区人民政府办公室关于印发稳就业工作方案的通知
    """ + BODY)
    assert doc.issuers == ("某某区人民政府办公室",)


def test_one_line_crumb_glued_title_and_a_signature_that_lost_its_nian_yue() -> None:
    doc = parse_document("当前位置: 首页 > 政策 > 规范性文件某某县人民政府关于印发稳就业工作方案的通知"
                         "各乡镇人民政府，县政府各部门：现将方案印发给你们，请认真贯彻执行。"
                         "某某县人民政府2020710日一、稳定岗位。二、扩大就业。", "t.txt")
    assert doc.title == "关于印发稳就业工作方案的通知"
    assert doc.issuers == ("某某县人民政府",) and doc.date == "2020-07-10"


def test_headline_printing_title_doc_number_issuer_title_and_a_title_line_ending_in_its_number() -> None:
    header = parse_header(_lines("""
        中共某某县委员会关于印发《某某县稳就业若干措施》的通知 某发〔2021〕50 号 中共某某县委员会关于印发《某某县稳就业若干措施》的通知
        各乡镇党委，县直各部门：
    """))
    assert header.title == "关于印发《某某县稳就业若干措施》的通知"
    assert header.doc_number == "某发〔2021〕50号" and header.issuers == ("中共某某县委员会",)
    header = parse_header(_lines("""
        某某县人民政府关于
        进一步优化营商环境的若干意见 某政发〔2018〕26号
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于进一步优化营商环境的若干意见" and header.doc_number == "某政发〔2018〕26号"


def test_traditional_doc_number_that_lost_its_bracket_ends_in_hao_traditional() -> None:
    header = parse_header(_lines("""
        南興府辦函〔202058
        關於印發優化營商環境實施方案的通知
    """))
    assert header.doc_number == "南興府辦函〔2020〕58號"


def test_letter_spaced_signature_of_a_pdf_text_layer() -> None:
    doc = _doc("""
        关于印发稳就业工作方案的通知
        各乡镇人民政府，县政府各部门：
        现将《稳就业工作方案》印发给你们，请认真贯彻执行。
        中 共 某 某 县 委 办 公 室    某 某 县 人 民 政 府 办 公 室
        2020年5月8日
        一、稳定岗位
    """)
    assert doc.issuers == ("中共某某县委办公室", "某某县人民政府办公室")


def test_letter_spaced_title_line_with_its_issuer() -> None:
    header = parse_header(_lines("""
        某 某 县 人 民 政 府 关 于 印 发 稳 就 业 工 作 方 案 的 通 知
        各乡镇人民政府，县政府各部门：
    """))
    assert header.title == "关于印发稳就业工作方案的通知" and header.issuers == ("某某县人民政府",)


def test_issuer_name_holding_a_bracketed_word_and_a_signature_after_its_date() -> None:
    doc = _doc("""
        关于印发稳就业工作方案的通知
        各镇人民政府，区直各部门：
        现将《稳就业工作方案》印发给你们，请认真贯彻执行。
        2020年5月8日
        安康市恒口示范区(试验区)党政综合办公室
        一、稳定岗位
    """)
    assert doc.issuers == ("安康市恒口示范区(试验区)党政综合办公室",)
    assert _doc("""
        关于印发稳就业工作方案的通知
        各乡镇人民政府，县政府各部门：
        现将方案印发给你们。
        某某县人民政府办公室（盖章）
        2020年5月8日
    """).issuers == ("某某县人民政府办公室",)  # a seal's mark is no part of the name


def test_traditional_signatures_of_departments_and_of_a_group_under_its_bodies() -> None:
    doc = _doc("""
        某某市就業“十四五”規劃
        市級有關單位，各縣（市、區）發展改革局：
        現將《某某市就業“十四五”規劃》印發給你們，請認真組織實施。
        某某市發展和改革委員會     某某市人力資源和社會保障局
        2021年12月27日
        一、發展基礎
    """)
    assert doc.issuers == ("某某市發展和改革委員會", "某某市人力資源和社會保障局")
    doc = _doc("""
        關於印發優化營商環境工作方案的通知
        各鄉鎮人民政府，縣直各單位：
        現將方案印發給你們。
        中共木蘭縣委木蘭縣人民政府
        優化營商環境領導小組
        2020年11月18日
    """)
    assert doc.issuers == ("中共木蘭縣委木蘭縣人民政府優化營商環境領導小組",)


def test_a_date_stamp_is_the_posting_date_unless_the_page_reports_the_issuing() -> None:
    page = """
        某某市人民政府办公室关于印发稳就业行动方案的通知
        来源：某某市人力资源社会保障局    日期：2022-06-06    浏览量：
        各区县人民政府，市政府各部门：
        现将《稳就业行动方案》印发给你们，请认真贯彻执行。
    """
    assert parse_header(_lines(page)).date is None
    news = """
        市委市政府印发《关于稳就业保民生的若干措施》
        来源：   作者：   日期：2022-06-06   字体：【
        为做好稳就业保民生工作，提出如下措施。
    """
    assert parse_header(_lines(news)).date == "2022-06-06"


@pytest.mark.parametrize("line", ["复工复产 | 某某县支持企业发展十条措施", "政策文件｜某某县支持企业发展十条措施"])
def test_a_site_category_set_off_by_a_bar_is_no_part_of_the_title(line: str) -> None:
    header = parse_header(_lines(f"""
        {line}
        为支持企业共渡难关，制定以下措施。
        一、减免租金。
    """))
    assert header.title == "某某县支持企业发展十条措施"


@pytest.mark.parametrize("line", ["2021年3月5日        某委发〔2021〕6号", "某委发〔2021〕6号    2021年3月5日"])
def test_a_date_printed_beside_the_doc_number_under_the_title_is_the_signing_date(line: str) -> None:
    header = parse_header(_lines(f"""
        中共某某市委某某市人民政府关于稳企业稳就业的若干意见
        {line}
        为应对疫情影响，提出如下意见。
        一、稳定企业用工
    """))
    assert header.date == "2021-03-05"


def test_a_doc_number_standing_apart_on_a_joined_headline() -> None:
    """A page that joins its issuer, its 文号 and its title into one headline under a site's menu
    still gives the 文号 standing apart between spaces."""
    from policy_cascades.loaders import parse_document

    doc = parse_document(
        "网站首页\n综合要闻\n政务动态\n"
        "某某市人民政府 某政函〔2020〕32号 某某市人民政府 关于印发《某某市关于进一步做好稳就业 工作的实施意见》的通知\n"
        "各县（市、区）人民政府，市政府各部门：\n现将实施意见印发给你们，请认真贯彻执行。\n某某市人民政府\n"
        "2020年4月16日\n一、总体要求\n", "page.txt")
    assert doc.doc_number == "某政函〔2020〕32号"


def test_bodies_glued_one_after_the_other_each_naming_its_place() -> None:
    """A signature that lost the spaces between joint issuers (湖南省科学技术厅湖南省工业和信息化厅, a
    zone's 管理委员会 glued to its district's 人民政府) gives each body; a central body's local branch
    (国家税务总局岳阳市税务局) stays one."""
    from policy_cascades.loaders.organs import orgs

    assert orgs("江西省科学技术厅江西省工业和信息化厅") == ["江西省科学技术厅", "江西省工业和信息化厅"]
    assert orgs("广州南沙开发区管理委员会广州市南沙区人民政府") == ["广州南沙开发区管理委员会", "广州市南沙区人民政府"]
    assert orgs("国家税务总局岳阳市税务局") == ["国家税务总局岳阳市税务局"]


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_title_broken_over_lines_on_a_page_that_double_spaces(spacing: str) -> None:
    # A page with a blank line after every line: the blank between the title's lines says nothing.
    lines = ["某市人民政府办公室", "关于分解落实2019年市政府工作报告", "主要目标任务的通知", "某政办发〔2019〕3号",
             "各县（市、区）人民政府，市政府各部门：", "现将主要目标任务分解如下，请认真贯彻落实。",
             "一、稳定经济增长"]
    header = parse_header(spacing.join(lines).split("\n"))
    assert header.title == "关于分解落实2019年市政府工作报告主要目标任务的通知"
    broken = ["某某县国民经济和社会发展第十四个五年", "规划和2035年远景目标纲要", "某某县人民政府",
              "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。根据县委建议,制定本纲要。",
              "第一章 发展基础"]
    assert parse_header(spacing.join(broken).split("\n")).title == (
        "某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要")
