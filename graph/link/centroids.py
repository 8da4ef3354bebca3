"""Learned theme vocabularies: for each 六保 / 六稳 theme, the character n-grams that set the
judged children of that theme apart from the other judged children, with a weight each.

The typed keywords (loaders/data/themes.json) come from a few documents' wording; children of
other places name the same area in other words (a tax by its name where the seed says
减税降费). The weights are learned instead,
by tools/train_linker.py, from the children judged for the topic model (their text and whether
each theme is theirs): the n-grams (2 and 3 characters, within runs of CJK and alphanumerics, as
graph/link/vectors.py; one CJK character at least) weighted by IDF over the training texts,
each text's vector L2-normalised; per theme a logistic regression (classes balanced) of whether
the theme is the text's, its TOP n-grams of highest positive coefficient kept, scaled by SCALE.
(Until the seventh session a theme's weights were its centroid minus the mean of all, hence
the name; the regression finds 0.03 more of the real children's national parents at the same
precision, cross-validated by document: BENCHMARKS.md.) A measure's evidence for a theme is
then the sum of the kept weights of the n-grams it has (`scores`): no keyword list involved,
and shipped as data (in topic_model.json, with the model it was trained with).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from policy_cascades.graph.link.grams import (
    Words,
    fit_counts,
    gram_key,
    gram_text,
    transform_counts,
)
from policy_cascades.graph.link.vectors import NGRAMS, runs

_HAN = re.compile(r"[\u4e00-\u9fff]")  # an n-gram of digits or Latin letters alone (020 of 2020) is no theme's
TOP = 150  # n-grams kept per theme
MIN_DF = 2  # an n-gram of a single training text says nothing about a theme
C = 10.0  # the regression's inverse regularisation strength
SCALE = 0.01  # coefficients to weights: the size the topic features' log(1 + 10 x) was set for


@dataclass(frozen=True)
class Centroids:
    """The kept n-grams (sorted as their keys: graph/link/grams.py) and, per theme, the
    (n-gram index, weight) pairs of its centroid."""

    themes: tuple[str, ...]
    grams: tuple[str, ...]
    weights: tuple[tuple[tuple[int, float], ...], ...]  # per theme: (index into grams, weight)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """(texts x themes): the summed weights of each theme's n-grams that the text has.

        Example:
            >>> c = Centroids(("保居民就业",), ("稳岗", "返还"), (((0, 0.5), (1, 0.25)),))
            >>> c.scores(["落实稳岗返还", "加强领导"]).tolist()
            [[0.75], [0.0]]
        """
        if not texts or not self.grams:
            return np.zeros((len(texts), len(self.themes)), np.float32)
        keys = np.array([gram_key(g) for g in self.grams], np.uint64)
        present = transform_counts(Words(texts, runs), keys, *NGRAMS)
        present.data[:] = 1.0
        return np.asarray((present @ self._matrix()).todense(), np.float32)

    def _matrix(self) -> sparse.csr_matrix:
        rows = [i for pairs in self.weights for i, _ in pairs]
        cols = [j for j, pairs in enumerate(self.weights) for _ in pairs]
        data = [w for pairs in self.weights for _, w in pairs]
        return sparse.csr_matrix((np.array(data, np.float32), (rows, cols)),
                                 shape=(len(self.grams), len(self.themes)))

    def to_json(self) -> dict[str, Any]:
        """Per theme, its n-grams and their weights, best first."""
        return {theme: {self.grams[i]: round(w, 5) for i, w in sorted(pairs, key=lambda p: -p[1])}
                for theme, pairs in zip(self.themes, self.weights, strict=True)}

    @classmethod
    def from_json(cls, data: Mapping[str, Mapping[str, float]]) -> Centroids:
        grams = sorted({g for weights in data.values() for g in weights}, key=gram_key)
        index = {g: i for i, g in enumerate(grams)}
        return cls(tuple(data), tuple(grams),
                   tuple(tuple((index[g], float(w)) for g, w in weights.items()) for weights in data.values()))


def fit_centroids(texts: Sequence[str], labels: np.ndarray, themes: Sequence[str],
                  top: int = TOP) -> Centroids:
    """The weights of `themes` learned from `texts` and `labels` (texts x themes, bool: the
    theme is the text's); a theme with fewer than MIN_DF texts of its own, or only its own,
    gets none."""
    # training only, so not on the linker's import path
    from sklearn.linear_model import LogisticRegression

    vocabulary, counts, _ = fit_counts(Words(texts, runs), *NGRAMS)
    present = (counts > 0).astype(np.float32).tocsc()
    df = np.asarray(present.sum(axis=0)).ravel()
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    words = np.array([_HAN.search(gram_text(int(key))) is not None for key in vocabulary], bool)
    x = sparse.csr_matrix(present.multiply(np.where((df >= MIN_DF) & words, idf, 0.0)[None, :]))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sparse.csr_matrix(x.multiply(1 / np.where(norms > 0, norms, 1.0)[:, None]))
    chosen: list[list[tuple[int, float]]] = []
    for j in range(len(themes)):
        mine = labels[:, j].astype(bool)
        if mine.sum() < MIN_DF or mine.all():
            chosen.append([])
            continue
        model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(x, mine)
        weight = model.coef_[0] * SCALE
        best = [int(i) for i in np.argsort(-weight)[:top] if weight[i] > 0]
        chosen.append([(i, float(weight[i])) for i in best])
    used = sorted({i for pairs in chosen for i, _ in pairs})
    index = {i: k for k, i in enumerate(used)}
    return Centroids(tuple(themes), tuple(gram_text(int(vocabulary[i])) for i in used),
                     tuple(tuple((index[i], w) for i, w in pairs) for pairs in chosen))
