"""Characters a page carries that change nothing of what it says: zero-width spaces from a web
editor, a string's \\r line breaks, full-width digits (２０２０年, １．). Every real text the rules
were written from (dev, the retired sets and the seed corpus: in sample), so rewritten, is read as
before: the same header and the same measures with the same agencies."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.formats import read_text
from policy_cascades.loaders.records import PolicyDocument

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.eval_extraction import REAL, RETIRED, real_cases, seed_cases  # noqa: E402

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _zero_width(text: str) -> str:
    """A zero-width space opening every line and after every 、 (where editors leave them)."""
    lines = ("\u200b" + line if line.strip() else line for line in text.split("\n"))
    return "\n".join(lines).replace("、", "、\u200b")


REWRITINGS: dict[str, Callable[[str], str]] = {
    "zero-width spaces": _zero_width,
    "carriage returns": lambda text: text.replace("\n", "\r"),
    "full-width digits": lambda text: text.translate(_FULL_WIDTH),
}


def _reading(doc: PolicyDocument) -> dict[str, object]:
    out: dict[str, object] = {name: getattr(doc, name) for name in
                              ("doc_number", "title", "issuers", "region", "level", "date")}
    out.update({m.path: (m.leads, m.supports, m.responsible) for m in doc.measures})
    return out


@pytest.mark.parametrize("name", list(REWRITINGS))
def test_every_in_sample_text_reads_the_same_rewritten(name: str) -> None:
    paths = [path for set_name in ("dev", *RETIRED) for path, _truth in real_cases(REAL / set_name)]
    paths += [path for path, _truth in seed_cases()]
    assert len(paths) > 200
    differ, changed = [], 0
    for path in paths:
        text = read_text(path)
        rewritten = REWRITINGS[name](text)
        changed += rewritten != text
        if _reading(parse_document(rewritten, path.name)) != _reading(parse_document(text, path.name)):
            differ.append(path.name)
    assert changed > 0.9 * len(paths)
    assert differ == []
