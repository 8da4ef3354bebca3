"""What a fresh-eyes review of the twenty-first session's rules found, each on a made-up text that names other
places: over-firings of the rules of ffecdc0, 6e6dd4a and e45ec5a."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible


def test_a_reposts_source_line_under_a_plan_name_is_no_box_naming_the_issuer() -> None:
    doc = _doc("""
        云南省促进民营经济高质量发展实施方案
        信息来源：禄劝县人民政府办公室  发布时间：2024-05-06  浏览次数：56
        近日，云南省人民政府办公厅印发《云南省促进民营经济高质量发展实施方案》，全文如下。
        为促进全省民营经济高质量发展，结合云南实际，制定本方案。
        一、总体要求
        （一）优化市场准入。（省发展改革委牵头，省市场监管局配合）
        （二）完善金融支持。（省地方金融管理局负责）
    """)
    assert doc.region == "云南省"
    assert "禄劝县人民政府办公室" not in doc.issuers


def test_a_line_ending_in_a_colon_below_a_numbered_heading_past_the_first_forty_lines_is_no_addressee() -> None:
    cells = "\n".join(f"{i}\n县{u}局\n{i}月" for i, u in
                      enumerate("发改 财政 住建 交通 水利 农业 商务 文旅 卫健 应急 民政 教育".split(), 1))
    text = ("屏南县农村人居环境整治实施方案\n为改善人居环境，制定本方案。\n一、工作目标\n全年完成50个村庄整治。\n"
            "二、任务分工\n" + cells + "\n三、重点项目\n重点项目及责任单位如下：\n（一）加强组织领导。\n"
            "（二）强化资金保障。（县财政局负责）\n")
    doc = parse_document(text, "test.txt")
    assert doc.issuers == ()
    assert [m.path for m in doc.measures] == ["一", "二", "三", "三.(一)", "三.(二)"]


def test_a_zone_named_in_the_title_of_a_citys_plan_does_not_place_the_plan_in_the_zone() -> None:
    doc = _doc("""
        支持郑州高新区高质量发展若干措施
        为支持郑州高新区高质量发展，结合我市实际，制定本措施。
        一、强化创新策源
        （一）建设创新平台。（市科技局牵头，市财政局配合）
        （二）完善金融支持。（市财政局负责）
        二、保障措施
    """)
    assert doc.region == "郑州市"


def test_the_superiors_and_its_own_circumstances_named_together_place_no_document_in_the_superior() -> None:
    doc = _doc("""
        为改善农村人居环境，按照省、市统一部署，结合运城市和我县实际，制定本方案。
        一、工作目标
        （一）建立收运处置体系。（县住建局牵头，各乡镇配合）
        （二）完善长效机制。（县财政局负责）
        二、保障措施
    """)
    assert doc.region != "运城市"
    assert doc.level == "county"


def test_a_cut_note_of_several_role_sentences_keeps_every_sentences_units() -> None:
    doc = _doc("""
        湖北省人民政府办公厅关于印发2024年政务服务工作要点的通知
        鄂政办发〔2024〕11号
        各市、州、县人民政府，省政府各部门：
        现将《2024年政务服务工作要点》印发给你们，请认真贯彻落实。
        湖北省人民政府办公厅
        2024年3月1日
        一、深化“一网通办”
        （一）推进“一网通办”。加快建设全省统一受理平台。（各市州人民政府负责。省政务局牵头，省直有关部门配
    """)
    leads, supports, responsible = _units(doc, "一.(一)")
    assert leads == ("省政务局",)
    assert "各市州人民政府" in supports + responsible


def test_a_remark_after_a_cut_notes_sentence_is_still_no_unit() -> None:
    doc = _doc("""
        宜昌市人民政府关于印发宜昌市蓝天保卫战实施方案的通知
        宜府发〔2019〕8号
        各县市区人民政府，市政府各部门：
        现将《宜昌市蓝天保卫战实施方案》印发给你们，请认真贯彻执行。
        宜昌市人民政府
        2019年5月6日
        一、调整优化产业结构
        （一）严控高耗能行业产能。严格落实项目节能审查制度。〔市经信局、市发改委负责，市生态环境局参与，各县市区人民政府负责落实。以下均需各级政府落实，不再
    """)
    leads, supports, responsible = _units(doc, "一.(一)")
    units = leads + supports + responsible
    assert "市经信局" in units and "各县市区人民政府" in units
    assert not any("以下" in u or "不再" in u for u in units)


def test_a_body_paragraph_ending_in_a_page_footer_is_no_table_of_contents_entry() -> None:
    doc = _doc("""
        铜陵市“十四五”生态环境保护规划
        目  录
        一、发展基础- 1 -
        二、总体要求- 2 -
        一、发展基础
        “十三五”以来，全市生态环境质量持续改善，主要污染物排放总量持续下降，环境风险得到有效管控，生态文明建设取得积极成效。- 3 -
        二、总体要求
    """)
    assert [m.path for m in doc.measures][-1] == "二"
