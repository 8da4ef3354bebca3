"""A document that comes twice under two ids (a repost that lost its 文号) is loaded once."""

from __future__ import annotations

import logging

import pytest

from policy_cascades.graph.ids import record_id
from policy_cascades.graph.model import Label
from policy_cascades.graph.pipeline import (
    build_graph,
    corpus_files,
    seed_corpus,
    unique_documents,
    with_stored,
)
from policy_cascades.loaders import parse_document


def test_a_repost_without_its_doc_number_is_the_same_document(caplog: pytest.LogCaptureFixture) -> None:
    path = next(p for p in corpus_files([seed_corpus()]) if p.name.startswith("004"))
    text = path.read_text("utf-8")
    original = parse_document(text, path.name)
    assert original.doc_number
    repost = parse_document(text.replace(original.doc_number, "", 1), "repost.txt")
    assert repost.doc_number is None and repost.measures == original.measures

    with caplog.at_level(logging.WARNING):
        assert unique_documents([original, repost]) == [original]
    assert "repost.txt: the same document as 004" in caplog.text

    def documents(graph: object) -> list[str]:
        return sorted(n.id for n in graph.nodes.values() if n.label == Label.DOCUMENT)  # type: ignore[attr-defined]

    assert documents(build_graph([original, repost])) == documents(build_graph([original]))


def test_one_page_saved_twice_is_listed_once(caplog: pytest.LogCaptureFixture) -> None:
    # no 文号 and no region: both copies give one id, and the graph holds one document
    text = "一、深入实施就业优先战略\n（一）建立联动机制。\n（二）完善政策。\n（三）强化服务。\n"
    first, copy = parse_document(text, "a.txt"), parse_document(text, "b.txt")
    with caplog.at_level(logging.WARNING):
        assert unique_documents([first, copy]) == [first]
    assert "b.txt: the same document as a.txt" in caplog.text


def test_a_yearly_notice_of_another_year_is_no_copy(caplog: pytest.LogCaptureFixture) -> None:
    # the same title and headings, signed a year apart: two documents (sharing one id, and said so)
    body = "\n\n一、落实安全责任\n二、加强隐患排查\n三、做好应急值守\n"
    head = "嘉鱼县人民政府办公室关于做好元旦春节期间安全生产工作的通知"
    first = parse_document(head + "\n嘉鱼县人民政府办公室\n2021年12月20日" + body, "a.txt")
    later = parse_document(head + "\n嘉鱼县人民政府办公室\n2022年12月26日" + body, "b.txt")
    assert (first.date, later.date) == ("2021-12-20", "2022-12-26")
    with caplog.at_level(logging.WARNING):
        assert unique_documents([first, later]) == [first, later]
    assert "b.txt: no 文号 and the same region and title as a.txt, but another outline or date" in caplog.text


def test_documents_with_little_to_tell_apart_are_kept() -> None:
    short = parse_document("关于做好就业工作的通知\n\n一、稳定就业\n", "a.txt")
    other = parse_document("关于做好就业工作的通知\n\n一、稳定就业\n", "b.txt")
    assert len(unique_documents([short, other])) == 2


def test_two_files_that_give_one_id_with_other_outlines_are_said_to_share_it(caplog: pytest.LogCaptureFixture) -> None:
    first = parse_document("某县人民政府办公室关于做好就业工作的通知\n\n一、稳定就业\n二、扩大就业\n三、保障就业\n", "a.txt")
    second = parse_document("某县人民政府办公室关于做好就业工作的通知\n\n一、支持创业\n二、培训技能\n三、兜底援助\n", "b.txt")
    with caplog.at_level(logging.WARNING):
        assert len(unique_documents([first, second])) == 2
    assert "b.txt: no 文号 and the same region and title as a.txt, but another outline or date" in caplog.text


def test_a_stored_record_replaced_by_another_files_record_of_the_same_id_is_said_so(
        caplog: pytest.LogCaptureFixture) -> None:
    stored = parse_document("某县人民政府办公室关于做好就业工作的通知\n\n一、稳定就业\n", "a.txt")
    new = parse_document("某县人民政府办公室关于做好就业工作的通知\n\n一、支持创业\n", "b.txt")
    with caplog.at_level(logging.WARNING):
        assert with_stored([stored], [new]) == [new]
    assert "b.txt: the same document id as the stored a.txt" in caplog.text


def test_two_untitled_pages_whose_fallback_titles_agree_are_two_documents(caplog: pytest.LogCaptureFixture) -> None:
    # no title, 文号 or region: the fallback title is the first heading, the same on both pages;
    # it tells nothing apart, so the file does, and the graph holds two documents, not one mixed
    head = "各市人民政府,省政府各厅委、各直属机构:\n为推动发展,提出如下意见:\n一、总体要求\n"
    first = parse_document(head + "坚持新发展理念。\n二、主要任务\n三、保障措施\n", "a.txt")
    other = parse_document(head + "到2025年,残疾人事业稳步发展。\n二、残疾人就业\n三、康复服务\n", "b.txt")
    assert first.title == other.title and first.region is other.region is None
    with caplog.at_level(logging.WARNING):
        graph = build_graph([first, other], lineage=False)
    documents = [n for n in graph.nodes.values() if n.label == Label.DOCUMENT and n.props.get("in_corpus")]
    assert sorted(n.id.rsplit("@", 1)[-1] for n in documents if n.props.get("source") != "national.json") == ["a.txt", "b.txt"]
    assert "loaded as one document" not in caplog.text


def test_a_plans_name_taken_from_the_first_line_still_names_its_document_whatever_file_holds_it() -> None:
    # a fallback title that reads as a document's name (…工作方案) is no stand-in: two files, one document id
    text = ("当前位置：首页 > 政务公开 > 政策文件\n株洲市2023年城乡居民医保参保缴费工作方案\n发布时间：2023-09-01  来源：市医保局\n"
            "一、参保范围\n除职工基本医疗保险应参保人员以外的其他所有城乡居民。\n二、缴费标准\n每人每年380元。\n")
    first, other = parse_document(text, "a.txt"), parse_document(text, "b.txt")
    assert any(w.field == "title" for w in first.warnings)
    assert record_id(first) == record_id(other) == "doc:株洲市:株洲市2023年城乡居民医保参保缴费工作方案"
