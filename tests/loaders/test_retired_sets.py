"""Classes of misses met in eval/, eval2/ and eval3/ once they were retired to development (ninth
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.gazetteer import gazetteer
from tests.loaders.made_up import parse as _doc


def test_a_doc_number_prefix_that_prints_a_counties_short_name_places_it() -> None:
    """区人民政府办公室 with nothing else naming the district: a 文号 prefix that prints its short
    name whole (汉阳政办, not only its first character, which 汉 shares with 汉中 and 汉川) places
    it; a prefix that prints one character settles nothing."""
    doc = _doc("""
        名  称：区人民政府办公室关于印发重点工作责任分工的通知 发布机构：区政府
        文  号：汉阳政办〔2021〕4号
        各街道办事处，区人民政府各部门：
        现将有关事项通知如下。
        一、明确分工原则
        二、加强督办
        """)
    assert doc.region == "汉阳区" and doc.level == "county"
    assert doc.issuers == ("汉阳区人民政府办公室",)
    assert [r.key for r in gazetteer().doc_prefix_named("汉阳政办")] == ["汉阳区"]
    assert gazetteer().doc_prefix_named("汉政办") == []


def test_the_issuer_a_news_reports_lead_names() -> None:
    """A news repost that prints no header: the body its lead says issued the document is the
    issuer (and so the region); a body that a clause cites (印发的) is not."""
    doc = _doc("""
        近日，江西省人民政府印发通知，部署稳就业重点工作。
        通知提出以下措施：
        一、加大援企稳岗力度
        二、促进高校毕业生就业
        """)
    assert doc.issuers == ("江西省人民政府",)
    assert doc.region == "江西省" and doc.level == "provincial"
    joint = _doc("""
        日前，中共宁乡市委、宁乡市人民政府联合印发《关于稳就业的若干措施》。
        一、加大援企稳岗力度
        """)
    assert joint.issuers == ("中共宁乡市委", "宁乡市人民政府")
    cited = _doc("""
        为贯彻落实河北省人民政府印发的《若干措施》，结合实际，提出如下意见。
        一、加大援企稳岗力度
        """)
    assert cited.issuers == ()


def test_a_plan_title_in_traditional_characters_is_found_below_a_news_paragraph() -> None:
    """A 繁体 news paragraph, then the plan's own title on a line of its own: that is the title
    (行動方案 is a plan's title as 行动方案 is), and its place the region."""
    doc = _doc("""
        在消費方面，方案提出發放消費券，促進商貿流通。
        以下為方案全文：
        雲南省促進經濟恢復行動方案
        為深入貫徹落實黨中央決策部署，特制定本方案。
        一、工作目標
        二、主要措施
        """)
    assert doc.title == "雲南省促進經濟恢復行動方案"
    assert doc.region == "云南省" and doc.level == "provincial"


def test_a_text_that_charges_its_prefectures_is_a_provinces() -> None:
    """No clue names the place, but the text addresses its subordinate cities as a province does
    (各设区市): the level is known though the region is not; a text that charges its counties
    (各县（市、区）) is a city's, one that charges its towns a county's."""
    province = _doc("""
        各设区市人民政府，区直各有关部门：
        《促进就业实施方案》已经自治区人民政府同意，现印发实施。
        一、指导思想
        二、目标任务
        """)
    assert province.region is None and province.level == "provincial"
    city = _doc("""
        各县（市、区）人民政府，市直各单位：
        现就做好稳就业工作通知如下。
        一、加大援企稳岗力度
        """)
    assert city.region is None and city.level == "municipal"
    county = _doc("""
        各乡镇人民政府，县直各单位：
        现就做好稳就业工作通知如下。
        一、加大援企稳岗力度
        """)
    assert county.region is None and county.level == "county"


def test_an_empty_metadata_cell_takes_no_value_from_the_line_below() -> None:
    """来源: | 作者:… — an empty cell before another label is an empty value: the title printed
    below is the title, not the 来源."""
    doc = _doc("""
        湖南省助企纾困政策汇编
        来源: | 作者:admin | 发布时间: 2020-03-02 | 1203 次浏览 |

        湖南省人民政府办公厅关于支持中小企业渡过难关的若干意见

        各市州人民政府，省政府各厅委、各直属机构：
        一、强化金融支持
        """)
    assert doc.title == "关于支持中小企业渡过难关的若干意见"
    assert doc.issuers == ("湖南省人民政府办公厅",)


def test_a_notice_issued_jointly_has_every_body_its_signature_prints() -> None:
    """The title prints the first body of a joint notice; the signature, laid out two a line,
    prints all of them: each is an issuer."""
    doc = _doc("""
        某某市商务局关于印发促进消费若干措施的通知
        各区县人民政府，市政府有关部门：
        现将《促进消费若干措施》印发给你们，请认真抓好落实。
        某某市商务局          某某市财政局

        某某市文化和旅游局
        2022年5月12日
        一、发放消费券
        """)
    assert doc.issuers == ("某某市商务局", "某某市财政局", "某某市文化和旅游局")


def test_a_page_title_that_names_the_document_before_its_doc_number() -> None:
    """No 关于…的通知 line: a header line of words followed by the document's 文号 in brackets is
    the title (flagged); bulleted metadata above it is not."""
    doc = _doc("""
        • 发布机构:县人民政府办公室
        • 公开范围:全部公开
        2022年县政府重点工作任务(桑政发〔2022〕3号)
        各乡镇人民政府、县直各单位:
        一、强化责任落实
        """)
    assert doc.title == "2022年县政府重点工作任务"
    assert any(w.field == "title" for w in doc.warnings)


def test_numbers_closed_by_a_full_stop_are_labels() -> None:
    """1。 at the start of a paragraph (a full stop printed for the dot) numbers an item as 1. does."""
    doc = _doc("""
        关于落实政府工作报告重点工作的任务分工
        各区人民政府，市政府各部门：
        为推动政府工作报告各项部署落地见效，提出如下任务分工：
        总体要求和主要预期目标
        1。加大援企稳岗力度，全年新增就业35万人。（市人社局负责）
        2。落实减税降费政策。（市税务局负责）
        """)
    assert [m.path for m in doc.measures] == ["1", "2"]
    assert doc.measures[0].responsible == ("市人社局",)


def test_a_note_that_names_the_leaders_before_the_units() -> None:
    """（分管副省长、协管副秘书长负责，省发展改革委牵头，X、Y配合）: the leaders are persons, the units
    lead and support; a note the excerpt cuts keeps the units it prints whole."""
    doc = _doc("""
        一、主要预期目标
        （一）经济增长6%左右，城镇新增就业60万人（分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅、省统计局配合）
        （二）居民收入增长与经济增长同步（分管副省长负责，省人力资源社会保障厅牵头，省财政厅、省
        """)
    first, second = doc.measures[1], doc.measures[2]
    assert first.leads == ("省发展改革委",) and first.supports == ("省工业和信息化厅", "省统计局")
    assert "分管副省长" in first.persons
    assert second.leads == ("省人力资源社会保障厅",) and second.supports == ("省财政厅",)


def test_an_issuer_read_with_chrome_before_it_starts_at_its_place() -> None:
    """A page stored as one line: the signature runs on from the chrome before it; the issuer is
    the body's name from its place on (a Party body's 中共 kept)."""
    doc = _doc("各旗县区人民政府，市直各单位：现将有关事项通知如下。一、稳定就业。二、扩大消费。"
               "公文时效乌兰察布市人民政府 2020年5月8日")
    assert doc.issuers == ("乌兰察布市人民政府",)
    assert doc.region == "乌兰察布市"
