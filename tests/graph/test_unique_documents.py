"""A document that comes twice under two ids (a repost that lost its 文号) is loaded once."""

from __future__ import annotations

import logging

import pytest

from policy_cascades.graph.model import Label
from policy_cascades.graph.pipeline import build_graph, corpus_files, seed_corpus, unique_documents
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


def test_documents_with_little_to_tell_apart_are_kept() -> None:
    short = parse_document("关于做好就业工作的通知\n\n一、稳定就业\n", "a.txt")
    other = parse_document("关于做好就业工作的通知\n\n一、稳定就业\n", "b.txt")
    assert len(unique_documents([short, other])) == 2
