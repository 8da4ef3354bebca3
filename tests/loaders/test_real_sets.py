"""The real documents under tests/data/real are each held once: a page collected again (a 繁体
mirror, a repost with other chrome) would sit in two sets, a held-out one among them, and be
scored as two documents."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from policy_cascades.loaders.hant import simplified

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _body(path: Path) -> str:
    """The text read in simplified characters, without white space or punctuation."""
    return re.sub(r"[\W_]+", "", simplified(path.read_text("utf-8")))


def test_no_real_document_is_held_twice() -> None:
    seen: dict[str, list[str]] = defaultdict(list)
    for path in sorted(REAL.glob("*/*.txt")):
        seen[_body(path)].append(path.relative_to(REAL).as_posix())
    twice = [files for files in seen.values() if len(files) > 1]
    assert not twice, twice


def test_every_real_text_has_its_truth_file() -> None:
    texts = {p.with_suffix("") for p in REAL.glob("*/*.txt")}
    truths = {p.with_suffix("").with_suffix("") for p in REAL.glob("*/*.truth.json")}
    assert texts == truths, (sorted(texts ^ truths))


def test_every_set_of_real_documents_is_scored_by_the_evaluation_tool() -> None:
    # a folder the tool does not list (tools/eval_extraction.SETS) would never be scored, held out or not
    import sys

    sys.path.insert(0, str(REAL.parents[2] / "tools"))
    from eval_extraction import SETS

    folders = {p.name for p in REAL.iterdir() if p.is_dir() and any(p.glob("*.truth.json"))}
    assert folders <= set(SETS), sorted(folders - set(SETS))
