
import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.notes import find_notes, parse_note
from tests.loaders.made_up import parse as _doc


@pytest.mark.parametrize(("body", "leads", "supports", "responsible", "persons"), [
    ("责任单位：县人力资源社会保障局牵头，县财政局配合", ["县人力资源社会保障局"], ["县财政局"], [], []),
    ("责任单位：县应急局、县卫生健康局牵头，县民政局配合", ["县应急局", "县卫生健康局"], ["县民政局"], [], []),
    ("责任单位：县发展改革局、县农业农村局分别牵头落实", ["县发展改革局", "县农业农村局"], [], [], []),
    ("责任单位：县委改革办牵头，县直有关部门单位按照职责分工落实", ["县委改革办"], ["县直有关部门单位"], [], []),
    ("责任人：路德芝、耿峰；牵头单位：区发展改革局、区交通运输局", ["区发展改革局", "区交通运输局"], [], [], ["路德芝", "耿峰"]),
    ("牵头单位和责任人：市发展改革委陈思林、市工业和信息化局王克海；配合单位和责任人：市生态环境局满军",
     ["市发展改革委", "市工业和信息化局"], ["市生态环境局"], [], ["陈思林", "王克海", "满军"]),
    ("牵头单位和责任:市人力资源社会保障局李勇、市财政局王连忠", ["市人力资源社会保障局", "市财政局"], [], [], ["李勇", "王连忠"]),
    ("配合单位和负责人：市工商联吕爱国", [], ["市工商联"], [], ["吕爱国"]),
    ("责任单位:县扶贫办等县直相关部门", [], [], ["县扶贫办"], []),
    ("配合单位：高新区、经开区、文昌湖区管委会", [], ["高新区管委会", "经开区管委会", "文昌湖区管委会"], [], []),
    ("配合单位：市有关部门、单位", [], ["市有关部门、单位"], [], []),
    ("配合单位和责任人：国家统计局淄博调查队刘长玲(仅提供数据)", [], ["国家统计局淄博调查队"], [], ["刘长玲"]),
    ("责任单位：省发展改革委牵头，省财政厅、各州、市人民政府配合", ["省发展改革委"], ["省财政厅", "各州、市人民政府"], [], []),
    ("责任单位：市发展改革委、市人社局牵头，市委组织部、国家统计局某某调查队参加", ["市发展改革委", "市人社局"],
     ["市委组织部", "国家统计局某某调查队"], [], []),
    ("牵头单位：市发改委；数据提供单位：市统计局", ["市发改委"], ["市统计局"], [], []),
    ("责任单位：各区政府，其中市发改委牵头", ["市发改委"], [], ["各区政府"], []),
    ("责任单位：市发改委、各区人民政府〈含开发区、园区〉", [], [], ["市发改委", "各区人民政府"], []),
    ("预期性指标，牵头单位：市发改委；责任单位：市政府有关部门，各县市区，以下均需各县市区落实，不再逐条列出",
     ["市发改委"], ["市政府有关部门", "各县市区"], [], []),
])
def test_parse_note_assigns_roles(body: str, leads: list[str], supports: list[str],
                                  responsible: list[str], persons: list[str]) -> None:
    duties = parse_note(body)
    assert (duties.leads, duties.supports, duties.responsible, duties.persons) == (
        leads, supports, responsible, persons)


def test_parse_note_carries_units_named_by_a_following_remark() -> None:
    duties = parse_note("责任单位:县发展改革局、各镇人民政府。以下各项工作任务均需各镇负责实施,不再逐条列出")
    assert duties.carried == ["各镇人民政府"]


def test_a_remark_among_the_units_carries_them_even_with_a_sentence_after_it() -> None:
    duties = parse_note("责任单位：市发改委，各县市区，以下均需各县市区落实，不再逐条列出。请认真落实")
    assert (duties.responsible, duties.carried) == (["市发改委", "各县市区"], ["各县市区"])


def test_find_notes_handles_nested_and_square_brackets() -> None:
    text = "完善预警。〔牵头单位和责任人:市人力资源社会保障局李勇;配合单位和责任人:国家统计局淄博调查队刘长玲(仅提供数据)〕"
    [note] = find_notes(text)
    assert note.body.endswith("刘长玲(仅提供数据)") and text[note.end - 1] == "〕"


