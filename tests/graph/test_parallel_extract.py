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
