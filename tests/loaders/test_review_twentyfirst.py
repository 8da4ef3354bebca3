"""What a fresh-eyes review of the twenty-first session's rules found, each on a made-up text that names other
places: over-firings of the rules of ffecdc0, 6e6dd4a and e45ec5a."""

from __future__ import annotations

from policy_cascades.loaders.document import parse_document
from tests.loaders.made_up import parse as _doc
from tests.loaders.made_up import units as _units


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


# The second review (of the rules up to 52eea0e)


def test_a_bracket_of_towns_firms_or_examples_after_a_sentence_is_no_note() -> None:
    doc = _doc("""
        汕尾市乡村振兴三年行动方案
        为推进乡村振兴,结合我市实际,制定本方案。
        一、重点任务
        (一)开展和美乡村示范创建。今年在3个镇开展示范创建。(碣石镇、甲子镇、桥冲镇)各镇要制定创建方案。
        (二)培育龙头企业。支持骨干企业做大做强。(如汕尾宝丽华集团、广东海洋渔业公司等)推动企业上市挂牌。
        (三)健全工作机制。建立联席会议制度。(成员单位包括市发展改革局、市财政局、市自然资源局)联席会议每季度召开一次。
    """)
    assert all(not (m.leads or m.supports or m.responsible) for m in doc.measures)


def test_a_bracket_of_bodies_after_a_sentence_is_read_beside_a_keyed_note() -> None:
    doc = _doc("""
        韶关市农村人居环境整治实施方案
        为改善农村人居环境,结合我市实际,制定本方案。
        一、重点任务
        (一)完善人居环境。推进农村厕所革命。(市农业农村局、市卫生健康局)加快垃圾收运处置体系建设。(责任单位:市住房城乡建设局)
        (二)强化保障。
    """)
    assert _units(doc, "一.(一)")[2] == ("市农业农村局", "市卫生健康局", "市住房城乡建设局")


def test_a_numbered_sidebar_above_the_title_past_forty_lines_does_not_end_the_header() -> None:
    toolbar = "\n".join(["无障碍", "读屏", "放大", "缩小", "配色", "声音", "指读", "连读"] * 5)
    doc = parse_document(toolbar + """
热点推荐
1.我县召开2024年安全生产工作会议
2.县领导调研春耕备耕工作
发布机构:建德市人民政府办公室
建德市人民政府办公室关于印发2024年政务公开工作要点的通知
建政办发〔2024〕8号
各乡镇人民政府、街道办事处,市政府各部门、各直属单位:
现将《2024年政务公开工作要点》印发给你们,请认真贯彻落实。
一、强化政策发布解读
(一)做好政策解读。
""", "test.txt")
    assert doc.doc_number == "建政办发〔2024〕8号"
    assert doc.title.endswith("2024年政务公开工作要点的通知")
    assert [m.path for m in doc.measures] == ["一", "一.(一)"]


def test_a_place_whose_name_holds_he_or_ben_is_named_as_the_texts_own() -> None:
    doc = _doc("""
        为进一步改善农村人居环境,学习借鉴界首市经验做法,结合平和县实际,制定本方案。
        一、工作目标
        (一)建立收运处置体系。(县住建局牵头,各乡镇配合)
        (二)完善长效机制。(县财政局负责)
        二、保障措施
    """)
    assert doc.region == "平和县"


def test_a_box_bulleted_with_a_middle_dot_names_the_issuer_and_a_reposts_bulleted_lines_do_not() -> None:
    box = _doc("""
        三明市加快数字政府建设工作实施方案

        三明市人民政府办公室于2022年3月8日印发三明市加快数字政府建设工作实施方案。

          · 中文名:三明市加快数字政府建设工作实施方案
          · 发布单位:三明市人民政府办公室

        为加快推进我市数字政府建设,结合我市实际,制定本方案。
        一、指导思想
        坚持以人民为中心。
    """)
    assert box.issuers == ("三明市人民政府办公室",)
    repost = _doc("""
        福建省促进民营经济高质量发展实施方案
        • 发布机构:永泰县人民政府办公室
        • 发布时间:2024-05-06
        • 浏览次数:56
        近日,福建省人民政府办公厅印发《福建省促进民营经济高质量发展实施方案》,全文如下。
        为促进全省民营经济高质量发展,结合福建实际,制定本方案。
        一、总体要求
        (一)优化市场准入。(省发展改革委牵头,省市场监管局配合)
    """)
    assert repost.region == "福建省"


def test_a_cut_note_whose_later_sentence_is_no_unit_list_keeps_its_first_sentence() -> None:
    doc = _doc("""
        黔东南州人民政府办公室关于印发2024年政务服务工作要点的通知
        黔东南府办发〔2024〕5号
        各县(市)人民政府,州直各部门:
        现将《2024年政务服务工作要点》印发给你们,请认真贯彻落实。
        黔东南州人民政府办公室
        2024年3月1日
        一、深化“一网通办”
        (一)推进“一网通办”。加快建设全州统一受理平台。(州政务服务中心负责。各县市要落实属地责任,州直有关部门配
    """)
    leads, supports, responsible = _units(doc, "一.(一)")
    assert "州政务服务中心" in leads + supports + responsible


def test_each_place_doing_it_itself_is_no_unit_and_a_lead_key_of_posts_leaves_the_unit_responsible() -> None:
    doc = _doc("""
        黔南州人民政府办公室关于印发交通强州建设工作要点的通知
        黔南府办发〔2024〕6号
        各县(市)人民政府,州直各部门:
        现将《交通强州建设工作要点》印发给你们,请认真贯彻落实。
        黔南州人民政府办公室
        2024年3月1日
        一、重点任务
        (一)推进农村公路建设。(由各县(市)自行牵头实施)
        (二)完善路长制。(责任单位:州交通运输局;牵头单位:州总路长)
    """)
    assert not any("自行" in u for u in sum(_units(doc, "一.(一)"), ()))
    assert _units(doc, "一.(二)")[2] == ("州交通运输局",)
