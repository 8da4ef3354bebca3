"""Classes of misses met in dev batch 25 (tenth session), each shown on a made-up text."""

from __future__ import annotations

from policy_cascades.loaders.document import parse_document


def test_a_page_stored_as_one_line_with_notes_in_square_brackets() -> None:
    """A plan stored as one line whose items each close with a note in 【】 (【牵头单位：X；责任单位：
    Y、Z】) and run on into the next (…】（二）…): every item is found, and each note keeps its fields
    apart (the ； between them does not cut the note)."""
    doc = parse_document(
        "某区实施乡村振兴行动计划为推进乡村振兴，制定本计划。一、加强党的领导（一）强化组织领导。"
        "定期研究推进乡村振兴重要工作。【牵头单位:区农业农村局(区委农办);责任单位:区委办、区委组织部】"
        "（二）落实书记抓乡村振兴责任。形成齐抓共管局面。【牵头单位:区委组织部;责任部门:各街道(镇)】"
        "（三）加强机构队伍建设。做好具体工作。", "page.txt")
    assert [m.path for m in doc.measures] == ["一", "一.(一)", "一.(二)", "一.(三)"]
    first, second = doc.measures[1], doc.measures[2]
    assert (first.leads, first.supports) == (("区农业农村局(区委农办)",), ("区委办", "区委组织部"))
    assert (second.leads, second.supports) == (("区委组织部",), ("各街道(镇)",))


def test_a_party_committees_short_name_takes_the_full_name_its_signature_prints() -> None:
    """A headline printing two offices without their place, one of them the Party committee's
    (自治区党委办公厅 人民政府办公厅印发…), signed with the full names (中共…自治区委员会办公厅): each
    issuer is the name the signature prints for it."""
    doc = parse_document(
        "自治区党委办公厅 人民政府办公厅印发《关于进一步做好稳就业工作的意见》的通知\n"
        "各市、县（区）党委和人民政府，区直各部委办厅局：\n"
        "《关于进一步做好稳就业工作的意见》已经自治区党委和人民政府同意，现印发给你们。\n"
        "中共广西壮族自治区委员会办公厅\n"
        "广西壮族自治区人民政府办公厅\n"
        "2021年4月10日\n"
        "一、稳定岗位\n", "page.txt")
    assert doc.issuers == ("中共广西壮族自治区委员会办公厅", "广西壮族自治区人民政府办公厅")
    assert doc.region == "广西壮族自治区"


def test_departments_signing_jointly_above_a_date_that_lost_its_month_and_day() -> None:
    """Five departments sign two to a line, spaced apart, over a date whose 月 and 日 the page lost
    (2021年727): they are the issuers, and the date the one reading the calendar has."""
    doc = parse_document(
        "印发《关于加强就业帮扶的实施意见》的通知\n"
        "各市、县（市、区）人力资源和社会保障局、财政局：\n"
        "现将《关于加强就业帮扶的实施意见》印发给你们，请认真抓好贯彻落实。\n"
        "某某省人力资源和社会保障厅   某某省发展改革委\n"
        "某某省财政厅          某某省农业农村厅\n"
        "某某省乡村振兴局\n"
        "                             2021年727\n"
        "一、稳定脱贫人口就业\n", "page.txt")
    assert doc.issuers == ("某某省人力资源和社会保障厅", "某某省发展改革委", "某某省财政厅", "某某省农业农村厅",
                           "某某省乡村振兴局")
    assert doc.date == "2021-07-27"


def test_a_party_department_signs_beside_government_departments() -> None:
    """A joint signature whose first line pairs a bureau with a Party committee's department (某某省
    乡村振兴局 中共某某省委组织部): both are issuers, with the departments on the lines below."""
    doc = parse_document(
        "各设区市人民政府：\n"
        "现将《关于支持乡村振兴重点帮扶县的实施意见》印发给你们，请认真贯彻执行。\n"
        "某某省乡村振兴局 中共某某省委组织部\n"
        "某某省财政厅 某某省教育厅\n"
        "2021年9月17日\n"
        "一、加大资金支持\n", "page.txt")
    assert doc.issuers == ("某某省乡村振兴局", "中共某某省委组织部", "某某省财政厅", "某某省教育厅")
