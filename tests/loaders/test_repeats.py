"""A file holding the document twice is read once, with a warning where the copy begins."""

from __future__ import annotations

from policy_cascades.graph.pipeline import corpus_files, seed_corpus
from policy_cascades.loaders import parse_document


def test_a_document_printed_twice_is_read_once() -> None:
    path = next(p for p in corpus_files([seed_corpus()]) if p.name.startswith("004"))
    text = path.read_text("utf-8")
    once = parse_document(text, "once.txt")
    twice = parse_document(text + "\n" + text, "twice.txt")
    assert twice.measures == once.measures
    [warning] = [w for w in twice.warnings if w.field == "text"]
    first = next(i for i, line in enumerate(text.split("\n")) if len(line.strip()) >= 12)
    assert warning.line == len(text.split("\n")) + 1 + first  # the copy's first full line
    assert not [w for w in once.warnings if w.field == "text"]


def test_the_seed_and_real_documents_do_not_start_over() -> None:
    from pathlib import Path

    real = Path(__file__).resolve().parents[1] / "data" / "real"
    files = [*corpus_files([seed_corpus()]), *sorted(real.glob("*/*.txt"))]
    assert len(files) > 40
    for path in files:
        doc = parse_document(path.read_text("utf-8"), path.name)
        assert not [w for w in doc.warnings if w.field == "text"], path.name
