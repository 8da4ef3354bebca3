"""Extraction as independent tasks: a local process pool and a Dask cluster give what one
process gives, in the files' order, failures included."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cascades.graph.memory_store import export_json
from policy_cascades.graph.pipeline import (
    Extraction,
    build_graph,
    corpus_files,
    extract,
    seed_corpus,
)


def _files(tmp_path: Path) -> list[Path]:
    broken = tmp_path / "empty.txt"
    broken.write_text("", "utf-8")
    seed = corpus_files([seed_corpus()])
    return [*seed[:2], broken, *seed[2:]]


def _same(a: Extraction, b: Extraction) -> None:
    assert [d.model_dump() for d in a.documents] == [d.model_dump() for d in b.documents]
    assert a.failures == b.failures


def test_a_process_pool_gives_what_one_process_gives(tmp_path: Path) -> None:
    files = _files(tmp_path)
    one = extract(files)
    assert len(one.documents) == 5 and [f.name for f, _ in one.failures] == ["empty.txt"]
    seen: list[Path] = []
    _same(extract(files, progress=seen.append, workers=2), one)
    assert seen == files


def test_a_dask_cluster_gives_the_same_export(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    files = _files(tmp_path)
    one = extract(files)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        on_cluster = extract(files, scheduler=cluster.scheduler_address)
    _same(on_cluster, one)
    assert export_json(build_graph(on_cluster.documents)) == export_json(build_graph(one.documents))


def test_a_fault_of_the_extractor_on_one_file_is_that_files_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug met on one file (not a ParseError) is reported against that file, named, and the
    other files still give their records."""
    from policy_cascades.graph import pipeline

    files = corpus_files([seed_corpus()])[:3]
    real = pipeline.read_document

    def faulty(path: Path) -> object:
        if path == files[1]:
            raise AttributeError("'NoneType' object has no attribute 'groups'")
        return real(path)

    monkeypatch.setattr(pipeline, "read_document", faulty)
    out = extract(files)
    assert [d.source for d in out.documents] == [files[0].name, files[2].name]
    assert [path for path, _ in out.failures] == [files[1]]
    assert str(files[1]) in out.failures[0][1] and "AttributeError" in out.failures[0][1]
