"""Classes of misses met in eval7/ … eval11/ once they were retired to development (twelfth
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.notes import parse_note
from tests.loaders.made_up import parse as _doc


def test_units_that_host_and_assist_lead_and_support() -> None:
    """（X主办，Y、Z协办）: 主办 names the lead as 牵头 does, 协办 the supports; in 繁体 too."""
    doc = _doc("""
        关于分解落实2021年政府工作报告目标任务的通知
        一、主要预期目标
        （一）一般公共预算收入增长6%左右。（市财政局主办，市税务局、市统计局协办）
        （二）固定资产投资增长8%。（市發改委主辦，市住建局協辦）
        （三）城镇新增就业1.2万人。（市人社局主办）
        """)
    first, second, third = doc.measures[1:4]
    assert (first.leads, first.supports) == (("市财政局",), ("市税务局", "市统计局"))
    assert (second.leads, second.supports) == (("市發改委",), ("市住建局",))
    assert (third.leads, third.supports, third.responsible) == (("市人社局",), (), ())


def test_a_unit_that_acts_jointly_with_others_leads_them() -> None:
    """X会同Y按职责分工负责: X leads, Y supports; a class of bodies without a body (有关部门) is
    no unit; a role word already printed after Y is kept."""
    duties = parse_note("责任单位：区发改局、区财政局会同有关部门和各街道办事处按职责分工负责")
    assert duties.leads == ["区发改局", "区财政局"]
    assert duties.supports == ["各街道办事处"]
    assert duties.responsible == []
    keyed = parse_note("牵头单位：州商务局会同州市场监管局参与")
    assert (keyed.leads, keyed.supports) == (["州商务局"], ["州市场监管局"])
    hant = parse_note("責任單位：省交通運輸廳會同各市州政府")
    assert (hant.leads, hant.supports) == (["省交通運輸廳"], ["各市州政府"])


def test_a_note_line_between_two_items_is_the_one_before_its() -> None:
    """8. 9. 10. then a note line, then 11.: the note is item 10's, not the run 8–10's (a page
    that kept one note of many); a note line that closes the run before a heading above covers
    the run (items 1–3 with one 责任单位 line under their section)."""
    doc = _doc("""
        关于印发2021年重点工作任务分解的通知
        8.聚力培育电子信息等新兴产业。
        9.促进新材料产业链式集聚。
        10.推进光电产业园建设。
        协同配合单位:市经信局、投资促进中心
        11.推进新材料集聚区建设。
        """)
    by_path = {m.path: m for m in doc.measures}
    assert by_path["10"].supports == ("市经信局", "投资促进中心")
    assert by_path["8"].supports == by_path["9"].supports == by_path["11"].supports == ()
    grouped = _doc("""
        关于保基层运转的实施方案
        一、工作措施
        （一）优化预算编制
        1.强化财政承受能力评估。
        2.严格预算编制。
        责任单位:各乡镇人民政府、区财政局
        （二）规范预算执行
        1.规范预算执行。
        """)
    by_path = {m.path: m for m in grouped.measures}
    assert by_path["一.(一).1"].responsible == by_path["一.(一).2"].responsible == ("各乡镇人民政府", "区财政局")
    assert by_path["一.(二).1"].responsible == ()


def test_a_hijacked_pages_site_name_after_a_bare_hyphen_is_no_part_of_the_title() -> None:
    """关于…的通知-某某平台: a browser title's site name set off by a hyphen without spaces."""
    doc = _doc("""
        临川区人民政府关于2021年重点工作及责任分解的通知-某某网络平台
        字号:
        各乡镇人民政府，区政府各部门：
        2021年是实施“十四五”规划的第一年。根据区人大会议审议通过的政府工作报告，现将重点工作分解如下。
        一、确保完成全年主要预期目标
        1.地区生产总值增长8%以上。
        """)
    assert doc.title == "关于2021年重点工作及责任分解的通知"
    assert doc.issuers == ("临川区人民政府",)


def test_a_news_lead_names_a_department_as_issuer_and_the_document_by_its_title() -> None:
    """11日，某省某厅下发《关于…的通知》，要求…: no header; the lead names the issuing department
    (a body ending 厅 or 局, which no header rule takes alone) and the document's title in 《》."""
    doc = _doc("""
        15日,吉林省人力资源和社会保障厅下发《关于做好疫情期间职业技能培训工作的通知》,要求各地抓好落实。
        一、扩大线上培训规模
        各地要组织企业职工参加线上培训。
        二、落实培训补贴政策
        """)
    assert doc.issuers == ("吉林省人力资源和社会保障厅",)
    assert doc.title == "关于做好疫情期间职业技能培训工作的通知"
    assert doc.region == "吉林省"
    cited = _doc("""
        为贯彻落实国务院印发《关于进一步做好稳就业工作的意见》精神,结合我县实际,制定本方案。
        一、落实援企稳岗政策
        """)
    assert cited.title != "关于进一步做好稳就业工作的意见"  # a cited document, not a report of this one


