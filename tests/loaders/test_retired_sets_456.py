"""Classes of misses met in eval4/, eval5/ and eval6/ once they were retired to development
(eleventh session), each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_portal_entry_with_its_reading_is_titled_as_the_notice() -> None:
    """名称: …的通知及解读: the portal lists the notice with its 解读; the title is the notice's."""
    doc = _doc("""
        名  称: 三亚市人民政府办公室关于印发《三亚市稳就业实施方案》的通知及政策解读
        文  号: 三府办〔2022〕12号
        三亚市人民政府办公室关于印发《三亚市稳就业实施方案》的通知及政策解读
        各区人民政府，市政府直属各单位：
        现将《三亚市稳就业实施方案》印发给你们，请认真贯彻执行。
        一、落实援企稳岗政策
        """)
    assert doc.title == "关于印发《三亚市稳就业实施方案》的通知"
    assert doc.issuers == ("三亚市人民政府办公室",)


def test_a_title_that_opens_with_the_document_it_details_keeps_its_quotes() -> None:
    """《关于…若干意见》实施细则: the rules detailing a named document keep its 《》 whole; a title
    quoted whole (《关于…的通知》) loses both."""
    doc = _doc("""
        《关于支持中小企业渡过难关的若干意见》实施细则
        来源：芜湖市经信局、芜湖市财政局
        为贯彻落实《关于支持中小企业渡过难关的若干意见》，制定本细则。
        一、支持疫情防控企业生产
        """)
    assert doc.title == "《关于支持中小企业渡过难关的若干意见》实施细则"
    assert doc.issuers == ("芜湖市经信局", "芜湖市财政局")  # a 来源 line naming two placed bodies
    assert doc.region == "芜湖市"
    whole = _doc("""
        《关于印发稳就业若干措施的通知》
        各乡镇人民政府：
        一、落实援企稳岗政策
        """)
    assert whole.title == "关于印发稳就业若干措施的通知"


def test_a_text_that_names_its_own_county_is_a_counties_though_it_cites_the_province() -> None:
    """No clue names the place: 我县 (its own unit, named so) outweighs one 全省 of a cited plan."""
    doc = _doc("""
        营商环境提升行动实施方案
        为认真贯彻落实全省优化营商环境大会精神，结合我县实际，制定本方案。
        一、总体要求
        二、主要任务
        """)
    assert (doc.region, doc.level) == (None, "county")


def test_item_numbers_with_a_mark_before_their_stop() -> None:
    """1* . 2*. : a mark between the number and its stop (the tasks of a pilot)."""
    doc = _doc("""
        某区优化营商环境行动方案
        一、推进营商环境评价指标提升
        （一）企业开办、经营及退出。
        1* .开展“一证多址”改革。
        2*.开展企业住所标准化登记。
        3.推进市场准入效能评估工作。
        """)
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(一).1", "一.(一).2", "一.(一).3"]


def test_numbering_that_runs_on_across_sections_past_an_elision() -> None:
    """An excerpt: items 20–22, then a heading, then 26 (23–25 cut away): 26 is an item of 六."""
    doc = _doc("""
        20.支持旅行社按规定提供相关委托服务。
        21.加大对服务业场所用能保障。
        22.鼓励旅游企业推进非接触式服务。
        六、制造业纾困扶持措施
        26.加大制造业企业奖励力度。（责任单位：区经科局）
        七、提高服务水平
        27.开展“三乱”专项整治行动。
        """)
    assert [m.path for m in doc.measures][-4:] == ["六", "六.26", "七", "七.27"]
    assert next(m for m in doc.measures if m.path == "六.26").responsible == ("区经科局",)


def test_a_content_farms_lead_is_not_the_title() -> None:
    doc = _doc("""
        下面是小编为大家整理的2022年区政府第一季度重点工作，供大家参考。
        区政府2022年第一季度重点工作
        各部门、各街道要统筹推进稳增长、促改革、调结构、惠民生。
        一、全力做好疫情防控工作
        """)
    assert doc.title == "区政府2022年第一季度重点工作"


def test_a_sharing_sites_page_numbers_are_not_items() -> None:
    """A document-sharing site (文库): its line names the file, each page opens with its number
    glued to the text (1、 2、): the name is the title, the numbers no items."""
    doc = _doc("""
        《某市稳就业实施方案.docx》由会员分享，可在线阅读，更多相关《某市稳就业实施方案.docx(2页珍藏版)》请在某某文库上搜索。
        1、某市稳就业实施方案为做好稳就业工作，制定本方案。一、加大援企稳岗力度（一）落实失业保险稳岗返还政策，对不裁员或少裁员的
        2、参保企业返还其上年度实际缴纳失业保险费的50%。（牵头单位：市人力社保局）（二）扩大就业见习规模。
        """)
    assert doc.title == "某市稳就业实施方案"
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)"]
    assert doc.measures[1].leads == ("市人力社保局",)


def test_a_list_of_bodies_with_the_documents_rule_after_a_full_stop() -> None:
    """（X、Y，各县市、区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）:
    a note of bodies alone, the rule and a remark after it (a full stop inside the brackets), on a
    page stored as one line; 各县市、区政府 is one collective."""
    doc = _doc("""
        某市稳企业实施方案为激发民营经济活力，制定本方案。一、加强要素支持（一）强化财税政策保障。落实减税降费政策，作为制度性安排长期实施。（市税务局、市财政局、市科技局，各县市、区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）（二）加强产业基金支持。发挥产业基金引领作用。（市财政局、市发展改革委）
        """)
    first = next(m for m in doc.measures if m.path == "一.(一)")
    assert first.leads == ("市税务局",)
    assert first.supports == ("市财政局", "市科技局", "各县市、区政府")
    second = next(m for m in doc.measures if m.path == "一.(二)")
    assert second.leads == ("市财政局",)


def test_a_zones_department_as_the_issuer_places_the_document_in_the_zone() -> None:
    """发布机构 a department of a development zone (某某开发区营商环境改革局): a county-level unit of
    its city, as the zone's 管委会 is."""
    doc = _doc("""
        发布机构: 常州开发区营商环境改革局 成文日期: 2022-05-19
        名称: 常州开发区服务市场主体进一步打造一流营商环境行动方案
        常州开发区服务市场主体进一步打造一流营商环境行动方案
        为贯彻落实《优化营商环境条例》，制定本方案。
        一、进一步推进营商环境评价指标提升
        """)
    assert doc.level == "county"
    assert doc.region_path[1:] == ("常州市", "江苏省", "中国")


def test_the_addressees_name_the_issuers_own_departments() -> None:
    """自治区政府各组成部门, 自治区各委、办、厅、局: the addressees name the issuer's own
    government's departments, so it is a province-level unit (a place named in passing, 银川's
    bank branch, does not make it a city's)."""
    for addressees in ("各市、县人民政府，自治区人民政府各组成部门、各直属机构：",
                       "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位："):
        doc = _doc(f"""
            {addressees}
            现将《稳就业若干措施》印发给你们，请认真组织实施。
            一、支持企业稳定岗位
            （一）加强对企业金融支持。（人民银行银川中心支行、自治区财政厅负责）
            """)
        assert doc.level == "provincial", addressees
