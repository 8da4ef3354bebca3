"""Packed properties (graph/packed.py) and the saved file read a row a line (graph/saved.py):
what comes back equals what went in, value types, list shapes and key order included."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path
from typing import Any

import pytest

from policy_cascades.graph import saved
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.packed import LONG, SEP, Sharer, get, pack, unpack
from tests.graph.store_contract import assert_same_graph, sample_graph

AWKWARD: dict[str, Any] = {
    "z_first": "键的顺序", "one": 1, "one_float": 1.0, "yes": True, "zero": 0.0,
    "minus_zero": -0.0, "empty": [], "empty_item": [""], "phrases": ["稳岗返还", "以工代训"],
    "with_sep": [f"a{SEP}b", "c"], "numbers": [1, 2.5], "flags": [True, False],
    "long": "长" * (LONG + 5), "nan": math.nan,
}


def _same(a: Any, b: Any) -> bool:
    """Equal with the same types (1 is not 1.0 nor True) and signs, nan equal to nan."""
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    return type(a) is type(b) and a == b


def test_unpack_gives_back_the_packed_dict_with_types_and_order() -> None:
    sharer = Sharer({})
    keys, values = pack(AWKWARD, sharer)
    row = ("a label", keys, *values)  # as the store keeps them: after the row's own fields
    back = unpack(keys, row, 2)
    assert list(back) == list(AWKWARD)
    assert all(_same(AWKWARD[k], back[k]) for k in AWKWARD), back
    assert all(_same(get(keys, row, k, 2), AWKWARD[k]) for k in AWKWARD)
    assert get(keys, row, "absent", 2) is None
    back["phrases"].append("x")  # a reader's copy: the stored value does not change
    assert unpack(keys, row, 2)["phrases"] == ["稳岗返还", "以工代训"]


def test_pack_shares_key_tuples_and_repeated_values() -> None:
    sharer = Sharer({})
    one = pack({"date": "2020-05-01", "score": 0.75, "evidence": ["稳岗", "返还"]}, sharer)
    two = pack({"date": "".join(["2020-", "05-01"]), "score": float("0.75"),
                "evidence": ["稳岗", "".join(["返", "还"])]}, sharer)
    assert one[0] is two[0] and all(a is b for a, b in zip(one[1], two[1], strict=True))
    # a list and a string of the same text stay apart
    three = pack({"a": "稳岗", "b": ["稳岗"]}, sharer)
    assert unpack(three[0], tuple(three[1])) == {"a": "稳岗", "b": ["稳岗"]}


def test_saved_file_is_one_json_document_read_a_row_a_line(tmp_path: Path) -> None:
    store = MemoryStore()
    store.write(sample_graph())
    store.save(tmp_path / "g.json.gz")
    text = gzip.decompress((tmp_path / "g.json.gz").read_bytes()).decode("utf-8")
    data = json.loads(text)
    assert len(text.splitlines()) == len(data["nodes"]) + len(data["relationships"]) + 4
    assert list(saved.rows(tmp_path / "g.json.gz")) == \
        [(key, row) for key in saved.KEYS for row in data[key]]
    # a file in another layout (one line, indented) is read whole, to the same store
    for layout in ({}, {"indent": 1}):
        (tmp_path / "other.json").write_text(json.dumps(data, ensure_ascii=False, **layout), "utf-8")
        assert_same_graph(store, MemoryStore.open(tmp_path / "other.json"))
    assert_same_graph(store, MemoryStore.open(tmp_path / "g.json.gz"))


@pytest.mark.parametrize("cut", ["half a row", "before the relationships", "no closing line"])
def test_saved_file_cut_short_is_an_error(tmp_path: Path, cut: str) -> None:
    saved.write(tmp_path / "g.json", [{"id": "a", "labels": ["Theme"]}],
                [{"type": "IMPLEMENTS", "start": "a", "end": "a"}])
    lines = (tmp_path / "g.json").read_text("utf-8").splitlines(keepends=True)
    keep = {"half a row": lines[:1] + [lines[1][:9]], "before the relationships": lines[:2],
            "no closing line": lines[:-1]}[cut]
    (tmp_path / "g.json").write_text("".join(keep), "utf-8")
    with pytest.raises((EOFError, ValueError)):
        list(saved.rows(tmp_path / "g.json"))
