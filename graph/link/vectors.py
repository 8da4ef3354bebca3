"""Measures as sparse TF-IDF vectors of character n-grams, compared by blocks.

Chinese needs no tokenizer for this: character bigrams and trigrams within runs of CJK and
alphanumerics (punctuation breaks a run) carry the policy instruments (稳岗返还, 以工代训,
创业担保贷款), and IDF weighs them above 就业 or 落实. The vectors are the rows of one
scipy CSR matrix, L2-normalised, so a block of cosines is one sparse product. The n-grams
are counted by graph/link/grams.py (scikit-learn's char_wb analysis, each distinct word once)
and weighted by scikit-learn's TfidfTransformer (sublinear tf, smoothed idf).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from policy_cascades.graph.link.grams import Words, fit_counts, transform_counts

_BREAK = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")
NGRAMS = (2, 3)


def runs(text: str) -> str:
    """Punctuation and spaces become one space, so that n-grams never cross them.

    Example:
        >>> runs("稳岗返还，50%")
        '稳岗返还 50 '
    """
    return _BREAK.sub(" ", text)


class Rows:
    """Some TF-IDF rows, L2-normalised (row i is the i-th text), compared by blocks: what
    comparing needs, without the vocabulary (a linking task gets its measures' rows of the
    corpus's space this way, not the space)."""

    def __init__(self, matrix: sparse.csr_matrix) -> None:
        self.matrix = matrix

    def rows(self, index: np.ndarray) -> Rows:
        """These rows alone (in the order given), in the same space: their cosines are those
        of the whole, to the bit (a sparse product sums each row's entries in its own order)."""
        return Rows(self.matrix[index])

    def block_rows(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The dense matrix of cosines between two arrays of row numbers."""
        if not len(left) or not len(right):
            return np.zeros((len(left), len(right)), dtype=np.float32)
        product = self.matrix[left] @ self.matrix[right].T
        return np.asarray(product.todense(), dtype=np.float32)

    def pairwise_rows(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The cosine of each pair of rows (left[i], right[i])."""
        if not len(left):
            return np.zeros(0, dtype=np.float32)
        product = self.matrix[left].multiply(self.matrix[right])
        return np.asarray(product.sum(axis=1), dtype=np.float32).ravel()


class Vectors(Rows):
    """TF-IDF rows for texts, in the order given (row i is texts[i]), and the space they were
    fitted in: `seen`, the columns in the order the texts first showed them (the order of
    each row's entries); `transform` puts other texts in the same space.

    Example:
        >>> v = Vectors(["落实稳岗返还政策", "稳岗返还", "加强组织领导"])
        >>> ab, ac = v.pairwise_rows(np.array([0, 0]), np.array([1, 2]))
        >>> bool(ab > ac)
        True
    """

    def __init__(self, texts: Sequence[str]) -> None:
        words = Words(texts, runs)
        self._vocabulary, counts, self.seen = fit_counts(words, *NGRAMS)
        self._tfidf: TfidfTransformer | None = None
        if len(self._vocabulary):
            self._tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
            matrix: sparse.csr_matrix = self._tfidf.transform(counts, copy=False).tocsr()
        else:
            matrix = sparse.csr_matrix((len(texts), 1), dtype=np.float32)
        super().__init__(matrix)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Other texts as rows in the same space (the same vocabulary and IDF weights)."""
        if self._tfidf is None or not texts:
            return sparse.csr_matrix((len(texts), self.matrix.shape[1]), dtype=np.float32)
        counts = transform_counts(Words(texts, runs), self._vocabulary, *NGRAMS)
        out: sparse.csr_matrix = self._tfidf.transform(counts, copy=False).tocsr()
        return out