def test_find_notes_ignores_other_brackets() -> None:
    assert find_notes("按照“三不一优先（不停车、不检查）”的要求（2020年）") == []


# -- issue 9 part 4: note forms of real pages (synthetic snippets) ------------------------------


@pytest.mark.parametrize(("body", "leads", "supports", "responsible", "persons"), [
    ("部门分工：市发展改革委牵头，各县区、各部门配合。", ["市发展改革委"], ["各县区", "各部门"], [], []),
    ("牽頭單位：市人力資源社會保障局；責任單位：市財政局", ["市人力資源社會保障局"], ["市財政局"], [], []),
    ("分管市领导：张三", [], [], [], ["张三"]),
    ("牵头单位：区卫健局；责任单位：各街办(新区)、区直各部门", ["区卫健局"], ["各街办(新区)", "区直各部门"], [], []),
    ("责任单位：财政局、发改局、工商联（列第一位者为牵头或汇总单位，下同）", [], [], ["财政局", "发改局", "工商联"], []),
    ("责任单位：市商务局负责", [], [], ["市商务局"], []),
])
def test_parse_note_of_real_page_forms(body: str, leads: list[str], supports: list[str],
                                       responsible: list[str], persons: list[str]) -> None:
    duties = parse_note(body)
    assert (duties.leads, duties.supports, duties.responsible, duties.persons) == (
        leads, supports, responsible, persons)


def test_note_with_nested_brackets_in_square_brackets() -> None:
    [note] = find_notes("做好环境整治。[牵头单位：区卫健局；责任单位：各街办(新区)]")
    assert parse_note(note.body).supports == ["各街办(新区)"]


def test_keyless_note_names_only_agencies() -> None:
    [note] = find_notes("加大稳岗返还力度。（市人力资源社会保障局、市财政局负责）")
    assert parse_note(note.body).responsible == ["市人力资源社会保障局", "市财政局"]
    [inline] = find_notes("扩大有效投资（市发展改革委牵头，市财政局、各区政府配合）。")
    duties = parse_note(inline.body)
    assert (duties.leads, duties.supports) == (["市发展改革委"], ["市财政局", "各区政府"])
    assert find_notes("坚持分级负责（按要求落实）。") == []
    assert find_notes("推动项目（2020年底前落实）。") == []


def test_note_that_never_closes_is_bounded_to_its_item() -> None:
    doc = _doc("""
        一、稳定就业
        1．加大援企稳岗力度。（牵头单位：市人力资源社会保障局；配合单位：市财政局
        2．支持创业带动就业。（牵头单位：市人力资源社会保障局）
    """)
    first, second = (m for m in doc.measures if m.kind == "item")
    assert (first.leads, first.supports) == (("市人力资源社会保障局",), ("市财政局",))
    assert (second.leads, second.supports) == (("市人力资源社会保障局",), ())


def test_own_line_notes_person_lines_and_role_lines() -> None:
    doc = _doc("""
        一、主要目标
        1．地区生产总值增长6%左右。
        分管市领导：张三
        部门分工：市发展改革委牵头，各区、各部门配合。
        2．城镇新增就业5万人。
        牵 头 单 位：市人力资源社会保障局
        配合单位：市财政局
    """)
    first, second = (m for m in doc.measures if m.kind == "item")
    assert (first.leads, first.supports, first.persons) == (
        ("市发展改革委",), ("各区", "各部门"), ("张三",))
    assert (second.leads, second.supports) == (("市人力资源社会保障局",), ("市财政局",))


def test_document_rule_first_listed_unit_leads() -> None:
    doc = _doc("""
        各有关单位：
        责任分解中，排在第一位的为牵头单位，其他为配合单位。
        一、稳定就业
        1．加大援企稳岗力度。
        责任单位：市人力资源社会保障局、市财政局、市税务局
    """)
    [item] = [m for m in doc.measures if m.kind == "item"]
    assert (item.leads, item.supports, item.responsible) == (
        ("市人力资源社会保障局",), ("市财政局", "市税务局"), ())


