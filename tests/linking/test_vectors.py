"""A linking task's TF-IDF rows made again from its measures' texts (graph/link/vectors.py
Space.rows, pairs.Fitted) are the rows the whole corpus's fit gives them, bit for bit and
entry order included, so that a load need not keep the corpus's rows (issue 12)."""

import numpy as np
import pytest
from scipy import sparse

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.pairs import Fitted, national_hubs
from policy_cascades.graph.link.vectors import Remade, Space, Vectors
from tests.linking.evaluate import seed_graph


@pytest.fixture(scope="module")
def facts() -> Facts:
    return Facts.of(seed_graph())


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and all(
        np.array_equal(getattr(a, k), getattr(b, k)) for k in ("indptr", "indices", "data"))


def test_space_rows_of_fitted_texts_are_their_fitted_rows(facts: Facts) -> None:
    bodies = [facts.body(i) for i in facts.order]
    whole = Vectors(bodies)
    some = np.arange(1, len(bodies), 3)
    again = whole.space.rows([bodies[i] for i in some])
    assert not whole.matrix.has_sorted_indices  # entries in first-seen order, not by column
    assert _same(again.matrix, whole.matrix[some])
    assert _same(again.matrix, whole.space.rows([bodies[i] for i in some]).matrix)


def test_space_counted_a_chunk_at_a_time_is_the_fit(facts: Facts) -> None:
    bodies = [facts.body(i) for i in facts.order]
    whole = Vectors(bodies)
    counted = Space.counted(bodies, chunk=100)
    assert len(bodies) > 300
    assert np.array_equal(counted.vocabulary, whole.space.vocabulary)
    assert np.array_equal(counted.seen, whole.seen)
    assert counted.tfidf is not None and whole.space.tfidf is not None
    assert counted.tfidf.idf_.dtype == whole.space.tfidf.idf_.dtype
    assert np.array_equal(counted.tfidf.idf_, whole.space.tfidf.idf_)
    assert _same(counted.rows(bodies).matrix, whole.matrix)


def test_remade_rows_compare_as_the_fitted_matrix(facts: Facts) -> None:
    bodies = [facts.body(i) for i in facts.order]
    whole = Vectors(bodies)
    remade = Remade(Space.counted(bodies), bodies)
    left, right = np.arange(0, len(bodies), 2), np.arange(1, len(bodies), 5)
    assert np.array_equal(remade.block_rows(left, right), whole.block_rows(left, right))
    assert np.array_equal(remade.pairwise_rows(left, left[::-1]),
                          whole.pairwise_rows(left, left[::-1]))
    assert national_hubs(facts, remade) == national_hubs(facts, whole)


def test_fitted_spaces_are_the_rows_of_the_whole_fit(facts: Facts) -> None:
    fitted = Fitted(facts)
    ids = facts.order
    heads = Vectors([facts.measures[i].props.get("heading", "") for i in ids])
    index = np.arange(0, len(ids), 2)
    spaces = fitted.spaces(index)
    assert _same(spaces.bodies.matrix, facts.vectors.matrix[index])
    assert _same(spaces.heads.matrix, heads.matrix[index])
    assert fitted.hubs == national_hubs(facts, facts.vectors)
