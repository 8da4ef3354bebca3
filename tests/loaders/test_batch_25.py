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
