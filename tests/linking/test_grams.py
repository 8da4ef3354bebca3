"""The linker's own n-gram analysis (graph/link/grams.py) and alignment runs
(graph/link/reinvention.py) give what the slower code they replace gave, bit for bit, on the
seed corpus's measures: scikit-learn's char_wb vectorisers, and a run found position by
position."""

import re

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.grams import Words, fit_counts
from policy_cascades.graph.link.reinvention import SEED, _runs
from policy_cascades.graph.link.vectors import Vectors, runs
from policy_cascades.graph.model import RelType
from tests.linking.evaluate import seed_graph

_CLAUSE = re.compile(r"[。；;！!？?]")


@pytest.fixture(scope="module")
def facts() -> Facts:
    return Facts.of(seed_graph())


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    """Equal shapes and equal arrays, entry order within rows included (the float32 sums
    downstream follow it)."""
    return a.shape == b.shape and a.dtype == b.dtype and all(
        np.array_equal(getattr(a, k), getattr(b, k)) for k in ("indptr", "indices", "data"))


def test_tfidf_rows_are_scikit_learns_bit_for_bit(facts: Facts) -> None:
    bodies = [facts.body(i) for i in facts.order]
    heads = [facts.measures[i].props.get("heading", "") for i in facts.order]
    clauses = [c for b in bodies for c in _CLAUSE.split(b) if len(c) >= 8]
    for texts in (bodies, heads):
        reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True,
                                    preprocessor=runs, dtype=np.float32)
        expected = reference.fit_transform(texts).tocsr()
        mine = Vectors(texts)
        assert not expected.has_sorted_indices  # the first-seen order is really kept
        assert _same(mine.matrix, expected)
        assert _same(mine.transform(clauses), reference.transform(clauses).tocsr())


def test_binary_four_gram_counts_are_scikit_learns(facts: Facts) -> None:
    bodies = [facts.body(i) for i in facts.order]
    expected = CountVectorizer(analyzer="char_wb", ngram_range=(4, 4), binary=True,
                               preprocessor=runs, dtype=np.float32).fit_transform(bodies).tocsr()
    keys, counts, _ = fit_counts(Words(bodies, runs), 4, 4)
    counts.data[:] = 1
    assert len(keys) == expected.shape[1]
    assert _same(counts, expected)


def _runs_by_position(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Maximal runs of SEED-character matches on one diagonal, found position by position."""
    found = []
    starts: dict[str, list[int]] = {}
    for j in range(len(b) - SEED + 1):
        starts.setdefault(b[j:j + SEED], []).append(j)
    for i in range(len(a) - SEED + 1):
        for j in starts.get(a[i:i + SEED], []):
            if not (i and j and a[i - 1] == b[j - 1]):
                n = SEED
                while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                    n += 1
                found.append((i, i + n, j, j + n))
    return sorted(found)


def test_alignment_runs_on_linked_measures(facts: Facts) -> None:
    graph = seed_graph()
    links = [r for r in graph.relationships.values()
             if r.type == RelType.IMPLEMENTS and r.props.get("method") == "model"][:300]
    assert len(links) == 300
    copied = 0
    for link in links:
        child, parent = facts.measures[link.start].props, facts.measures[link.end].props
        a, b = str(child.get("text", "")), f"{parent.get('heading', '')}{parent.get('text', '')}"
        found = _runs(a, b)
        assert found == _runs_by_position(a, b)
        copied += bool(found)
    assert copied > 50
