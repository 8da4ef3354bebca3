"""Classes of misses read in dev/ in the sixteenth session, each shown on a made-up text that
names other places."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "test.txt")


def _measures(note: str) -> list[PolicyDocument]:
    text = f"""
        某市人民政府办公厅关于印发促进文旅消费若干措施的通知
        各区县人民政府,市政府各部门:
        一、稳妥推进复工
        1.稳妥组织复工开放。及时制定复工开放工作指南,有序实现复工开放。({note})
        2.加强宣传。做好宣传推介工作。(市文化和旅游局、各区县政府)
        """
    return [_doc(text), _doc(traditional(textwrap.dedent(text)))]


def test_zones_named_as_units_in_a_bracket_of_bodies() -> None:
    """(市文化和旅游局、各区县政府和某某高新区、 市南部山区、 某某高新区管委会。 以下将…统称…): zones and
    areas run by a committee, named among bodies in a bracket closing the item, are units of the
    note, the remark after its full stop left out; a bracket of places alone names none."""
    for doc in _measures("市文化和旅游局、各区县政府和绵阳高新区、 市北部山区、 绵阳科技城新区管委会。 "
                         "以下将各区县政府及三个管委会统称“各区县政府”"):
        units = [simplified(u) for u in doc.measures[1].responsible]
        assert units[:2] == ["市文化和旅游局", "各区县政府"] and len(units) == 5
        assert all("以下" not in u for u in units)
    for doc in _measures("市商务局、绵阳高新区"):
        assert [simplified(u) for u in doc.measures[1].responsible] == ["市商务局", "绵阳高新区"]
    for places in ("绵阳市、德阳市", "涪城区、游仙区", "市商务局、涪城区、游仙区"):
        for doc in _measures(places):
            assert doc.measures[1].responsible == (), places
