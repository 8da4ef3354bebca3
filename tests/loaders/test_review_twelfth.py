"""What a review of the twelfth session's rules found them to break, each on a made-up text: the
new rules must leave these alone."""

from __future__ import annotations

from policy_cascades.loaders.forum import drop_forum_jammer
from policy_cascades.loaders.hant import drop_pinyin_glosses
from policy_cascades.loaders.notes import parse_note
from policy_cascades.loaders.organs import is_org_line
from policy_cascades.loaders.title import clean_title
from tests.loaders.made_up import parse as _doc
from tests.loaders.timing import at_most


def test_long_lists_of_bodies_are_read_in_linear_time() -> None:
    with at_most(20):
        assert not is_org_line("省财政厅" * 40 + "x")
        assert not is_org_line("市政府" * 40 + "x")
        doc = _doc("近日，" + "、".join(f"某市第{i}局" for i in range(40))
                   + "等部门联合印发《关于促进消费的通知》\n一、总则\n")
        assert doc.measures


def test_words_ending_in_ju_or_ting_are_no_bodies() -> None:
    """格局, 布局, 大局, 大厅 end as 局/厅 do, but a line of words is no issuer line."""
    for line in ("坚持服务全省发展大局", "优化全市产业布局", "进驻市政务服务大厅"):
        assert not is_org_line(line), line
    doc = _doc("""
        某市人民政府关于加快构建全市产业发展新格局
        的实施意见
        各县（市、区）人民政府：
        一、总体要求
        """)
    assert doc.title == "关于加快构建全市产业发展新格局的实施意见"
    assert doc.issuers == ("某市人民政府",)


def test_huitong_county_is_a_place_not_the_verb() -> None:
    """会同县 (湖南省怀化市) is a county: 会同 is the verb only after a body's name."""
    assert parse_note("责任单位：会同县财政局、县税务局").responsible == ["会同县财政局", "县税务局"]
    assert parse_note("牵头单位：怀化市会同县发展和改革局").leads == ["怀化市会同县发展和改革局"]
    supports = parse_note("配合单位：县财政局会同县税务局")
    assert (supports.leads, supports.supports) == ([], ["县财政局", "县税务局"])  # as the key says


def test_a_document_the_text_cites_is_not_taken_for_the_one_reported() -> None:
    for lead in ("为贯彻落实河南省商务厅下发《关于促进消费的通知》精神，结合我县实际，制定本方案。",
                 "根据河南省人民政府办公厅印发《关于稳就业的通知》要求，制定本方案。"):
        doc = _doc(f"{lead}\n一、总体要求\n")
        assert doc.title != "关于促进消费的通知" and doc.title != "关于稳就业的通知", lead
        assert doc.issuers == (), lead


def test_ascii_in_a_document_is_no_forum_jammer() -> None:
    for text in ("企业信用等级分为 A B C D E 五级; 按年评定", "实施 5G AI IT OA VR 等 & 新技术",
                 "| 序号 | 等级 | A | B | C | D |\n; 注"):
        assert drop_forum_jammer(text) == text


def test_units_in_brackets_are_no_pinyin() -> None:
    text = "污水处理能力(t/d)，限速(km/h)，重量(kg)"
    assert drop_pinyin_glosses(text) == text


def test_a_hyphen_inside_a_title_is_kept() -> None:
    assert clean_title("关于印发京津冀协同发展规划-实施方案的通知").text == "关于印发京津冀协同发展规划-实施方案的通知"


def test_notes_closing_each_group_of_a_flat_list_cover_their_group() -> None:
    """1, 2, note A, 3, 4, note B, then 二: a list that closes its groups with notes, again and
    again, gives each note to its group (a single note amid a list stays its item's)."""
    doc = _doc("""
        关于印发重点工作任务分解的通知
        一、重点任务
        1.甲任务。
        2.乙任务。
        责任单位：市财政局
        3.丙任务。
        4.丁任务。
        责任单位：市商务局
        二、保障措施
        """)
    by_path = {m.path: m.responsible for m in doc.measures}
    assert by_path["一.1"] == by_path["一.2"] == ("市财政局",)
    assert by_path["一.3"] == by_path["一.4"] == ("市商务局",)
