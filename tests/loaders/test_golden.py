"""Extraction accuracy on the seed corpus, against the hand-checked golden files.

The targets of issue 2: every document field right; >= 98% of numbered items found with
the right path; agency assignments precision and recall >= 95%; every 文号 reference found.
"""

import pytest

from tests.loaders.golden import Score, corpus_scores, report


@pytest.fixture(scope="module")
def total() -> dict[str, Score]:
    return corpus_scores()[1]


def test_golden_report_prints(capsys: pytest.CaptureFixture[str]) -> None:
    text = report()
    with capsys.disabled():
        print("\n" + text)  # noqa: T201 - the report is the point of this test
    assert "| agencies (all roles) |" in text


def test_golden_every_document_field_right(total: dict[str, Score]) -> None:
    assert total["document fields"].recall == 1.0


def test_golden_items_found_with_right_path(total: dict[str, Score]) -> None:
    assert total["items (path)"].recall >= 0.98
    assert total["items (path)"].precision >= 0.98


def test_golden_agency_assignments(total: dict[str, Score]) -> None:
    assert total["agencies (all roles)"].precision >= 0.95
    assert total["agencies (all roles)"].recall >= 0.95
    assert total["persons"].recall >= 0.95


def test_golden_every_doc_number_reference_found(total: dict[str, Score]) -> None:
    assert total["文号 references"].recall == 1.0
    assert total["titled references"].recall >= 0.9
