"""Measures as sparse TF-IDF vectors of character n-grams, compared by blocks.

Chinese needs no tokenizer for this: character bigrams and trigrams within runs of CJK and
alphanumerics (punctuation breaks a run) carry the policy instruments (稳岗返还, 以工代训,
创业担保贷款), and IDF weighs them above 就业 or 落实. The vectors are the rows of one
scipy CSR matrix, L2-normalised, so a block of cosines is one sparse product. The n-grams
are counted by graph/link/grams.py (scikit-learn's char_wb analysis, each distinct word once)
and weighted by scikit-learn's TfidfTransformer (sublinear tf, smoothed idf).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import overload

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


class Comparable:
    """TF-IDF rows, L2-normalised, compared by blocks; `take` gives some of them as a matrix."""

    def take(self, index: np.ndarray) -> sparse.csr_matrix:
        """The rows `index` (in the order given) as a matrix."""
        raise NotImplementedError

    def block_rows(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The dense matrix of cosines between two arrays of row numbers."""
        if not len(left) or not len(right):
            return np.zeros((len(left), len(right)), dtype=np.float32)
        product = self.take(left) @ self.take(right).T
        return np.asarray(product.todense(), dtype=np.float32)

    def pairwise_rows(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The cosine of each pair of rows (left[i], right[i])."""
        if not len(left):
            return np.zeros(0, dtype=np.float32)
        product = self.take(left).multiply(self.take(right))
        return np.asarray(product.sum(axis=1), dtype=np.float32).ravel()


class Rows(Comparable):
    """Some TF-IDF rows (row i is the i-th text): what comparing needs, without the
    vocabulary (a linking task gets its measures' rows of the corpus's space this way, not
    the space)."""

    def __init__(self, matrix: sparse.csr_matrix) -> None:
        self.matrix = matrix

    def take(self, index: np.ndarray) -> sparse.csr_matrix:
        out: sparse.csr_matrix = self.matrix[index]
        return out

    def rows(self, index: np.ndarray) -> Rows:
        """These rows alone (in the order given), in the same space: their cosines are those
        of the whole, to the bit (a sparse product sums each row's entries in its own order)."""
        return Rows(self.take(index))


class Texts(Sequence[str]):
    """`size` texts, each made when asked for by `text(position)`: a corpus's texts read once
    for a fit, without a list of them all."""

    def __init__(self, size: int, text: Callable[[int], str]) -> None:
        self.size, self.text = size, text

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self.text(j) for j in range(*i.indices(self.size))]
        if not -self.size <= i < self.size:
            raise IndexError(i)
        return self.text(i % self.size)


class Space:
    """A corpus's TF-IDF space (scikit-learn's TfidfTransformer: sublinear tf, smoothed idf)
    without the corpus's rows: its vocabulary (sorted n-gram keys), its IDF weights and `seen`,
    the columns in the order the corpus first showed them, which is the order of a fitted
    row's entries. A few bytes a column, where the rows of a national corpus cost a few KB a
    measure (issue 12): a linking task makes its measures' rows again from their texts (`rows`).

    Example:
        >>> space, counts = Space.fit(["落实稳岗返还政策", "稳岗返还", "加强组织领导"])
        >>> fitted = space.weigh(counts)
        >>> again = space.rows(["稳岗返还", "加强组织领导"]).matrix
        >>> (again != fitted[1:]).nnz, list(again.indices) == list(fitted[1:].indices)
        (0, True)
    """

    def __init__(self, vocabulary: np.ndarray, seen: np.ndarray, frequency: np.ndarray,
                 texts: int) -> None:
        """The space of `texts` texts whose n-grams are `vocabulary`, first seen in the order
        `seen`, each in `frequency` of the texts."""
        self.vocabulary, self.seen = vocabulary, seen
        self.tfidf = _fitted(frequency, texts) if len(vocabulary) else None
        rank = np.empty(len(seen), np.int32)
        rank[seen] = np.arange(len(seen), dtype=np.int32)
        self._rank = rank  # each column's place in `seen`

    @classmethod
    def fit(cls, texts: Sequence[str]) -> tuple[Space, sparse.csr_matrix]:
        """The space of `texts`, and their counts in it: row i is texts[i]'s, its entries in
        `seen` order, as `weigh` wants them."""
        vocabulary, counts, seen = fit_counts(Words(texts, runs), *NGRAMS)
        return cls(vocabulary, seen, _frequency(counts), len(texts)), counts

    @classmethod
    def counted(cls, texts: Sequence[str], chunk: int = 25_000) -> Space:
        """The space of `texts`, as `fit` gives it, their n-grams counted `chunk` texts at a
        time: no count matrix of the whole corpus (8 bytes an n-gram of each text, and as
        much again while it was made, were the peak of a national corpus's load, issue 12)."""
        words = Words(texts, runs)
        vocabulary, _, seen = fit_counts(_some(words, 0, 0), *NGRAMS)
        frequency = np.zeros(len(vocabulary), np.int64)
        for start in range(0, len(texts), chunk):
            _, counts, _ = fit_counts(_some(words, start, start + chunk), *NGRAMS)
            frequency += _frequency(counts)
        return cls(vocabulary, seen, frequency, len(texts))

    @property
    def width(self) -> int:
        return max(len(self.vocabulary), 1)

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """The TF-IDF rows of count rows of this space, made in place (pass a copy to keep the
        counts): a row's weights depend on that row alone."""
        if self.tfidf is None:
            return sparse.csr_matrix((counts.shape[0], self.width), dtype=np.float32)
        out: sparse.csr_matrix = self.tfidf.transform(counts, copy=False).tocsr()
        return out

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Other texts as rows in the same space (the same vocabulary and IDF weights), a
        row's entries sorted by column."""
        if self.tfidf is None or not texts:
            return sparse.csr_matrix((len(texts), self.width), dtype=np.float32)
        return self.weigh(transform_counts(Words(texts, runs), self.vocabulary, *NGRAMS))

    def rows(self, texts: Sequence[str]) -> Rows:
        """Texts' rows with their entries in `seen` order, as the fit made the corpus's: a
        text of the fitted corpus gets its fitted row to the bit (a float32 product sums a
        row's entries in their order)."""
        if self.tfidf is None or not texts:
            return Rows(sparse.csr_matrix((len(texts), self.width), dtype=np.float32))
        counts = transform_counts(Words(texts, runs), self.vocabulary, *NGRAMS)
        by_rank = sparse.csr_matrix((counts.data, self._rank[counts.indices], counts.indptr),
                                    shape=counts.shape)
        by_rank.sort_indices()
        return Rows(self.weigh(sparse.csr_matrix(
            (by_rank.data, self.seen.astype(np.int32)[by_rank.indices], by_rank.indptr),
            shape=counts.shape)))


def _some(words: Words, start: int, end: int) -> Words:
    """The texts start:end of `words`, their words numbered as in the whole (so that
    fit_counts finds the whole's vocabulary and first-seen order)."""
    out = copy.copy(words)
    out.bags = words.bags[start:end]
    return out


def _frequency(counts: sparse.csr_matrix) -> np.ndarray:
    """How many rows hold each column (a row holds a column once)."""
    out: np.ndarray = np.bincount(counts.indices, minlength=counts.shape[1])
    return out


def _fitted(frequency: np.ndarray, texts: int) -> TfidfTransformer:
    """TfidfTransformer(sublinear_tf=True) as fitting it on float32 counts of `texts` texts,
    each column in `frequency` of them, fits it: idf = ln((1 + n) / (1 + df)) + 1, computed
    as it computes it, in float32 (tests/linking/test_grams.py compares the rows with
    scikit-learn's own, bit for bit)."""
    df = frequency.astype(np.float32)
    df += 1.0
    idf = np.full_like(df, fill_value=texts + 1, dtype=np.float32)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    tfidf = TfidfTransformer(sublinear_tf=True)
    tfidf.idf_, tfidf.n_features_in_ = idf, len(idf)
    return tfidf


class Remade(Comparable):
    """The rows of a fitted corpus's `texts`, made again from them when taken (Space.rows):
    comparing the whole corpus once, without its rows."""

    def __init__(self, space: Space, texts: Sequence[str]) -> None:
        self.space, self.texts = space, texts

    def take(self, index: np.ndarray) -> sparse.csr_matrix:
        return self.space.rows([self.texts[i] for i in index.tolist()]).matrix


class Vectors(Rows):
    """TF-IDF rows for texts, in the order given (row i is texts[i]), and the space they were
    fitted in (`space`; `seen`, the columns in the order the texts first showed them, the
    order of each row's entries); `transform` puts other texts in the same space.

    Example:
        >>> v = Vectors(["落实稳岗返还政策", "稳岗返还", "加强组织领导"])
        >>> ab, ac = v.pairwise_rows(np.array([0, 0]), np.array([1, 2]))
        >>> bool(ab > ac)
        True
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.space, counts = Space.fit(texts)
        super().__init__(self.space.weigh(counts))

    @property
    def seen(self) -> np.ndarray:
        return self.space.seen

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Other texts as rows in the same space (the same vocabulary and IDF weights)."""
        return self.space.transform(texts)