def test_inline_points_keep_their_own_notes() -> None:
    doc = _doc("""
        关于做好稳就业工作的通知
        各区人民政府：
        现将有关事项通知如下。
        一、稳定就业
        1．落实就业政策。（1）加大稳岗返还。（牵头单位：市人力资源社会保障局）（2）减免房租。（牵头单位：市国资委）
        2．扩大就业。（牵头单位：市发展改革委）
    """)
    points = {m.path: m.leads for m in doc.measures if m.kind == "point"}
    assert points == {"一.1.(1)": ("市人力资源社会保障局",), "一.1.(2)": ("市国资委",)}


def test_excerpt_that_starts_mid_way_keeps_its_numbers() -> None:
    doc = _doc("""
        关于做好稳就业工作的若干措施
        二、支持企业发展
        （七）减免租金。（市国资委牵头）
        （八）降低用能成本。（市发展改革委牵头）
        三、保障民生
        （九）发放补贴。（市民政局牵头）
    """)
    assert [m.path for m in doc.measures] == ["二", "二.(七)", "二.(八)", "三", "三.(九)"]
    assert doc.measures[1].leads == ("市国资委",)


def test_bare_number_on_its_own_line_and_an_elision() -> None:
    doc = _doc("""
        各区人民政府：
        一、
        稳定就业岗位
        1．加大稳岗返还。（市人社局牵头）
        2．扩大就业容量。（市发展改革委牵头）
        ……
        5．稳定物价。（市发展改革委牵头）
    """)
    assert [(m.path, m.heading) for m in doc.measures] == [
        ("一", "稳定就业岗位"), ("一.1", "加大稳岗返还"), ("一.2", "扩大就业容量"), ("一.5", "稳定物价")]


