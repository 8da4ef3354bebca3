"""The store contract on MemoryStore, plus its save/open round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cascades.errors import StoreError
from policy_cascades.graph.memory_store import MemoryStore
from tests.graph.store_contract import StoreContract, assert_same_graph, sample_graph


class TestMemoryStore(StoreContract):
    @pytest.fixture
    def store(self) -> MemoryStore:
        return MemoryStore()


@pytest.mark.parametrize("name", ["graph.json", "graph.json.gz"])
def test_memory_store_save_open_round_trip_identical(tmp_path: Path, name: str) -> None:
    store = MemoryStore()
    store.write(sample_graph())
    store.save(tmp_path / "saved" / name)
    reopened = MemoryStore.open(tmp_path / "saved" / name)
    assert_same_graph(store, reopened)
    assert reopened.write(sample_graph()).nodes_created == 0


def test_memory_store_save_gz_is_compressed_utf8(tmp_path: Path) -> None:
    store = MemoryStore()
    store.write(sample_graph())
    store.save(tmp_path / "plain.json")
    store.save(tmp_path / "packed.json.gz")
    assert "周政字〔2020〕8号" in (tmp_path / "plain.json").read_text(encoding="utf-8")
    assert (tmp_path / "packed.json.gz").read_bytes()[:2] == b"\x1f\x8b"


def test_memory_store_open_broken_file_raises_store_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json.gz").write_bytes(b"not gzip")
    with pytest.raises(StoreError, match="broken.json.gz"):
        MemoryStore.open(tmp_path / "broken.json.gz")