def test_a_bundled_plans_title_broken_over_two_lines_heads_its_plan() -> None:
    """《A》《B》和《C》已经省政府同意，现印发给你们, then A's title over two lines: A is P1, its
    entries below it, though the excerpt never reaches B or C."""
    doc = _doc("""
        各市人民政府，省人民政府有关部门：
        《某省稳住经济大盘工作方案》《某省重点企业服务指南》和《某省经济运行调度机制》已经省政府同意，现印发给你们，请认真贯彻执行。
        某省人民政府办公厅
        2022年5月25日
        某省稳住经济
        大盘工作方案
        为做好常态化疫情防控下经济运行工作，制定本方案。
        一、总体要求
        （一）基本思路。坚持“两手抓”。
        """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.(一)"]
    assert doc.measures[0].heading == "某省稳住经济大盘工作方案"


def test_departments_printed_one_a_line_above_the_title_are_its_issuers() -> None:
    """A joint notice of county departments, one a line above its title; a bare department's
    name with no level or place (民政局, a site's name) is no issuer."""
    doc = _doc("""
        民政局
        某某自治县人力资源和社会保障局
        某某自治县财政局
        某某自治县乡村振兴局
        关于做好2022年脱贫人口稳岗就业工作的通知
        某人社发〔2022〕32号
        各乡镇人民政府、街道办事处，县级有关部门：
        一、落实稳岗政策
        """)
    assert doc.issuers == ("某某自治县人力资源和社会保障局", "某某自治县财政局", "某某自治县乡村振兴局")


def test_a_joint_notice_signed_by_many_departments_gets_them_all() -> None:
    """Eleven co-issuers a line each above the date, a central-bank branch and a national
    regulator among them: all of them, each its own issuer."""
    bodies = ["某省发展和改革委员会", "某省财政厅", "某省人力资源和社会保障厅", "某省住房和城乡建设厅",
              "某省交通运输厅", "某省商务厅", "某省文化和旅游厅", "中国人民银行某某中心支行",
              "国家税务总局某省税务局", "某省市场监督管理局", "中国银行保险监督管理委员会"]
    doc = _doc("\n".join([
        "关于印发《某省促进服务业领域困难行业恢复发展若干政策措施》的通知",
        "某发改财贸〔2022〕231号",
        "各市（州）人民政府，省有关单位：",
        "经省政府同意，现印发你们，请认真组织实施。",
        *bodies,
        "2022年4月8日",
        "一、普惠性纾困扶持措施",
    ]))
    assert doc.issuers == tuple(bodies)


def test_a_note_cut_inside_its_duty_words_keeps_its_last_unit() -> None:
    """A note the excerpt cuts after its last unit, inside the words that follow it (…市税务局会同有,
    …省统计局等按职责分): that unit is whole and kept; only the cut words are left out."""
    jointly = _doc("""
        关于进一步稳定经济增长的若干措施
        一、加快财税政策落地
        （一）全面落实增值税留抵退税政策。对符合条件的企业，按月全额退还增量留抵税额。（市财政局、市税务局会同有""")
    assert jointly.measures[1].responsible == ("市财政局", "市税务局")
    duty = _doc("""
        关于分解落实2018年政府工作报告的意见
        一、落实工作总体部署
        （一）主要预期目标。地区生产总值增长8%左右（省发改委牵头，省财政厅、省统计局等按职责分""")
    assert (duty.measures[1].leads, duty.measures[1].supports) == (("省发改委",), ("省财政厅", "省统计局"))


def test_a_forum_repost_reads_through_the_forums_jammer_strings() -> None:
    """A Discuz forum's repost: chrome, then random ASCII jammer strings on lines of their own and
    glued before the text; the 通告 names its issuer in its title."""
    doc = _doc("""
        楼主
        签到天数: 5 天 [LV.2]偶尔看看I
        本帖最后由 某某日报 于 2020-3-11 16:11 编辑
        , b5 n% r7 y" r6 [. b6 Z$ `+ ^5 T2 ]# T4 I1 [4 l: f
        河南省新冠肺炎疫情防控指挥部通告 ( f; r! a( p& T% H i
        : m/ j& y4 E# U" P! R为统筹推进疫情防控和经济社会发展工作，现就有序推进企业复工复产通告如下：
        8 v7 W- `7 E; U" W一、分区分级有序推进企业复工复产
        全省以县域为单位，划分低、中、高风险区。
        2 a) c2 V/ u. M! l# H6 @+ I7 N0 a$ e z2 {! N3 q W2 J
        （一）郑州市企业复工复产安排：涉及保障疫情防控必需的企业。
        """)
    assert doc.title == "河南省新冠肺炎疫情防控指挥部通告"
    assert doc.issuers == ("河南省新冠肺炎疫情防控指挥部",)
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_a_provinces_one_character_prefix_places_a_text_that_speaks_of_its_province() -> None:
    """黔府发〔2016〕12号 and 我省: the prefix's character is the province's abbreviation and also
    the first of some of its prefectures' and of a county elsewhere; the text speaks of its own
    unit as a province, and the province holds most of the units the prefix fits."""
    doc = _doc("""
        黔府发〔2016〕12号
        各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：
        为切实做好新形势下就业创业工作，现提出以下实施意见：
        一、实施就业优先战略
        （一）着力稳定和扩大就业。将城镇新增就业纳入我省国民经济和社会发展规划，我省各地要抓好落实。
        """)
    assert (doc.region, doc.level) == ("贵州省", "provincial")