def test_plans_a_cover_notice_issues_together_are_bundled_even_when_one_is_shown() -> None:
    doc = _doc("""
        各镇人民政府，市政府各部门：
        根据《国务院政府工作报告》和《省政府工作报告》精神，结合实际，《2020年重点工作责任分解》和《2020年民生实事项目责任分解》已经市政府常务会议通过，现印发给你们。
        某某市人民政府办公室
        2020年5月22日
        2020年重点工作责任分解
        一、稳定经济增长
        1．落实减税降费政策。
        责任单位：财政局、税务局
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.1"]
    assert doc.measures[2].responsible == ("财政局", "税务局")


def test_titles_cited_as_a_basis_do_not_bundle() -> None:
    doc = _doc("""
        各镇人民政府：
        根据《国务院关于做好稳就业工作的意见》和《省政府关于做好稳就业工作的实施意见》，现将《稳就业工作方案》印发给你们。
        稳就业工作方案
        一、稳定岗位
        1．落实稳岗政策。（市人社局牵头）
    """)
    assert [m.path for m in doc.measures] == ["一", "一.1"]


def test_numbered_attachment_list_is_not_the_outline_and_bundles_its_plans() -> None:
    doc = _doc("""
        各区县人民政府：
        现将有关方案印发给你们，请认真贯彻落实。
        附件：1．稳就业工作方案
        2．保市场主体工作清单
        某某市人民政府办公室
        2021年3月22日
        稳就业工作方案
        一、稳定岗位
        1．落实稳岗政策。（市人社局牵头）
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.1"]


@pytest.mark.parametrize(("text", "leads", "supports", "responsible"), [
    ("加大投资。（责任单位：市发展改革委（牵头）、市财政局）", ["市发展改革委"], ["市财政局"], []),
    ("加大投资。【责任单位】市发展改革委、市财政局", [], [], ["市发展改革委", "市财政局"]),
    ("加大投资。（主要责任单位：市发展改革委；协同单位：市财政局）", [], ["市财政局"], ["市发展改革委"]),
    ("加大投资。（责任主体：市发展改革委）", [], [], ["市发展改革委"]),
    ("加大投资。(责任单位:市发展改革委,完成时限:2020年6月底前)", [], [], ["市发展改革委"]),
    ("加大投资。（市发展改革委、市财政局按职责分工负责）", [], [], ["市发展改革委", "市财政局"]),
])
def test_more_note_forms(text: str, leads: list[str], supports: list[str],
                         responsible: list[str]) -> None:
    [note] = find_notes(text)
    duties = parse_note(note.body)
    assert (duties.leads, duties.supports, duties.responsible) == (leads, supports, responsible)


def test_numbering_that_restarts_under_a_second_set_title_is_a_second_sub_plan() -> None:
    doc = _doc("""
        各区人民政府：
        现将有关措施印发给你们。
        某某市稳就业若干措施
        一、稳定岗位
        1．落实稳岗政策。（市人社局牵头）
        某某市保市场主体若干措施
        一、减轻负担
        1．减免租金。（市国资委牵头）
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.1", "P2", "P2.一", "P2.一.1"]
    assert doc.measures[-1].leads == ("市国资委",)


def test_unnumbered_headings_with_restarting_lists_are_not_sub_plans() -> None:
    doc = _doc("""
        各区人民政府：
        一、重点任务
        重点工作措施
        1．落实稳岗政策。（市人社局牵头）
        组织保障措施
        1．加强组织领导。（市政府办牵头）
    """)
    assert not any(m.path.startswith("P") for m in doc.measures)
    assert find_notes("加快建设（由市政府负责）。") == []


def test_a_single_note_after_the_last_point_is_the_items_not_that_points() -> None:
    doc = _doc("""
        关于做好稳就业工作的通知
        各区人民政府：
        现将有关事项通知如下。
        一、稳定就业
        1．落实就业政策。（1）加大稳岗返还。（2）减免房租。（牵头单位：市人力资源社会保障局）
        2．扩大就业。（牵头单位：市发展改革委）
    """)
    points = {m.path: m.leads for m in doc.measures if m.kind == "point"}
    assert points == {"一.1.(1)": (), "一.1.(2)": ()}
    assert [m.leads for m in doc.measures if m.path == "一.1"] == [("市人力资源社会保障局",)]


_HEAD = ("某县人民政府办公室关于印发稳就业若干措施的通知\n各乡镇人民政府，县直各部门：\n"
         "现将《稳就业若干措施》印发给你们，请认真贯彻落实。\n")


@pytest.mark.parametrize(("name", "body", "want"), [
    ("two role words in a key, a person on a line of its own",
     "一、援企稳岗\n1.落实稳岗返还政策。\n牵头负责领导：张三\n牵头责任单位：县人社局\n协同责任单位：县财政局、县税务局\n"
     "2.加大贴息。\n牵头责任单位：县财政局。\n",
     {"一.1": (["县人社局"], ["县财政局", "县税务局"], []), "一.2": (["县财政局"], [], [])}),
    ("分工负责 and 按职责分工负责 without a key",
     "一、援企稳岗\n1.落实稳岗返还政策。（县人社局、县财政局分工负责）\n"
     "2.加大贴息。（县财政局、各乡镇人民政府按职责分工负责）\n",
     {"一.1": ([], [], ["县人社局", "县财政局"]), "一.2": ([], [], ["县财政局", "各乡镇人民政府"])}),
    ("a keyless note holding a bracket, and one in 〔〕",
     "一、援企稳岗\n1.落实稳岗返还政策。（县人社局、各乡镇(街道)按职责分工负责）\n2.加大贴息。〔县财政局、县人行负责〕\n",
     {"一.1": ([], [], ["县人社局", "各乡镇(街道)"]), "一.2": ([], [], ["县财政局", "县人行"])}),
    ("the next item runs on after a note",
     "一、援企稳岗\n1.落实稳岗返还政策。（责任单位：县人社局）2.加大贴息。（责任单位：县财政局）\n",
     {"一.1": ([], [], ["县人社局"]), "一.2": ([], [], ["县财政局"])}),
    ("a closing sentence with 由 … 牵头, and one with … 负责",
     "一、援企稳岗\n1.落实稳岗返还政策。由县人社局牵头，县财政局配合。\n2.加大贴息。县财政局负责。\n",
     {"一.1": (["县人社局"], ["县财政局"], []), "一.2": ([], [], ["县财政局"])}),
    ("a collective of levels is one unit",
     "一、援企稳岗\n1.落实稳岗返还政策。（牵头单位：县人社局；配合单位：县财政局，各乡、镇、街道办事处）\n",
     {"一.1": (["县人社局"], ["县财政局", "各乡、镇、街道办事处"], [])}),
    ("a task table flattened with |",
     "一、援企稳岗\n序号|工作任务|牵头单位|配合单位|完成时限\n1|落实稳岗返还政策|县人社局|县财政局|6月底\n"
     "2|加大贴息|县财政局|县人行、县农商行|长期\n",
     {"一.1": (["县人社局"], ["县财政局"], []), "一.2": (["县财政局"], ["县人行", "县农商行"], [])}),
])
def test_note_shapes_give_each_item_its_units(name: str, body: str,
                                              want: dict[str, tuple[list[str], ...]]) -> None:
    doc = parse_document(_HEAD + body, "shapes.txt")
    got = {m.path: (list(m.leads), list(m.supports), list(m.responsible)) for m in doc.measures if m.path in want}
    assert got == want, name


def test_a_list_of_places_then_a_unit_is_not_a_collective() -> None:
    assert parse_note("责任单位：各区、市财政局").responsible == ["各区", "市财政局"]


@pytest.mark.parametrize(("value", "units"), [
    ("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"]),
    ("市场监管及质量检测中心", ["市场监管及质量检测中心"]),
    ("“十五大重点改革攻坚事项”牵头单位及责任单位", ["“十五大重点改革攻坚事项”牵头单位及责任单位"]),
])
def test_two_bodies_joined_by_ji_are_two_units(value: str, units: list[str]) -> None:
    assert parse_note(f"责任单位：{value}").responsible == units


def test_a_heading_that_no_item_follows_keeps_the_note_under_it() -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n（一）推进落实稳岗返还政策\n责任单位:县人社局、县财政局(第一责任单位为牵头单位,下同)\n"
                         "时限要求:持续推进\n（二）加大贴息\n责任单位:县财政局\n", "heading-notes.txt")
    got = {m.path: (list(m.leads), list(m.supports)) for m in doc.measures}
    assert got["一.(一)"] == (["县人社局"], ["县财政局"]) and got["一.(二)"] == (["县财政局"], [])


@pytest.mark.parametrize(("name", "body", "want"), [
    ("a table flattened one cell a line",
     "主要\n任务\n工作措施\n责任单位\n备注\n一、援企稳岗\n1.落实稳岗返还政策。\n县人社局等，各乡镇人民政府\n2020年12月\n"
     "2.加大贴息。\n县财政局、县人行\n",
     {"一.1": ([], [], ["县人社局", "各乡镇人民政府"]), "一.2": ([], [], ["县财政局", "县人行"])}),
    ("a deadline printed among the units",
     "一、援企稳岗\n1.落实稳岗返还政策。（责任单位：县人社局、县财政局，6月底完成）\n",
     {"一.1": ([], [], ["县人社局", "县财政局"])}),
    ("pinyin glosses of a mirror",
     "一、援企稳岗\n1.落实稳岗返还政策。（牵头单位：县人社局；责任单位：县經(jīng)開區(qū)管委會）\n",
     {"一.1": (["县人社局"], ["县經開區管委會"], [])}),
    ("a section heading glued to the sentence before it, an item whose （ was lost",
     "一、支持对象\n注册在本县受到疫情影响生产经营遇到困难的中小企业和个体工商户二、支持措施\n"
     "（一）设立专项资金。（责任单位：县财政局）\n二）支持应急保供。（责任单位：县商务局）\n",
     {"二.(一)": ([], [], ["县财政局"]), "二.(二)": ([], [], ["县商务局"])}),
])
def test_more_note_shapes(name: str, body: str, want: dict[str, tuple[list[str], ...]]) -> None:
    doc = parse_document(_HEAD + body, "shapes.txt")
    got = {m.path: (list(m.leads), list(m.supports), list(m.responsible)) for m in doc.measures if m.path in want}
    assert got == want, name


def test_items_numbered_from_2_under_a_heading_are_read_with_a_warning() -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n2.加大贴息。\n3.稳岗返还。\n", "from-two.txt")
    assert [m.path for m in doc.measures] == ["一", "一.2", "一.3"]
    assert any("starts at 2" in w.message for w in doc.warnings)


def test_a_table_one_cell_a_line_with_blank_lines_and_number_cells() -> None:
    body = ("一、省级任务\n\n序号\n\n重点工作任务(本市配合)\n\n责任单位\n\n（一）副市长牵头重点工作\n\n1\n\n"
            "加强粮食安全保障。\n\n市农业农村局、市商务局(市粮食和物资储备局)\n\n省牵头单位:省农业农村厅\n\n2\n\n"
            "深入实施消费新政。\n\n市商务局、市发改委\n")
    doc = parse_document(_HEAD + body, "stacked.txt")
    got = {m.path: sorted(m.leads + m.supports + m.responsible) for m in doc.measures}
    assert got == {"一": [], "一.(一)": [],
                   "一.(一).1": sorted(["市农业农村局", "市商务局(市粮食和物资储备局)", "省农业农村厅"]),
                   "一.(一).2": sorted(["市商务局", "市发改委"])}


def test_units_hold_square_brackets_and_a_general_lead_key() -> None:
    duties = parse_note("总牵头单位：县发改局；责任单位：各市〔特区、区〕人民政府、县财政局")
    assert (duties.leads, duties.supports) == (["县发改局"], ["各市〔特区、区〕人民政府", "县财政局"])


@pytest.mark.parametrize(("item", "units"), [
    ("1.落实稳岗返还政策。各地要高度重视，明确专人负责。", []),
    ("1.落实稳岗返还政策。各乡镇(街道)、县人社局负责。", ["各乡镇(街道)", "县人社局"]),
    ("1.落实稳岗返还政策。（各部门切实负责）", []),
])
def test_a_clause_opening_with_ge_is_no_collective(item: str, units: list[str]) -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n" + item + "\n", "collective.txt")
    assert list(doc.measures[1].responsible) == units


def test_a_table_whose_rows_are_lines_of_cells_joined_by_spaces() -> None:
    body = ("政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门\n"
            "财政资金 1 建立复工复产帮扶机制 畅通热线电话，及时协调解决困难。 某府发[2020]3号 责任单位:各县(市)区政府,市人社局\n"
            "2 贷款贴息 对新增贷款给予贴息。 某府发[2020]3号 责任单位:市财政局\n")
    doc = parse_document(_HEAD + body, "spaced.txt")
    assert {m.path: list(m.responsible) for m in doc.measures} == {
        "1": ["各县(市)区政府", "市人社局"], "2": ["市财政局"]}


def test_a_keyless_note_cut_by_the_excerpt_keeps_its_whole_units() -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n1.落实稳岗返还政策。\n(县财政局、县人社局牵头,县工信局、县税", "cut.txt")
    item = doc.measures[1]
    assert (list(item.leads), list(item.supports)) == (["县财政局", "县人社局"], ["县工信局"])


def test_a_keyless_note_with_role_groups_and_a_remark_cut_by_the_excerpt() -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n（一）加大税费减免力度。落实减免政策。(县财政局、县税务局等按职责分工负责;"
                         "各乡、镇人民政府,县经开区管委会〔以下均需各乡、镇人民政府,县", "cut-remark.txt")
    assert list(doc.measures[1].responsible) == ["县财政局", "县税务局", "各乡、镇人民政府", "县经开区管委会"]


def test_a_keyless_note_with_role_groups_separated_by_semicolons() -> None:
    duties = parse_document(_HEAD + "一、援企稳岗\n1.落实减免政策。（县财政局牵头；县税务局、各乡镇配合）\n",
                            "groups.txt").measures[1]
    assert (list(duties.leads), list(duties.supports)) == (["县财政局"], ["县税务局", "各乡镇"])


@pytest.mark.parametrize(("note", "responsible", "carried"), [
    ("(省商务厅、省农业农村厅等部门及各市、县级政府按职责分工负责;以下均需各市、县级政府负责,不再列出)",
     ["省商务厅", "省农业农村厅", "各市、县级政府"], ["各市、县级政府"]),
    ("(省人社厅、省发展改革委、国家统计局某某调查总队等按职能分工负责,第一位为牵头部门,下同)",
     ["省人社厅", "省发展改革委", "国家统计局某某调查总队"], []),
    ("(自治区卫生健康委、发展改革委、能 源局,某某电力〔集团〕公司负责。各有关部门按职责 分工推进、协同配合,排名不分先后,下同)",
     ["自治区卫生健康委", "发展改革委", "能源局", "某某电力〔集团〕公司"], []),
])
def test_keyless_notes_with_a_remark_after_their_units(note: str, responsible: list[str], carried: list[str]) -> None:
    [span] = find_notes("落实有关政策。" + note)
    duties = parse_note(span.body)
    assert (duties.responsible, duties.carried) == (responsible, carried)


def test_the_first_unit_leads_under_a_rule_printed_as_first_place_leads() -> None:
    text = _HEAD + "一、稳就业\n1.建立研判机制。(县人社局、县发改局等按职能分工负责,第一位为牵头部门,下同)\n"
    item = parse_document(text, "first.txt").measures[1]
    assert (list(item.leads), list(item.supports)) == (["县人社局"], ["县发改局"])


@pytest.mark.parametrize(("text", "bodies"), [
    ("落实政策。（市发展改革委、市财政局、各县区政府）", ["责任单位：市发展改革委、市财政局、各县区政府"]),
    ("落实政策（试行）。", []),
    ("覆盖全市。（济南市、青岛市）", []),
    ("支持园区。（含高新区、经开区）", []),
    ("责任单位：市农业农村局、市商务局(市粮食和物资储备局)。", []),
])
def test_a_bracket_of_bodies_closing_an_item_is_its_note(text: str, bodies: list[str]) -> None:
    assert [span.body for span in find_notes(text)] == bodies


def test_a_closing_clause_with_a_verb_is_no_note() -> None:
    doc = parse_document(_HEAD + "一、援企稳岗\n1.落实稳岗返还政策。所需资金由县财政局负责。\n", "clause.txt")
    assert doc.measures[1].responsible == ()


def test_a_keyless_note_with_a_second_role_group_before_its_remark() -> None:
    [span] = find_notes("落实。(省财政厅、省人社厅按职责分工负责;各市州政府、某某新区管委会负责实施,以下不再一一列出)")
    assert parse_note(span.body).responsible == ["省财政厅", "省人社厅", "各市州政府", "某某新区管委会"]


def test_a_heading_run_on_into_its_first_item_and_a_lost_first_heading() -> None:
    body = "一、促进转移就业（一）加快返岗就业。（县人社局负责）\n（二）支持创业。（县财政局负责）\n"
    assert [m.path for m in parse_document(_HEAD + body, "run-on-heading.txt").measures] == ["一", "一.(一)", "一.(二)"]
    lost = "1. 开通绿色通道。（县财政局牵头）\n2. 保障供给。（县商务局牵头）\n二、做好企业服务\n"
    doc = parse_document(_HEAD + lost, "lost-heading.txt")
    assert [m.path for m in doc.measures] == ["1", "2", "二"]
    assert any("starts at 二" in w.message for w in doc.warnings)


def test_stacked_table_without_number_cells_fills_each_rows_unit_columns_from_the_first() -> None:
    from policy_cascades.loaders.tables import stacked_rows_as_notes

    lines = ["工作任务", "牵头单位", "配合单位", "加强就业服务。", "市人社局", "市财政局",
             "落实稳岗返还。", "市税务局", "市医保局"]
    assert stacked_rows_as_notes(lines)[3:] == [
        "加强就业服务。", "牵头单位：市人社局。", "配合单位：市财政局。",
        "落实稳岗返还。", "牵头单位：市税务局。", "配合单位：市医保局。"]
    # a column between the columns of units (完成时限): its cell does not end the row's units
    lines = ["序号", "工作任务", "牵头单位", "完成时限", "配合单位", "1", "加强就业服务。", "市人社局",
             "2022年底", "市财政局"]
    assert stacked_rows_as_notes(lines)[5:] == [
        "", "1.加强就业服务。", "牵头单位：市人社局。", "2022年底", "配合单位：市财政局。"]


@pytest.mark.parametrize(("text", "leads", "responsible"), [
    ("加快项目审批。（县发改局、县自然资源局负责，其中县发改局牵头）", ["县发改局"], ["县自然资源局"]),
    ("加快项目审批。（县发改局、县自然资源局负责；以下均需各乡镇落实，不再列出）", [], ["县发改局", "县自然资源局"]),
    ("加快项目审批。（县发改局、县自然资源局负责，排名第一的为牵头单位）", [], ["县发改局", "县自然资源局"]),
])
def test_a_keyless_notes_remark_is_read_as_a_keyed_notes_is(text: str, leads: list[str],
                                                          responsible: list[str]) -> None:
    [note] = find_notes(text)
    duties = parse_note(note.body)
    assert (duties.leads, duties.responsible) == (leads, responsible)


def test_plans_issued_together_on_a_traditional_page_with_a_preamble_under_the_title() -> None:
    # 繁体 mirror: 已經…同意，現印發給你們; the first plan's title (…工作要點) is followed by its
    # preamble, a line without a number.
    doc = _doc("""
        各鄉鎮人民政府，縣直各單位：
        《某某縣2020年營商環境工作要點》和《某某縣2020年政務公開工作要點》已經縣人民政府同意，現印發給你們，請認真貫徹落實。
        某某縣人民政府辦公室
        2020年6月3日
        某某縣2020年營商環境工作要點
        以習近平新時代中國特色社會主義思想為指導，全面優化營商環境
        一、服務復工復產
        （一）促進惠企政策落地。
    """)
    assert [m.path for m in doc.measures] == ["P1", "P1.一", "P1.一.(一)"]


def test_a_units_group_word_after_a_collective_is_no_persons_name() -> None:
    # 全区招商引资各专班: a unit ending in a working group, not 全区招商引资 + a person 各专班.
    duties = parse_note("责任单位：某某经济开发区,全区招商引资各专班")
    assert (duties.responsible, duties.persons, duties.doubts) == (
        ["某某经济开发区", "全区招商引资各专班"], [], [])
    assert parse_note("牵头单位和责任人：区商务局王立新").persons == ["王立新"]


@pytest.mark.parametrize("text", [
    "加快推进改革。（市政府办公室、市行政审批局、市",      # cut before its role word
    "給予表揚激勵。(省發展改革委、省行政審批局、省工業(ye",  # and inside a pinyin gloss
])
def test_a_note_cut_before_its_role_word_keeps_its_complete_units(text: str) -> None:
    notes = find_notes(text)
    assert len(notes) == 1 and notes[0].unclosed
    assert len(parse_note(notes[0].body).responsible) == 2


def test_a_bracket_cut_inside_a_sentence_is_no_note() -> None:
    assert find_notes("加快推进改革（含数字化、智能化") == []


@pytest.mark.parametrize(("note", "units"), [
    ("市发改委和市财政局负责", ["市发改委", "市财政局"]),
    ("市人力资源和社会保障局负责", ["市人力资源和社会保障局"]),  # 和 inside a name
    ("县住房和城乡建设局、县财政局负责", ["县住房和城乡建设局", "县财政局"]),
])
def test_two_bodies_joined_by_he_are_two_units(note: str, units: list[str]) -> None:
    [span] = find_notes(f"加快推进。（{note}）")
    assert parse_note(span.body).responsible == units


def test_a_keyless_note_closed_by_a_deadline_keeps_its_units() -> None:
    doc = parse_document("关于做好稳就业工作的通知\n各有关单位：\n一、稳定岗位\n"
                         "1．落实稳岗政策。（市发改委、市财政局负责，2020年6月底前完成）\n", "deadline.txt")
    assert doc.measures[1].responsible == ("市发改委", "市财政局")


@pytest.mark.parametrize(("body", "leads", "supports"), [
    ("责任单位：区商务委牵头，相关成员单位配合", ["区商务委"], []),
    ("牵头单位：县发改局；配合单位：有关部门", ["县发改局"], []),
    ("责任单位：市财政局牵头，其他成员单位、区级相关部门配合", ["市财政局"], ["区级相关部门"]),
])
def test_a_class_of_units_that_names_no_body_is_no_agency(body: str, leads: list[str], supports: list[str]) -> None:
    duties = parse_note(body)
    assert (duties.leads, duties.supports, duties.responsible) == (leads, supports, [])
