"""A `load` killed at any moment leaves the graph as it was or as the load makes it, never
half-written: both stores, adding to what is stored and with --replace.

Each case loads one seed document (the old graph), then measures a full second load from
there (the new graph), then kills that second load with SIGKILL after random delays spread
over its run (seeded) and checks that what is stored is exactly the old graph or the new one.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from policy_cascades.graph.memory_store import MemoryStore, export_json
from policy_cascades.graph.neo4j_store import Neo4jStore
from policy_cascades.graph.pipeline import corpus_files, seed_corpus
from tests.neo4j_fixtures import Neo4jSettings

TRIALS = 4
Snapshot = Callable[[], dict[str, Any]]


def _files() -> tuple[Path, Path]:
    files = {p.name[:3]: p for p in corpus_files([seed_corpus()])}
    return files["004"], files["000"]  # the two smallest: 周村区, 沂源县


def _load(env: dict[str, str], path: Path, *flags: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "policy_cascades", "load", str(path), *flags],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_trials(env: dict[str, str], second: Path, flags: tuple[str, ...], restore: Callable[[], None],
                 snapshot: Snapshot, seed: int) -> list[float]:
    """Old and new graphs, then TRIALS kills of the second load at random moments; returns
    the delays (seconds after start) at which each load was killed."""
    old = snapshot()
    started = time.perf_counter()
    assert _load(env, second, *flags).wait(timeout=600) == 0
    full = time.perf_counter() - started
    new = snapshot()
    assert new != old
    rng = random.Random(seed)
    delays = []
    for _ in range(TRIALS):
        restore()
        assert snapshot() == old
        delay = rng.uniform(0.1, full)
        load = _load(env, second, *flags)
        time.sleep(delay)
        load.send_signal(signal.SIGKILL)
        load.wait(timeout=60)
        delays.append(delay)
        assert snapshot() in (old, new), f"killed after {delay:.2f} s of {full:.2f} s"
    return delays


@pytest.mark.parametrize("flags", [(), ("--replace",)], ids=["add", "replace"])
def test_a_killed_load_leaves_the_embedded_graph_old_or_new(tmp_path: Path, flags: tuple[str, ...]) -> None:
    first, second = _files()
    graph_file = tmp_path / "graph.json.gz"
    env = {**os.environ, "GRAPH_FILE": str(graph_file)}
    env.pop("NEO4J_URI", None)
    assert _load(env, first).wait(timeout=600) == 0
    kept = tmp_path / "old.json.gz"
    shutil.copy(graph_file, kept)

    def snapshot() -> dict[str, Any]:
        return export_json(MemoryStore.open(graph_file).subgraph())

    delays = _kill_trials(env, second, flags, lambda: shutil.copy(kept, graph_file), snapshot,
                          seed=len(flags))
    assert len(delays) == TRIALS


@pytest.mark.parametrize("flags", [(), ("--replace",)], ids=["add", "replace"])
def test_a_killed_load_leaves_neo4j_old_or_new(neo4j_db: object, neo4j_settings: Neo4jSettings,
                                               tmp_path: Path, flags: tuple[str, ...]) -> None:
    first, second = _files()
    env = {**os.environ, **neo4j_settings.env(), "GRAPH_FILE": str(tmp_path / "unused.json.gz")}
    store = Neo4jStore(neo4j_settings.uri, neo4j_settings.user, neo4j_settings.password,
                       neo4j_settings.database)
    try:
        assert _load(env, first, "--store", "neo4j").wait(timeout=600) == 0
        old_graph = store.subgraph()

        def snapshot() -> dict[str, Any]:
            return export_json(store.subgraph())

        delays = _kill_trials(env, second, ("--store", "neo4j", *flags),
                              lambda: store.replace(old_graph), snapshot, seed=10 + len(flags))
        assert len(delays) == TRIALS
    finally:
        store.close()
