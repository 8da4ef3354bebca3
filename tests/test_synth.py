"""The synthetic national corpus (issue 12): deterministic, real regions at every level, read
back by the real extractor field for field, and a truth that names only real measures."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.graph.ids import measure_id, record_id
from policy_cascades.graph.national import national_documents
from policy_cascades.graph.pipeline import corpus_files, extract
from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.synth import (
    ROUNDS,
    Corpus,
    SynthConfig,
    generate,
    manifest_row,
    truth_rows,
    write_corpus,
)

# 3 provinces (one drawn as a 直辖市 for seed 11 is fine too), 2 cities each, 2 counties each.
CONFIG = SynthConfig(provinces=3, seed=11, cities=2, counties=2, rounds=3)


@cache
def corpus() -> Corpus:
    return generate(CONFIG)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    write_corpus(corpus(), out)
    return out


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_generate_same_seed_same_corpus_other_seed_other() -> None:
    again = generate(CONFIG)
    assert [d.text for d in again.documents] == [d.text for d in corpus().documents]
    assert truth_rows(again) == truth_rows(corpus())
    other = generate(SynthConfig(provinces=3, seed=12, cities=2, counties=2))
    assert [d.text for d in other.documents] != [d.text for d in corpus().documents]


def test_generate_regions_are_the_gazetteers_at_every_level() -> None:
    places = gazetteer()
    levels = Counter()
    for doc in corpus().documents:
        region = places.get(doc.region.code)
        assert region is doc.region and region.until is None
        levels[region.level] += 1
        if doc.parent is not None:  # the parent document is of an ancestor region, issued before
            assert doc.parent.region.key in places.path(region.key)[1:]
            assert doc.parent.date < doc.date
            assert doc.parent.round is doc.round
    assert set(levels) == {"provincial", "municipal", "county"}
    assert len({d.doc_number for d in corpus().documents}) == len(corpus().documents)


def test_extract_reads_every_document_back(written: Path) -> None:
    expected = {row["file"]: row for row in _lines(written / "documents.jsonl")}
    result = extract(corpus_files([written / "corpus"]))
    assert not result.failures
    assert len(result.documents) == len(expected) == len(corpus().documents)
    for doc in result.documents:
        want = expected[doc.source]
        assert (doc.doc_number, doc.region, doc.region_code, doc.level, doc.date, doc.title) == (
            want["doc_number"], want["region"], want["region_code"], want["level"], want["date"],
            want["title"]), doc.source
        got = {m.path: m.kind for m in doc.measures if m.kind != "point"}
        assert got == want["measures"], doc.source
        items = sum(1 for kind in want["measures"].values() if kind == "item")  # type: ignore[union-attr]
        assert sum(1 for m in doc.measures if m.kind == "item") == items


def test_truth_names_only_measures_that_exist(written: Path) -> None:
    docs = [*national_documents(), *extract(corpus_files([written / "corpus"])).documents]
    ids = {measure_id(record_id(d), m.path) for d in docs
           for m in d.measures}
    dates = {record_id(d): d.date for d in docs}
    rows = _lines(written / "truth.jsonl")
    ops = Counter(str(r["op"]) for r in rows)
    assert set(ops) == {"copy", "adapt", "merge", "new"}
    for row in rows:
        child, parent = row["child"], row["parent"]
        assert child["id"] in ids  # type: ignore[index]
        assert (parent is None) == (row["op"] == "new")
        if parent is not None:
            assert parent["id"] in ids  # type: ignore[index]
            parent_doc, child_doc = (str(x["id"]).split("#")[0] for x in (parent, child))  # type: ignore[index]
            assert dates[parent_doc] < dates[child_doc]  # type: ignore[operator]
    merges = Counter(r["child"]["id"] for r in rows if r["op"] == "merge")  # type: ignore[index]
    assert merges and set(merges.values()) == {2}


def test_generate_items_copy_adapt_merge_drop_in_the_stated_proportions() -> None:
    big = generate(SynthConfig(provinces=2, seed=3, cities=3, counties=3, rounds=1))
    carried = Counter(m.op for d in big.documents if d.parent for b in d.blocks for m in b.children)
    parents = sum(len(b.children) for d in big.documents if d.parent for b in d.parent.blocks)
    assert 0.2 < carried["copy"] / parents < 0.4
    assert 0.25 < carried["adapt"] / parents < 0.5
    assert 0.1 < carried["new"] / (sum(carried.values()) - carried["new"]) < 0.4


def test_manifest_counts_what_the_document_prints() -> None:
    doc = corpus().documents[-1]
    row = manifest_row(doc)
    items = [p for p, kind in row["measures"].items() if kind == "item"]
    assert len(items) == sum(len(b.children) for b in doc.blocks)
    assert doc.doc_number in doc.text and doc.issuer in doc.text


def test_cli_synth_writes_corpus_truth_and_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["synth", "--provinces", "1", "--seed", "5", "--cities", "1",
                                       "--counties", "1", "--rounds", "1", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "3 documents (1 provincial, 1 municipal, 1 county)" in result.output
    assert len(list((tmp_path / "corpus").glob("*.txt"))) == 3
    summary = json.loads((tmp_path / "summary.json").read_text("utf-8"))
    assert summary["documents"] == 3 and summary["config"]["seed"] == 5
    assert (tmp_path / "truth.jsonl").read_text("utf-8").count("\n") > 10


def test_every_campaign_is_read_back_and_starts_from_its_national_items(tmp_path: Path) -> None:
    """The campaigns beyond the default three (corpora of the national size in measures):
    each province's sections carry out its campaign's national items, and every document is
    read back with the header it was written with."""
    config = SynthConfig(provinces=1, seed=2, cities=1, counties=1, rounds=len(ROUNDS))
    big = generate(config)
    write_corpus(big, tmp_path)
    assert {d.round.key for d in big.documents} == {r.key for r in ROUNDS}
    for doc in big.documents:
        if doc.parent is None:
            roots = [p.path for b in doc.blocks for p in b.parents]
            assert roots == list(doc.round.paths), doc.file
    expected = {row["file"]: row for row in _lines(tmp_path / "documents.jsonl")}
    result = extract(corpus_files([tmp_path / "corpus"]))
    assert not result.failures and len(result.documents) == len(big.documents)
    for got in result.documents:
        want = expected[got.source]
        assert (got.doc_number, got.title, got.region, got.date) == (
            want["doc_number"], want["title"], want["region"], want["date"]), got.source
        assert {m.path: m.kind for m in got.measures if m.kind != "point"} == want["measures"]


def test_cli_synth_offers_every_campaign_and_no_more(tmp_path: Path) -> None:
    too_many = CliRunner().invoke(main, ["synth", "--rounds", str(len(ROUNDS) + 1), "--out", str(tmp_path)])
    assert too_many.exit_code == 2 and "--rounds" in too_many.output
    command = main.commands["synth"]  # type: ignore[attr-defined]
    rounds = next(p for p in command.params if p.name == "rounds")
    assert rounds.type.max == len(ROUNDS)
