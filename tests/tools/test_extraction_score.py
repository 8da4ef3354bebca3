"""The extraction scorecard's scoring rules, on tiny inline records and truth files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tools.extraction_score import (
    FIELDS,
    agency_pr,
    field_right,
    item_pr,
    record_view,
    score_document,
    table,
    total,
)


def _item(path: str, leads: list[str] | None = None, supports: list[str] | None = None,
          responsible: list[str] | None = None) -> dict[str, Any]:
    return {"path": path, "leads": leads or [], "supports": supports or [],
            "responsible": responsible or []}


TRUTH: dict[str, Any] = {
    "doc_number": "杭政办函〔2020〕12号", "title": "关于印发稳就业若干措施的通知",
    "issuers": ["杭州市人民政府办公厅"], "level": "municipal", "region": "杭州市",
    "region_path": ["杭州市", "浙江省", "中国"], "date": "2020-05-12",
    "items": [_item("一"), _item("一.1", ["市人力社保局"], ["市财政局"])],
}


def _record(**changes: Any) -> dict[str, Any]:
    record = {name: TRUTH[name] for name in FIELDS}
    record["measures"] = [_item("一"), _item("一.1", ["市人力社保局", "市财政局"])]
    return record | changes


def test_score_document_every_field_right_counts_each_once() -> None:
    s = score_document(_record(), TRUTH)
    assert (s.documents, s.records) == (1, 1)
    assert all((t.right, t.total) == (1, 1) for t in s.fields.values())
    assert s.misses == []


def test_score_document_wrong_region_is_one_miss() -> None:
    s = score_document(_record(region="浙江省", level="provincial"), TRUTH)
    assert s.fields["region"].right == 0 and s.fields["level"].right == 0
    assert s.fields["doc_number"].right == 1
    assert any(m.startswith("region:") for m in s.misses)


def test_score_document_failed_document_all_wrong_nothing_found() -> None:
    s = score_document(None, TRUTH)
    assert s.records == 0
    assert all((t.right, t.total) == (0, 1) for t in s.fields.values())
    assert (s.items.true_pos, s.items.found, s.items.expected) == (0, 0, 2)
    assert s.agencies.recall == 0.0


def test_score_document_failed_document_null_field_still_wrong() -> None:
    s = score_document(None, TRUTH | {"doc_number": None})
    assert s.fields["doc_number"].right == 0


def test_score_document_null_truth_title_not_counted() -> None:
    s = score_document(_record(title="朗读"), TRUTH | {"title": None})
    assert s.fields["title"].total == 0
    assert s.fields["region"].total == 1


def test_field_right_title_ignores_whitespace_and_issuers_are_a_set() -> None:
    assert field_right("title", "关于印发稳就业\n若干措施的通知", "关于印发稳就业若干措施的通知")
    assert field_right("issuers", ("市政府", "市委"), ["市委", "市 政府"])
    assert not field_right("issuers", ["市委"], ["市委", "市政府"])
    assert field_right("date", None, None)
    assert not field_right("region_path", ("杭州市", "中国"), ["杭州市", "浙江省", "中国"])


def test_names_on_a_traditional_page_equal_their_simplified_form_and_stay_distinct_otherwise() -> None:
    assert field_right("issuers", ["杭州市人民政府辦公廳"], ["杭州市人民政府办公厅"])
    assert field_right("title", "關於印發穩就業若干措施的通知", "关于印发稳就业若干措施的通知")
    assert not field_right("issuers", ["杭州市人民政府辦公室"], ["杭州市人民政府办公厅"])
    pr = agency_pr([_item("一.1", ["市人力社保局"], ["市財政局"])], TRUTH["items"])
    assert (pr.precision, pr.recall) == (1.0, 1.0)


def test_a_body_of_the_region_named_with_its_ancestors_names_is_the_same_body() -> None:
    place = ["和平区", "天津市", "中国"]
    assert field_right("issuers", ["和平区人民政府办公室"], ["天津市和平区人民政府办公室"], place)
    assert field_right("issuers", ["天津市和平区人民政府办公室"], ["和平区人民政府办公室"], place)
    assert not field_right("issuers", ["天津市人民政府办公厅"], ["人民政府办公厅"], place)  # another body
    assert not field_right("issuers", ["和平区人民政府办公室"], ["天津市和平区人民政府办公室"])  # no place given
    record = {"issuers": ["和平区人民政府办公室"], "region_path": place}
    assert score_document(record, {"issuers": ["天津市和平区人民政府办公室"], "region_path": place,
                                   "title": None}).fields["issuers"].right == 1


def test_a_traditional_label_in_a_truth_path_equals_the_records_simplified_one() -> None:
    # A truth file keeps 第一條 as printed; the extractor writes the label 第一条.
    truth = [_item("第一章"), _item("第一章.第一條", ["省農業農村廳"])]
    measures = [_item("第一章"), _item("第一章.第一条", ["省农业农村厅"])]
    found, agencies = item_pr(measures, truth), agency_pr(measures, truth)
    assert (found.true_pos, found.found, found.expected) == (2, 2, 2)
    assert (agencies.true_pos, agencies.found, agencies.expected) == (1, 1, 1)
    assert item_pr([_item("第一章.第二条")], truth).true_pos == 0


def test_item_pr_counts_every_extracted_measure() -> None:
    measures = [_item("一"), _item("一.1"), _item("一.1"), _item("一.1.(1)")]
    pr = item_pr(measures, TRUTH["items"])
    assert (pr.true_pos, pr.found, pr.expected) == (2, 4, 2)
    assert pr.recall == 1.0 and pr.precision == 0.5


def test_agency_pr_roles_pooled_and_unmatched_measure_is_false_positive() -> None:
    measures = [_item("一.1", responsible=["市人力社保局", "市财政局"]),
                _item("二", ["市商务局"])]
    pr = agency_pr(measures, TRUTH["items"])
    assert (pr.true_pos, pr.found, pr.expected) == (2, 3, 2)


def test_agency_pr_missing_agency_lowers_recall() -> None:
    pr = agency_pr([_item("一.1", ["市人力社保局"])], TRUTH["items"])
    assert (pr.precision, pr.recall) == (1.0, 0.5)


def test_total_pools_documents_and_table_shows_counts() -> None:
    pooled = total([score_document(_record(), TRUTH), score_document(None, TRUTH)])
    assert (pooled.documents, pooled.records) == (2, 1)
    assert pooled.fields["region"].right == 1 and pooled.fields["region"].total == 2
    text = table("dev", pooled)
    assert "| records produced | 1/2 | 50.0% |" in text
    assert "| items found (recall) | 2/4 | 50.0% |" in text


def test_record_view_drops_points_only_when_asked() -> None:
    doc = _record(measures=[{"path": "一", "kind": "section"},
                            {"path": "一.(1)", "kind": "point", "leads": ("市财政局",)}],
                  issuers=("杭州市人民政府办公厅",))
    assert [m["path"] for m in record_view(doc)["measures"]] == ["一", "一.(1)"]
    view = record_view(doc, drop_points=True)
    assert [m["path"] for m in view["measures"]] == ["一"]
    assert view["issuers"] == ["杭州市人民政府办公厅"]


def test_the_scorecard_scores_a_folder_of_ones_own_and_only_the_named_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tools import eval_extraction

    for name in ("jiayu", "xiamen"):
        for suffix in (".txt", ".truth.json"):
            source = eval_extraction.REAL / "dev" / f"{name}{suffix}"
            (tmp_path / f"{name}{suffix}").write_bytes(source.read_bytes())
    assert eval_extraction.main(["--dir", str(tmp_path), "--only", "jiayu", "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out).values()
    assert result["documents"] == 1
