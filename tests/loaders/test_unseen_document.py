"""A document of the genre that is not in the seed corpus (written for this test): the rules
must hold on it too — another county, GB18030, half-width notes, a group note, a 责任人."""

from pathlib import Path

import pytest

from policy_cascades.loaders import PolicyDocument, read_document

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def doc() -> PolicyDocument:
    return read_document(DATA / "linzi_sample.gb18030.txt")


def _measure(doc: PolicyDocument, path: str):  # type: ignore[no-untyped-def]
    return next(m for m in doc.measures if m.path == path)


def test_unseen_header_fields(doc: PolicyDocument) -> None:
    assert (doc.doc_number, doc.title, doc.issuers) == (
        "临政办字〔2020〕21号", "关于印发临淄区稳就业若干措施的通知", ("临淄区人民政府办公室",))
    assert (doc.level, doc.region_path, doc.date) == ("county", ("临淄区", "淄博市", "山东省", "中国"), "2020-04-10")
    assert doc.addressees == ("各镇人民政府", "街道办事处", "区政府有关部门")


def test_unseen_reference_with_half_width_brackets_implements(doc: PolicyDocument) -> None:
    [ref] = doc.references
    assert (ref.doc_number, ref.relation, ref.line) == ("淄政办字〔2020〕33号", "implements", 8)


def test_unseen_outline_paths(doc: PolicyDocument) -> None:
    assert [m.path for m in doc.measures] == [
        "一", "一.(一)", "一.(一).1", "一.(一).2", "一.(二)", "一.(二).3", "一.(二).4", "二", "二.5"]


def test_unseen_half_width_note_splits_lead_and_support(doc: PolicyDocument) -> None:
    item = _measure(doc, "一.(一).1")
    assert (item.leads, item.supports, item.deadline) == (("区人社局",), ("区财政局", "区税务局"), "2020年6月底前")


def test_unseen_note_on_its_own_line_belongs_to_the_item_above(doc: PolicyDocument) -> None:
    item = _measure(doc, "一.(一).2")
    assert (item.leads, item.supports) == (("区人力资源社会保障局",), ("区财政局",))


def test_unseen_group_note_under_a_heading_covers_its_items(doc: PolicyDocument) -> None:
    for path in ("一.(二).3", "一.(二).4"):
        assert _measure(doc, path).responsible == ("区地方金融监管局", "区财政局")


def test_unseen_person_and_deng_stripped_and_target_parsed(doc: PolicyDocument) -> None:
    item = _measure(doc, "二.5")
    assert (item.persons, item.leads) == (("张明",), ("区人社局", "团区委"))
    [target] = item.targets
    assert (target.value, target.unit) == (3000.0, "个")
